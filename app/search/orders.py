"""Result orders other than relevance, worked out on a searcher's columns (app/search/facets.py).

Every order ends on the article id, so that ties come out the same in an index rebuilt from
scratch; orders by a field put the articles without it last, whichever way they run.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

import numpy as np

from app.search.facets import SearcherColumns


class Sort(StrEnum):
    """Result orders users can choose."""

    RELEVANCE = "relevance"
    NEWEST = "newest"  # Publication date.
    OLDEST = "oldest"
    CAPTURED_NEWEST = "captured_newest"
    CAPTURED_OLDEST = "captured_oldest"
    OUTLET = "outlet"  # By outlet name, A to Z; newest first within an outlet.
    TITLE = "title"  # A to Z, case and accents aside.
    LONGEST = "longest"  # Word count, most first.
    SHORTEST = "shortest"


Keys = tuple[np.ndarray, ...]


def in_order(columns: SearcherColumns, docnums: np.ndarray, sort: Sort) -> np.ndarray:
    """The document numbers in the order `sort` names (relevance: newest first, the order of
    a search without words)."""
    keys = _KEYS.get(sort, _newest)(columns, docnums)
    return docnums[np.lexsort(keys)]  # The last key sorts first.


def _newest(columns: SearcherColumns, docnums: np.ndarray) -> Keys:
    # Undated articles last: their sort date is only when they were captured.
    return (*_newest_ties(columns, docnums), columns.day_numbers[docnums] < 0)


def _oldest(columns: SearcherColumns, docnums: np.ndarray) -> Keys:
    dates, undated = columns.sort_dates[docnums], columns.day_numbers[docnums] < 0
    return columns.article_ids[docnums], dates, undated


def _captured(newest_first: bool) -> Callable[[SearcherColumns, np.ndarray], Keys]:
    sign = -1 if newest_first else 1

    def keys(columns: SearcherColumns, docnums: np.ndarray) -> Keys:
        captured = columns.captured[docnums]
        return sign * columns.article_ids[docnums], sign * captured, captured < 0

    return keys


def _outlet(columns: SearcherColumns, docnums: np.ndarray) -> Keys:
    outlets = columns.index["source"][docnums]  # -1 picks the last rank: no outlet.
    return (*_newest_ties(columns, docnums), columns.outlet_ranks[outlets])


def _title(columns: SearcherColumns, docnums: np.ndarray) -> Keys:
    titles = columns.title_keys[docnums]
    return (*_newest_ties(columns, docnums), titles, titles == b"")


def _words(sign: int) -> Callable[[SearcherColumns, np.ndarray], Keys]:
    def keys(columns: SearcherColumns, docnums: np.ndarray) -> Keys:
        return (*_newest_ties(columns, docnums), sign * columns.word_counts[docnums])

    return keys


def _newest_ties(columns: SearcherColumns, docnums: np.ndarray) -> Keys:
    """Ties of the orders by a field: the newest first, then the later stored article."""
    return -columns.article_ids[docnums], -columns.sort_dates[docnums]


_KEYS: dict[Sort, Callable[[SearcherColumns, np.ndarray], Keys]] = {
    Sort.NEWEST: _newest,
    Sort.OLDEST: _oldest,
    Sort.CAPTURED_NEWEST: _captured(newest_first=True),
    Sort.CAPTURED_OLDEST: _captured(newest_first=False),
    Sort.OUTLET: _outlet,
    Sort.TITLE: _title,
    Sort.LONGEST: _words(-1),
    Sort.SHORTEST: _words(1),
}
