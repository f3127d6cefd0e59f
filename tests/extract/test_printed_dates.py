"""Date lines as news pages print them, parsed strictly (app/extract/printed_dates.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.extract.printed_dates import (
    is_time_stamp,
    page_day_first,
    parse_date,
    parse_date_line,
    with_numeric_order,
)
from app.moments import Moment, Precision

CAPTURED = Moment.day(datetime(2023, 8, 6))  # noqa: DTZ001 (a wall-clock day)


@pytest.mark.parametrize(
    ("line", "expected", "is_update"),
    [
        ("Published: AUGUST 6, 2023 09:28", "2023-08-06T09:28", False),
        ("Updated: 12/03/2023 14:05 IST", "2023-03-12T14:05+05:30", True),
        ("Published on Mon 6 Aug 2023", "2023-08-06", False),
        ("August 6, 2023 9:28 a.m. ET", "2023-08-06T09:28-04:00", False),
        ("January 6, 2023 9:28 p.m. ET", "2023-01-06T21:28-05:00", False),
        ("Sun 6 Aug 2023 09.28 BST", "2023-08-06T09:28+01:00", False),
        ("Friday, January 4, 2019", "2019-01-04", False),
        ("JAN. 13, 2017", "2017-01-13", False),
        ("15 November 2017 • 7:51pm", "2017-11-15T19:51", False),
        ("Updated 10:31 PM EDT, August 5, 2023", "2023-08-05T22:31-04:00", True),
        ("2023-08-06T09:28:00+03:00", "2023-08-06T09:28:00+03:00", False),
        (
            "April 28, 2019 at 6:01 am | Updated April 29, 2019 at 3:33 pm",
            "2019-04-28T06:01",
            False,
        ),
        ("Last updated on 6 August 2023, 14:05 GMT", "2023-08-06T14:05+00:00", True),
        ("2 hours ago", "2023-08-06", False),
        ("6 hours ago", "2023-08-06", False),
        # A relative update that states no day leaves the printed date its line gives.
        ("Published Aug 1, 2023 | Updated 3 days ago", "2023-08-01", False),
        ("Published Aug 1, 2023 Updated 22 hours ago", "2023-08-01", False),
        # Dots separate day, month and year, in that order (German, Russian, Polish...).
        ("12.10.2015, 19:16 Uhr", "2015-10-12T19:16", False),
        # A weekday settles which of day and month comes first when one reading fits it.
        ("Thứ sáu, 2/5/2014", "2014-05-02", False),
        ("Friday, 2/5/2014", "2014-05-02", False),
        # The weekday outweighs the dots and the zone; a month-first zone outweighs the dots.
        ("Friday, 05.02.2014 14:30 ET", "2014-05-02T14:30-04:00", False),
        ("Friday 3/4/2016 10:00 GMT", "2016-03-04T10:00+00:00", False),
        ("03.04.2019 10:00 EST", "2019-03-04T10:00-05:00", False),
        ("Freitag, 12.3.2021", "2021-03-12", False),
        # A month's name joined to the day and year by one mark, a two-digit year only so.
        ("Published: 06-Aug-2023 14:05 IST", "2023-08-06T14:05+05:30", False),
        ("06/August/2023", "2023-08-06", False),
        ("06.Aug.23", "2023-08-06", False),
        ("Aug-06-2023", "2023-08-06", False),
        ("06-Aug-99", "1999-08-06", False),  # a two-digit year yet to come is last century's
        # An offset from GMT or UTC is no Greenwich time.
        ("Chủ nhật, 6/8/2023, 14:05 (GMT+7)", "2023-08-06T14:05+07:00", False),
        ("06.08.2023 14:05 (UTC+3)", "2023-08-06T14:05+03:00", False),
        ("August 6, 2023 14:05 GMT+05:30", "2023-08-06T14:05+05:30", False),
        ("August 6, 2023 9:05 AM UTC-5", "2023-08-06T09:05-05:00", False),
        # Hebrew attaches its 'in' to the month; Thai counts years in the Buddhist era.
        ("6 באוגוסט 2023, 14:05", "2023-08-06T14:05", False),
        ("6 ส.ค. 2566 14:05 น.", "2023-08-06T14:05", False),
        ("วันอาทิตย์ที่ 6 สิงหาคม พ.ศ. 2566", "2023-08-06", False),
        ("6 ส.ค.2566", "2023-08-06", False),
        # Arabic news gives the Levant's and the Egyptian month's name side by side.
        ("الأحد 6 آب/أغسطس 2023", "2023-08-06", False),
    ],
)
def test_date_line_forms(line: str, expected: str, is_update: bool) -> None:
    parsed = parse_date_line(line, CAPTURED)
    assert parsed is not None
    assert parsed.moment.isoformat() == expected
    assert parsed.is_update is is_update


@pytest.mark.parametrize(
    "line",
    [
        "Kim Jong Un tells North Korea arms factories to boost capacity",
        "The meeting on August 6, 2023 was held in Seoul with several delegations",
        "By Jane Doe, Staff Writer",
        "03/04/2023",  # Day and month cannot be told apart: unknown, not guessed.
        "Sunday 11/07/2021",  # Both readings are Sundays, both before the capture: unknown.
        # A weekday only in a language outside the archive's is a word too ('Anna': Turkmen
        # Friday); it settles nothing.
        "Anna, 2/5/2014",
        "112.10.2015",  # Longer numbers than a date's.
        "1.12.20151",
        "February 30, 2023",
        "13:75 August 6, 2023",
        "",
    ],
)
def test_not_a_date_line(line: str) -> None:
    assert parse_date_line(line, CAPTURED) is None


def test_relative_date_needs_a_capture_date() -> None:
    assert parse_date_line("2 hours ago") is None


@pytest.mark.parametrize(
    "line", ["1 day ago", "Published 3 days ago", "a week ago", "22 hours ago"]
)
def test_relative_dates_that_fall_on_one_of_two_days_state_none(line: str) -> None:
    # '1 day ago' is 24 to 47 hours before the capture; '22 hours ago' before a capture known
    # only to the day is that day or the one before.
    assert parse_date_line(line, CAPTURED) is None


def test_days_ago_from_a_timed_capture_state_no_day_either() -> None:
    captured = Moment(datetime(2023, 8, 6, 12, 0), 0, Precision.MINUTE)  # noqa: DTZ001
    assert parse_date_line("1 day ago", captured) is None
    parsed = parse_date_line("22 hours ago", captured)
    assert parsed is not None
    assert parsed.moment.isoformat() == "2023-08-05T14:00+00:00"


def test_hours_ago_from_a_timed_capture_keeps_the_time() -> None:
    captured = Moment(datetime(2023, 8, 6, 12, 0), 0, Precision.MINUTE)  # noqa: DTZ001
    parsed = parse_date_line("2 hours ago", captured)
    assert parsed is not None
    assert parsed.moment.isoformat() == "2023-08-06T10:00+00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023/8/6", "2023-08-06"),
        ("2023.08.06 09:28", "2023-08-06T09:28"),
        ("20230806", "2023-08-06"),
        ("20230806T0928+0300", "2023-08-06T09:28+03:00"),
        ("1691303280", "2023-08-06T06:28:00+00:00"),
        ("1691303280000", "2023-08-06T06:28:00+00:00"),
    ],
)
def test_the_forms_only_data_writes(text: str, expected: str) -> None:
    moment = parse_date(text)
    assert moment is not None
    assert moment.isoformat() == expected


@pytest.mark.parametrize("text", ["06/08/2023", "12345", "0000000000", "2023081", "20231306"])
def test_no_date_in_data_that_states_none(text: str) -> None:
    assert parse_date(text) is None


def test_nothing_is_filled_from_today() -> None:
    moment = parse_date("6 August 2023")
    assert moment is not None
    assert moment.precision is Precision.DAY
    assert moment.isoformat() == "2023-08-06"
    assert parse_date("August") is None
    assert parse_date("9:28") is None


@pytest.mark.parametrize("text", ["2023-02-30", "31/31/2031", "2023-13-01", "Feb 30, 2023"])
def test_a_day_that_never_was_is_no_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("line", "captured", "expected"),
    [
        # Only one reading is no later than the capture: the other is a day not yet reached.
        ("Madrid | 08/01/2014", datetime(2014, 1, 9), "2014-01-08"),  # noqa: DTZ001
        ("Stand: 05/08/2019, 5:30", datetime(2019, 5, 9), "2019-05-08"),  # noqa: DTZ001
        # Dots say day first, but the capture outweighs a site's habit.
        ("05.08.2019", datetime(2019, 5, 9), "2019-05-08"),  # noqa: DTZ001
    ],
)
def test_the_capture_settles_day_and_month(line: str, captured: datetime, expected: str) -> None:
    parsed = parse_date_line(line, Moment.day(captured))
    assert parsed is not None
    assert parsed.moment.local().date().isoformat() == expected


def test_a_capture_after_both_readings_settles_nothing() -> None:
    assert parse_date_line("Madrid | 08/01/2014", Moment.day(datetime(2014, 9, 1))) is None  # noqa: DTZ001
    assert parse_date_line("Madrid | 08/01/2014") is None


@pytest.mark.parametrize(
    ("line", "is_update"),
    [
        ("Publié le 7 mai 2019 à 13:59", False),
        ("Mis à jour le 8 mai 2019", True),
        ("Veröffentlicht am 3. Mai 2019", False),
        ("Stand: 05.08.2019, 5:30", True),
        ("Actualizado el 5 de mayo de 2019", True),
        ("Обновлено 5 мая 2019", True),
        ("Обновлено 06.05.2020 10:30 | Москва", True),
        ("Standard 5 May 2019", False),  # A word that begins like a label is none.
    ],
)
def test_labels_of_publication_and_update_in_other_languages(line: str, is_update: bool) -> None:
    parsed = parse_date_line(line)
    assert parsed is not None
    assert parsed.is_update is is_update


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Updated at 1:23 p.m.", True),
        ("Last updated 2:05pm BST", True),
        ("Aktualisiert um 14:05 Uhr", True),
        ("mis à jour à 15h25", True),
        ("Updated: the council met at 10:30 and agreed to the plan", False),
        ("At 1:23 p.m. the council left the hall", False),  # No label: a sentence.
    ],
)
def test_a_label_and_a_time_are_a_stamp(line: str, stamp: bool) -> None:
    assert is_time_stamp(line) is stamp


@pytest.mark.parametrize(
    ("texts", "day_first"),
    [
        (["Fotos", "27-06-2012", "| Efe"], True),
        (["Posted 06/27/2012 by admin"], False),
        (["12.10.2015, 19:16 Uhr", "Kommentar vom 13.10.2015"], True),
        (["08/01/2014"], None),  # Nothing plain: either order.
        (["27/06/2012", "06/27/2012"], None),  # The page disagrees with itself.
    ],
)
def test_a_pages_plain_dates_tell_its_order(texts: list[str], day_first: bool | None) -> None:
    assert page_day_first(texts) is day_first


def test_a_date_in_figures_is_written_out_in_the_order_given() -> None:
    line = "Patricio Candia | Palma de Mallorca | 08/01/2014 10:05"
    assert with_numeric_order(line, True).endswith("| 8 January 2014 10:05")
    assert with_numeric_order(line, False).endswith("1 August 2014 10:05")
