"""The headline of a whole-page dump: the learned score, and the shortcut that finds its best."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.extract import headline_context, headline_page, headline_scores, layout
from app.extract.dump_front import blank_above, content_spacing, content_texts, dump_site
from app.extract.textdump import extract_text_dump

_FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "dumps").glob("*.txt"))
_PAGE = """ date 2019-11-20 The Daily Post - News Sport
Home
News
Sport
Weather
Most read
Storm closes the coast road for a second day
Mayor opens the new library
Council approves the new bridge over the river
By Jane Roe
The council approved the new bridge over the river on Friday after a long and bitter debate.
It will cost the town more than any project it has built since the war ended, officials said.
Work starts in the spring and should end within two years, the council said in a statement.
Related
Bridge protest draws a crowd
Sign up for our newsletter
"""


def _every_score(texts: list[str], site: str = "", spaced: list[bool] | None = None) -> int | None:
    """The best candidate found the slow way: every candidate scored in full."""
    page = headline_page.Page.of(texts, headline_scores.tokens(site), spaced)
    lines = page.candidates()
    if not len(lines):
        return None
    scores = headline_scores.feature_matrix(page, lines) @ headline_scores.weights().every
    return int(lines[int(np.argmax(scores))])


@pytest.mark.parametrize("path", _FIXTURES, ids=lambda p: p.name)
def test_the_shortcut_finds_the_best_scored_line(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    texts, site, spaced = content_texts(text), dump_site(text), content_spacing(text)
    assert headline_scores.best_headline(texts, None, site, spaced) == _every_score(
        texts, site, spaced
    )


def test_a_blank_line_above_is_read_from_the_dump_not_the_header() -> None:
    text = " date 2019-11-20 Site - News\nKicker\nHeadline here\n\nA paragraph.\n\n\nNext one."
    assert content_texts(text) == ["Kicker", "Headline here", "A paragraph.", "Next one."]
    assert content_spacing(text) == [False, False, True, True]
    assert blank_above([3, 4, 6], 1) == [True, False, True]


def test_the_first_line_and_a_dump_without_blank_lines_give_no_evidence() -> None:
    texts = ["Kicker", "Headline here", "A paragraph of the article, long enough to read."]
    assert headline_page.Page.of(texts, spaced=[False, False, True]).spaced.tolist() == [
        True,
        False,
        True,
    ]
    assert not headline_page.Page.of(texts, spaced=[False] * 3).spaced.any()
    assert not headline_page.Page.of(texts).spaced.any()


def test_the_headline_is_the_line_above_the_text_not_the_menu_or_teasers() -> None:
    draft = extract_text_dump(_PAGE)
    assert draft.title == "Council approves the new bridge over the river"
    assert draft.paragraphs[0].startswith("The council approved the new bridge")


def test_a_headline_quoting_a_slogan_with_its_full_stop_is_still_one() -> None:
    slogan = "Town doubles down on ‘Cross. We built it.’ They might be right"
    text = _PAGE.replace("Council approves the new bridge over the river", slogan)
    assert extract_text_dump(text).title == slogan


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Roe", True),
        ("Nov. 19, 2019 8:03 am ET", True),
        ("2 hours ago", True),
        ("10 Home Design Predictions for 2015", False),  # A list's headline, not a date.
        ("Our Most Popular Science Image Galleries of 2014", False),
    ],
)
def test_byline_and_date_lines_under_a_headline(line: str, expected: bool) -> None:
    assert headline_page.is_field(line) is expected


_KICKED = """ date 2019-11-20 The Daily Post - News Sport Growing Your Online Business Weather
Home
News
Sport
Growing Your Online Business
Keep them coming back
By Jane Roe
Nov. 19, 2019
A small online shop lives or dies by the customers who come back, most for a few reasons.
They want the shop to remember them, to deliver on time and to answer within the day.
Those who get that right see the same faces month after month, the survey found.
"""


def test_a_section_name_from_the_header_menu_is_no_headline() -> None:
    texts = content_texts(_KICKED)
    kicker = np.array([texts.index("Growing Your Online Business")])
    every = headline_scores.weights().every

    def score(site: str) -> float:
        page = headline_page.Page.of(texts, headline_scores.tokens(site))
        return float(headline_scores.feature_matrix(page, kicker)[0] @ every)

    # The header's menu names the kicker a section: it scores less than read without it.
    assert score(dump_site(_KICKED)) < score("")
    assert extract_text_dump(_KICKED).title == "Keep them coming back"


_SHARING = [
    line
    for network in ("Facebook", "Messenger", "Twitter", "Email", "WhatsApp", "LinkedIn", "Reddit")
    for line in (network, f"Share this with {network}", f"Share this with {network}")
]


def test_a_headline_over_a_block_of_share_buttons_is_a_candidate() -> None:
    texts = content_texts(_PAGE)
    headline = texts.index("Council approves the new bridge over the river")
    shared = [*texts[: headline + 2], *_SHARING, *texts[headline + 2 :]]
    assert headline in headline_page.Page.of(shared).candidates()
    # As many lines that are neither repeated nor single words are a list, not sharing.
    listed = [f"Story number {n} of the day" for n in range(len(_SHARING))]
    unsigned = [line for line in texts if line != "By Jane Roe"]
    other = [*unsigned[: headline + 1], *listed, *unsigned[headline + 1 :]]
    assert headline not in headline_page.Page.of(other).candidates()


def test_a_headline_over_its_byline_may_stand_further_from_the_text() -> None:
    texts = content_texts(_PAGE)
    headline = texts.index("Council approves the new bridge over the river")
    for menu, expected in ((30, True), (60, False)):
        listed = [f"Bed and breakfasts of region {n}" for n in range(menu)]
        page = [*texts[: headline + 2], *listed, *texts[headline + 2 :]]
        assert (headline in headline_page.Page.of(page).candidates()) is expected
        far = headline_scores.PLACE.index("far")
        row = headline_scores.place_matrix(headline_page.Page.of(page), np.array([headline]))
        assert row[0, far] == 1.0


@pytest.mark.parametrize("label", ["By", "Author:", "Autor:"])
def test_the_name_under_a_bylines_label_is_a_field_not_a_headline(label: str) -> None:
    texts = content_texts(_PAGE)
    byline = texts.index("By Jane Roe")
    labelled = [*texts[:byline], label, "Jane Roe Editorial Staff", *texts[byline + 1 :]]
    page = headline_page.Page.of(labelled)
    name = byline + 1
    assert name not in page.near_text()
    # The name counts as the byline under the headline.
    assert page.fields[name + 1] > page.fields[name]
    unlabelled = headline_page.Page.of(
        [*texts[:byline], "Jane Roe Editorial Staff", *texts[byline + 1 :]]
    )
    assert byline in unlabelled.near_text()


def test_a_full_stopped_line_right_over_a_byline_reads_as_a_standfirst() -> None:
    texts = content_texts(_PAGE)
    byline = texts.index("By Jane Roe")
    dek = "The vote ends three years of argument over the crossing."
    with_dek = [*texts[:byline], dek, *texts[byline:]]
    page = headline_page.Page.of(with_dek)
    column = headline_scores.FEATURES.index("stopped_field")
    lines = np.array([byline - 1, byline])  # The headline, then the standfirst under it.
    assert headline_scores.feature_matrix(page, lines)[:, column].tolist() == [0.0, 1.0]
    assert headline_scores.weights().every[column] < 0
    draft = extract_text_dump(_PAGE.replace("By Jane Roe", f"{dek}\nBy Jane Roe"))
    assert draft.title == "Council approves the new bridge over the river"


def test_a_widgets_menu_glued_to_the_headline_is_left_out_of_the_title() -> None:
    headline = "Council approves the new bridge over the river"
    draft = extract_text_dump(_PAGE.replace(headline, f"{headline} Add to ..."))
    assert draft.title == headline
    assert draft.evidence["title"].text == f"{headline} Add to ..."
    assert headline_page.headline_text("Ten things to share ...") == "Ten things to share ..."


_SITE_UNDER_HEADLINE = """ date 2019-06-20 Technology Review - Newsticker heise Developer
Lithium aus dem Schredder

Eine niedersächsische Firma hat die Wiederverwertung ausgedienter Akkus optimiert.

Lesezeit: 1 Min.
20.06.2019 07:30 Uhr
Technology Review
Von
Denis Dilba

Die Ökobilanz von Elektroautos wird vor allem durch die Produktion der Batterien beeinträchtigt.
Die Firma hat ein Verfahren entwickelt, ausgediente Akkus effizient zu recyceln.

Bisherige Verfahren beruhen meist darauf, die Akkus einzuschmelzen. So können zwar Kobalt,
Nickel und Mangan abgetrennt werden, der Rest aber landet als Schlacke in Bergstollen.
"""


def test_the_sites_own_name_under_the_headline_is_no_headline() -> None:
    site = dump_site(_SITE_UNDER_HEADLINE)
    assert headline_scores.is_passed_over("Technology Review", None, site)
    assert not headline_scores.is_passed_over("Lithium aus dem Schredder", None, site)
    assert extract_text_dump(_SITE_UNDER_HEADLINE).title == "Lithium aus dem Schredder"


def test_a_teaser_cut_short_with_a_link_on_is_no_headline() -> None:
    candidate = headline_page.is_candidate
    assert not candidate("Nevada and Florida are among those furthest from peak... Read More")
    assert not candidate("Les chiffres du chômage reculent encore… Lire la suite")
    assert candidate("What This Woman Is About To Paint Is Going To Rock Your World...")


def test_a_teasers_summary_pointing_on_to_its_story_is_no_prose() -> None:
    summary = (
        "A new poll of voters found the mayor still at zero percent among black voters, despite "
        "the campaign's release of its plan, which details policies designed to address ... "
        "Read More"
    )
    words = layout.word_count(summary)
    assert headline_page.prose_words(summary, words) == 0
    assert headline_page.prose_words(summary.removesuffix(" ... Read More") + ".", words) > 0


def test_a_line_printed_three_times_is_a_label_not_a_headline() -> None:
    column = headline_scores.OWN.index("recurring")
    label = "CommBank Test Series v India"
    features = [headline_context.line_features(label, count) for count in (1, 2, 3)]
    assert [row[column] for row in features] == [0.0, 0.0, 1.0]
    assert headline_scores.weights().own[column] < 0


@pytest.mark.parametrize(
    "file_name", ["Crossroads logo 2.jpg", "IMG_1187.JPG", "map-of-the-bay.png"]
)
def test_the_line_under_a_pictures_file_name_is_its_caption_not_a_headline(file_name: str) -> None:
    texts = content_texts(_PAGE)
    byline = texts.index("By Jane Roe")
    caption = "Family History Conference ( )"
    pictured = [*texts[:byline], file_name, caption, *texts[byline:]]
    assert pictured.index(caption) not in headline_page.Page.of(pictured).candidates()
    plain = [*texts[:byline], caption, *texts[byline:]]
    assert plain.index(caption) in headline_page.Page.of(plain).candidates()
    # A headline that ends on a file's extension as a word is none of this.
    named = [*texts[:byline], "Why we print .jpg", caption, *texts[byline:]]
    assert named.index(caption) in headline_page.Page.of(named).candidates()
