"""Facet counts over every match, from a searcher's column store (app/search/facets.py).

When copies are collapsed a value counts stories, as the results do: a story with two copies
about Sudan counts once under Sudan, so a facet's number is the total its click shows.

Most articles are their story's only copy: those are counted by a plain bincount, and only the
few copies of stories with several are deduplicated. A search matching most of the archive
counts the single articles it does not match and takes them from the counts of all of them,
worked out once per index state (a common word matches most articles: counting the rest is a
fraction of the work).
"""

from __future__ import annotations

import numpy as np

from app.search.facets import Facets, SearcherColumns, distinct

COUNTRIES = "countries"  # The one facet with several values per article.
DAY = "published_day"


def count_facets(columns: SearcherColumns, matched: np.ndarray, stories: bool) -> Facets:
    """Facet counts for these matching document numbers (per story if `stories`)."""
    tally = _Tally(columns, matched, stories)
    days = columns.values[DAY]
    periods = [
        _nonzero(names, tally.derived(DAY, of_day, len(names)))
        for names, of_day in (columns.periods[7], columns.periods[4])
    ]
    bases, of_tag = columns.base_languages
    return Facets(
        countries=_by_count(_nonzero(list(columns.members), tally.counts(COUNTRIES))),
        source_countries=_by_count(_single(columns, tally, "source_country")),
        sources=_by_count(_single(columns, tally, "source")),
        days=_nonzero(days, tally.counts(DAY)),
        months=periods[0],
        years=periods[1],
        languages=_by_count(_nonzero(bases, tally.derived("language", of_tag, len(bases)))),
    )


def _single(columns: SearcherColumns, tally: _Tally, field: str) -> list[tuple[str, int]]:
    return _nonzero(columns.values[field], tally.counts(field))


class _Tally:
    """Counts of values over the matches, one per story where asked: the matches that are
    their story's only copy counted plainly (or by what they leave out of all such articles),
    the copies of stories with several one per story and value."""

    def __init__(self, columns: SearcherColumns, matched: np.ndarray, stories: bool) -> None:
        self.columns, self.stories = columns, stories
        copied = columns.copied[matched]
        self.copies, singles = matched[copied], matched[~copied]
        self.left_out: np.ndarray | None = None
        if len(singles) * 2 > columns.single_count:
            left = columns.single.copy()
            left[singles] = False
            self.left_out = np.flatnonzero(left)
        self.singles = singles

    def counts(self, facet: str) -> np.ndarray:
        """How many matches (or stories) have each value of a facet."""
        size = _size(self.columns, facet)
        counted: np.ndarray = self._single_counts(facet) + self._copy_counts(facet, None, size)
        return counted

    def derived(self, facet: str, table: np.ndarray, size: int) -> np.ndarray:
        """Counts of values derived from a facet's (months of days, base languages of tags):
        `table` maps each of the facet's values to one of `size` derived values."""
        plain = np.bincount(table, weights=self._single_counts(facet), minlength=size)
        counted: np.ndarray = plain.astype(np.int64) + self._copy_counts(facet, table, size)
        return counted

    def _single_counts(self, facet: str) -> np.ndarray:
        """Counts over the matches that are their story's only copy."""
        if self.left_out is None:
            return plain_counts(self.columns, self.singles, facet)
        every = self.columns.single_totals.get(facet)
        if every is None:  # Once per index state, by the first search that needs it.
            every = plain_counts(self.columns, np.flatnonzero(self.columns.single), facet)
            self.columns.single_totals[facet] = every
        left_out: np.ndarray = every - plain_counts(self.columns, self.left_out, facet)
        return left_out

    def _copy_counts(self, facet: str, table: np.ndarray | None, size: int) -> np.ndarray:
        """Counts over the matching copies of stories with several: once per story and value
        if stories are counted."""
        docs, positions = _entries(self.columns, self.copies, facet)
        if table is not None:
            positions = _through(table, positions)
        has = positions >= 0
        if not self.stories:
            return np.bincount(positions[has], minlength=size)
        keys = self.columns.groups[docs[has]] * size + positions[has]
        return np.bincount(distinct(keys) % size, minlength=size)


def plain_counts(columns: SearcherColumns, docs: np.ndarray, facet: str) -> np.ndarray:
    """How many of these documents have each value of a facet (no story counted once)."""
    _, positions = _entries(columns, docs, facet)
    return np.bincount(positions[positions >= 0], minlength=_size(columns, facet))


def _size(columns: SearcherColumns, facet: str) -> int:
    return len(columns.members) if facet == COUNTRIES else len(columns.values[facet])


def _entries(columns: SearcherColumns, docs: np.ndarray, facet: str) -> tuple[np.ndarray, ...]:
    """(document, value position) of each value these documents have (-1: none)."""
    if facet != COUNTRIES:
        return docs, columns.index[facet][docs]
    if len(docs) * 5 > columns.size * 3:
        # Most documents: one pass over every (document, country) pair.
        mask = np.zeros(columns.size, dtype=bool)
        mask[docs] = True
        keep = mask[columns.country_doc]
        return columns.country_doc[keep], columns.country_of[keep]
    # Fewer: each document's run of countries, gathered at once.
    starts = columns.country_start[docs]
    lengths = columns.country_start[docs + 1] - starts
    runs = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
    return np.repeat(docs, lengths), columns.country_of[runs + np.arange(len(runs))]


def _through(table: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """table[p] for each position p, and -1 (none) where p is -1 (the appended last entry)."""
    through: np.ndarray = np.append(table, -1)[positions]
    return through


def _nonzero(values: list[str], counts: np.ndarray) -> list[tuple[str, int]]:
    """(value, count) of the values counted at least once, in the values' order."""
    found = np.flatnonzero(counts)  # Whole-array conversions: numpy scalars cost per item.
    return list(
        zip(
            [values[i] for i in found.tolist()],
            counts[found].astype(np.int64).tolist(),
            strict=True,
        )
    )


def _by_count(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return sorted(counts, key=lambda item: (-item[1], item[0]))
