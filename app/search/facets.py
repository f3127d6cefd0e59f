"""Facet counts over every match: per-searcher arrays of which article has which value.

Whoosh's groupedby() walks the matches in Python for every facet; here each searcher builds,
once, compact arrays (numpy) from the index's own postings, and a search counts with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from app.search.filters import Filters
from app.search.postings import has_segment, read_fixed_column, read_postings, segment_id
from app.timeline import roll_up

META_ID = "__meta__"  # The index's bookkeeping document (see index.py), never a result.
# Fields holding one value per article, counted by an index array (country holds several).
SINGLE_VALUED = ("source", "source_country", "published_day")
NUMBERED = ("group", "sort_date", "article")  # Sortable NUMERIC fields, one value each.


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


class SegmentFacets:
    """What the facets need from one index segment, by the segment's own document numbers.

    A segment never changes once written (deletions are kept apart and read per searcher), so
    this is read once and reused by every later searcher that still has the segment: after a
    small commit only the new segment is read (all of them took ~10 s at 100,000 articles).
    """

    def __init__(self, reader: Any) -> None:
        self.size = reader.doc_count_all()
        self.numbers = {field: _numbers(reader, field, self.size) for field in NUMBERED}
        self.single = {field: _single_values(reader, field, self.size) for field in SINGLE_VALUED}
        self.members = {
            code: read_postings(reader, "country", code)[0]
            for code in reader.field_terms("country")
        }


class SegmentFacetCache:
    """SegmentFacets by segment id, kept across searchers for the segments they share."""

    def __init__(self) -> None:
        self._by_segment: dict[str, SegmentFacets] = {}

    def of(self, reader: Any) -> SegmentFacets:
        key = segment_id(reader)
        if key not in self._by_segment:
            self._by_segment[key] = SegmentFacets(reader)
        return self._by_segment[key]

    def keep_only(self, segment_ids: set[str]) -> None:
        """Forget the segments no longer in the index (merged away)."""
        for key in set(self._by_segment) - segment_ids:
            del self._by_segment[key]


class FacetArrays:
    """For one searcher: value indexes of single-valued fields, document lists of countries,
    and the numeric columns, joined from each segment's SegmentFacets."""

    def __init__(self, searcher: Any, cache: SegmentFacetCache) -> None:
        self.size = searcher.doc_count_all()
        leaves = [(leaf.reader(), offset) for leaf, offset in searcher.leaf_searchers()]
        parts = [(cache.of(reader), offset) for reader, offset in leaves if has_segment(reader)]
        self.values: dict[str, list[str]] = {}
        self.index: dict[str, np.ndarray] = {}
        for field in SINGLE_VALUED:
            self.values[field], self.index[field] = _joined_single(field, [p for p, _ in parts])
        self.members = _joined_members(parts)
        # The same pairs flat: each document holding a country, and that country's position.
        member_lists = list(self.members.values())
        self._member_docs = np.concatenate(member_lists) if member_lists else np.zeros(0, int)
        self._member_codes = np.repeat(np.arange(len(member_lists)), [len(d) for d in member_lists])
        self.groups, self.sort_dates, self.article_ids = (
            _joined_numbers(field, [p for p, _ in parts], self.size) for field in NUMBERED
        )
        self.day_numbers = self._day_numbers()
        self.live = self._live_documents(searcher, leaves)
        # Above every article's group (the meta document's column holds the default, 2**63-1).
        self.group_limit = int(self.groups[self.live].max(initial=0)) + 1

    def _day_numbers(self) -> np.ndarray:
        """Each document's publication day as an ordinal (-1 when undated)."""
        ordinals = np.array(
            [date.fromisoformat(day).toordinal() for day in self.values["published_day"]] or [0],
            dtype=np.int64,
        )
        positions = self.index["published_day"]
        return np.where(positions >= 0, ordinals[np.maximum(positions, 0)], -1)

    def _live_documents(self, searcher: Any, leaves: list[tuple[Any, int]]) -> np.ndarray:
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
        if filters.countries:
            about = np.zeros(self.size, dtype=bool)
            for code in filters.countries:
                about[self.members.get(code, np.zeros(0, dtype=np.int64))] = True
            mask &= about
        for field, wanted in (
            ("source", filters.sources),
            ("source_country", filters.source_countries),
        ):
            if wanted:
                chosen = set(wanted)
                positions = [i for i, v in enumerate(self.values[field]) if v in chosen]
                mask &= np.isin(self.index[field], positions)
        if filters.published_from or filters.published_to:
            first = filters.published_from.toordinal() if filters.published_from else 0
            last = filters.published_to.toordinal() if filters.published_to else 10**7
            mask &= (self.day_numbers >= first) & (self.day_numbers <= last)
        return mask

    def by_date(self, docnums: np.ndarray, newest_first: bool) -> np.ndarray:
        """Document numbers ordered by date, newest or oldest first (ties: the later stored
        article first when newest first), the same in an index rebuilt from scratch."""
        sign = -1 if newest_first else 1
        order = np.lexsort((sign * self.article_ids[docnums], sign * self.sort_dates[docnums]))
        return docnums[order]

    def by_score(self, docnums: np.ndarray, scores: np.ndarray) -> np.ndarray:
        """Document numbers by descending score, ties by article id (stable across rebuilds)."""
        return docnums[np.lexsort((self.article_ids[docnums], -scores))]

    def first_of_each_story(self, docnums: np.ndarray) -> np.ndarray:
        """Keep, in order, the first document of each group of copies."""
        _, first = np.unique(self.groups[docnums], return_index=True)
        return docnums[np.sort(first)]

    def story_count(self, matched: np.ndarray) -> int:
        """How many distinct stories (groups of copies) the matches hold."""
        seen = np.zeros(self.group_limit, dtype=bool)  # Linear: np.unique hashed or sorted.
        seen[self.groups[matched]] = True
        return int(seen.sum())

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
        values = self.values[field]
        return [(values[i], int(counts[i])) for i in np.flatnonzero(counts).tolist()]

    def _count_members(self, matched: np.ndarray) -> list[tuple[str, int]]:
        """Countries of the matches, in one pass over every (document, country) pair."""
        mask = np.zeros(self.size, dtype=bool)
        mask[matched] = True
        codes = list(self.members)
        counts = np.bincount(self._member_codes[mask[self._member_docs]], minlength=len(codes))
        return _by_count([(codes[i], int(counts[i])) for i in np.flatnonzero(counts).tolist()])


def _numbers(reader: Any, field: str, size: int) -> np.ndarray:
    """A sortable NUMERIC field's value for each document of a segment (0 where it has no
    column), read in one block."""
    values = np.zeros(size, dtype=np.int64)
    if not reader.has_column(field):  # The segment was written before any document had it.
        return values
    column = reader.column_reader(field, translate=False)
    stored = read_fixed_column(column)[:size].astype(np.uint64)
    count = len(stored)
    # Whoosh shifts signed numbers by 2**(bits-1) so that their bytes sort as numbers.
    spec = reader.schema[field]
    shift = np.uint64(1 << (spec.bits - 1) if spec.signed else 0)
    values[:count] = (stored - shift).view(np.int64)
    if count < size:  # Documents after the last one with a value: the column's default.
        values[count:] = reader.column_reader(field)[count]
    return values


def _single_values(reader: Any, field: str, size: int) -> tuple[list[str], np.ndarray]:
    """A segment's values of a one-value field (sorted), and each document's position among
    them (-1: none). The column's bytes are read in one block and cut by its lengths (Whoosh
    reads one value per call; a lookup per distinct value cost 1.7 s at 10,000 articles)."""
    index = np.full(size, -1, dtype=np.int32)
    if not reader.has_column(field):
        return [], index
    column = reader.column_reader(field, translate=False)
    lengths = column._lengths[:size].tolist()
    offsets = column._offsets[:size].tolist()
    total = offsets[-1] + lengths[-1] if lengths else 0
    data = column._dbfile.get(column._basepos, total)
    pieces = [
        data[offset : offset + length] for offset, length in zip(offsets, lengths, strict=True)
    ]
    uniques = sorted(set(pieces) - {b""})
    position = {value: i for i, value in enumerate(uniques)} | {b"": -1}
    index[: len(pieces)] = np.fromiter(map(position.__getitem__, pieces), dtype=np.int32)
    from_bytes = reader.schema[field].from_bytes
    return [from_bytes(value) for value in uniques], index


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


def _by_count(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return sorted(counts, key=lambda item: (-item[1], item[0]))
