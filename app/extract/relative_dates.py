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
from app.lazy_patterns import lazy_compile

_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
_FOR = ("för", "for")
_CLDR_AGO: dict[tuple[str, str], int] = {
    (before, after): seconds for before, after, seconds in RELATIVE_NAMES["ago"]
}
_AGO_FORMS: dict[tuple[str, str], int] = (
    _CLDR_AGO
    # English news abbreviates beyond CLDR's forms.
    | {("", "mins ago"): 60, ("", "hr ago"): 3600, ("", "hrs ago"): 3600}
    # Scandinavian news drops CLDR's preposition ('3 timmar sedan', '3 timer siden').
    | {("", after): seconds for (before, after), seconds in _CLDR_AGO.items() if before in _FOR}
    # Arabic news writes 'منذ' (since) as often as CLDR's 'قبل' (ago): 'منذ 3 ساعات'.
    | {("منذ", after): seconds for (before, after), seconds in _CLDR_AGO.items() if before == "قبل"}
)
# Parted at the number, each side as one tree of words: 'il y a' … 'heures', '' … 'hours ago'.
_AGO = lazy_compile(
    rf"{_LETTER_BEFORE}(?:(?P<before>{trie_pattern({b for b, _ in _AGO_FORMS if b})})\s*)?"
    rf"(?P<count>\d{{1,3}})\s*(?P<after>{trie_pattern({a for _, a in _AGO_FORMS if a})})"
    rf"{_LETTER_AFTER}"
)
# One unit (or Arabic's two) written as words, in the languages of most news, with the count
# they say: 'an hour ago', 'hace una hora', 'vor einer Minute', 'منذ ساعتين' (two hours: Arabic's
# dual has no number).
_UNIT_WORDS = (
    (r"\b(?:an?|one) (?:second|minute|hour) ago\b", 1),
    (r"\bhace (?:un|una) (?:segundo|minuto|hora)\b", 1),
    (r"\bvor (?:einer|einem) (?:sekunde|minute|stunde)\b", 1),
    (r"\bil y a (?:une|un) (?:seconde|minute|heure)\b", 1),
    (r"\bhá (?:um|uma) (?:segundo|minuto|hora)\b", 1),
    (r"(?<![^\W\d_])(?:un|un'|un’|uno) ?(?:secondo|minuto|ora) fa\b", 1),
    (r"(?<![^\W\d_])(?:منذ|قبل) (?:ثانية|دقيقة|ساعة)(?![^\W\d_])", 1),
    (r"(?<![^\W\d_])(?:منذ|قبل) (?:ثانيتين|دقيقتين|ساعتين)(?![^\W\d_])", 2),
)
_NUMBERLESS_AGO = re.compile(
    "|".join(f"(?P<n{i}>{form})" for i, (form, _) in enumerate(_UNIT_WORDS))
)
# A word each of those forms holds: looked for first, as most lines hold none (a regular
# expression of the forms searched on every line without a figure cost 5% of a dump's reading).
_NUMBERLESS_ANCHORS = ("ago", "hace ", "vor ", "il y a ", "há ", " fa", "منذ", "قبل")


def numberless_ago(text: str) -> bool:
    """Whether the text may count back in words, with no figure ('an hour ago', 'منذ ساعتين')."""
    lower = text.lower()
    return any(anchor in lower for anchor in _NUMBERLESS_ANCHORS) and bool(
        _NUMBERLESS_AGO.search(lower)
    )


# The units' words in those forms, with their seconds.
_UNIT_SECONDS = {
    "second": 1, "minute": 60, "hour": 3600, "segundo": 1, "minuto": 60, "hora": 3600,
    "sekunde": 1, "stunde": 3600, "seconde": 1, "heure": 3600, "secondo": 1, "ora": 3600,
    "ثانية": 1, "دقيقة": 60, "ساعة": 3600, "ثانيتين": 1, "دقيقتين": 60, "ساعتين": 3600,
}  # fmt: skip
_WORDS = re.compile(r"[^\W\d_]+")
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
    if one := _NUMBERLESS_AGO.search(text):
        form = next(int(name[1:]) for name, found in one.groupdict().items() if found)
        unit = next(_UNIT_SECONDS[w] for w in _WORDS.findall(one.group()) if w in _UNIT_SECONDS)
        return Ago(_UNIT_WORDS[form][1] * unit, one.start(), one.end())
    return None


def find_day_word(text: str) -> DayWord | None:
    """Today's or yesterday's word standing before a time ('hoy a las 13:59')."""
    match = _DAY.search(text.lower())
    if match is None:
        return None
    return DayWord(_DAYS[match["word"]], match.start(), match.end())
