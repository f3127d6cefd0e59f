"""Dates printed among other words: 'By Tess Bonn - 11/19/19 06:56 AM EST', 'Nadalim 27/09/2018'.

Only for lines already placed in the headline/byline zone: there a date next to a name, a label
or a reading time is the publication date. Elsewhere the strict printed_dates rules apply.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime

from app.extract.month_names import may_name_month
from app.extract.printed_dates import (
    BEFORE_YEAR,
    ISO,
    JOINED,
    MONTH,
    MONTHS,
    UPDATE_WORDS,
    YEAR_MONTH_DAY,
    DateLine,
    after_capture,
    from_iso,
    moment_from,
    moment_on_day,
    month_group,
    names_an_update,
    parse_date_line,
    relative_moment,
    with_numeric_order,
)
from app.lazy_patterns import lazy_compile
from app.moments import Moment

_DAY = r"(?<!\d)(?P<day>\d{1,2})(?!\d)"
_YEAR = r"(?P<year>(?:19|20|25)\d{2})(?!\d\d)"  # 25..: a Thai year (printed_dates.gregorian_year).
# The first patterns hold a month's name (MONTH), the rest figures only.
_CALENDAR = [
    lazy_compile(
        _DAY + r"(?:st|nd|rd|th|\.|º)?\s+(?:de\s+|of\s+)?" + MONTH + BEFORE_YEAR + _YEAR,
        re.I,
    ),
    lazy_compile(MONTH + r"\s+" + _DAY + r"(?:st|nd|rd|th)?,?\s+" + _YEAR, re.I),
    YEAR_MONTH_DAY,
    *JOINED,
    re.compile(
        r"(?<![\d.])(?P<first>\d{1,2})(?P<sep>[/.])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\d./])"
    ),
]
_NAMED = 3 + len(JOINED)
# Year first: '2016.12.01', '2018/6/19', '2012年12月10日', '2020년 8월 27일'.
_YEAR_FIRST = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})(?:(?P<sep>[./])(?P<month>\d{1,2})(?P=sep)|年(?P<cjk>\d{1,2})月"
    r"|년\s*(?P<ko>\d{1,2})월\s*)(?P<day>\d{1,2})(?!\d)"
)
# A Japanese era's year or the Republic of China's ('令和6年3月8日', '平成31年', '令和元年' its
# first, '民國113年'): the year before each era's first, added to its count.
_ERA_FIRST = re.compile(
    r"(?P<era>令和|平成|昭和|民國|民国)\s*(?P<nth>\d{1,3}|元)\s*年\s*(?P<cjk>\d{1,2})\s*月\s*"
    r"(?P<day>\d{1,2})(?!\d)"
)
_ERA_YEARS = {"令和": 2018, "平成": 1988, "昭和": 1925, "民國": 1911, "民国": 1911}
# A time written the East Asian way after such a date: '14時05分', '14시 5분', the half of the
# day before it ('午後2時', '下午2:05', '오후 2:05'); turned into the form the time rules read.
_EAST_TIME = re.compile(
    r"(?:(?P<half>午前|上午|오전|午後|下午|오후)\s*)?(?P<hour>\d{1,2})\s*"
    r"(?:[時时시](?![間间간])\s*(?:(?P<minute>\d{1,2})\s*[分분])?|:(?P<colon>\d{2}))"
)
_MORNING = ("午前", "上午", "오전")
_YEARLESS = lazy_compile(MONTH + r"\s+" + _DAY + r"(?:st|nd|rd|th)?(?!,?\s*\d{4})", re.I)
# Parted also before an update's label in any language read ('Publié … à 13h59, mis à jour à
# 15h25'), so that the publication is its own segment.
_SEGMENT = re.compile(
    r"\s+[|•·/]\s+|\s+[-–—]\s+|[;|•·]|(?=(?:last\s+)?(?:" + UPDATE_WORDS + r"|original\b))",
    re.I,
)
_DIGIT = re.compile(r"\d")
_TWEET_SIGNATURE = re.compile(r"\(@\w+\)")
# Prose: a full stop or question mark between sentences. Not '!', which ends the prompts a
# byline's line holds as often ('Comente!', 'Share!') as it ends a sentence.
_SENTENCES = re.compile(r"[a-z]{2}[.?]\s+[A-Z]")
_MAX_WORDS = 24
_YEARLESS_DAYS = 90
_YEARLESS_WORDS = 6  # 'Updated Nov 19, 6:55 AM', not a sentence mentioning 'Dec. 22'.
_FIRST_YEAR = 1990
_OPENING = 40  # Characters at a paragraph's head where a date stamp run into it would sit.
_STAMP_TAIL = " ,;:|·-–—"  # What may part such a stamp from the text.


# Asked of one line from several places (headline scoring, front fields, lists of stamps).
@functools.lru_cache(maxsize=4096)
def line_date(text: str, captured: Moment | None) -> DateLine | None:
    """The date a line states, strictly or among other words; None if it states none."""
    return parse_date_line(text, captured) or find_line_date(text, captured)


def line_date_in_order(text: str, day_first: bool, captured: Moment | None) -> DateLine | None:
    """The date a line states, its date in figures read day first or month first as told
    ('08/01/2014': the page's or the language's order, where nothing on the line settles it)."""
    return line_date(with_numeric_order(text, day_first), captured)


def find_line_date(line: str, captured: Moment | None) -> DateLine | None:
    """The publication date on a short byline-zone line; the first stated, updates last."""
    if not _DIGIT.search(line) or len(line.split()) > _MAX_WORDS or _SENTENCES.search(line):
        return None
    if _TWEET_SIGNATURE.search(line):
        return None  # '— Name (@handle) November 18, 2019' dates an embedded tweet.
    found = []
    for segment in _SEGMENT.split(line):
        moment = _segment_moment(segment, captured)
        if moment is not None and plausible(moment, captured):
            found.append(DateLine(moment, is_update=names_an_update(segment)))
    published = [date for date in found if not date.is_update]
    chosen = published or found
    return chosen[0] if chosen else None


def date_segments(line: str) -> list[str]:
    """The parts of a byline-zone line that find_line_date reads one by one ('By Jane Doe',
    'March 8, 2024' of 'By Jane Doe | March 8, 2024')."""
    return [part.strip() for part in _SEGMENT.split(line) if part and part.strip()]


def opening_date(paragraph: str, captured: Moment | None) -> tuple[DateLine, str] | None:
    """A full date (day, month, year) that opens a paragraph, run into its text ('24. Dezember
    2014 Weihnachten Sie können …', where the page sets its stamp inline with the lead), and the
    text after it; or the day of a wire story's dateline ('LONDON, March 8 (Reuters) - …'), and
    the whole paragraph, whose dateline is part of the text."""
    match = _calendar_match(paragraph[:_OPENING], at_start=True)
    if match is None:
        dated = _dateline_date(paragraph, captured)
        return (DateLine(dated, is_update=False), paragraph) if dated else None
    parsed = moment_from(match, "", captured)
    text = paragraph[match.end() :].lstrip(_STAMP_TAIL)
    # '24 December 2014 was the day …': a date the sentence is about, not a stamp.
    if parsed is None or not plausible(parsed[0], captured) or text[:1].islower():
        return None
    return DateLine(parsed[0], is_update=False), text


# A wire story's dateline: its place (a name of up to four words, maybe with its region), its
# day, maybe the agency in brackets, then a dash or a colon: 'LONDON, March 8 (Reuters) -',
# 'SAN FRANCISCO, Calif., March 8 —', 'Madrid, 8 mar (EFE).-'. The day is the day the story was
# filed. The place is in capitals or an agency is named: a sentence opens so too ('However,
# March 1 - the deadline - passed', 'Kyiv, 24 February 2022 - missiles struck').
_DATELINE = lazy_compile(
    r"(?P<place>[^\W\d_][\w.'’]*(?:[ -][^\W\d_][\w.'’]*){0,3}),(?:\s*[^\W\d_][\w.' ]{1,20}?,)?\s*"
    r"(?P<date>(?i:"
    + month_group("month")
    + r")\s+(?P<day>\d{1,2})(?:,\s*(?P<year>(?:19|20)\d{2}))?|(?P<day2>\d{1,2})\.?\s+(?:de\s+)?(?i:"
    + month_group("month2")
    + r")(?:\s+(?P<year2>(?:19|20)\d{2}))?)"
    r"\s*(?P<agency>\([^)]{1,40}\))?\s*\.?(?:--|[-–—:])"
)
_DATELINE_CHARS = 80  # A dateline is at most this long.


def _dateline_date(paragraph: str, captured: Moment | None) -> Moment | None:
    """The day a wire dateline opening the paragraph states; a year-less one is read against
    the capture, as a byline's is."""
    head = paragraph[:_DATELINE_CHARS]
    match = _DATELINE.match(head) if may_name_month(head) else None
    if match is None or not (match["place"].isupper() or match["agency"]):
        return None
    month, day = match["month"] or match["month2"], match["day"] or match["day2"]
    year = match["year"] or match["year2"]
    if year:
        moment = _calendar(f"{day} {month} {year}", captured)
    else:
        moment = _yearless(f"{month} {day}", captured)
    return moment if moment is not None and plausible(moment, captured) else None


def _segment_moment(segment: str, captured: Moment | None) -> Moment | None:
    iso = ISO.search(segment)
    if iso:
        return from_iso(iso)
    return (
        _calendar(segment, captured)
        or _year_first(segment)
        or _yearless(segment, captured)
        or _relative(segment, captured)
    )


def _relative(segment: str, captured: Moment | None) -> Moment | None:
    """'Par X Publié aujourd’hui à 13h59', 'By X - 2 hours ago': against the capture (none is
    given for lines inside the body, where such a stamp dates a comment)."""
    found = relative_moment(segment, captured)
    return found[0] if found else None


def _calendar(segment: str, captured: Moment | None) -> Moment | None:
    match = _calendar_match(segment, at_start=False)
    if match is None:
        return None
    leftover = segment[: match.start()] + " " + segment[match.end() :]
    parsed = moment_from(match, leftover, captured)
    return parsed[0] if parsed else None


def _calendar_match(text: str, *, at_start: bool) -> re.Match[str] | None:
    """The first calendar pattern that fits (at the start only, if asked); the patterns with a
    month's name are tried only where one may be named."""
    for pattern in _CALENDAR if may_name_month(text) else _CALENDAR[_NAMED:]:
        if match := (pattern.match(text) if at_start else pattern.search(text)):
            return match
    return None


def _year_first(segment: str) -> Moment | None:
    """A date written year first ('2016.12.01', '2012年12月10日', '令和6年3月8日'), at the time
    and in the zone stated after it ('2024/03/08 14:05 JST', '2024年3月8日 午後2時5分')."""
    match = _YEAR_FIRST.search(segment) or _ERA_FIRST.search(segment)
    if match is None:
        return None
    if "era" in match.re.groupindex:
        nth = match["nth"]
        year = _ERA_YEARS[match["era"]] + (1 if nth == "元" else int(nth))
    else:
        year = int(match["year"])
    groups = match.groupdict()
    month = int(groups.get("month") or groups.get("ko") or match["cjk"])
    try:
        day = _wall_clock(year, month, int(match["day"]))
    except ValueError:
        return None
    beside = segment[: match.start()] + " " + _EAST_TIME.sub(_western_time, segment[match.end() :])
    found = moment_on_day(day, beside)
    return found[0] if found else Moment.day(day)


def _western_time(match: re.Match[str]) -> str:
    """'午後2時5分' as '2:05 pm', '9時' as '9:00'."""
    minute = match["minute"] or match["colon"]
    half = "" if not match["half"] else " am" if match["half"] in _MORNING else " pm"
    return f" {match['hour']}:{int(minute or 0):02d}{half} "


def _yearless(segment: str, captured: Moment | None) -> Moment | None:
    if captured is None or len(segment.split()) > _YEARLESS_WORDS:
        return None
    match = _YEARLESS.search(segment) if may_name_month(segment) else None
    if match is None:
        return None
    seen = captured.local().date()
    try:
        day = date(seen.year, MONTHS[match["month"].lower()], int(match["day"]))
    except ValueError:
        return None
    if day > seen:
        day = day.replace(year=day.year - 1)  # 'Dec 29' captured on Jan 3: last year's.
    if (seen - day).days > _YEARLESS_DAYS:
        return None  # Too far back for the capture to settle the year.
    dated = f"{match['month']} {match['day']} {day.year} {segment[match.end() :]}"
    return _calendar(dated, captured)


def plausible(moment: Moment, captured: Moment | None) -> bool:
    # Never after the capture (a day's slack for zones), never before the web carried news.
    day = moment.local().date()
    if captured is not None and after_capture(day, captured):
        return False
    return day.year >= _FIRST_YEAR


def _wall_clock(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day)  # noqa: DTZ001 (a page's own wall clock)
