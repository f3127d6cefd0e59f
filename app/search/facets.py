"""Facet counts over every match: per-searcher arrays of which article has which value.

Whoosh's groupedby() walks the matches in Python for every facet; here each searcher builds,
once, compact arrays (numpy) from the index's own postings, and a search counts with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh import query

from app.timeline import roll_up

# Fields holding one value per article, counted by an index array; country holds several.
SINGLE_VALUED = ("source", "source_country", "published_day")
MULTI_VALUED = ("country",)


@dataclass(frozen=True)
class Facets:
    """How many matches have each value, most frequent first (days in date order)."""

    countries: list[tuple[str, int]]
    source_countries: list[tuple[str, int]]
    sources: list[tuple[str, int]]
    days: list[tuple[str, int]]

    @property
    def months(self) -> list[tuple[str, int]]:
        return sorted(roll_up(self.days, 7).items())

    @property
    def years(self) -> list[tuple[str, int]]:
        return sorted(roll_up(self.days, 4).items())


class FacetArrays:
    """For one searcher: value indexes of single-valued fields, document lists of countries."""

    def __init__(self, searcher: Any) -> None:
        self.size = searcher.doc_count_all()
        self.values: dict[str, list[str]] = {}
        self.index: dict[str, np.ndarray] = {}
        for field in SINGLE_VALUED:
            self._build_single(searcher, field)
        self.members = {
            value: _docnums(searcher, "country", value)
            for value in searcher.reader().field_terms("country")
        }
        self.groups = _group_column(searcher, self.size)

    def story_count(self, matched: np.ndarray) -> int:
        """How many distinct stories (groups of copies) the matches hold."""
        return int(np.unique(self.groups[matched]).size)

    def _build_single(self, searcher: Any, field: str) -> None:
        values = list(searcher.reader().field_terms(field))
        index = np.full(self.size, -1, dtype=np.int32)
        for position, value in enumerate(values):
            index[_docnums(searcher, field, value)] = position
        self.values[field], self.index[field] = values, index

    def count(self, matched: np.ndarray) -> Facets:
        """Facet counts for these matching document numbers."""
        return Facets(
            countries=self._count_members(matched),
            source_countries=_by_count(self._count_single("source_country", matched)),
            sources=_by_count(self._count_single("source", matched)),
            days=sorted(self._count_single("published_day", matched)),
        )

    def _count_single(self, field: str, matched: np.ndarray) -> list[tuple[str, int]]:
        positions = self.index[field][matched]
        counts = np.bincount(positions[positions >= 0], minlength=len(self.values[field]))
        return [(self.values[field][i], int(n)) for i, n in enumerate(counts) if n]

    def _count_members(self, matched: np.ndarray) -> list[tuple[str, int]]:
        mask = np.zeros(self.size, dtype=bool)
        mask[matched] = True
        counts = [(value, int(mask[docs].sum())) for value, docs in self.members.items()]
        return _by_count([(value, n) for value, n in counts if n])


def _group_column(searcher: Any, size: int) -> np.ndarray:
    """Each document's group of copies (an empty index has no column to read)."""
    if size == 0:
        return np.zeros(0, dtype=np.int64)
    column = searcher.reader().column_reader("group")
    return np.fromiter(column, dtype=np.int64, count=size)


def _docnums(searcher: Any, field: str, value: str) -> np.ndarray:
    found = searcher.docs_for_query(query.Term(field, value))
    return np.fromiter(found, dtype=np.int64)


def _by_count(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return sorted(counts, key=lambda item: (-item[1], item[0]))
