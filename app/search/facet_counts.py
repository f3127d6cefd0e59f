"""Facet counts over every match, from a searcher's column store (app/search/facets.py).

When copies are collapsed a value counts stories, as the results do: a story with two copies
about Sudan counts once under Sudan, so a facet's number is the total its click shows.
"""

from __future__ import annotations

import numpy as np

from app.search.facets import Facets, SearcherColumns


def count_facets(columns: SearcherColumns, matched: np.ndarray, stories: bool) -> Facets:
    """Facet counts for these matching document numbers (per story if `stories`)."""
    tally = _Tally(columns, matched, stories)
    day_positions = columns.index["published_day"][matched]
    days = columns.values["published_day"]
    periods = []
    for prefix in (7, 4):
        names, of_day = columns.periods[prefix]
        positions = _through(of_day, day_positions)
        periods.append(_nonzero(names, tally.count(matched, positions, len(names))))
    return Facets(
        countries=_by_count(tally.countries()),
        source_countries=_by_count(tally.single("source_country")),
        sources=_by_count(tally.single("source")),
        days=_nonzero(days, tally.count(matched, day_positions, len(days))),
        months=periods[0],
        years=periods[1],
        languages=_by_count(tally.languages()),
    )


class _Tally:
    """Counts of values over the matches, one per story where asked."""

    def __init__(self, columns: SearcherColumns, matched: np.ndarray, stories: bool) -> None:
        self.columns, self.matched, self.stories = columns, matched, stories

    def single(self, field: str) -> list[tuple[str, int]]:
        values = self.columns.values[field]
        positions = self.columns.index[field][self.matched]
        return _nonzero(values, self.count(self.matched, positions, len(values)))

    def languages(self) -> list[tuple[str, int]]:
        bases, of_tag = self.columns.base_languages
        tags = self.columns.index["language"][self.matched]
        positions = _through(of_tag, tags)
        return _nonzero(bases, self.count(self.matched, positions, len(bases)))

    def countries(self) -> list[tuple[str, int]]:
        """Countries of the matches, gathered at once: for many matches by a pass over every
        (document, country) pair, for few by each match's run of countries."""
        columns, matched = self.columns, self.matched
        if len(matched) * 8 > columns.size:
            mask = np.zeros(columns.size, dtype=bool)
            mask[matched] = True
            keep = mask[columns.country_doc]
            docs, countries = columns.country_doc[keep], columns.country_of[keep]
        else:
            starts = columns.country_start[matched]
            lengths = columns.country_start[matched + 1] - starts
            # Where each wanted entry of country_of is: one run per match.
            runs = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
            docs = np.repeat(matched, lengths)
            countries = columns.country_of[runs + np.arange(len(runs))]
        codes = list(columns.members)
        return _nonzero(codes, self.count(docs, countries, len(codes)))

    def count(self, docs: np.ndarray, positions: np.ndarray, size: int) -> np.ndarray:
        """How many of `docs` (or of their stories) have each value; `positions` holds each
        one's value (-1: none). Only copies are deduplicated (a sort): most articles are
        their story's only one, and a bincount counts them."""
        has = positions >= 0
        if not self.stories:
            return np.bincount(positions[has], minlength=size)
        copied = self.columns.copied[docs] & has
        keys = self.columns.groups[docs[copied]] * size + positions[copied]
        once = np.unique(keys) % size
        return np.bincount(np.concatenate([positions[has & ~copied], once]), minlength=size)


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
