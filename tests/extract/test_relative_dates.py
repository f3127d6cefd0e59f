"""Stamps that count back from the capture, in the news languages (app/extract/relative_dates.py,
read by printed_dates and, among other words in the byline zone, by line_dates)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.extract.line_dates import find_line_date
from app.extract.printed_dates import parse_date_line
from app.extract.textdump import extract_text_dump
from app.moments import Moment, Precision

CAPTURED_DAY = Moment.day(datetime(2019, 5, 7))  # noqa: DTZ001 (a wall-clock day)
CAPTURED_AT = Moment(datetime(2019, 5, 7, 16, 30), 0, Precision.MINUTE)  # noqa: DTZ001


@pytest.mark.parametrize(
    "line",
    [
        "il y a 3 heures",
        "vor 5 Min.",
        "hace 2 horas",
        "há 40 minutos",
        "5 часов назад",
        "2 години тому",
        "3 saat önce",
        "قبل 3 ساعات",
        "3 ساعت پیش",
        "3小时前",
        "2 時間前",
        "3시간 전",
        "20 min ago",
        "an hour ago",
        "منذ 3 ساعات",  # Arabic news's 'since' beside CLDR's 'ago'
        "3 timmar sedan",  # Swedish news without CLDR's 'för'
        "hace una hora",  # one unit in words
        "vor einer Stunde",
    ],
)
def test_hours_ago_in_each_language_are_the_capture_s_day(line: str) -> None:
    found = parse_date_line(line, CAPTURED_DAY)
    assert found is not None
    assert found.moment == CAPTURED_DAY


@pytest.mark.parametrize(
    ("line", "minute"),
    [("منذ ساعتين", "14:30"), ("قبل دقيقتين", "16:28"), ("il y a une heure", "15:30")],
)
def test_units_in_words_count_back_from_a_timed_capture(line: str, minute: str) -> None:
    # Arabic's dual ('two hours') has no number; one unit is a word in many languages.
    found = parse_date_line(line, CAPTURED_AT)
    assert found is not None
    assert f"{found.moment.utc:%H:%M}" == minute


def test_hours_ago_before_a_timed_capture_are_read_to_the_minute() -> None:
    found = parse_date_line("vor 3 Stunden", CAPTURED_AT)
    assert found is not None
    assert found.moment.isoformat() == "2019-05-07T13:30+00:00"


@pytest.mark.parametrize(
    ("line", "captured"),
    [
        # Before a capture known only to its day: that day or the one before.
        ("vor 8 Stunden", CAPTURED_DAY),
        ("il y a 2 jours", CAPTURED_DAY),  # Whole days gone by: one of two days.
        ("3 дня назад", CAPTURED_DAY),
        ("2 hours ago", None),  # Without a capture nothing counts back.
    ],
)
def test_counts_that_name_no_one_day(line: str, captured: Moment | None) -> None:
    assert parse_date_line(line, captured) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Par Cécile Ducourtieux Publié aujourd’hui à 13h59, mis à jour à 15h25",
            "2019-05-07T13:59",
        ),
        ("Вчера, 18:40", "2019-05-06T18:40"),
        ("Hoy a las 09:15", "2019-05-07T09:15"),
        ("昨天 09:15", "2019-05-06T09:15"),
        ("By Jane Doe - Yesterday at 10:31 PM", "2019-05-06T22:31"),
        ("Heute, 13:59 Uhr", "2019-05-07T13:59"),
    ],
)
def test_today_and_yesterday_before_a_time(line: str, expected: str) -> None:
    found = find_line_date(line, CAPTURED_DAY)
    assert found is not None
    assert found.moment.isoformat() == expected
    assert not found.is_update


@pytest.mark.parametrize(
    "line",
    [
        "Today I met 3 people",  # No time: a word of a sentence.
        "Sign up today",
        "Aujourd’hui, 12 morts",  # A number, not a time.
    ],
)
def test_today_s_word_alone_is_no_date(line: str) -> None:
    assert find_line_date(line, CAPTURED_DAY) is None


_PAGE = """ date 2019-05-07 Le Quotidien - Économie Europe
Les sombres perspectives économiques de la Commission européenne
Elle abaisse ses prévisions pour 2019, avec un PIB à 1,4 % pour l’ensemble de l’UE.
Par Cécile Ducourtieux Publié aujourd’hui à 13h59, mis à jour à 15h25
La Commission européenne a publié mardi ses prévisions économiques de printemps pour l’Union.
Elle prévoit une croissance de 1,4 % pour l’ensemble des pays membres cette année, a-t-elle dit.
Le ralentissement tient surtout à l’Allemagne et à l’Italie, selon les économistes de Bruxelles.
Commentaires
Marie il y a 2 heures
"""


def test_a_page_dated_today_by_its_byline_not_by_its_comments() -> None:
    draft = extract_text_dump(_PAGE)
    assert draft.published is not None
    assert draft.published.isoformat() == "2019-05-07T13:59"
    assert draft.evidence["published_at"].place == "line 4"
