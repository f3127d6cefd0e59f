"""What the facets need from each index segment: read once in bulk, kept in memory and on disk.

A segment never changes once written (deletions are kept apart and read per searcher), so its
facet data is read once (columns as blocks of bytes, countries from their postings) and reused
by every later searcher that has the segment: after a small commit only the new segment is
read. It is also saved beside the index, where a starting server loads it instead of reading
the index again (loading a file is much quicker than reading a segment, even in bulk).
"""

from __future__ import annotations

import logging
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.search.postings import read_postings, segment_id
from app.search.whoosh_internals import fixed_column_values, var_column_values
from app.search.whoosh_types import LeafReader

# Fields holding one value per article, counted by an index array (country holds several).
SINGLE_VALUED = ("source", "source_country", "published_day", "language", "domain", "byline_whole")
# Sortable NUMERIC fields, one value each.
NUMBERED = ("group", "sort_date", "article", "word_count", "captured")
KEYED = ("title_key",)  # Byte columns kept as they are (nearly one value per article).
# What a saved file holds: one saved by another layout is read from the segment again.
FORMAT = 2
log = logging.getLogger("geonews.index")


@dataclass(frozen=True)
class SegmentFacets:
    """One segment's facet data, by the segment's own document numbers."""

    size: int
    numbers: dict[str, np.ndarray]  # Field -> each document's number.
    single: dict[str, tuple[list[str], np.ndarray]]  # Field -> (values, each one's position).
    members: dict[str, np.ndarray]  # Country code -> the documents about it.
    # Each document's countries (positions in `members`), documents one after another: those of
    # document d are countries[1][countries[0][d] : countries[0][d + 1]]. Kept and saved per
    # segment: turning the lists round is the costliest step of joining the segments, and a
    # new searcher would otherwise repeat it for every segment.
    countries: tuple[np.ndarray, np.ndarray]
    keys: dict[str, np.ndarray]  # Field -> each document's bytes (numpy "S": they sort).

    @classmethod
    def read(cls, reader: LeafReader) -> SegmentFacets:
        size = reader.doc_count_all()
        # Postings hold deleted documents too (app/search/postings.py); these lists, as
        # Whoosh's own matching would, hold the documents live when the segment was read.
        live = np.ones(size, dtype=bool)
        if reader.has_deletions():
            live[np.fromiter(reader.deleted_docs_set, dtype=np.int64)] = False
        members = {
            code: docs[live[docs]]
            for code in reader.field_terms("country")
            for docs in [read_postings(reader, "country", code)[0]]
        }
        return cls(
            size,
            {field: _numbers(reader, field, size) for field in NUMBERED},
            {field: _single_values(reader, field, size) for field in SINGLE_VALUED},
            members,
            _by_document(list(members.values()), size),
            {field: _keys(reader, field, size) for field in KEYED},
        )

    def save(self, path: Path) -> None:
        """Write to `path` (.npz) through a temporary file, so no reader sees half a file."""
        arrays: dict[str, Any] = {"size": np.array(self.size), "format": np.array(FORMAT)}
        for field, numbers in self.numbers.items():
            arrays[f"number.{field}"] = numbers
        for field, (values, index) in self.single.items():
            arrays[f"values.{field}"] = np.array(values, dtype=str)
            arrays[f"index.{field}"] = index
        codes = list(self.members)
        arrays["member.codes"] = np.array(codes, dtype=str)
        arrays["member.counts"] = np.array([len(self.members[c]) for c in codes], dtype=np.int64)
        docs = [self.members[c] for c in codes]
        arrays["member.docs"] = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int64)
        arrays["country.start"], arrays["country.of"] = self.countries
        for field, keys in self.keys.items():
            arrays[f"key.{field}"] = keys
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        with partial.open("wb") as out:
            np.savez(out, **arrays)
        os.replace(partial, path)

    @classmethod
    def load(cls, path: Path) -> SegmentFacets:
        with np.load(path, allow_pickle=False) as stored:
            arrays = {name: stored[name] for name in stored.files}
        if "format" not in arrays or int(arrays["format"]) != FORMAT:
            raise ValueError("saved by another version")
        codes = arrays["member.codes"].tolist()
        bounds = np.cumsum(arrays["member.counts"])[:-1]
        docs = np.split(arrays["member.docs"], bounds) if codes else []
        return cls(
            int(arrays["size"]),
            {field: arrays[f"number.{field}"] for field in NUMBERED},
            {
                field: (arrays[f"values.{field}"].tolist(), arrays[f"index.{field}"])
                for field in SINGLE_VALUED
            },
            dict(zip(codes, docs, strict=True)),
            (arrays["country.start"], arrays["country.of"]),
            {field: arrays[f"key.{field}"] for field in KEYED},
        )


class SegmentFacetCache:
    """SegmentFacets by segment id: in memory for the segments of the current searcher, and in
    `folder` (when given) for any process that opens the same index later."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self._by_segment: dict[str, SegmentFacets] = {}

    def of(self, reader: LeafReader) -> SegmentFacets:
        key = segment_id(reader)
        # Read into a local first: another search may forget the segment meanwhile (a swap to
        # a generation without it), and this one still needs it.
        found = self._by_segment.get(key)
        if found is None:
            found = self._stored(key) or self._read(key, reader)
            self._by_segment[key] = found
        return found

    def ensure_saved(self, reader: LeafReader) -> None:
        """Read and save the segment's data unless it is in memory or saved already: after a
        commit, so that servers load it instead of reading the index. What is read is kept
        (a server's next searcher uses it without loading the file back)."""
        key = segment_id(reader)
        path = self._path(key)
        if key not in self._by_segment and path is not None and not path.exists():
            self._by_segment[key] = self._read(key, reader)

    def keep_only(self, segment_ids: set[str]) -> None:
        """Forget the segments no longer in the index (merged away), here and on disk."""
        for key in set(self._by_segment) - segment_ids:
            self._by_segment.pop(key, None)
        folder = self._usable_folder()
        for path in folder.glob("*.npz") if folder else []:
            if path.stem not in segment_ids:
                path.unlink(missing_ok=True)

    def _stored(self, key: str) -> SegmentFacets | None:
        path = self._path(key)
        if path is None or not path.exists():
            return None
        try:
            return SegmentFacets.load(path)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as error:
            log.warning("unreadable facet cache %s (%s); reading the segment again", path, error)
            return None

    def _read(self, key: str, reader: LeafReader) -> SegmentFacets:
        facets = SegmentFacets.read(reader)
        path = self._path(key)
        if path is not None:
            self._write(path, facets)
        return facets

    def _write(self, path: Path, facets: SegmentFacets) -> None:
        try:
            path.parent.mkdir(mode=0o755, exist_ok=True)
            facets.save(path)
        except OSError as error:  # A full or read-only disk: serve from memory alone.
            log.warning("could not save the facet cache %s: %s", path, error)

    def _path(self, key: str) -> Path | None:
        folder = self._usable_folder()
        return folder / f"{key}.npz" if folder else None

    def _usable_folder(self) -> Path | None:
        """The folder, unless others can write to it (they could plant wrong counts)."""
        folder = self.folder
        if folder is None or (folder.exists() and folder.stat().st_mode & 0o022):
            return None
        return folder


def _by_document(members: list[np.ndarray], size: int) -> tuple[np.ndarray, np.ndarray]:
    """From each country's documents, each document's countries (see SegmentFacets), in
    country order: a counting sort, one pass per country (linear, where an argsort of every
    (document, country) pair sorts them all)."""
    counts = np.zeros(size, dtype=np.int64)
    for documents in members:  # A country lists a document once, so += counts each.
        counts[documents] += 1
    start = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(counts, out=start[1:])
    next_free = start[:-1].copy()
    countries = np.empty(int(start[-1]), dtype=np.int32)
    for position, documents in enumerate(members):
        countries[next_free[documents]] = position
        next_free[documents] += 1
    return start, countries


def _numbers(reader: LeafReader, field: str, size: int) -> np.ndarray:
    """A sortable NUMERIC field's value for each document of a segment (0 where it has no
    column), read in one block."""
    values = np.zeros(size, dtype=np.int64)
    if not reader.has_column(field):  # The segment was written before any document had it.
        return values
    column = reader.column_reader(field, translate=False)
    stored = fixed_column_values(column)[:size].astype(np.uint64)
    count = len(stored)
    # Whoosh shifts signed numbers by 2**(bits-1) so that their bytes sort as numbers.
    spec = reader.schema[field]
    shift = np.uint64(1 << (spec.bits - 1) if spec.signed else 0)
    values[:count] = (stored - shift).view(np.int64)
    if count < size:  # Documents after the last one with a value: the column's default.
        values[count:] = reader.column_reader(field)[count]
    return values


def _single_values(reader: LeafReader, field: str, size: int) -> tuple[list[str], np.ndarray]:
    """A segment's values of a one-value field (sorted), and each document's position among
    them (-1: none). The column's bytes are read in one block: Whoosh reads one value per Python
    call, and looking up each distinct value's documents instead was slower still."""
    index = np.full(size, -1, dtype=np.int32)
    if not reader.has_column(field):
        return [], index
    pieces = var_column_values(reader.column_reader(field, translate=False), size)
    uniques = sorted(set(pieces) - {b""})
    position = {value: i for i, value in enumerate(uniques)} | {b"": -1}
    index[: len(pieces)] = np.fromiter(map(position.__getitem__, pieces), dtype=np.int32)
    from_bytes = reader.schema[field].from_bytes
    return [from_bytes(value) for value in uniques], index


def _keys(reader: LeafReader, field: str, size: int) -> np.ndarray:
    """A byte column's value for each document of a segment (empty where it has none)."""
    if not reader.has_column(field):
        return np.zeros(size, dtype="S1")
    pieces = var_column_values(reader.column_reader(field, translate=False), size)
    keys = np.zeros(size, dtype=f"S{max(map(len, pieces), default=1) or 1}")
    keys[: len(pieces)] = pieces
    return keys
