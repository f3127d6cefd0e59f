"""Publication and capture dates as news pages print them, parsed strictly.

A line counts as a date line only when almost nothing but a date is on it. Nothing missing is
filled from today: a part the page does not state stays unknown (precision says how much is known).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.extract.month_names import (
    MONTH_NUMBERS,
    MONTH_PATTERN,
    WEEKDAY_NAMES,
    WEEKDAY_WORDS,
    may_name_month,
    named_weekdays,
)
from app.extract.plain_text import is_plain
from app.extract.relative_dates import find_ago, find_day_word, numberless_ago, spaced
from app.extract.zones import DAY_FIRST_BY_ZONE, DST_ZONES, FIXED_ZONES, offset_zone, zone_named
from app.lazy_patterns import lazy_compile
from app.moments import Moment, Precision

MONTHS = MONTH_NUMBERS


# A month's name, and the same month's other name after a slash where Arabic news gives both
# the Levant's and the Egyptian name ('8 آذار/مارس 2024').
def month_group(group: str) -> str:
    """A month's name (and its other name after a slash) as the named group `group`."""
    return (
        rf"(?<![^\W\d_])(?P<{group}>" + MONTH_PATTERN + r")(?![^\W\d_])\.?"
        r"(?:\s?/\s?(?:" + MONTH_PATTERN + r")(?![^\W\d_]))?"
    )


MONTH = month_group("month")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?"

_ZONE = (
    r"(?<![A-Za-z])(?P<zone>"
    + "|".join(sorted([*DST_ZONES, *FIXED_ZONES], key=len, reverse=True))
    + r")(?![A-Za-z])"
)
_GMT_OFFSET = r"(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?"
_OFFSET = r"(?P<offset>(?:Z|[+-]\d{2}:?\d{2}|" + _GMT_OFFSET + "))"

_LABEL = re.compile(
    r"^\W*(?P<label>(?:first |last |originally )?(?:published|updated|posted|modified|date|dated)"
    r"(?: on| at)?"
    # The same labels in the other languages whose months are read: a first publication, or
    # an update (_UPDATE_WORDS), which the page's first publication is preferred to.
    r"|publiée?(?: le)?|mis à jour(?: le)?|publicad[oa](?: el| em| a las)?|actualizad[oa](?: el)?"
    r"|atualizad[oa](?: em)?|pubblicato(?: il)?|aggiornato(?: il)?|veröffentlicht(?: am)?"
    r"|aktualisiert(?: am)?|stand(?=\s*:)|опубликовано|обновлено|gepubliceerd(?: op)?"
    r"|bijgewerkt(?: op)?|opublikowano|zaktualizowano|yayınlanma(?: tarihi)?"
    r"|güncellenme(?: tarihi)?)(?!\w)\s*:?\s*",
    re.IGNORECASE,
)
# The words of an update's label (in a label, or anywhere on a line: 'Published 5 May · Updated
# 6 May'); German 'Stand' only before its colon ('Stand: 05.08.2019'), not the English word.
UPDATE_WORDS = (
    r"(?<!\w)(?:updated|modified|mis à jour|actualizad[oa]|atualizad[oa]|aggiornato|aktualisiert"
    r"|stand(?=\s*:)|обновлено|bijgewerkt|zaktualizowano|güncellenme)(?!\w)"
)
_UPDATE_WORDS = re.compile(UPDATE_WORDS, re.IGNORECASE)


def names_an_update(text: str) -> bool:
    """Whether a date line calls its date an update, in any language whose labels are read."""
    return bool(_UPDATE_WORDS.search(text))


ISO = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{1,2})(?:\.\d+)?)?" + _OFFSET + "?)?"
)
# Between the month and the year: a comma, Spanish and Portuguese 'de', Thai's mark of the
# Buddhist era ('8 มีนาคม พ.ศ. 2567'), or nothing after an abbreviation's stop ('21 ม.ค.2561').
BEFORE_YEAR = r"(?:,?\s+(?:de\s+|พ\.\s?ศ\.\s*)?|(?<=\.))"
_DAY_MONTH_YEAR = lazy_compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th|\.|º)?\s+(?:de\s+|of\s+)?"
    + MONTH
    + BEFORE_YEAR
    + r"(?P<year>\d{4})",
    re.I,
)
# Year first with the month's name: Hungarian '2020. augusztus 27.', Lithuanian '2020 m.
# rugpjūčio 27 d.'.
YEAR_MONTH_DAY = lazy_compile(
    r"(?<!\d)(?P<year>\d{4})\.?\s+(?:m\.\s+)?" + MONTH + r"\s+(?P<day>\d{1,2})(?!\d)", re.I
)
_MONTH_DAY_YEAR = lazy_compile(
    MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I
)
# A month's name joined to the day and the year by one mark: '08-Mar-2024', '8/March/2024',
# '08.Mar.24', 'Mar-08-2024'. A two-digit year only so: '8 March 24' may count something.
_JOINED_MONTH = r"(?<![^\W\d_])(?P<month>" + MONTH_PATTERN + r")(?![^\W\d_])"
_JOINED_YEAR = r"(?P=sep)(?P<year>\d{4}|\d{2})(?![\w/-]|\.\d)"
DAY_MONTH_YEAR_JOINED = lazy_compile(
    r"(?<![\w./-])(?P<day>\d{1,2})(?P<sep>[-/.])" + _JOINED_MONTH + _JOINED_YEAR, re.I
)
MONTH_DAY_YEAR_JOINED = lazy_compile(
    r"(?<![\w./-])" + _JOINED_MONTH + r"(?P<sep>[-/.])(?P<day>\d{1,2})" + _JOINED_YEAR, re.I
)
JOINED = (DAY_MONTH_YEAR_JOINED, MONTH_DAY_YEAR_JOINED)
# Whole numbers only: '112.10.2015' or '1.12.20151' (a reference, a version) is no date.
_NUMERIC = re.compile(
    r"(?<!\d)(?P<first>\d{1,2})(?P<sep>[/.])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4})(?!\d)"
)
# '13:59', '1.59 p.m.', and French '13h59' or '13 h 59'.
_TIME = re.compile(
    r"(?P<hour>\d{1,2})(?:[:.]|\s?h\s?)(?P<minute>\d{2})(?!\d)(?::(?P<second>\d{2}))?\s*"
    r"(?P<ampm>[ap]\.?m\.?(?![a-z]))?",
    re.I,
)
_SAME_DAY_SECONDS = 6 * 3600
_DAY_SECONDS = 24 * 3600
_FILLER = re.compile(
    r"\b(?:at|on|am|pm|a\.m\.|p\.m\.|and|by|the|time|local)\b|[\s,|·•—–\-:/().]+", re.I
)


# Every form read here has a digit, but for one unit in words ('an hour ago', 'منذ ساعتين'): the
# cheap tests spare most lines.
_MAY_BE_DATE = re.compile(r"\d")


@dataclass(frozen=True)
class DateLine:
    """A date found on a line: the moment, and whether the page calls it an update."""

    moment: Moment
    is_update: bool


_SEGMENTS = re.compile(r"\s+[|•·]\s+(?=\D)|\s+(?=(?:last\s+)?updated\b)", re.I)


def parse_date_line(line: str, captured: Moment | None = None) -> DateLine | None:
    """Read a line that states a date (and maybe a time and zone); None if it is not one.

    A line giving both a publication and an update date yields the publication date.
    """
    text = line.strip()
    if not text or len(text) > 160:
        return None
    if not (_MAY_BE_DATE.search(text) or numberless_ago(text)):
        return None
    parts = [(part, _parse_segment(part, captured)) for part in _SEGMENTS.split(text)]
    # A relative stamp that states no day ('Updated 3 days ago') leaves the others to speak.
    segments = [found for part, found in parts if found or not find_ago(spaced(part))]
    if len(parts) > 1 and None in segments:
        return _parse_segment(text, captured)
    found = [segment for segment in segments if segment is not None]
    published = [segment for segment in found if not segment.is_update]
    chosen = published or found
    return chosen[0] if chosen else None


def _parse_segment(text: str, captured: Moment | None) -> DateLine | None:
    if not text or len(text) > 90:
        return None
    label_match = _LABEL.match(text)
    label = label_match.group(0) if label_match else ""  # With its colon (German "Stand:").
    rest = text[label_match.end() :] if label_match else text
    parsed = relative_moment(rest, captured) or _parse_absolute(rest, captured)
    if parsed is None:
        return None
    moment, leftover = parsed
    if _leftover_words(leftover) > 1:
        return None
    return DateLine(moment, is_update=names_an_update(label))


def is_time_stamp(line: str) -> bool:
    """Whether the line is a label and a time of day with no day ('Updated at 1:23 p.m.',
    'Aktualisiert um 14:05 Uhr', 'mis à jour à 15h25'): a stamp set among the text, no prose."""
    label = _LABEL.match(line.strip())
    if label is None or not label["label"]:
        return False
    rest = line.strip()[label.end() :]
    time = _TIME.search(rest)
    if time is None:
        return False
    leftover = rest[: time.start()] + " " + rest[time.end() :]
    zone = _zone_in(leftover)
    if zone is not None:
        leftover = leftover[: zone.start()] + " " + leftover[zone.end() :]
    return _leftover_words(leftover) <= 2  # 'um … Uhr', 'à', 'a las' at most.


def parse_date(text: str) -> Moment | None:
    """Parse a date string from structured input (JSON, metadata): the same strict rules, and
    the forms only data writes: the year first with slashes or dots ('2024/03/08 14:05'), ISO
    8601's basic form ('20240308T140500Z') and a Unix time in seconds or milliseconds."""
    text = text.strip()
    parsed = _parse_absolute(_extended_iso(text))
    return parsed[0] if parsed else _unix_time(text)


# The year first, with any one mark ('2024/3/8', '2024.03.08 14:05'), or none (ISO 8601's
# basic form, '20240308', '20240308T140500+0100'): written out as ISO 8601's extended form.
_DATA_DATE = re.compile(
    r"(?P<year>\d{4})(?:(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"|(?P<month2>\d{2})(?P<day2>\d{2})(?:T(?P<hour>\d{2})(?P<minute>\d{2})(?P<second>\d{2})?)?)"
    r"(?=$|[T\s+Z-])"
)
_UNIX_TIME = re.compile(r"(?P<seconds>\d{10})(?P<millis>\d{3})?(?:\.\d+)?")
_UNIX_YEARS = range(1990, 2100)


def _extended_iso(text: str) -> str:
    match = _DATA_DATE.match(text)
    if match is None:
        return text
    month, day = match["month"] or match["month2"], match["day"] or match["day2"]
    written = f"{match['year']}-{int(month):02d}-{int(day):02d}"
    if match["hour"]:
        written += f"T{match['hour']}:{match['minute']}"
        written += f":{match['second']}" if match["second"] else ""
    return written + text[match.end() :]


def _unix_time(text: str) -> Moment | None:
    """A Unix time (seconds since 1970 in UTC, or milliseconds), as data stores a moment."""
    match = _UNIX_TIME.fullmatch(text)
    if match is None:
        return None
    moment = datetime.fromtimestamp(int(match["seconds"]), UTC)
    if moment.year not in _UNIX_YEARS:
        return None
    return Moment.from_aware(moment, Precision.SECOND)


def _leftover_words(text: str) -> int:
    """Words left beside the date, weekday names not counted ('Montag', 'Perşembe', 'Tues.')."""
    text = re.sub(_WEEKDAY, " ", text, flags=re.I)
    words = len([w for w in _FILLER.split(text) if w and w.lower() not in WEEKDAY_NAMES])
    if words > 1 and not is_plain(text):  # A name of several words ('thứ sáu') is one name.
        return (
            _leftover_words(WEEKDAY_WORDS.sub(" ", text)) if WEEKDAY_WORDS.search(text) else words
        )
    return words


def relative_moment(text: str, captured: Moment | None) -> tuple[Moment, str] | None:
    """The moment a stamp counting back from the capture names ('2 hours ago', 'il y a 3 h',
    'Вчера, 18:40'), in any news language, and the text beside it; None where it names no one
    day."""
    if captured is None:
        return None
    text = spaced(text)
    if ago := find_ago(text):
        moment = _ago_moment(ago.seconds, captured)
        return (moment, text[: ago.start] + " " + text[ago.end :]) if moment else None
    if word := find_day_word(text):
        day = datetime.combine(captured.local().date(), datetime.min.time())
        date = day + timedelta(days=word.offset)
        leftover = text[: word.start] + " " + text[word.end :]
        return _moment_on(date, leftover, _zone_in(leftover))
    return None


def _ago_moment(seconds: int, captured: Moment) -> Moment | None:
    if seconds >= _DAY_SECONDS:
        # A site counts whole days gone by: '1 day ago' is 24 to 47 hours before, on one of two
        # days, so the day is not stated (on the development set 1 of 4 read so was right).
        return None
    if captured.precision is Precision.DAY:
        # Hours before a capture known only to the day: the capture's day, where so few hours
        # seldom reach back past midnight; '22 hours ago' is either day.
        return Moment.day(captured.utc) if seconds <= _SAME_DAY_SECONDS else None
    moment = captured.utc - timedelta(seconds=seconds)
    return Moment(moment, captured.offset_minutes, Precision.MINUTE)


def _parse_absolute(text: str, captured: Moment | None = None) -> tuple[Moment, str] | None:
    try:
        return _parse_calendar(text, captured)
    except (ValueError, OverflowError):  # 2023-02-30, month 31: a day that never was.
        return None


def _parse_calendar(text: str, captured: Moment | None) -> tuple[Moment, str] | None:
    iso = ISO.search(text)
    if iso:
        return from_iso(iso), text[: iso.start()] + text[iso.end() :]
    named = (
        (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, YEAR_MONTH_DAY, *JOINED) if may_name_month(text) else ()
    )
    for pattern in (*named, _NUMERIC):
        match = pattern.search(text)
        if match:
            leftover = text[: match.start()] + " " + text[match.end() :]
            return moment_from(match, leftover, captured)
    return None


def _wall_clock(year: int, month: int, day: int) -> datetime:
    # Naive on purpose: a page's date means its own wall clock until a zone is stated.
    return datetime(year, month, day)  # noqa: DTZ001


def from_iso(match: re.Match[str]) -> Moment:
    """The moment an ISO 8601 match names."""
    date = _wall_clock(int(match["year"]), int(match["month"]), int(match["day"]))
    if match["hour"] is None:
        return Moment.day(date)
    moment = date.replace(
        hour=int(match["hour"]), minute=int(match["minute"]), second=int(match["second"] or 0)
    )
    precision = Precision.SECOND if match["second"] else Precision.MINUTE
    zone = offset_zone(match["offset"]) if match["offset"] else None
    if zone is None:
        return Moment(moment, None, precision)
    return Moment.from_aware(moment.replace(tzinfo=zone), precision)


def moment_from(
    date_match: re.Match[str], leftover: str, captured: Moment | None = None
) -> tuple[Moment, str] | None:
    """The moment a date match names, with the time and zone found in the leftover text (and
    the capture, which may settle the order of day and month)."""
    zone_match = _zone_in(leftover)
    zone_name = zone_match.group(0).strip() if zone_match else None
    date = _date_of(date_match, zone_name, leftover, captured)
    return None if date is None else _moment_on(date, leftover, zone_match)


def moment_on_day(date: datetime, beside: str) -> tuple[Moment, str] | None:
    """The moment on a day at the time and in the zone stated in the words `beside` it."""
    return _moment_on(date, beside, _zone_in(beside))


def _moment_on(
    date: datetime, leftover: str, zone_match: re.Match[str] | None
) -> tuple[Moment, str] | None:
    """The moment on a day, at the time and in the zone (found in `leftover`) stated beside it."""
    zone_name = zone_match.group(0).strip() if zone_match else None
    if zone_match:
        leftover = leftover[: zone_match.start()] + " " + leftover[zone_match.end() :]
    time_match = _TIME.search(leftover)
    if time_match is None:
        return Moment.day(date), leftover
    moment = _apply_time(date, time_match)
    if moment is None:
        return None
    leftover = leftover[: time_match.start()] + " " + leftover[time_match.end() :]
    precision = Precision.SECOND if time_match["second"] else Precision.MINUTE
    zone = zone_named(zone_name, moment) if zone_name else None
    if zone is None:
        return Moment(moment, None, precision), leftover
    return Moment.from_aware(moment.replace(tzinfo=zone), precision), leftover


def _date_of(
    match: re.Match[str], zone_name: str | None, beside: str = "", captured: Moment | None = None
) -> datetime | None:
    """The day a date match names; `beside` is the rest of its line (a zone or a weekday there
    may settle the order of '03/12/2023', and so may the capture)."""
    groups = match.groupdict()
    year = int(groups["year"])
    if year < 100:  # '11/19/19': this century's, unless that is yet to come ('08-Mar-99').
        year += 2000
        if year > (captured.local().year if captured else datetime.now(UTC).year):
            year -= 100
    if "first" in groups:
        first, second = int(groups["first"]), int(groups["second"])
        # A weekday named beside the date is said of this date; a zone or dots only tell how
        # dates are mostly written there ('Friday, 05.02.2014 14:30 ET' is 2 May).
        day_month = None
        if first != second and max(first, second) <= 12:
            day_month = _order_by_weekday(first, second, year, beside)
            day_month = day_month or _order_by_capture(first, second, year, captured)
        if day_month is None:
            day_month = _numeric_order(first, second, zone_name, groups.get("sep") == ".")
        if day_month is None:
            return None
        day, month = day_month
    else:
        day, month = int(groups["day"]), MONTHS[groups["month"].lower()]
        year = gregorian_year(year, groups["month"])
    try:
        return _wall_clock(year, month, day)
    except ValueError:
        return None


# Thai news counts years in the Buddhist era, 543 years ahead of the Gregorian: with a Thai
# month's name, a year in this range is one ('8 มี.ค. 2567' is 8 March 2024).
_BUDDHIST_ERA = 543
_BUDDHIST_YEARS = range(2400, 2700)
_THAI = re.compile(r"[\u0e00-\u0e7f]")


def gregorian_year(year: int, month_name: str) -> int:
    """The Gregorian year of a year printed with a month's name."""
    if year in _BUDDHIST_YEARS and _THAI.search(month_name):
        return year - _BUDDHIST_ERA
    return year


def unsettled_numeric_date(text: str, captured: Moment | None = None) -> bool:
    """Whether the line holds a date in figures whose day and month nothing settles
    ('Alicia Pérez | Madrid | 08/02/2014', captured in May)."""
    match = _NUMERIC.search(text)
    if match is None:
        return False
    leftover = text[: match.start()] + " " + text[match.end() :]
    zone = _zone_in(leftover)
    return _date_of(match, zone.group(0).strip() if zone else None, leftover, captured) is None


# Any date in figures, day and month in either order, whatever joins them: what a page's other
# dates show of its order ('27-06-2012' under a photo says '08/01/2014' is 8 January).
_ANY_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})([/.-])(\d{1,2})\2(?:19|20)\d\d(?!\d)")


def page_day_first(texts: list[str]) -> bool | None:
    """Whether the page's dates in figures put the day first (True) or the month (False), as
    the ones whose order is plain say (a part over 12 is the day), when they all agree; None
    when none says or they disagree."""
    seen: set[bool] = set()
    for text in texts:
        for match in _ANY_NUMERIC.finditer(text):
            first, second = int(match[1]), int(match[3])
            if first > 12 >= second >= 1:
                seen.add(True)
            elif second > 12 >= first >= 1:
                seen.add(False)
    return next(iter(seen)) if len(seen) == 1 else None


def with_numeric_order(text: str, day_first: bool) -> str:
    """The line with its first date in figures written with the month's English name, in the
    order `day_first` gives ('Madrid | 08/01/2014' -> 'Madrid | 8 January 2014'), for the
    ordinary reading; the line as it is when that date is no day."""
    match = _NUMERIC.search(text)
    if match is None or not match["year"].startswith(("19", "20")):
        return text
    first, second = int(match["first"]), int(match["second"])
    day, month = (first, second) if day_first else (second, first)
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return text
    named = f"{day} {_MONTH_NAMES[month - 1]} {match['year']}"
    return text[: match.start()] + named + text[match.end() :]


_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def either_way_round(text: str) -> bool:
    """Whether the text's first date in figures is a day read either way round ('08/01/2014'):
    both parts could be the month, and they differ."""
    match = _NUMERIC.search(text)
    if match is None or not match["year"].startswith(("19", "20")):
        return False
    first, second = int(match["first"]), int(match["second"])
    return first != second and 1 <= first <= 12 and 1 <= second <= 12


def _zone_in(text: str) -> re.Match[str] | None:
    """A zone's name or an offset in the words beside a date; an offset from GMT or UTC first,
    as its zone's name would take the 'GMT' of 'GMT+7' for Greenwich."""
    gmt = re.search(_GMT_OFFSET + r"(?!\d)", text)
    return gmt or re.search(_ZONE, text) or re.search(_OFFSET, text)


def _numeric_order(
    first: int, second: int, zone_name: str | None, dotted: bool = False
) -> tuple[int, int] | None:
    """(day, month) of '03/12/2023'; None where nothing on the page settles the order."""
    if first > 12 >= second:
        return first, second
    if second > 12 >= first:
        return second, first
    if first == second:
        return first, second
    day_first = DAY_FIRST_BY_ZONE.get((zone_name or "").upper())
    if day_first is None and dotted:
        # Dots separate day, month and year where dates are written so (German, Russian,
        # Polish, Turkish, Czech, Finnish...: '12.10.2015'); month-first pages mostly write
        # slashes, and a zone of theirs ('03.04.2019 10:00 EST') says which they mean.
        day_first = True
    if day_first is None:
        return None
    return (first, second) if day_first else (second, first)


def _order_by_weekday(first: int, second: int, year: int, beside: str) -> tuple[int, int] | None:
    """(day, month) of '2/5/2014' when the line names the weekday of one reading only
    ('Thứ sáu, 2/5/2014': a Friday, which 2 May 2014 was and 5 February was not)."""
    weekdays = named_weekdays(beside) if beside else set()
    if len(weekdays) != 1:
        return None
    return _only_reading(first, second, year, lambda day: day.weekday() in weekdays)


def _order_by_capture(
    first: int, second: int, year: int, captured: Moment | None
) -> tuple[int, int] | None:
    """(day, month) of '08/01/2014' when one reading only is no later than the capture:
    captured on 9 January 2014, it is the 8th of January, not the 1st of August. A page cannot
    print a day it has not reached, whatever its site's habits."""
    if captured is None:
        return None
    return _only_reading(first, second, year, lambda day: not after_capture(day.date(), captured))


def _only_reading(
    first: int, second: int, year: int, fits: Callable[[datetime], bool]
) -> tuple[int, int] | None:
    """(day, month) of the one reading of 'first/second/year' that is a day and fits."""
    found = []
    for day, month in ((first, second), (second, first)):
        try:
            if fits(_wall_clock(year, month, day)):
                found.append((day, month))
        except ValueError:
            continue
    return found[0] if len(found) == 1 else None


def after_capture(day: date, captured: Moment) -> bool:
    """Whether a day is later than the page's capture allows (a day's slack for zones)."""
    return day > captured.local().date() + timedelta(days=1)


def _apply_time(date: datetime, match: re.Match[str]) -> datetime | None:
    hour, minute = int(match["hour"]), int(match["minute"])
    ampm = (match["ampm"] or "").lower().replace(".", "")
    if ampm and not (ampm == "pm" and 13 <= hour <= 23):  # '17:19 PM' says one time twice.
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    try:
        return date.replace(hour=hour, minute=minute, second=int(match["second"] or 0))
    except ValueError:
        return None
