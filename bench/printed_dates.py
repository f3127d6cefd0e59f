"""Find where a dump prints a given calendar day, in any of the forms news pages use.

This is the labeller's own reader, deliberately independent of app.extract.dates: it only
answers "is day D written on this line?", so it can afford to try every reading of a numeric date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    1: "january jan janvier janv enero ene januar jänner gennaio gen janeiro januari "
        "stycznia января",
    2: "february feb février févr fevrier febrero februar febbraio fevereiro februari "
        "lutego февраля",
    3: "march mar mars marzo märz marz março maart marzec marca марта",
    4: "april apr avril abril aprile kwietnia апреля",
    5: "may mai mayo maggio maio mei maja мая",
    6: "june jun juin junio juni giugno junho czerwca июня",
    7: "july jul juillet julio juli luglio julho lipca июля",
    8: "august aug août aout agosto agustus sierpnia августа",
    9: "september sep sept septembre septiembre settembre setembro września сентября",
    10: "october oct octobre octubre oktober ottobre outubro okt październik października октября",
    11: "november nov novembre noviembre novembro listopada ноября",
    12: "december dec décembre decembre diciembre dezember dicembre dezembro desember "
        "grudnia декабря",
}  # fmt: skip
_MONTH_OF = {name: n for n, names in _MONTHS.items() for name in names.split()}
_MONTH = "|".join(sorted((re.escape(m) for m in _MONTH_OF), key=len, reverse=True))
_DAY_FIRST = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.|º)?\s+(?:de\s+)?(?P<m>{_MONTH})\.?,?\s*"
    rf"(?:de\s+|del\s+)?(?P<y>\d{{4}})?\b",
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(
    rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(?P<y>\d{{4}})\b)?",
    re.IGNORECASE,
)
_YMD = re.compile(r"\b(?P<y>\d{4})\s*[-/.年년]\s*(?P<m>\d{1,2})\s*[-/.月월]\s*(?P<d>\d{1,2})")
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4}|\d{2})\b")
_RELATIVE = re.compile(
    r"\b(?:\d+|an?|one)\s+(?:min(?:ute)?|hour|hr|day|week|month)s?\s+ago\b|\byesterday\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PrintedDate:
    """A day written on a dump line; `year` False when the text gives no year."""

    day: date
    line_number: int
    text: str
    year: bool


def days_on_line(line: str, default_year: int) -> Iterator[tuple[date, str, bool]]:
    """Every (day, matched text, has year) a line can be read as stating."""
    for match in _DAY_FIRST.finditer(line):
        yield from _named(match, default_year)
    for match in _MONTH_FIRST.finditer(line):
        yield from _named(match, default_year)
    for match in _YMD.finditer(line):
        yield from _valid(int(match["y"]), int(match["m"]), int(match["d"]), match[0], True)
    for match in _NUMERIC.finditer(line):
        year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
        a, b = int(match["a"]), int(match["b"])
        yield from _valid(year, a, b, match[0], True)
        yield from _valid(year, b, a, match[0], True)


def _named(match: re.Match[str], default_year: int) -> Iterator[tuple[date, str, bool]]:
    month = _MONTH_OF[match["m"].lower().rstrip(".")]
    year = int(match["y"]) if match["y"] else default_year
    yield from _valid(year, month, int(match["d"]), match[0].strip(), bool(match["y"]))


def _valid(y: int, m: int, d: int, text: str, has_year: bool) -> Iterator[tuple[date, str, bool]]:
    try:
        yield date(y, m, d), text, has_year
    except ValueError:
        return


def find_day(lines: list[str], wanted: date) -> list[PrintedDate]:
    """The lines (1-based) that print `wanted`, with or without its year."""
    found = []
    for number, line in enumerate(lines, 1):
        if number == 1 and line.startswith(" date "):
            continue  # the dump's own header: the capture date, not the page's
        for day, text, has_year in days_on_line(line, wanted.year):
            if day == wanted:
                found.append(PrintedDate(day, number, text, has_year))
    return found


def relative_dates(lines: list[str]) -> list[tuple[int, str]]:
    """Lines that state a time only relative to the moment of viewing ('3 days ago')."""
    return [(n, m[0]) for n, line in enumerate(lines, 1) for m in _RELATIVE.finditer(line)]
