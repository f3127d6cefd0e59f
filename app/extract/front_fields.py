"""The byline, date and URL lines of a page dump, wherever they stand around the headline."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from app.drafts import ArticleDraft, Evidence
from app.extract.bylines import Byline, parse_byline
from app.extract.line_dates import (
    date_segments,
    line_date,
    opening_date,
    plausible,
)
from app.extract.month_names import MONTH_NUMBERS, WEEKDAY_NAMES, may_name_month
from app.extract.printed_dates import MONTH, DateLine, names_an_update
from app.lazy_patterns import lazy_compile
from app.moments import Moment

_URL = re.compile(r"^\s*(?:url|source|link)?\s*:?\s*(?P<url>https?://\S+)\s*$", re.I)
# A stamp with another of the same shape within this many lines is one of a list; the shape is
# the line's opening with each run of digits as one.
_STAMP_LIST = 6
_STAMP_SHAPE = 12
_DIGITS = re.compile(r"\d+")
_HALF_DAY = re.compile(r"(?<=\d)\s?[ap]\.?m\b\.?", re.I)  # '9:00AM' and '4:40 p.m.' alike.
_MONTH = lazy_compile(MONTH, re.I)


@dataclass(frozen=True, slots=True)
class Line:
    """A non-empty line of the dump and its 1-based number."""

    number: int
    text: str

    @property
    def place(self) -> str:
        return f"line {self.number}"


def read_front_field(
    lines: list[Line],
    index: int,
    draft: ArticleDraft,
    *,
    late: bool = False,
    around: list[Line] | None = None,
) -> bool:
    """Take the line as the byline, the date or the URL if it is one we still lack.

    Late lines (inside the body) give no relative or year-less dates: there 'an hour ago'
    dates a comment or a related story, not the article. `around`: the whole dump's lines, where
    `lines` is only part of it (a list of stamped teasers may run on above the headline)."""
    line = lines[index]
    if draft.url is None and (url := _URL.match(line.text)):
        draft.url = url["url"]
        draft.evidence["url"] = Evidence(line.place, line.text)
        return True
    if draft.byline is None and (byline := parse_byline(line.text)):
        draft.byline = byline.text
        draft.evidence["byline"] = Evidence(line.place, line.text)
        return True
    captured = None if late else draft.captured
    date = line_date(line.text, captured)
    if date is None:
        return False
    if around is not None:
        lines, index = around, bisect_left([near.number for near in around], line.number)
    if plausible(date.moment, draft.captured) and not _in_stamp_list(lines, index, date, captured):
        take_date(date, line, draft)
        if draft.byline is None and (byline := byline_beside_date(line.text)):
            draft.byline = byline.text
            draft.evidence["byline"] = Evidence(line.place, line.text)
    return True


# Where the date starts after a name: a word with a figure, a month's or weekday's name, or a
# label ('Published', 'publié'); and what may join the name to it ('on', 'le', a comma, a dash).
_WORD = re.compile(r"\S+")
_GLUED = re.compile(r"[^\W\d_]{2,}(?=\d)")
_LABELS = re.compile(
    r"(?:published|posted|updated|publi\w*|actuali\w*|atuali\w*|aggiornat\w*|veröffentlicht"
    r"|aktualisiert)\W*$",
    re.I,
)
_JOINING_WORD = re.compile(r"\b(?:on|at|le|el|em|am|il|the)$", re.I)
_SEPARATORS = " \t,;|/•·–—-"
_DAY_FIGURE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?[.,]?$")


def _name_before_date(segment: str) -> str:
    """The segment up to where a date (or its label) starts: 'By Jane Doe' of 'By Jane Doe on
    Monday, March 8, 2024'."""
    words = list(_WORD.finditer(segment))
    bare = [word.group().strip(",.;:()").lower() for word in words]
    figures = [any(char.isdigit() for char in word) for word in bare]
    # A day's figure ('8', '8th', '20,'): a month's or weekday's name starts a date only beside
    # one ('May 8', 'Friday, 8 March'), not in a name ('May Jones', 'Joe Friday', 'Ana Domingo').
    days = [bool(_DAY_FIGURE.match(word.group())) for word in words]
    for index in range(1, len(words)):
        month = bare[index] in MONTH_NUMBERS and any(days[index - 1 : index + 2])
        weekday = bare[index] in WEEKDAY_NAMES and any(days[index + 1 : index + 3])
        if figures[index] or month or weekday or _LABELS.match(bare[index]):
            # A date run into the name ('By Pete Cashmore2010-01-01') starts at its figure.
            glued = _GLUED.match(words[index].group())
            return _without_joining(segment[: words[index].start() + (glued.end() if glued else 0)])
    return segment


def _without_joining(text: str) -> str:
    """The name without what joins it to the date after it: separators, 'on', 'le', 'am'."""
    while True:
        trimmed = text.rstrip(_SEPARATORS)
        trimmed = (
            trimmed[: joined.start()] if (joined := _JOINING_WORD.search(trimmed)) else trimmed
        )
        if trimmed == text:
            return text
        text = trimmed


def byline_beside_date(text: str) -> Byline | None:
    """The byline on a line that also states the date: 'By Jane Doe | March 8, 2024', 'By Jane
    Doe - 8 March 2024', 'Posted by Jane Doe on March 8, 2024' (as parse_byline reads it)."""
    for segment in date_segments(text):
        if byline := parse_byline(_name_before_date(segment)):
            return byline
    return None


def read_opening_date(line: Line, draft: ArticleDraft) -> Line:
    """Take a date stamp run into the article's first paragraph, if the page gave no other; the
    paragraph without it."""
    if draft.published is not None or not (found := opening_date(line.text, draft.captured)):
        return line
    date, text = found
    take_date(date, line, draft)
    return Line(line.number, text) if text else line


def _in_stamp_list(lines: list[Line], index: int, date: DateLine, captured: Moment | None) -> bool:
    """Whether a stamp of the same shape but another moment sits a few lines away: a list of
    teasers or related stories, each with its own time ('02. Januar 2015, 15:53 …' over
    '02. Januar 2015, 12:46 …'), not the article's date line."""
    if date.is_update:
        return False
    shape = _stamp_shape(lines[index].text)
    for near in lines[max(0, index - _STAMP_LIST) : index + _STAMP_LIST + 1]:
        if near is lines[index] or _stamp_shape(near.text) != shape:
            continue
        other = line_date(near.text, captured)
        if other is not None and not other.is_update and other.moment != date.moment:
            return True
    return False


def _stamp_shape(text: str) -> str:
    # Each month's name as one, so that 'November 20, 2015' and 'May 27, 2014' share a shape.
    # The shape's few characters lie within the line's first forty, month names included; a
    # morning's and an afternoon's times are one shape ('11/13/19 9:00AM', '11/12/19 4:40PM').
    head = _DIGITS.sub("0", _HALF_DAY.sub("", text[:40]))
    return (_MONTH.sub("M", head) if may_name_month(head) else head)[:_STAMP_SHAPE]


def is_update_line(text: str) -> bool:
    """Whether the line a date was taken from calls it an update."""
    return names_an_update(text)


def take_date(date: DateLine, line: Line, draft: ArticleDraft) -> None:
    """Take `date`, read on `line`, as the draft's publication date (with its provenance)."""
    # A stated publication date wins over an update; an update stands in only when alone.
    previous = draft.evidence.get("published_at")
    if previous is not None and (date.is_update or not is_update_line(previous.text)):
        return
    draft.published = date.moment
    draft.evidence["published_at"] = Evidence(line.place, line.text)
