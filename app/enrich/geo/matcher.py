"""Finding gazetteer names in text: one Aho-Corasick pass, then word boundaries and case rules."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from app.enrich.geo.gazetteer import Alias, Kind, all_aliases


@dataclass(frozen=True)
class Match:
    """A gazetteer name found at text[start:end]."""

    start: int
    end: int
    alias: Alias


@lru_cache
def _automaton() -> Any:
    automaton = ahocorasick.Automaton()
    for key, alias in all_aliases().items():
        automaton.add_word(key, alias)
    automaton.make_automaton()
    return automaton


def find_names(text: str) -> list[Match]:
    """Every gazetteer name in `text`, longest first where names overlap, in text order."""
    lowered = _lower_same_length(text)
    candidates = [
        Match(end + 1 - len(alias.text), end + 1, alias)
        for end, alias in _automaton().iter(lowered)
        if _is_whole_word(text, end + 1 - len(alias.text), end + 1)
        and _case_matches(text[end + 1 - len(alias.text) : end + 1], alias)
    ]
    return _longest_without_overlap(candidates)


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters (e.g. 'İ') lower to two; keep offsets aligned with the original.
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def _is_whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # Hyphens join compounds that still name the place: "Iranian-made", "pro-Russian".
    return not (before.isalnum() or after.isalnum())


def _case_matches(found: str, alias: Alias) -> bool:
    """Capitals in the alias must be capitals in the text ('China', not 'china'; 'US', not 'us')."""
    if found.isupper() and len(found) > 3:
        return True  # Headlines and datelines in capitals: 'NORTH KOREA', 'SEOUL'.
    return all(f.isupper() for f, a in zip(found, alias.text, strict=True) if a.isupper())


def _longest_without_overlap(matches: list[Match]) -> list[Match]:
    chosen: list[Match] = []
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if chosen and match.start < chosen[-1].end:
            continue
        chosen.append(match)
    return chosen


def words_after(text: str, match: Match, count: int = 1) -> Iterator[str]:
    """The next `count` words after a match."""
    yield from text[match.end :].split()[:count]


def word_before(text: str, match: Match) -> str:
    """The word just before a match ('' at the start)."""
    before = text[: match.start].split()
    return before[-1] if before else ""


def is_kind(match: Match, *kinds: Kind) -> bool:
    """Whether the matched alias is of one of these kinds."""
    return match.alias.kind in kinds
