"""Stamps that count back from the capture: '2 hours ago', 'il y a 3 heures', 'vor 5 Min.',
'3小时前', and today's or yesterday's word before a time ('Publié aujourd’hui à 13h59',
'Вчера, 18:40', '昨天 09:15').

The words are CLDR's (Babel's date fields, shipped in data/calendar_names.json with the month
names) for the languages of most news: a hand-kept list would lag behind the forty languages
CLDR gives in every plural form and width. Here the stamps are only found; printed_dates turns
them into moments against the capture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.month_names import RELATIVE_NAMES, trie_pattern

_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
_AGO_FORMS: dict[tuple[str, str], int] = {
    (before, after): seconds for before, after, seconds in RELATIVE_NAMES["ago"]
} | {
    # English news abbreviates beyond CLDR's forms.
    ("", "mins ago"): 60,
    ("", "hr ago"): 3600,
    ("", "hrs ago"): 3600,
}
# Parted at the number, each side as one tree of words: 'il y a' … 'heures', '' … 'hours ago'.
_AGO = re.compile(
    rf"{_LETTER_BEFORE}(?:(?P<before>{trie_pattern({b for b, _ in _AGO_FORMS if b})})\s*)?"
    rf"(?P<count>\d{{1,3}})\s*(?P<after>{trie_pattern({a for _, a in _AGO_FORMS if a})})"
    rf"{_LETTER_AFTER}"
)
# English writes one unit as a word: 'an hour ago', 'a minute ago'.
_ONE_AGO = re.compile(r"\b(?:an?|one) (?P<unit>second|minute|hour) ago\b")
_UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
_DAYS: dict[str, int] = RELATIVE_NAMES["days"]
# The day's word must stand right before a time, at most two short words between ('hoy a las
# 13:59', 'اليوم الساعة 13:59'): alone, 'today' is a word of any sentence or menu.
_DAY = re.compile(
    rf"{_LETTER_BEFORE}(?P<word>{trie_pattern(_DAYS)}){_LETTER_AFTER}"
    r"(?=[\s,]*(?:[^\W\d_]{1,8}\.?\s+){0,2}\d{1,2}(?:[:.]|\s?h\s?)\d\d(?!\d))"
)


@dataclass(frozen=True, slots=True)
class Ago:
    """'n units ago': how many seconds back, and where it stands in the (spaced) text."""

    seconds: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DayWord:
    """Today's (0) or yesterday's (-1) word before a time, and where it stands."""

    offset: int
    start: int
    end: int


def spaced(text: str) -> str:
    """The text with each run of spaces as one space: CLDR's forms are written so."""
    return " ".join(text.split())


def find_ago(text: str) -> Ago | None:
    """The first 'n units ago' in `text` (already spaced), in any news language."""
    text = text.lower()
    for match in _AGO.finditer(text):
        before, after = match["before"] or "", match["after"]
        # 'il y a 3 hours ago' is no form; a word that only looks like one stands before
        # the number when the number's own form needs none ('vor 3 giorni fa').
        seconds = _AGO_FORMS.get((before, after)) or _AGO_FORMS.get(("", after))
        if seconds is not None:
            start = match.start() if (before, after) in _AGO_FORMS else match.start("count")
            return Ago(seconds * int(match["count"]), start, match.end())
    if one := _ONE_AGO.search(text):
        return Ago(_UNIT_SECONDS[one["unit"]], one.start(), one.end())
    return None


def find_day_word(text: str) -> DayWord | None:
    """Today's or yesterday's word standing before a time ('hoy a las 13:59')."""
    match = _DAY.search(text.lower())
    if match is None:
        return None
    return DayWord(_DAYS[match["word"]], match.start(), match.end())
