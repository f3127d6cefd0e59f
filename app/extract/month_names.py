"""Month and weekday names in every language the archive detects, from CLDR (via Babel).

Babel's tables are kept by the CLDR project, so declensions ('сентября', 'sierpnia') and
abbreviations ('févr.', 'Okt', 'Ağu') come right without a hand-written list to maintain.
Full names are read in every language CLD2 detects; abbreviations, which are short and often
words elsewhere ('sat', 'led', 'pro'), only in the languages that write most of the news.
Reading 150 of Babel's locales takes two seconds, so the names are kept as data
(`data/calendar_names.json`, written by `python -m bench.calendar_names`; a test checks that
it is what Babel gives).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from app.extract.plain_text import is_plain
from app.lazy_patterns import lazy_compile

NAMES_PATH = Path(__file__).with_name("data") / "calendar_names.json"

# Abbreviations are read in these; their order settles a name two languages give different
# months ('listopad' is November in Polish and Czech, October in Croatian).
LOCALES = (
    *("en", "es", "fr", "de", "pt", "it", "ru", "tr", "pl", "nl", "cs", "uk", "ro", "hu"),
    *("sv", "da", "nb", "fi", "el", "id", "ms", "ca", "sk", "sl", "lt", "lv", "et", "bg"),
    *("sr", "hr", "vi", "ar", "fa", "he", "hi", "th"),
)
# The Levant and Iraq name the months otherwise in Arabic ('تموز', 'آب' for July, August).
_VARIANTS = ("ar_SY",)
# Their months are read as figures ('8月'), but 'n hours ago', today and yesterday as words.
_RELATIVE_ONLY = ("zh", "zh_Hant", "ja", "ko")
# A full name this short in a language outside LOCALES is a word too often ('out', 'mac').
_MIN_OTHER_CHARS = 4
_WIDTHS = ("wide", "abbreviated")
_CONTEXTS = ("format", "stand-alone")


def calendar_names() -> dict[str, Any]:
    """Month names with their numbers, and full weekday names, as CLDR gives them."""
    import pycld2
    from babel import Locale, localedata

    codes = {code.split("-")[0] for _, code in pycld2.LANGUAGES}
    others = sorted(codes & set(localedata.locale_identifiers()) - set(LOCALES))
    months: dict[str, int] = {}
    weekdays: dict[str, set[int]] = {}
    for code in (*LOCALES, *_VARIANTS, *others):
        locale = Locale.parse(code)
        ours = locale.language in LOCALES
        for key, number in _month_names(locale, ours=ours):
            months.setdefault(key, number)
        for context in _CONTEXTS:
            for number, day in locale.days[context]["wide"].items():
                days = weekdays.setdefault(day.lower(), set())
                if ours:
                    days.add(int(number))
    months["sept"] = 9  # English pages write 'Sept.', which CLDR's English does not list.
    # Hebrew attaches its 'in' to the month: '8 במרץ 2024', which CLDR writes 'מרץ'.
    for key, number in _month_names(Locale.parse("he"), ours=True):
        months.setdefault("ב" + key, number)
    relative = _relative_names(Locale.parse(code) for code in (*LOCALES, *_RELATIVE_ONLY))
    # Each weekday name with its day (0 Monday ... 6 Sunday), or None where our languages give
    # the name to different days, or only a language outside LOCALES has it: there it is as
    # often a word ('anna', 'china', 'sun'), which must not decide a date.
    numbers = {name: days.pop() if len(days) == 1 else None for name, days in weekdays.items()}
    return {"months": months, "weekdays": dict(sorted(numbers.items())), "relative": relative}


# The units of 'n … ago' read, in seconds: a page counts a day or a week gone by as whole days,
# so those say no day (printed_dates), but they are still known as stamps.
_AGO_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
_AGO_WIDTHS = ("", "-short", "-narrow")


def _relative_names(locales: Iterable[Any]) -> dict[str, Any]:
    """'n hours ago' as each news language writes it, parted at its number ('il y a', 'heures'),
    with the unit in seconds; and its words for today and yesterday, with their day offset.
    Only the languages of most news: elsewhere the words are too often others."""
    ago: dict[tuple[str, str], set[int]] = {}
    days: dict[str, set[int]] = {}
    for locale in locales:
        fields = locale._data["date_fields"]
        for unit, seconds in _AGO_UNITS.items():
            for width in _AGO_WIDTHS:
                for pattern in fields[unit + width]["past"].values():
                    # Hebrew's 'לפני שע׳ ({0})' repeats a count its words already state.
                    if pattern.count("{0}") == 1 and "({0})" not in pattern:
                        before, after = (_spaced(part) for part in pattern.split("{0}"))
                        # Not a bare sign ('-{0} h'): 'UTC-5 h' is no stamp.
                        if before.replace(" ", "").isalpha() or not before:
                            # Pages drop an abbreviation's stop ('20 min ago', 'vor 5 Min').
                            for form in {after, after.replace(".", "")}:
                                ago.setdefault((before, form), set()).add(seconds)
        for width in _AGO_WIDTHS:
            for offset, word in fields["day" + width]["relative"].items():
                days.setdefault(_spaced(word), set()).add(int(offset))
    return {
        # A form two units share ('h' is hours in Italian, days in Indonesian) says neither.
        "ago": sorted([*pair, units.pop()] for pair, units in ago.items() if len(units) == 1),
        # Today's and yesterday's words; not one that is also another day's (Hindi 'कल' is
        # yesterday and tomorrow) nor a short Latin one (Hungarian 'ma', Dutch 'ma' for Monday).
        "days": {
            word: offsets.pop()
            for word, offsets in sorted(days.items())
            if len(offsets) == 1 and offsets <= {0, -1} and not (word.isascii() and len(word) < 3)
        },
    }


def _spaced(text: str) -> str:
    return " ".join(text.lower().split())


def _month_names(locale: Any, ours: bool) -> Iterator[tuple[str, int]]:
    for context in _CONTEXTS:
        for width in _WIDTHS if ours else _WIDTHS[:1]:
            for number, name in locale.months[context][width].items():
                key = name.lower().rstrip(".")
                # '7月' and '8월' are read with the year as numbers (line_dates).
                too_short = len(key) < (3 if ours else _MIN_OTHER_CHARS)
                if any(ch.isdigit() for ch in key) or (too_short and (key.isascii() or not ours)):
                    continue
                yield key, int(number)


def _shipped() -> dict[str, Any]:
    with NAMES_PATH.open(encoding="utf-8") as file:
        return json.load(file)  # type: ignore[no-any-return]


_NAMES = _shipped()
MONTH_NUMBERS: dict[str, int] = _NAMES["months"]


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of `words`, written as their tree of shared prefixes
    ('jan(?:uary)?'): Python's engine tries the branches of a flat alternation one by one at
    every position, which for 1,700 month names made date lines ten times slower to read."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # A word ends here.
    return _pattern_of(tree)


def _pattern_of(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _pattern_of(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


MONTH_PATTERN = trie_pattern(MONTH_NUMBERS)
# 'n units ago' and today's and yesterday's words (relative_dates.py).
RELATIVE_NAMES: dict[str, Any] = _NAMES["relative"]
WEEKDAY_NAMES = frozenset(_NAMES["weekdays"])
# The day (0 Monday ... 6 Sunday) each weekday name stands for, where all languages agree.
WEEKDAY_NUMBERS: dict[str, int] = {
    name: day for name, day in _NAMES["weekdays"].items() if day is not None
}
# A weekday name standing as words ('Montag', 'thứ sáu', 'mercredi'), case ignored.
WEEKDAY_WORDS = lazy_compile(
    r"(?<![^\W\d_])(?:" + trie_pattern(WEEKDAY_NAMES) + r")(?![^\W\d_])", re.I
)


def named_weekdays(text: str) -> set[int]:
    """The days of the week the text names (see WEEKDAY_NUMBERS)."""
    found = (WEEKDAY_NUMBERS.get(match.group(0).lower()) for match in WEEKDAY_WORDS.finditer(text))
    return {day for day in found if day is not None}


# Searching the names' tree, case ignored, costs at every word of a line. A name always begins
# with a letter, so in plain text (plain_text.py) a name can only start at a run of ASCII
# letters, and that run is the name's own first run of letters: looking the runs up spares most
# lines.
_ASCII_RUN = re.compile(r"[A-Za-z]+")
_FIRST_RUN = re.compile(r"[^\W\d_]*")
_FIRST_RUNS = lazy_compile(
    trie_pattern({_FIRST_RUN.match(name)[0] for name in MONTH_NUMBERS}),  # type: ignore[index]
    re.I,
)


@functools.lru_cache(maxsize=16384)
def _may_start_name(run: str) -> bool:
    return _FIRST_RUNS.fullmatch(run) is not None


def may_name_month(text: str) -> bool:
    """False only when no month name stands as a word in the text (a cheap test before the
    patterns holding MONTH_PATTERN, which then say for sure)."""
    if not is_plain(text):
        return True
    return any(map(_may_start_name, _ASCII_RUN.findall(text)))
