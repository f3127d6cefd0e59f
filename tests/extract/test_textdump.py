"""Text dumps of news pages -> ArticleDraft (app/extract/textdump.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.drafts import ExtractionError
from app.enrich.outlets import outlet_name_in
from app.extract.dump_front import dump_captured
from app.extract.textdump import extract_text_dump
from tests.conftest import DUMPS


def _extract(name: str) -> Any:
    return extract_text_dump((DUMPS / name).read_text(encoding="utf-8"))


def test_seed_every_field(seed_path: Path) -> None:
    draft = extract_text_dump(seed_path.read_text(encoding="utf-8"))
    assert draft.title == "Kim Jong Un tells North Korea arms factories to boost capacity"
    assert draft.outlet == "The Jerusalem Post"
    assert draft.byline == "Reuters"
    assert draft.published is not None
    assert draft.published.isoformat() == "2023-08-06T09:28"
    assert draft.captured is not None
    assert draft.captured.isoformat() == "2023-08-06"
    assert draft.paragraphs[0].startswith("North Korean leader Kim Jong Un has instructed")
    assert draft.paragraphs[-1] == "Russia and North Korea have denied those claims."


def test_seed_keeps_navigation_and_captions_out_of_the_text(seed_path: Path) -> None:
    draft = extract_text_dump(seed_path.read_text(encoding="utf-8"))
    text = "\n".join([draft.title or "", draft.body, draft.outlet or "", draft.byline or ""])
    for noise in ("Israel News", "Health & Wellness", "Archeology", "Business & Innovation"):
        assert noise not in text
    assert "field guidance" not in draft.body
    assert "credit" not in draft.body.lower()
    # The caption appears twice on the page (once doubled on one line): kept once.
    assert len(draft.captions) == 1
    assert draft.captions[0].startswith("North Korean leader Kim Jong Un gives field guidance")


def test_seed_sub_headings_are_headings_in_the_body(seed_path: Path) -> None:
    draft = extract_text_dump(seed_path.read_text(encoding="utf-8"))
    headings = [draft.paragraphs[i] for i in draft.heading_indexes]
    assert headings == ["North Korea's growing weapons arsenal", "North Korean exports to Russia"]


def test_seed_each_field_names_its_line(seed_path: Path) -> None:
    draft = extract_text_dump(seed_path.read_text(encoding="utf-8"))
    places = {name: evidence.place for name, evidence in draft.evidence.items()}
    assert places["captured_at"] == "line 1"
    assert places["outlet"] == "line 1"
    assert places["title"] == "line 2"
    assert places["byline"] == "line 4"
    assert places["published_at"] == "line 5"
    assert draft.evidence["published_at"].text == "Published: AUGUST 6, 2023 09:28"


# file, title start, outlet, byline, published, captured, first words, last words, headings
DUMP_CASES = [
    (
        "bbc_obama_guns.txt",
        "Obama admits US gun laws",
        "BBC News",
        None,
        "2015-07-24",
        "2015-07-24",
        "President Barack Obama has admitted",
        "before shooting himself.",
        [],
    ),
    (
        "nytimes_sudan.txt",
        "United States to Lift Sudan Sanctions",
        "The New York Times",
        "Jeffrey Gettleman",
        "2017-01-13",
        "2017-01-13",
        "LONDON — After nearly 20 years",
        "on a number of these fronts.",
        [],
    ),
    (
        "wapo_tunisia.txt",
        "Attack stokes instability fears",
        "The Washington Post",
        "Erin Cunningham",
        "2015-03-18T20:57-04:00",
        "2015-03-18",
        "CAIRO — Gunmen opened fire",
        "“merciless” in defending itself.",
        [],
    ),
    (
        "seattletimes_halibut.txt",
        "Alaskan halibut, caught by",
        "The Seattle Times",
        "Benjamin Romano",
        "2019-04-28T06:01",
        "2019-04-29",
        "From the deck of his 106-year-old",
        "its image for quality and sustainability.",
        ["A price war in the seafood aisle"],
    ),
    (
        "heraldsun_surveillance.txt",
        "Angry media won’t buckle",
        "Herald Sun",
        "Joe Hildebrand, Herald Sun",
        "2015-03-14T00:00",
        "2015-03-14",
        "A HIGH-powered federal",
        "the Walkley journalism foundation.",
        [],
    ),
    (
        "telegraph_zimbabwe.txt",
        "Zimbabwe coup: Robert Mugabe",
        "The Telegraph",
        None,
        "2017-11-15T19:51",
        "2017-11-15",
        "Zimbabwe President Robert Mugabe",
        "a senior political source told Reuters.",
        [],
    ),
    (
        "cnn_birth_lottery.txt",
        "The 'birth lottery' and economic mobility",
        "CNNMoney",
        "Ahiza Garcia",
        "2016-02-25T15:45-05:00",
        "2016-02-25",
        "The U.S. prides itself",
        "many of the other countries.",
        [],
    ),
    (
        "ap_korea.txt",
        "North Korea says leader Kim inspected",
        "Associated Press",
        "Hyung-Jin Kim and Kim Tong-Hyung, Associated Press",
        "2023-08-05T22:31-04:00",
        "2023-08-06",
        "SEOUL, South Korea (AP)",
        "weapons demonstrations in recent months.",
        [],
    ),
    (
        "toi_parliament.txt",
        "Opposition to press for joint committee",
        "The Times of India",
        "Rajeev Deshpande, TNN",
        "2023-03-12T14:05+05:30",
        "2023-03-12",
        "NEW DELHI: Opposition",
        "their strategy for the session.",
        [],
    ),
    (
        "kyiv_relative_date.txt",
        "Russian strike on Kupiansk",
        "The Kyiv Independent",
        "Martin Fornusek",
        "2023-08-06",
        "2023-08-06",
        "A Russian attack on the city",
        "counteroffensive in the region.",
        [],
    ),
    (
        "guardian_reuters_byline.txt",
        "Niger junta closes airspace",
        "The Guardian",
        "Jane Doe, Reuters",
        "2023-08-07",
        "2023-08-07",
        "Niger's military junta closed",
        "on Sunday in a show of defiance.",
        [],
    ),
    (
        "daily_planet_unknown_layout.txt",
        "City council approves new harbour bridge",
        None,
        None,
        None,
        "2023-05-02",
        "The city council voted 9 to 2",
        "that the council rejected.",
        [],
    ),
    (
        "no_date.txt",
        "Ceasefire talks to resume next week",
        None,
        None,
        None,
        None,
        "Mediators said on Friday",
        "speaking on condition of anonymity.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("name", "title", "outlet", "byline", "published", "captured", "first", "last", "headings"),
    DUMP_CASES,
)
def test_varied_outlets(
    name: str,
    title: str,
    outlet: str | None,
    byline: str | None,
    published: str | None,
    captured: str | None,
    first: str,
    last: str,
    headings: list[str],
) -> None:
    draft = _extract(name)
    assert draft.title.startswith(title)
    assert draft.outlet == outlet
    assert draft.byline == byline
    assert (draft.published.isoformat() if draft.published else None) == published
    assert (draft.captured.isoformat() if draft.captured else None) == captured
    assert draft.paragraphs[0].startswith(first)
    assert draft.paragraphs[-1].endswith(last)
    assert [draft.paragraphs[i] for i in draft.heading_indexes] == headings


@pytest.mark.parametrize(
    ("name", "absent"),
    [
        ("bbc_obama_guns.txt", ["Share this page", "Related Topics", "More on this story"]),
        ("nytimes_sudan.txt", ["Continue reading", "Advertisement", "Related Coverage", "©"]),
        ("wapo_tunisia.txt", ["Most Read", "Getty Images", "Yemen president"]),
        ("seattletimes_halibut.txt", ["bromano@", "Sign up", "business reporter", "Banner"]),
        ("heraldsun_surveillance.txt", ["Share on", "Comments", "Source: Supplied"]),
        ("telegraph_zimbabwe.txt", ["Home News", "Contact us", "Philimon Bulawayo"]),
        ("ap_korea.txt", ["contributed to this report", "All Rights Reserved"]),
        ("toi_parliament.txt", ["Also Read", "Most Popular"]),
        ("kyiv_relative_date.txt", ["Support independent journalism", "Become a member"]),
        ("guardian_reuters_byline.txt", ["Explore more", "Reuse this content", "Photograph:"]),
    ],
)
def test_page_furniture_stays_out_of_the_body(name: str, absent: list[str]) -> None:
    body = _extract(name).body
    for text in absent:
        assert text not in body


def test_captions_are_kept_apart() -> None:
    assert _extract("wapo_tunisia.txt").captions == [
        "Tourists are evacuated from the Bardo National Museum in Tunis on March 18."
        " (Fethi Belaid/AFP/Getty Images)"
    ]
    assert _extract("guardian_reuters_byline.txt").captions[0].endswith("Mahamadou Hamidou/Reuters")


def test_dump_without_headline_has_no_title() -> None:
    draft = _extract("newswire_no_headline.txt")
    assert draft.title is None
    assert (
        draft.url
        == "https://www.milligazette.com/news/4-national/34008-hate-speech-gaining-ground-in-kerala/"
    )
    assert draft.paragraphs[0].startswith("A maverick Christian politician")


def test_empty_dump_is_an_error() -> None:
    with pytest.raises(ExtractionError, match="empty"):
        extract_text_dump("  \n\n \n")


def test_dump_with_only_a_headline_is_an_error() -> None:
    with pytest.raises(ExtractionError, match="no article text"):
        extract_text_dump("Kim Jong Un tells North Korea arms factories to boost capacity\n")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("The Jerusalem Post - Israel News Israel News Health & Wellness", "The Jerusalem Post"),
        ("Daily Planet - Breaking News Home World", "Daily Planet"),
        ("The Guardian – World news Opinion Sport", "The Guardian"),
        ("AP News World U.S. Politics", "Associated Press"),
        ("Daily Planet Metro Sports Comics", None),  # Name and menu cannot be told apart.
    ],
)
def test_site_name_from_header(header: str, expected: str | None) -> None:
    assert outlet_name_in(header) == expected


def test_capture_day_read_from_the_header_line_alone() -> None:
    captured = dump_captured("\n date 2023-08-06 Daily Planet - News\nHeadline of the day\n")
    assert captured is not None
    assert captured.isoformat() == "2023-08-06"
    assert dump_captured("Headline of the day\ndate 2023-08-06 Daily Planet\n") is None


def test_render_dumps_placeholders_tell_no_capture_day_nor_outlet() -> None:
    """../shared/tools/render_dump.py's defaults, when it is not told a page's capture day or
    outlet: the page's own date after that day is still its date."""
    body = "Ministers met on Tuesday to agree the budget, the first of the new government. " * 3
    page = "{header}\nBudget agreed after long talks\n\nPublished: March 3, 2020\n\n{body}\n"
    placeholder = extract_text_dump(
        page.format(header=" date 2020-01-01 Unknown Outlet - Home News World", body=body)
    )
    assert placeholder.captured is None
    assert placeholder.outlet is None
    assert placeholder.published is not None
    assert placeholder.published.local().date().isoformat() == "2020-03-03"
    # A real capture day still rules out a date after it.
    captured = extract_text_dump(
        page.format(header=" date 2020-01-02 Daily Planet - Home", body=body)
    )
    assert captured.outlet == "Daily Planet"
    assert captured.published is None


def test_a_note_on_the_issue_above_the_text_is_not_its_first_paragraph() -> None:
    dump = (
        " date 2019-06-20 Technik Monatlich Startseite Abo Heft\n"
        "Recycling: Auf dem Weg zum Öko-Akku\n\n"
        "Von Jana Roth\n\n"
        "Dieser Beitrag stammt aus Ausgabe 7/2019 der Technik Monatlich. Das Heft ist ab"
        " 20.06.2019 im Handel sowie direkt im Shop erhältlich.\n\n"
        "Die Ökobilanz von Elektroautos wird vor allem durch die Produktion der Batterien"
        " beeinträchtigt. Eine Firma aus Niedersachsen hat ein Verfahren entwickelt, alte Akkus"
        " fast vollständig wiederzuverwerten.\n\n"
        "Bisherige Verfahren schmelzen die Akkus ein. So lassen sich Kobalt und Nickel abtrennen,"
        " der Rest aber landet als Schlacke in stillgelegten Stollen.\n\n"
        "Im ersten Schritt werden die Akkus entladen, dann zerlegt und geschreddert. Übrig bleibt"
        " ein Granulat, das sich mit Sieben und Magneten weiter trennen lässt.\n\n"
        "Kommentare lesen (128) Zur Startseite\n"
    )
    draft = extract_text_dump(dump)
    assert draft.paragraphs[0].startswith("Die Ökobilanz von Elektroautos")
    assert draft.paragraphs[-1].startswith("Im ersten Schritt")


@pytest.mark.parametrize(
    "lead",
    [
        "A memoir edited by her husband appeared on Monday, a year after the singer's death in"
        " Lisbon, and sold out within hours.",
        "This post appeared on her Facebook page on Monday and was deleted hours later, after"
        " the ministry complained to the company.",
    ],
)
def test_a_first_paragraph_holding_the_words_of_a_credit_is_still_the_first(lead: str) -> None:
    dump = (
        " date 2019-06-20 Daily Planet Metro Sports\n"
        "Singer's memoir sells out within hours\n\n"
        "By Jana Roth\n\n"
        f"{lead}\n\n"
        "Her publisher said a second printing would be in shops next week, and that translations"
        " into Spanish and French were planned for the spring.\n\n"
        "The singer had worked on the book for a decade, her husband said in an interview.\n"
    )
    assert extract_text_dump(dump).paragraphs[0] == lead


def test_a_kicker_run_into_its_headline_gets_the_colon_the_page_writes_elsewhere() -> None:
    dump = (
        " date 2019-05-15 Daily Planet Wirtschaft Politik Sport\n"
        "Wirtschaft\n"
        ">\n"
        "Deutschlandtakt: Flixbus attackiert Deutsche Bahn\n"
        "Mobile PaymentAnzeige\n"
        "VermögenscheckAnzeige\n"
        "PresseportalAnzeige\n"
        "15. Mai 2019, 05:28 Uhr\n"
        "Deutschlandtakt Flixbus attackiert Deutsche Bahn\n\n"
        "Wettbewerb auf der Schiene: Flixtrain setzt auf Reisende, denen die Bahn zu teuer ist.\n\n"
        "(Foto: Jana Roth/dpa)\n"
        "Von Jana Roth, Berlin\n\n"
        "Die Ankündigungen von Bahn und Verkehrsminister versprachen vergangene Woche viel: Der"
        " geplante Takt habe eigentlich nur Vorteile, hieß es in Berlin.\n\n"
        "Doch private Konkurrenten der Bahn sehen das ganz anders. Sie fürchten massive Nachteile"
        " und kündigen offenen Protest gegen den Plan an.\n\n"
        "Der Verkehrsminister will im Herbst über den Plan entscheiden, sagte ein Sprecher.\n"
    )
    assert extract_text_dump(dump).title == "Deutschlandtakt: Flixbus attackiert Deutsche Bahn"


_STAMP_UNDER_TEXT = """ date 2019-11-22 Daily Planet - Home Markets Economy
Markets on a high while the economy slows; time to be careful?
By Jane Roe

The equity benchmark scaled a new all-time high in the morning trade, even as the latest figures
showed the economy growing at its slowest pace in six years and factories cutting their output.

Analysts said the rally rested on hopes of a trade deal and on cheap money, and that investors
should keep some cash aside in case either of those hopes turned out to be misplaced this winter.

Banks led the gains, with the largest lenders adding more than two per cent each, while the shares
of carmakers fell for a third day on weak sales figures published by the industry's association.

Bond yields edged lower and the currency held steady against the dollar in thin trade, dealers
said, with most of them waiting for the central bank's decision on interest rates next week.

{stamp}
Read more on markets
"""


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("First Published on Nov 20, 2019 01:38 pm", "2019-11-20"),
        ("Published 7:07 PM EST Nov 19, 2019", "2019-11-19"),
        ("Posted in Markets | Permalink | 10 Comments", None),  # A category, no day.
    ],
)
def test_a_labelled_stamp_under_the_text_dates_it_when_the_front_does_not(
    stamp: str, expected: str | None
) -> None:
    draft = extract_text_dump(_STAMP_UNDER_TEXT.format(stamp=stamp))
    found = draft.published.isoformat()[:10] if draft.published else None
    assert found == expected
    if expected:  # The date names the line it was read from.
        assert draft.evidence["published_at"].text == stamp
    assert not any(stamp in paragraph for paragraph in draft.paragraphs)


def test_a_text_with_no_headline_keeps_its_first_paragraphs() -> None:
    # An address, then the article's paragraphs, no headline (as newswire text files come):
    # the best of its lines is a sentence of the text, and taking it for the headline dropped
    # the paragraphs above it.
    paragraphs = [
        "afrol News, 5 November - Ethiopia's ambitious plan to build a dam on the Blue Nile has"
        " raised concern in Egypt and Sudan, which depend on the river's water for farming.",
        "Dubbed the Grand Renaissance Dam, it will be Africa's biggest dam and will depend on"
        " water from the river, the world's longest.",
        "But Ethiopia must first resolve matters with Egypt, which claims the rights to the river"
        " following a 1929 agreement that excluded the other countries along it.",
        "Talks are due to resume next month in Khartoum, officials said.",
    ]
    draft = extract_text_dump("http://www.example.com/articles/38393\n\n" + "\n\n".join(paragraphs))
    assert draft.title is None
    assert draft.paragraphs == paragraphs


def test_a_text_with_no_headline_keeps_its_first_paragraphs_above_a_headline_like_line() -> None:
    # ...and where the scores take a shorter line further down for the headline (a quote's
    # heading, a subheading, a list's item), the paragraphs above it are the text's too.
    paragraphs = [
        "When Mr. Benoni W. Urey took the hands of Madam Mai Bright to be his running mate, many"
        " in Monrovia said the opposition had at last found a ticket that could win.",
        "The two toured the southeast last week, where crowds met them in every town they passed"
        " through on the way to Harper.",
        "The party's chairman said the campaign would open its offices in all fifteen counties.",
        "A new chapter for the opposition",
        "Mr. Urey said the ticket would publish its plans for roads and schools next month.",
    ]
    draft = extract_text_dump("https://example.com/news/urey-bright\n\n" + "\n\n".join(paragraphs))
    assert draft.title is None
    assert draft.paragraphs[0] == paragraphs[0]


def test_a_page_opening_with_two_paragraphs_of_a_notice_keeps_its_headline() -> None:
    # A consent notice of two paragraphs over the page, its buttons, then the headline and its
    # byline: no text without a headline (a helper's review, stop 70).
    dump = (
        " date 2023-05-17 The Independent - News Sport Voices Culture\n"
        "We and our partners store and/or access information on a device, such as cookies and"
        " process personal data, such as unique identifiers and standard information sent by a"
        " device for personalised ads and content.\n\n"
        "With your permission we and our partners may use precise geolocation data and"
        " identification through device scanning. You may click to consent to our processing.\n\n"
        "Manage options\n"
        "I Accept\n"
        "Flooding forces thousands from homes in northern Italy\n\n"
        "Mared Gwyn Jones\n"
        "Wednesday 17 May 2023 18:42 BST\n\n"
        "Thousands of people were forced from their homes in the northern Italian region of"
        " Emilia-Romagna on Wednesday after torrential rain caused rivers to burst their banks.\n\n"
        "Civil protection officials said more than 5,000 people had been evacuated.\n"
    )
    draft = extract_text_dump(dump)
    assert draft.title == "Flooding forces thousands from homes in northern Italy"
    assert draft.paragraphs[0].startswith("Thousands of people were forced")


def test_a_headline_that_trails_off_is_still_a_headline() -> None:
    dump = (
        " date 2019-11-19 Dealbreaker - Banks Hedge Funds\n"
        "T-Swift is beefing with The Carlyle Group ... what a time to be alive ...\n\n"
        "Brace yourself, Swifties: Taylor Swift might not be able to perform all of her hits due"
        " to a legal dispute with the owner of her former record label, Big Machine.\n\n"
        "The drama began earlier this year when Ithaca Holdings purchased Big Machine for $300M"
        " in a deal backed by The Carlyle Group.\n"
    )
    draft = extract_text_dump(dump)
    assert (
        draft.title == "T-Swift is beefing with The Carlyle Group ... what a time to be alive ..."
    )


@pytest.mark.parametrize(
    "headline",
    [
        '"We will not stand by and watch as our rights are taken away by this unjust new law."',
        "China vows a firm response to the new export controls on chips announced by the U.S.",
    ],
)
def test_a_long_headline_ending_in_a_stop_over_its_byline_is_the_headline(headline: str) -> None:
    text = (
        "The court heard on Monday that the law had been passed without a vote in the upper"
        " house, a claim the government denies."
    )
    dump = f" date 2024-03-09 News - World\n{headline}\nBy Jane Doe | March 8, 2024\n\n{text}\n"
    draft = extract_text_dump(dump)
    assert draft.title == headline
    assert draft.paragraphs == [text]


@pytest.mark.parametrize(
    ("elsewhere", "expected"),
    [
        ("Ana, 27-06-2012 10:14", "2014-01-08"),  # The page writes the day first,
        ("Ana, 06/27/2012 10:14", "2014-08-01"),  # or the month first,
        ("Ana", None),  # or nothing says: no date rather than a guess.
    ],
)
def test_a_pages_other_dates_settle_the_order_of_its_date_in_figures(
    elsewhere: str, expected: str | None
) -> None:
    dump = (
        " date 2015-03-02 Diario - Portada Local Nacional\n"
        "Anticorrupción decidirá en Madrid si recurre la imputación\n\n"
        "Patricio Candia | Palma de Mallorca | 08/01/2014\n\n"
        + "El fiscal está perfilando con el jefe de la Fiscalía la estrategia a seguir tras "
        "la decisión del juez, según fuentes del caso consultadas por este diario.\n\n"
        * 3
        + f"Comentarios\n{elsewhere}\n"
    )
    draft = extract_text_dump(dump)
    found = draft.published.utc.date().isoformat() if draft.published else None
    assert found == expected


_ENTRY_PAGE = (
    " date 2013-09-05 pixelmonkey.org - Blog Home About\n"
    "Press coverage of our funding round\n\n"
    + "The company made its funding announcement on Monday, led by two venture firms, and the "
    "coverage around the web was wider than we had hoped for.\n\n" * 3 + "More coming soon!\n\n"
    "{note}\n\n"
    "Leave a Reply\n"
    "Ana posted on September 4, 2013 at 9:00 am\n"
)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Andrew is the co-founder of the company. This entry was posted on Tuesday, "
            "September 3rd, 2013 at 12:53 pm and is filed under Startups.",
            "2013-09-03T12:53",
        ),
        ("This entry was posted in Startups on September 3, 2013 by Andrew.", "2013-09-03T00:00"),
        ("Dieser Beitrag wurde am 3. September 2013 um 12:53 veröffentlicht.", "2013-09-03T12:53"),
        # A reader's comment's stamp is not the entry's, nor a sentence that quotes one.
        ("Andrew is the co-founder of the company.", None),
        ("A note says this article was published on March 3, 2009 and corrected later.", None),
    ],
)
def test_a_blog_templates_statement_of_the_entrys_day_dates_it(
    note: str, expected: str | None
) -> None:
    draft = extract_text_dump(_ENTRY_PAGE.replace("{note}", note))
    found = draft.published.utc.isoformat(timespec="minutes") if draft.published else None
    assert found == expected


def test_a_dump_cut_at_a_short_headline_keeps_it() -> None:
    # A two-word headline over long paragraphs, which the scores rank under a sentence of the
    # text: the dump opens with it, as the seed does, and prose follows right under it.
    draft = _extract("spiegel_short_headline.txt")
    assert draft.title == "Ein Albtraum"
    assert draft.paragraphs[0].startswith("Der Reporter Claas Relotius")


@pytest.mark.parametrize("first", ["| | |", "Advertisement Advertisement"])
def test_a_first_line_of_furniture_is_no_short_headline(first: str) -> None:
    lines = (DUMPS / "spiegel_short_headline.txt").read_text(encoding="utf-8").split("\n")
    lines[1] = first
    assert extract_text_dump("\n".join(lines)).title is None


def test_short_paragraphs_ended_by_another_scripts_full_stop_are_the_text() -> None:
    # Amharic ends its sentences with '።': short paragraphs so ended are prose, not furniture.
    paragraphs = [
        "የኢትዮጵያ መንግስት ዛሬ አዲስ የኢኮኖሚ ፖሊሲ ማውጣቱን አስታውቋል።",
        "ፖሊሲው የውጭ ኢንቨስትመንትን ለመሳብ ያለመ ነው ብለዋል ሚኒስትሩ።",
        "ባለሙያዎች ፖሊሲው ለአገሪቱ ኢኮኖሚ ጠቃሚ እንደሚሆን ገልጸዋል።",
    ]
    head = [" date 2024-03-02 Addis Standard - ዜና ፖለቲካ ስፖርት", "መንግስት አዲስ የኢኮኖሚ ፖሊሲ አወጣ", ""]
    draft = extract_text_dump("\n".join(head) + "\n" + "\n\n".join(paragraphs) + "\n")
    assert draft.title == "መንግስት አዲስ የኢኮኖሚ ፖሊሲ አወጣ"
    assert draft.paragraphs == paragraphs
