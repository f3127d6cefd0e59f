"""The result set in words: day ranges, filters and orders (app/present/query_reading.py)."""

from __future__ import annotations

from datetime import date

import pytest

from app.present.query_reading import days_in_words, filter_phrases
from app.search import Filters


@pytest.mark.parametrize(
    ("first", "last", "words"),
    [
        (date(2023, 1, 1), date(2023, 12, 31), "in 2023"),
        (date(2024, 2, 1), date(2024, 2, 29), "in February 2024"),
        (date(2023, 8, 6), date(2023, 8, 6), "on 6 August 2023"),
        (date(2023, 1, 1), date(2024, 12, 31), "from 1 January 2023 to 31 December 2024"),
        (date(2023, 2, 1), date(2023, 2, 27), "from 1 February 2023 to 27 February 2023"),
        (date(2023, 8, 6), None, "since 6 August 2023"),
        (None, date(2023, 8, 6), "until 6 August 2023"),
    ],
)
def test_days_are_said_as_the_period_they_cover(
    first: date | None, last: date | None, words: str
) -> None:
    assert days_in_words(first, last) == words


def test_every_filter_is_in_the_words() -> None:
    filters = Filters.parse(
        ["KP", "RU"],
        ["CN"],
        ["Reuters"],
        "2023",
        "2023",
        all_countries=True,
        languages=["es"],
        bylines=["smith"],
        domains=["www.reuters.com"],
        min_words="300",
        captured_to="2024-01",
    )
    assert filter_phrases(filters) == [
        "about North Korea and Russia",
        "from outlets in China",
        "from Reuters",
        "on reuters.com",
        "in Spanish",
        "with a byline containing “smith”",
        "published in 2023",
        "captured until 31 January 2024",
        "of at least 300 words",
    ]
