"""Month and weekday names of every detected language (app/extract/month_names.py)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from app.extract.line_dates import find_line_date
from app.extract.month_names import _shipped as shipped_names
from app.extract.month_names import calendar_names, may_name_month, trie_pattern
from app.extract.printed_dates import MONTH, parse_date, parse_date_line


def test_the_shipped_names_are_what_cldr_gives() -> None:
    """Fails after a Babel upgrade that changed them: run `python -m bench.calendar_names`."""
    assert shipped_names() == calendar_names()


def test_the_prefix_tree_matches_exactly_the_words() -> None:
    words = ["jan", "janv", "january", "juin", "juil", "juillet", "ma"]
    pattern = re.compile(trie_pattern(words))
    assert all(pattern.fullmatch(word) for word in words)
    assert not any(pattern.fullmatch(w) for w in ["ja", "janu", "juill", "m", "mai", "januaryx"])


@pytest.mark.parametrize(
    "written",
    [
        "27 Ağustos 2020",
        "Perşembe, 27 Ağustos 2020",
        "27 sierpnia 2020",
        "27 augustus 2020",
        "27. srpna 2020",
        "27 серпня 2020",
        "27 أغسطس 2020",
        "27 آب 2020",
        "Donnerstag, 27. August 2020",
        "27 Αυγούστου 2020",
        "27. elokuuta 2020",
        "2020. augusztus 27.",
        "27 अगस्त 2020",
        "27 Agustus 2020",
        "27 de agosto de 2020",
    ],
)
def test_dates_in_other_languages(written: str) -> None:
    moment = parse_date(written)
    assert moment is not None
    assert moment.utc == datetime(2020, 8, 27)  # noqa: DTZ001
    line = find_line_date(f"Redaksi - {written}", None)
    assert line is not None
    assert line.moment.utc == datetime(2020, 8, 27)  # noqa: DTZ001


@pytest.mark.parametrize("written", ["2020년 8월 27일", "입력 2020.08.27 20:27", "2020年8月27日"])
def test_year_first_dates_in_a_byline(written: str) -> None:
    line = find_line_date(written, None)
    assert line is not None
    assert line.moment.utc.date() == datetime(2020, 8, 27).date()  # noqa: DTZ001


def test_a_solar_hijri_date_is_left_unread() -> None:
    assert parse_date("۶ تیر ۱۳۹۹") is None
    assert find_line_date("۶ تیر ۱۳۹۹ - ۱۲:۳۰", None) is None


def test_only_full_weekday_names_are_taken_for_weekdays_on_a_date_line() -> None:
    assert parse_date_line("Montag, 27. Mai 2020") is not None
    assert parse_date_line("Man dies 27 May 2020") is None  # Danish 'man.' is no weekday here.


@pytest.mark.parametrize(
    "line",
    [
        "Posted November 20, 2015",
        "KASIM 12, 2019",  # Turkish 'kasım': case ignored, 'I' is taken for 'ı'.
        "12 de gener de 2020",  # A Catalan name of two words.
        "Updated: Sept. 3 — 4:10 PM",
        "Le 3 févr. 2020",  # Not plain: the names' tree decides.
        "Posted “Nov 20” – ‘yesterday’",  # Typographic quotes and dashes leave a line plain.
    ],
)
def test_the_cheap_month_test_never_misses_a_name(line: str) -> None:
    assert re.search(MONTH, line, re.I)
    assert may_name_month(line)


@pytest.mark.parametrize("line", ["Posted 20/11/2015 by Jane Doe", "Mayor sets a new budget"])
def test_the_cheap_month_test_passes_over_lines_without_one(line: str) -> None:
    assert not re.search(MONTH, line, re.I)
    assert not may_name_month(line)
