"""A search's result set stated in words ("12 stories matching “weapons”, about North Korea,
published in 2023, newest first"), and how its query was read, for pages and the API."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from app.countries import country_name
from app.present.names import language_name
from app.search import Filters, SearchRequest, SearchResults, Sort
from app.search.languages import UNSPACED
from app.search.reading import ReadWord

ORDER_WORDS = {
    Sort.RELEVANCE: "best matches first",
    Sort.NEWEST: "newest first",
    Sort.OLDEST: "oldest first",
    Sort.CAPTURED_NEWEST: "latest captured first",
    Sort.CAPTURED_OLDEST: "earliest captured first",
    Sort.OUTLET: "by outlet, A to Z",
    Sort.TITLE: "by title, A to Z",
    Sort.LONGEST: "longest first",
    Sort.SHORTEST: "shortest first",
}


def result_sentence(request: SearchRequest, results: SearchResults) -> str:
    """The whole result set in one sentence: how many, matching what, narrowed how, in what
    order."""
    noun = ("story", "stories") if request.collapse_copies else ("article", "articles")
    parts = [f"{results.total:,} {noun[0] if results.total == 1 else noun[1]}"]
    if request.text.strip():
        parts[0] += f" matching “{request.text.strip()}”"
    reading = results.reading
    filters = request.filters if reading is None else reading.filters
    parts += filter_phrases(filters)
    if results.total:  # An order of nothing reads oddly.
        parts.append(ORDER_WORDS[order_used(request, results)])
    return ", ".join(parts) + "."


def retry_advice(results: SearchResults, filtered: bool) -> list[tuple[str, str]]:
    """What to try when nothing matched, as (kind, example): "fewer words", "prefix" with a
    prefix of the user's own longest word (sanctions -> sanct*), "no filters"; each only where
    it applies (no advice on words to a search that has none)."""
    reading = results.reading
    words = [word for word in reading.words if not word.excluded] if reading else []
    advice = [("fewer words", "")] if len(words) > 1 else []
    plain = [word.typed for word in words if word.kind == "word" and _takes_a_prefix(word.typed)]
    if plain and not any(word.kind == "prefix" for word in words):
        longest = max(plain, key=len)
        advice.append(("prefix", longest[: max(3, len(longest) * 2 // 3)] + "*"))
    return [*advice, ("no filters", "")] if filtered else advice


def _takes_a_prefix(word: str) -> bool:
    # Letters only, and none of a script written without spaces (Chinese, Thai…): those are
    # searched by runs of characters, where a prefix finds nothing more.
    return len(word) >= 4 and word.isalpha() and not _UNSPACED_CHAR.search(word)


_UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")


def order_used(request: SearchRequest, results: SearchResults) -> Sort:
    """The order the results are in: a search without words has nothing to rank by relevance,
    so its relevance is newest first."""
    ranked = has_words(results) or request.sort is not Sort.RELEVANCE
    return request.sort if ranked else Sort.NEWEST


def has_words(results: SearchResults) -> bool:
    """Whether the query held words to rank results by (not only filters)."""
    reading = results.reading
    return reading is not None and any(word.terms for word in reading.words)


def filter_phrases(filters: Filters) -> list[str]:
    """Each filter in use, in words."""
    joiner = " and " if filters.all_countries else " or "
    phrases = []
    if filters.countries:
        phrases.append("about " + joiner.join(map(country_name, filters.countries)))
    if filters.source_countries:
        phrases.append("from outlets in " + _either(map(country_name, filters.source_countries)))
    if filters.sources:
        phrases.append("from " + _either(filters.sources))
    if filters.domains:
        phrases.append("on " + _either(filters.domains))
    if filters.languages:
        phrases.append("in " + _either(map(language_name, filters.languages)))
    if filters.bylines:
        phrases.append("with a byline containing " + _either(f"“{b}”" for b in filters.bylines))
    phrases += _ranges(filters)
    return phrases


def _ranges(filters: Filters) -> list[str]:
    phrases = []
    if filters.published_from or filters.published_to:
        phrases.append("published " + days_in_words(filters.published_from, filters.published_to))
    if filters.captured_from or filters.captured_to:
        phrases.append("captured " + days_in_words(filters.captured_from, filters.captured_to))
    low, high = filters.min_words, filters.max_words
    if low is not None and high is not None:
        phrases.append(f"of {low:,} to {high:,} words")
    elif low is not None:
        phrases.append(f"of at least {low:,} words")
    elif high is not None:
        phrases.append(f"of at most {high:,} words")
    return phrases


def days_in_words(first: date | None, last: date | None) -> str:
    """'in 2023', 'in August 2023', 'on 6 August 2023', 'from … to …', 'since …', 'until …'."""
    if first and last:
        whole = _whole_period(first, last)
        if whole:
            return whole
        return f"from {_day(first)} to {_day(last)}"
    return f"since {_day(first)}" if first else f"until {_day(last) if last else ''}"


def _whole_period(first: date, last: date) -> str | None:
    if first == last:
        return f"on {_day(first)}"
    if first.year == last.year and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return f"in {first.year}"
    month_end = calendar.monthrange(first.year, first.month)[1]
    same_month = (first.year, first.month) == (last.year, last.month)
    if same_month and first.day == 1 and last.day == month_end:
        return f"in {calendar.month_name[first.month]} {first.year}"
    return None


def _day(day: date) -> str:
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def _either(values: Any) -> str:
    return " or ".join(values)


def reading_json(request: SearchRequest, results: SearchResults) -> dict[str, Any]:
    """How the query was read, as the API gives it (`"query"`)."""
    reading = results.reading
    assert reading is not None  # Asked for with_reading.
    filters = reading.filters
    return {
        "text": request.text,
        "sentence": result_sentence(request, results),
        "read_as": reading.read_as,
        "words": [_word_json(word) for word in reading.words],
        "filters": _filters_json(filters),
        "published_from": _iso(reading.published_from),
        "published_to": _iso(reading.published_to),
        "sort": request.sort.value,
        "copies": "one per story" if request.collapse_copies else "all",
    }


def _word_json(word: ReadWord) -> dict[str, Any]:
    return {
        "typed": word.typed,
        "kind": word.kind,
        "fields": list(word.fields),
        "terms": [{"text": term.text, "language": term.language or None} for term in word.terms],
        "excluded": word.excluded,
        "slop": word.slop,
        "expansions": [
            {"word": text, "language": language or None, "articles": count}
            for text, language, count in word.expansions
        ],
        "parts": [
            {"words": list(each.words), "language": each.language, "weight": each.weight}
            for each in word.parts
        ],
    }


def _filters_json(filters: Filters) -> dict[str, Any]:
    return {
        "country": list(filters.countries),
        "country_mode": "all" if filters.all_countries else "any",
        "source_country": list(filters.source_countries),
        "source": list(filters.sources),
        "lang": list(filters.languages),
        "byline": list(filters.bylines),
        "domain": list(filters.domains),
        "min_words": filters.min_words,
        "max_words": filters.max_words,
        "captured_from": _iso(filters.captured_from),
        "captured_to": _iso(filters.captured_to),
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
