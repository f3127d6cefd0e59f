"""Bylines, dates and addresses read around the headline (app/extract/front_fields.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.drafts import ArticleDraft
from app.extract.front_fields import Line, read_front_field
from app.moments import Moment

_TEASERS = [
    "MORE STORIES LIKE THIS ONE",
    "Turbocharged Sentra Nismo unleashed",
    "November 16, 2016",
    "Sentra I-Style Makes a Statement",
    "August 18, 2005",
    "Boosted 2017 Sentra SR Turbo launched",
    "September 12, 2016",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, 1)]


def test_a_stamp_of_a_teaser_list_that_began_above_the_headline_is_no_date() -> None:
    lines = _lines(_TEASERS)
    below = lines[5:]  # Read from the last teaser's headline on, as if it were the article's.
    draft = ArticleDraft(title=None, paragraphs=[])
    assert read_front_field(below, 1, draft, around=lines)  # A date line, but a teaser's.
    assert draft.published is None


def test_without_the_lines_around_only_the_part_is_seen() -> None:
    lines = _lines(_TEASERS)
    draft = ArticleDraft(title=None, paragraphs=[])
    assert read_front_field(lines[5:], 1, draft)
    assert draft.published is not None  # Nothing in the part says it is a list.


def test_a_lone_date_line_is_the_articles() -> None:
    lines = _lines(["Nissan unveils the new Sentra", "Nissan November 20, 2019 13:42", "Text."])
    draft = ArticleDraft(title=None, paragraphs=[])
    assert read_front_field(lines, 1, draft, around=lines)
    assert draft.published is not None
    assert draft.published.local().date().isoformat() == "2019-11-20"


def test_stamps_of_a_morning_and_an_afternoon_make_one_list() -> None:
    lines = _lines(["Apple AirPods Pro review", "11/13/19 9:00AM", "iPhone bug", "11/12/19 4:40PM"])
    draft = ArticleDraft(title=None, paragraphs=[])
    draft.captured = Moment.day(datetime(2019, 11, 21))  # noqa: DTZ001 (settles 11/12: 12 Nov)
    assert read_front_field(lines, 3, draft)
    assert draft.published is None


@pytest.mark.parametrize(
    ("texts", "day"),
    [
        # A publication date wins over an update, in other languages too...
        (["Mis à jour le 8 mai 2019 à 10:00", "Publié le 7 mai 2019 à 13:59"], "2019-05-07"),
        # ...and the English word 'stand' is no German update label ('Stand:').
        (["By Anna Stand | March 3, 2020", "Posted March 9, 2020"], "2020-03-03"),
    ],
)
def test_the_date_of_two_date_lines(texts: list[str], day: str) -> None:
    lines = _lines([*texts, "Text."])
    draft = ArticleDraft(title=None, paragraphs=[])
    assert read_front_field(lines, 0, draft)
    assert read_front_field(lines, 1, draft)
    assert draft.published is not None
    assert draft.published.local().date().isoformat() == day


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Jane Doe | March 8, 2024", "Jane Doe"),
        ("By Jane Doe - 8 March 2024 14:05 GMT", "Jane Doe"),
        ("Posted by Michael David Smith on March 8, 2024, 6:21 AM EST", "Michael David Smith"),
        (
            "By Matthew Digby , Minh Do on Friday, March 8th, 2024 at 11:08 a.m.",
            "Matthew Digby, Minh Do",
        ),
        ("By Sherif Saed, Friday, 8 March 2024 08:05 GMT", "Sherif Saed"),
        ("By Pete Cashmore2024-03-08 09:32:17 UTC", "Pete Cashmore"),
        ("March 8, 2024 | by Catherine", "Catherine"),
        ("Von Moritz Bachmann publiziert am 8. März 2024", "Moritz Bachmann"),
        ("Par Cécile Ducourtieux Publié le 8 mars 2024 à 13h59", "Cécile Ducourtieux"),
        ("By May Jones on March 8, 2024", "May Jones"),  # a month's name is a name here
        ("Politics | March 8, 2024", None),  # a section, no byline
    ],
)
def test_the_byline_on_the_date_s_line(line: str, byline: str | None) -> None:
    draft = ArticleDraft(title="T", paragraphs=[])
    draft.captured = Moment.day(datetime(2024, 3, 9))  # noqa: DTZ001 (a wall-clock day)
    assert read_front_field(_lines([line]), 0, draft)
    assert draft.published is not None
    assert draft.published.local().date().isoformat() == "2024-03-08"
    assert draft.byline == byline
