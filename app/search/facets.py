"""Each searcher's column store (SearcherColumns): arrays of which article has which value, that
filters, orders and facet counts (app/search/facet_counts.py) are worked out on.

Whoosh's groupedby() walks the matches in Python for every facet; here each searcher joins,
once, compact arrays (numpy) kept per index segment (app/search/segment_facets.py), and a
search counts with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from app.search.filters import Filters
from app.search.postings import segments
from app.search.segment_facets import NUMBERED, SINGLE_VALUED, SegmentFacetCache, SegmentFacets
from app.search.whoosh_types import LeafReader, Searcher

META_ID = "__meta__"  # The index's bookkeeping document (see index.py), never a result.


@dataclass(frozen=True)
class Facets:
    """How many matches (stories when copies are collapsed, as the results count them) have
    each value, most frequent first (days in date order)."""

    countries: list[tuple[str, int]]
    source_countries: list[tuple[str, int]]
    sources: list[tuple[str, int]]
    days: list[tuple[str, int]]
    months: list[tuple[str, int]]
    years: list[tuple[str, int]]
    # Base languages (es for es and es-VE): what a `lang=es` filter keeps.
    languages: list[tuple[str, int]]


class SearcherColumns:
    """The column store of one searcher: which document has which value, as arrays over the
    searcher's document numbers (value indexes of single-valued fields, document lists of
    countries, the numeric columns), joined from each segment's SegmentFacets. Filters, date
    and score orders, stories and facet counts are worked out on them."""

    def __init__(self, searcher: Searcher, cache: SegmentFacetCache) -> None:
        self.size = searcher.doc_count_all()
        leaves = segments(searcher)
        parts = [(cache.of(reader), offset) for reader, offset in leaves]
        joined = [part for part, _ in parts]
        self.values: dict[str, list[str]] = {}
        self.index: dict[str, np.ndarray] = {}
        for field in SINGLE_VALUED:
            self.values[field], self.index[field] = _joined_single(field, joined)
        self.members = _joined_members(parts)
        # Each document's countries (positions in `members`), documents one after another:
        # those of document d are country_of[country_start[d] : country_start[d + 1]];
        # country_doc holds the document of each entry.
        self.country_start, self.country_of = _joined_countries(joined, list(self.members))
        self.country_doc = np.repeat(
            np.arange(self.size, dtype=np.int32), np.diff(self.country_start)
        )
        self._join_numbers(joined)
        self.day_numbers = self._day_numbers()
        # Months (prefix 7) and years (4) of the days, and each day's position among them.
        self.periods = {n: _periods(self.values["published_day"], n) for n in (7, 4)}
        self.base_languages = _base_languages(self.values["language"])
        # Each outlet's place by name (case aside), the last place for none.
        self.outlet_ranks = _ranks_by_name(self.values["source"])
        self.live = self._live_documents(searcher, leaves)
        # Above every article's group (the meta document's column holds the default, 2**63-1).
        self.group_limit = int(self.groups[self.live].max(initial=0)) + 1
        self.copied = self._copied()
        # Articles that are their story's only copy, and facet counts over all of them (filled
        # by app/search/facet_counts.py when a search first needs them).
        self.single = self.live & ~self.copied
        self.single_count = int(self.single.sum())
        self.single_totals: dict[str, np.ndarray] = {}

    def _join_numbers(self, joined: list[SegmentFacets]) -> None:
        """The numeric columns and the title keys of every segment, one after another."""
        self.numbers = numbers = {
            field: _joined_numbers(field, joined, self.size) for field in NUMBERED
        }
        self.groups, self.sort_dates = numbers["group"], numbers["sort_date"]
        self.article_ids, self.word_counts = numbers["article"], numbers["word_count"]
        self.captured = numbers["captured"]  # Seconds since 1970 (UTC), -1 when unknown.
        self.title_keys = _joined_keys("title_key", joined, self.size)

    def _copied(self) -> np.ndarray:
        """Documents whose story has other copies: only they can count twice for one story."""
        sizes = np.bincount(self.groups[self.live], minlength=self.group_limit)
        return self.live & (sizes[np.where(self.live, self.groups, 0)] > 1)

    def _day_numbers(self) -> np.ndarray:
        """Each document's publication day as an ordinal (-1 when undated)."""
        ordinals = np.array(
            [date.fromisoformat(day).toordinal() for day in self.values["published_day"]] or [0],
            dtype=np.int64,
        )
        positions = self.index["published_day"]
        return np.where(positions >= 0, ordinals[np.maximum(positions, 0)], -1)

    def _live_documents(
        self, searcher: Searcher, leaves: list[tuple[LeafReader, int]]
    ) -> np.ndarray:
        """Articles not deleted (the meta document left out)."""
        live = np.ones(self.size, dtype=bool)
        for reader, offset in leaves:
            if reader.has_deletions():
                live[np.fromiter(reader.deleted_docs_set, dtype=np.int64) + offset] = False
        meta = searcher.document_number(id=META_ID)
        if meta is not None:
            live[meta] = False
        return live

    def allowed(self, filters: Filters) -> np.ndarray:
        """Which documents the filters keep, as a mask (any of the values within one kind)."""
        mask = self.live.copy()
        for codes in _country_groups(filters):
            about = np.zeros(self.size, dtype=bool)
            for code in codes:
                about[self.members.get(code, np.zeros(0, dtype=np.int64))] = True
            mask &= about
        for field, keeps in filters.value_tests():
            # A test per distinct value (outlets, bylines), then one pass over the documents.
            positions = [i for i, value in enumerate(self.values[field]) if keeps(value)]
            mask &= np.isin(self.index[field], positions)
        if filters.published_from or filters.published_to:
            first = filters.published_from.toordinal() if filters.published_from else 0
            last = filters.published_to.toordinal() if filters.published_to else 10**7
            mask &= (self.day_numbers >= first) & (self.day_numbers <= last)
        if filters.min_words is not None or filters.max_words is not None:
            mask &= _within(self.word_counts, filters.min_words, filters.max_words)
        if filters.captured_from or filters.captured_to:
            first_second, last_second = filters.captured_seconds()
            mask &= _within(self.captured, first_second, last_second)
        return mask

    def by_score(self, docnums: np.ndarray, scores: np.ndarray) -> np.ndarray:
        """Document numbers by descending score, ties by article id (stable across rebuilds)."""
        return docnums[np.lexsort((self.article_ids[docnums], -scores))]

    def first_of_each_story(self, docnums: np.ndarray) -> np.ndarray:
        """Keep, in order, the first document of each group of copies (of live documents)."""
        # Only copies of stories with several can repeat a story, and they are few: the others
        # are kept without sorting every document by its group (np.unique's stable sort).
        copied = self.copied[docnums]
        copies = np.flatnonzero(copied)
        groups = self.groups[docnums[copies]]
        order = np.argsort(groups, kind="stable")  # Each group's copies in the given order.
        keep = ~copied
        keep[copies[order[_run_starts(groups[order])]]] = True
        kept: np.ndarray = docnums[keep]
        return kept

    def story_count(self, matched: np.ndarray) -> int:
        """How many distinct stories (groups of copies) the matches hold."""
        seen = np.zeros(self.group_limit, dtype=bool)  # Linear: np.unique hashed or sorted.
        seen[self.groups[matched]] = True
        return int(seen.sum())


def _run_starts(ordered: np.ndarray) -> np.ndarray:
    """Where each run of equal values of a sorted array starts, as a mask."""
    starts = np.ones(len(ordered), dtype=bool)
    starts[1:] = ordered[1:] != ordered[:-1]
    return starts


def distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted: a sort and a comparison, many times faster than
    np.unique, which hashes."""
    ordered = np.sort(values)
    distinct_values: np.ndarray = ordered[_run_starts(ordered)]
    return distinct_values


def _joined_single(field: str, parts: list[SegmentFacets]) -> tuple[list[str], np.ndarray]:
    """All segments' values of a field, sorted, and each document's position among them."""
    values = sorted(set().union(*(part.single[field][0] for part in parts)))
    position = {value: i for i, value in enumerate(values)}
    pieces = []
    for part in parts:
        own_values, own_index = part.single[field]
        # The last entry (-1) is what a document without a value (-1) picks.
        remap = np.array([position[value] for value in own_values] + [-1], dtype=np.int32)
        pieces.append(remap[own_index])
    return values, np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int32)


def _joined_keys(field: str, parts: list[SegmentFacets], size: int) -> np.ndarray:
    joined = [part.keys[field] for part in parts]
    return np.concatenate(joined) if joined else np.zeros(size, dtype="S1")


def _within(values: np.ndarray, low: int | None, high: int | None) -> np.ndarray:
    """Where values are from `low` to `high` (either open), unknown ones (-1) left out."""
    kept: np.ndarray = values >= max(low or 0, 0)
    return kept & (values <= high) if high is not None else kept


def _ranks_by_name(names: list[str]) -> np.ndarray:
    """Each name's place in name order (case aside), and one more place for none (-1)."""
    order = sorted(range(len(names)), key=lambda i: (names[i].casefold(), names[i]))
    ranks = np.full(len(names) + 1, len(names), dtype=np.int64)
    ranks[order] = np.arange(len(names), dtype=np.int64)
    return ranks


def _joined_members(parts: list[tuple[SegmentFacets, int]]) -> dict[str, np.ndarray]:
    codes = sorted(set().union(*(part.members for part, _ in parts)))
    return {
        code: np.concatenate(
            [part.members[code] + offset for part, offset in parts if code in part.members]
        )
        for code in codes
    }


def _joined_numbers(field: str, parts: list[SegmentFacets], size: int) -> np.ndarray:
    joined = [part.numbers[field] for part in parts]
    return np.concatenate(joined) if joined else np.zeros(size, dtype=np.int64)


def _joined_countries(
    parts: list[SegmentFacets], codes: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """The segments' per-document country lists one after another, as positions in `codes`."""
    position = {code: i for i, code in enumerate(codes)}
    starts, countries, entries = [], [], 0
    for part in parts:
        start, own = part.countries
        remap = np.array([position[code] for code in part.members], dtype=np.int32)
        starts.append(start[:-1] + entries)
        countries.append(remap[own])
        entries += int(start[-1])
    return (
        np.concatenate([*starts, np.array([entries], dtype=np.int64)]),
        np.concatenate(countries) if countries else np.zeros(0, dtype=np.int32),
    )


def _periods(days: list[str], prefix: int) -> tuple[list[str], np.ndarray]:
    periods = sorted({day[:prefix] for day in days})
    position = {period: i for i, period in enumerate(periods)}
    return periods, np.array([position[day[:prefix]] for day in days], dtype=np.int64)


def _base_languages(tags: list[str]) -> tuple[list[str], np.ndarray]:
    """The base languages of the tags (sorted), and each tag's position among them."""
    bases = sorted({tag.split("-")[0] for tag in tags})
    position = {base: i for i, base in enumerate(bases)}
    return bases, np.array([position[tag.split("-")[0]] for tag in tags], dtype=np.int64)


def _country_groups(filters: Filters) -> list[tuple[str, ...]]:
    """Groups of countries a document must be about one of: every code its own group in the
    all-of mode, else one group of them all (any of)."""
    if filters.all_countries:
        return [(code,) for code in filters.countries]
    return [filters.countries] if filters.countries else []
