"""Dates printed among other words in the byline zone (app/extract/line_dates.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.extract.line_dates import find_line_date
from app.extract.textdump import extract_text_dump
from app.moments import Moment

CAPTURED = Moment.day(datetime(2019, 11, 21))  # noqa: DTZ001 (a wall-clock day)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Nov. 19, 2019 8:03 am ET", "2019-11-19T08:03-05:00"),
        ("Chris Davies - Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31-06:00"),
        ("By Tess Bonn - 11/19/19 06:56 AM EST", "2019-11-19T06:56-05:00"),
        (
            "Posted by Michael David Smith on November 19, 2019, 6:21 AM EST",
            "2019-11-19T06:21-05:00",
        ),
        (
            "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
            "2019-11-19T10:48",
        ),
        ("Nov 18, 2019 at 9:24 pm ET • 2 min read", "2019-11-18T21:24-05:00"),
        ("Carlos Nadalim 27/09/2018", "2018-09-27"),
        # A comment link's '!' makes no sentence of the line.
        ("Carlos Nadalim 27/09/2018 Comente! Alfabetização, Música", "2018-09-27"),
        ("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", "2019-11-18T20:51:19+00:00"),
        ("by ライトハウス国際特許事務所 ／ 2016.12.01", "2016-12-01"),
        ("Текст: Венера Ерофеева·24 сентября 2018", "2018-09-24"),
        ("Posted on Oktober 27, 2015 by Admin", "2015-10-27"),
        ("jueves, 09 enero 2014 - 10:21 h", "2014-01-09"),
        ("更新时间 2012年12月10日, 格林尼治标准时间10:41", "2012-12-10T10:41+00:00"),
        ("北京时间2019年11月8日 14:05", "2019-11-08T14:05+08:00"),
        ("2019年11月8日(金) 14時05分", "2019-11-08T14:05"),
        ("令和元年11月8日 午後2時5分", "2019-11-08T14:05"),
        ("平成31年4月30日", "2019-04-30"),
        ("民國108年11月8日 下午2:05", "2019-11-08T14:05"),
        ("기사입력 2019.11.08 오후 2:05", "2019-11-08T14:05"),
        ("입력 2019년 11월 8일 9시 30분 (한국시간)", "2019-11-08T09:30+09:00"),
        ("2019年11月8日 3時間前", "2019-11-08"),  # hours ago, not a time of day
        ("8 ноября 2019, 14:05 МСК", "2019-11-08T14:05+03:00"),
        ("Nov 18, 2019 8:00 GUEST POST", "2019-11-18T08:00"),  # the EST of a word: no zone
        ("Updated Nov 19, 6:55 AM;Posted Nov 18, 6:51 AM", "2019-11-18T06:51"),
        (
            "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
            "2019-11-19T08:02-05:00",
        ),
        ("Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM", "2019-11-18T17:19"),
        ("PTI | Updated: 19-Nov-2019 14:05 IST", "2019-11-19T14:05+05:30"),
        ("Thứ ba, 19/11/2019, 14:05 (GMT+7)", "2019-11-19T14:05+07:00"),
        ("โดย สมชาย ใจดี 19 พ.ย. 2562 14:05 น.", "2019-11-19T14:05"),
    ],
)
def test_dates_beside_other_words(line: str, expected: str) -> None:
    found = find_line_date(line, CAPTURED)
    assert found is not None
    assert found.moment.isoformat() == expected


@pytest.mark.parametrize(
    "line",
    [
        "Police release surveillance photos in Dec. 22 University Bank robbery",  # a headline
        "Nov 25",  # year-less, but after the capture: never a publication date
        "Jun 3",  # year-less and too long before the capture to settle the year
        "— The Nigerian Senate (@NGRSenate) October 9, 2018",  # an embedded tweet
        "He said it. Then on Nov. 19, 2019 she left.",  # prose
        "05/10/2018 - Publicado por: Clarissa Borba",  # day or month first: unknowable
        "Part no. 12-Mar-2019-B",  # a code, not a date
    ],
)
def test_no_date_where_none_is_stated(line: str) -> None:
    assert find_line_date(line, CAPTURED) is None


_PAGE = """ date 2015-01-03 The Daily Post - News Sport
Saturday 05 January 2015
Council approves the new bridge over the river
By Jane Roe - 02/01/15 09:15 AM GMT
The council approved the new bridge on Friday after a long debate about its cost to the town.
Work starts in the spring and should end within two years, the council said in a statement.
Residents who opposed the plan said they would appeal the decision in the courts next month.
Comments
Anne Smith 20 hours ago
"""


def test_page_dates_the_byline_line_not_the_furniture_or_comments() -> None:
    draft = extract_text_dump(_PAGE)
    assert draft.published is not None
    assert draft.published.isoformat() == "2015-01-02T09:15+00:00"
    assert draft.evidence["published_at"].place == "line 4"


def test_relative_time_deep_in_the_body_is_not_the_date() -> None:
    lines = _PAGE.splitlines()
    text = "\n".join([*lines[:3], *lines[4:7], "Jane Roe", "2 hours ago", *lines[4:7]])
    assert extract_text_dump(text).published is None


_STANDFIRST_PAGE = """ date 2019-11-20 The Daily Post - News Sport
Council approves the new bridge over the river
The vote ends a decade of argument about how the town should cross the river, and at what cost.
By
Jane Roe
@janeroe
Nov. 19, 2019 8:03 am ET
The council approved the new bridge on Friday after a long debate about its cost to the town.
Work starts in the spring and should end within two years, the council said in a statement.
"""


def test_standfirst_above_the_byline_is_not_the_first_paragraph() -> None:
    draft = extract_text_dump(_STANDFIRST_PAGE)
    assert draft.paragraphs[0].startswith("The council approved the new bridge")
    assert draft.published is not None
    assert draft.published.isoformat() == "2019-11-19T08:03-05:00"


def test_relative_time_far_above_the_headline_dates_a_teaser() -> None:
    lines = _PAGE.splitlines()
    menu = [f"Section {n}" for n in range(6)]
    text = "\n".join(
        [lines[0], "Storm closes schools", "2 hours ago", *menu, lines[2], *lines[4:7]]
    )
    assert extract_text_dump(text).published is None


def test_sign_up_box_between_standfirst_and_byline_ends_nothing() -> None:
    lines = _STANDFIRST_PAGE.splitlines()
    box = [
        "Breaking News Emails",
        "Get breaking news alerts and special reports, delivered weekday mornings.",
        "SUBSCRIBE",
    ]
    text = "\n".join([*lines[:3], *box, "Nov. 19, 2019, 8:41 AM UTC", "By Jane Roe", *lines[7:]])
    draft = extract_text_dump(text)
    assert draft.published is not None
    assert draft.published.isoformat() == "2019-11-19T08:41+00:00"
    assert draft.paragraphs[0].startswith("The council approved the new bridge")


@pytest.mark.parametrize(
    "stamps",
    [
        ("Jan 2, 2015 11:00 AM", "Jan 1, 2015 9:30 AM"),
        ("November 20, 2014", "May 27, 2014"),  # Other months: still one list's shape.
    ],
)
def test_a_list_of_stamped_teasers_dates_none_of_them(stamps: tuple[str, str]) -> None:
    lines = _PAGE.splitlines()
    teasers = ["Storm closes the coast road", stamps[0], "Mayor opens the new library", stamps[1]]
    text = "\n".join([lines[0], lines[2], *teasers, *lines[4:7]])
    assert extract_text_dump(text).published is None


def test_a_stamp_beside_a_dated_caption_is_still_the_date() -> None:
    lines = _PAGE.splitlines()
    caption = "The river at dawn, Jan. 1, 2015."
    text = "\n".join([lines[0], lines[2], "02/01/15 09:15 AM GMT", caption, *lines[4:7]])
    published = extract_text_dump(text).published
    assert published is not None
    assert published.isoformat() == "2015-01-02T09:15+00:00"


def test_a_long_stamp_line_after_the_lead_is_the_date() -> None:
    lines = _STANDFIRST_PAGE.splitlines()
    stamp = "Riverside, Daily Post News Bureau | Updated : Tuesday, 19 November 2019, 09:01 AM"
    text = "\n".join([*lines[:2], lines[7], lines[8], stamp, lines[2]])
    published = extract_text_dump(text).published
    assert published is not None
    assert published.isoformat() == "2019-11-19T09:01"


def test_a_date_line_ending_in_p_m_above_the_headline_is_the_date() -> None:
    lines = _PAGE.splitlines()
    above = ["BY JANE ROE / STAFF WRITER", "Published: Jan. 2, 2015 Updated: 4:49 p.m."]
    text = "\n".join([lines[0], *above, lines[2], *lines[4:7]])
    published = extract_text_dump(text).published
    assert published is not None
    assert published.local().date().isoformat() == "2015-01-02"


def test_the_date_under_the_headline_wins_over_the_day_printed_above_it() -> None:
    lines = _PAGE.splitlines()
    header = ["Friday January 2, 2015 Daily Headlines", *(f"Section {n}" for n in range(8))]
    text = "\n".join([lines[0], *header, lines[2], "By Jane Roe", "Dec. 29, 2014", *lines[4:7]])
    published = extract_text_dump(text).published
    assert published is not None
    assert published.isoformat() == "2014-12-29"


def test_date_stamp_run_into_the_first_paragraph_dates_the_page() -> None:
    lines = _PAGE.splitlines()
    lead = f"24. Dezember 2014 Weihnachten {lines[4]} {lines[5]}"
    draft = extract_text_dump("\n".join([lines[0], lines[2], lead, *lines[5:7]]))
    assert draft.published is not None
    assert draft.published.isoformat() == "2014-12-24"
    assert draft.paragraphs[0] == lead.removeprefix("24. Dezember 2014 ")


def test_numeric_date_stamp_run_into_the_first_paragraph_and_its_separator() -> None:
    lines = _PAGE.splitlines()
    draft = extract_text_dump(
        "\n".join([lines[0], lines[2], f"24/12/2014 - {lines[4]} {lines[5]}"])
    )
    assert draft.published is not None
    assert draft.published.isoformat() == "2014-12-24"
    assert draft.paragraphs[0].startswith("The council approved")


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("LONDON, Dec 31 (Reuters) - ", "2014-12-31"),  # the year the capture's
        ("WASHINGTON, Dec. 30, 2014 (AP) — ", "2014-12-30"),
        ("SAN FRANCISCO, Calif., Dec 31 -- ", "2014-12-31"),
        ("Madrid, 31 dic (EFE).- ", "2014-12-31"),
    ],
)
def test_a_wire_dateline_dates_a_page_that_prints_no_other(dateline: str, expected: str) -> None:
    lines = _PAGE.splitlines()  # Captured on 3 January 2015.
    lead = f"{dateline}{lines[4]} {lines[5]}"
    draft = extract_text_dump("\n".join([lines[0], lines[2], lead, *lines[5:7]]))
    assert draft.published is not None
    assert draft.published.isoformat() == expected
    assert draft.paragraphs[0] == lead  # The dateline stays part of the text.


def test_a_wire_dateline_leaves_the_byline_s_date_standing() -> None:
    lines = _PAGE.splitlines()
    lead = f"LONDON, Dec 31 (Reuters) - {lines[4]}"
    draft = extract_text_dump("\n".join([lines[0], *lines[2:4], lead, *lines[5:7]]))
    assert draft.published is not None
    assert draft.published.isoformat() == "2015-01-02T09:15+00:00"


@pytest.mark.parametrize(
    "lead",
    [
        "London, Dec 31 was a cold day for the council, which approved the new bridge after a"
        " long debate about its cost to the town, and work starts in the spring.",
        "On 24 December 2014 the council approved the new bridge after a long debate about its"
        " cost to the town, and work starts in the spring and should end within two years.",
        "24 December 2014 was the day the council approved the new bridge after a long debate"
        " about its cost to the town, and work starts in the spring and should end within years.",
    ],
)
def test_no_date_from_a_first_paragraph_that_does_not_open_on_one(lead: str) -> None:
    lines = _PAGE.splitlines()
    draft = extract_text_dump("\n".join([lines[0], lines[2], lead, *lines[5:7]]))
    assert draft.published is None


_HEADER_DAY_PAGE = """ date 2014-01-09 Diario de Palma - Noticias Local
jueves, 09 enero 2014 - 10:21 h
Portada
Noticias
Deportes
Sucesos
Anticorrupción decidirá en Madrid si recurre la imputación
Patricio Candia | Palma de Mallorca | {byline_date}
El fiscal está perfilando con el jefe de la Fiscalía la estrategia que seguirá tras el auto.
La decisión se tomará en los próximos días en una reunión en Madrid con los fiscales del caso.
Los abogados de la defensa esperan conocer la decisión antes de la comparecencia prevista.
"""


def test_an_unreadable_date_under_the_headline_leaves_the_header_s_day_untaken() -> None:
    # 08/01/2013 is 8 January or 1 August, both before the capture: unknown, but it is the
    # article's date, and the day printed in the site's header above is not.
    draft = extract_text_dump(_HEADER_DAY_PAGE.format(byline_date="08/01/2013"))
    assert draft.published is None
    # 08/01/2014 captured on 9 January 2014 can only be the 8th of January.
    draft = extract_text_dump(_HEADER_DAY_PAGE.format(byline_date="08/01/2014"))
    assert draft.published is not None
    assert draft.published.isoformat() == "2014-01-08"
    draft = extract_text_dump(_HEADER_DAY_PAGE.format(byline_date="Patricio Candia"))
    assert draft.published is not None
    assert draft.published.isoformat() == "2014-01-09T10:21"
    draft = extract_text_dump(_HEADER_DAY_PAGE.format(byline_date="28/12/2013"))
    assert draft.published is not None
    assert draft.published.isoformat() == "2013-12-28"
