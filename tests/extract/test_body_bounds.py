"""Where the article text of a dump ends: before furniture, related links and notices."""

from __future__ import annotations

import pytest

from app.extract import layout
from app.extract.front_fields import Line
from app.extract.textdump import _through, extract_text_dump

_HEAD = """ date 2019-11-20 The Daily Post - News Sport
Council approves the new bridge over the river
By Jane Roe
Nov. 19, 2019
The council approved the new bridge on Friday after a long and bitter debate about its cost.\
It will cost the town and its people more than any project it has built since the war ended.
Work starts in the spring and should end within two years, the council said in a statement.
"""
_LAST = (
    "Work starts in the spring and should end within two years, the council said in a statement."
)
_TEASER = (
    "A teaser for another story that runs on long enough to pass for a paragraph of prose here."
)


@pytest.mark.parametrize(
    "furniture",
    [
        "Follow The Daily Post on Facebook and Twitter.",
        "Get breaking news alerts and special reports.",
        "Have your say. Give us feedback.",
        "Keith Bradsher contributed reporting from Hong Kong.",
        "(Writing by Greg Roumeliotis; Editing by Martin Howell)",
        "Compartilhe",
        "Читайте также",
        "Questo sito utilizza i cookies per offrirti la migliore esperienza sul nostro sito.",
        "Follow The Daily Post Opinion section on Facebook, Twitter (@DailyPost) and Instagram.",
        "Copyright 2019 The Associated Press. All rights reserved. This material may not be"
        " published, broadcast, rewritten or redistributed.",
        "If you click on one and make a purchase we may receive a small commission.",
    ],
)
def test_body_stops_at_furniture(furniture: str) -> None:
    draft = extract_text_dump(_HEAD + furniture + "\n" + _TEASER + "\n")
    assert draft.paragraphs[-1] == _LAST


def test_body_stops_before_a_run_of_related_headlines() -> None:
    related = "\n".join(f"Another headline about story number {n}" for n in range(6))
    draft = extract_text_dump(_HEAD + related + "\n" + _TEASER + "\n")
    assert draft.paragraphs[-1] == _LAST


def test_a_sub_heading_inside_the_article_does_not_end_it() -> None:
    draft = extract_text_dump(_HEAD + "What comes next\n" + _TEASER + "\n")
    assert draft.paragraphs[-1] == _TEASER


def test_an_article_about_cookies_is_not_a_cookie_notice() -> None:
    assert not layout.is_footer("Google will stop using third-party cookies in its browser.")


def test_headline_after_the_menu_is_the_title() -> None:
    header, rest = _HEAD.split("\n", 1)
    menu = "Skip to content\nLIVE TV\nClimate & Environment\n"
    draft = extract_text_dump(header + "\n" + menu + rest)
    assert draft.title == "Council approves the new bridge over the river"
    assert draft.evidence["title"].place == "line 5"


def test_text_in_scripts_without_spaces_is_measured_in_characters() -> None:
    page = (
        " date 2016-12-05 ライトハウス - ホーム\n"
        "商品の改造が商標法違反に\n"
        "by ライトハウス国際特許事務所 ／ 2016.12.01\n"
        "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されたというニュースを耳にしました。\n"
    )
    draft = extract_text_dump(page)
    assert draft.title == "商品の改造が商標法違反に"
    assert draft.paragraphs[0].startswith("先日、不正に改造した")
    assert draft.published is not None
    assert draft.published.isoformat() == "2016-12-01"


def test_the_article_is_the_densest_prose_not_the_first_teaser() -> None:
    header, rest = _HEAD.split("\n", 1)
    menu = "".join(f"Section {n}\n" for n in range(12))
    teasers = (
        "Trending\nStorm closes schools\n"
        "Schools across the county closed on Monday as the storm brought down power lines.\n" + menu
    )
    body = "\n".join([*rest.splitlines()[:4], _TEASER, _TEASER.replace("teaser", "line")])
    draft = extract_text_dump(header + "\n" + teasers + body + "\n")
    assert draft.title == "Council approves the new bridge over the river"
    assert draft.published is not None
    assert draft.published.isoformat() == "2019-11-19"
    assert draft.paragraphs[0].startswith("The council approved the new bridge")


def test_a_date_stamp_after_the_text_is_not_its_last_paragraph() -> None:
    stamp = "Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019, 7:10 p.m."
    draft = extract_text_dump(_HEAD + stamp + "\n")
    assert draft.paragraphs[-1] == _LAST


def test_a_follow_up_sentence_is_not_a_follow_prompt() -> None:
    follow_up = "Follow-up studies on the bridge will be published next year."
    draft = extract_text_dump(_HEAD + follow_up + "\n")
    assert draft.paragraphs[-1] == follow_up


@pytest.mark.parametrize(
    "caption",
    [
        "Above: A new bridge over the river in the town centre.",
        "Council leader Ann Smith, left, and engineer Bob Jones walk across the bridge.",
        "A cyclist rides next to the old bridge in the town centre on Friday. © Reuters / Jane Roe",
    ],
)
def test_a_photo_caption_before_the_text_is_not_its_first_paragraph(caption: str) -> None:
    head, text = _HEAD.split("Nov. 19, 2019\n")
    draft = extract_text_dump(head + "Nov. 19, 2019\n" + caption + "\n" + text)
    assert draft.paragraphs[0].startswith("The council approved the new bridge")


def test_a_box_of_related_links_inside_the_text_does_not_end_it() -> None:
    box = "Related articles\nStorm closes schools\nBridge costs rise again\n"
    resumed = (
        "The bridge will carry two lanes of traffic, a cycle path and a wide walkway for people"
        " who live on both banks of the river."
    )
    more = "The mayor said the bridge would be the town's finest work in a generation or more."
    draft = extract_text_dump(_HEAD + box + resumed + "\n" + more + "\n")
    assert draft.paragraphs[-1] == more
    assert "Storm closes schools" not in draft.paragraphs


def test_the_text_resumes_below_a_box_with_a_short_one_sentence_paragraph() -> None:
    # Many outlets write a paragraph a sentence: 16 words under the box take the text on.
    box = "Related articles\nStorm closes schools\n"
    resumed = "The bridge will carry two lanes of traffic and a cycle path over the wide river."
    more = "The mayor said it would be the town's finest work in a generation or more."
    draft = extract_text_dump(_HEAD + box + resumed + "\n" + more + "\n")
    assert draft.paragraphs[-2:] == [resumed, more]
    assert "Storm closes schools" not in draft.paragraphs


@pytest.mark.parametrize(
    "closing",
    [
        "Tags: bridges, council, river crossings, transport, town planning, local news",
        "(Reporting by Jane Roe, John Doe and Ann Smith in London, with additional reporting by"
        " Bob Jones; editing by Tom Brown)",
        "About the Author",
    ],
)
def test_labelled_lists_and_long_credits_close_the_text(closing: str) -> None:
    draft = extract_text_dump(_HEAD + closing + "\n" + _TEASER + "\n")
    assert draft.paragraphs[-1] == _LAST


@pytest.mark.parametrize(
    "note",
    [
        "Jane Roe is a senior writer at The Daily Post. She has covered the council since 2009.",
        "Jane joined The Daily Post in March 2017.",
        "Like this story? Share it with a friend!",
        "The views expressed in this article do not necessarily reflect those of The Daily Post.",
    ],
)
def test_a_note_after_the_text_is_not_its_last_paragraph(note: str) -> None:
    draft = extract_text_dump(_HEAD + "Jane Roe\n" + note + "\n")
    assert draft.paragraphs[-1] == _LAST


@pytest.mark.parametrize(
    ("cut", "notice"),
    [
        ("All...", "To Read the Full Story"),
        (
            "その判断は…",
            "［有料会員限定］ この記事は会員限定です。",
        ),
    ],
)
def test_a_text_cut_at_a_paywall_ends_on_its_cut(cut: str, notice: str) -> None:
    draft = extract_text_dump(_HEAD + cut + "\n" + notice + "\nSubscribe\n" + _TEASER + "\n")
    assert draft.paragraphs[-2:] == [_LAST, cut]


def test_a_teaser_cut_short_under_the_text_is_not_kept() -> None:
    draft = extract_text_dump(_HEAD + "All...\nMore from The Daily Post\n" + _TEASER + "\n")
    assert draft.paragraphs[-1] == _LAST


@pytest.mark.parametrize("sign_off", ["More coming soon!", "Thanks Junior!", "Got it? Good."])
def test_the_chosen_end_stays_in_the_text_though_no_paragraph(sign_off: str) -> None:
    # Past the rules' end the text takes paragraphs, sub-headings and items of lists; the line
    # the end model chose is taken too (here a sign-off), unless it is a stamp.
    texts = [_LAST, "Advertisement", sign_off, "Tags:", "Politics,"]
    lines = [Line(number, text) for number, text in enumerate(texts, 10)]
    kept = _through(lines[:1], lines, 2)
    assert [line.text for line in kept] == [_LAST, sign_off]
    stamped = [*lines[:2], Line(12, "Nov. 19, 2019, 6:18 p.m.")]
    assert [line.text for line in _through(lines[:1], stamped, 2)] == [_LAST]
