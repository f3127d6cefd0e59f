"""Posting lists, field lengths and phrase matches as numpy arrays, read once per index segment
and kept; positions read block by block, for the wanted documents only.

Whoosh reads postings one document at a time through Python matchers. Here a term's postings
are decoded a block at a time into arrays, which later searches reuse: a segment never changes
once written (deletions are a mask kept apart), so its arrays stay valid until a merge removes
the segment, and a reopened searcher keeps the arrays of every segment it still has.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, cast

import numpy as np

from app.search.whoosh_internals import field_lengths, posting_blocks
from app.search.whoosh_types import LeafReader, Searcher

CACHE_BYTES = 256 * 1024 * 1024  # Posting arrays kept, across all segments (least used go).

Postings = tuple[np.ndarray, np.ndarray]  # Document numbers in the segment, term frequencies.
_EMPTY: Postings = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))


class PostingCache:
    """Arrays of the segments of one index, by segment id, within a memory budget (shared by
    the searches running at once: the bookkeeping is locked, the reading is not)."""

    def __init__(self, budget_bytes: int = CACHE_BYTES) -> None:
        self.budget_bytes = budget_bytes
        self._arrays: OrderedDict[tuple[str, str, str], Any] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._arrays)

    @property
    def size_bytes(self) -> int:
        """Memory held by the arrays (roughly)."""
        return self._bytes

    def postings(self, reader: LeafReader, field: str, text: str) -> Postings:
        """The documents of one segment holding `text` in `field`, with how often."""
        key = (segment_id(reader), field, text)
        return cast(Postings, self._remembered(key, lambda: read_postings(reader, field, text)))

    def lengths(self, reader: LeafReader, field: str) -> np.ndarray:
        """Each document's length in `field` (words) for one segment, as Whoosh scores it."""
        key = (segment_id(reader), "\x00length", field)
        return cast(np.ndarray, self._remembered(key, lambda: field_lengths(reader, field)))

    def phrase_matches(
        self,
        reader: LeafReader,
        field: str,
        words: list[str],
        slop: int,
        find: Callable[[], np.ndarray],
    ) -> np.ndarray:
        """The documents of one segment where the words occur as a phrase (`find` finds them
        the first time: checking positions is slow next to the array operations, and costs
        more the more candidates there are)."""
        key = (segment_id(reader), field, f"\x00phrase~{slop}\x00" + "\x00".join(words))
        return cast(np.ndarray, self._remembered(key, find))

    def of_segment(self, reader: LeafReader, name: str, read: Callable[[], Any]) -> Any:
        """Any other value read once from a segment (`name` tells it apart)."""
        return self._remembered((segment_id(reader), "\x00" + name, ""), read)

    def keep_only(self, segment_ids: set[str]) -> None:
        """Forget the arrays of segments no longer in the index (merged away)."""
        with self._lock:
            for key in [key for key in self._arrays if key[0] not in segment_ids]:
                self._forget(key)

    def _remembered(self, key: tuple[str, str, str], read: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._arrays:
                self._arrays.move_to_end(key)
                return self._arrays[key]
        value = read()  # Two searches may both read it: each gets a whole, equal value.
        with self._lock:
            if key not in self._arrays:
                self._arrays[key] = value
                self._bytes += _size(value)
            while self._bytes > self.budget_bytes and len(self._arrays) > 1:
                self._forget(next(iter(self._arrays)))
        return value

    def _forget(self, key: tuple[str, str, str]) -> None:
        self._bytes -= _size(self._arrays.pop(key))


def segments(searcher: Searcher) -> list[tuple[LeafReader, int]]:
    """The reader of each of the searcher's segments, with the number its first document has in
    the searcher (an empty index's reader reads no segment, and is left out)."""
    leaves = [(leaf.reader(), offset) for leaf, offset in searcher.leaf_searchers()]
    return [(reader, offset) for reader, offset in leaves if reader.segment() is not None]


def segment_ids(searcher: Searcher) -> set[str]:
    """The ids of the segments a searcher reads."""
    return {segment_id(reader) for reader, _ in segments(searcher)}


def segment_id(reader: LeafReader) -> str:
    """The id of the segment a reader reads (unique within an index, never reused)."""
    segment = reader.segment()
    if segment is None:
        raise ValueError("the reader reads no segment (see segments())")
    return str(segment.segment_id())


def _size(value: Any) -> int:
    arrays = value if isinstance(value, tuple) else (value,)
    return int(sum(getattr(array, "nbytes", 0) for array in arrays)) + 200


def read_postings(reader: LeafReader, field: str, text: str) -> Postings:
    """One term's postings in one segment, read now (PostingCache.postings keeps them)."""
    if (field, text) not in reader:
        return _EMPTY
    id_blocks, weight_blocks = [], []
    for block in posting_blocks(reader, field, text):
        id_blocks.append(block.ids())
        weight_blocks.append(block.weights())
    if not id_blocks:
        return _EMPTY
    return np.concatenate(id_blocks), np.concatenate(weight_blocks)


def read_positions(
    reader: LeafReader, field: str, text: str, docnums: list[int]
) -> list[list[int]]:
    """Where `text` occurs in each of `docnums` (ascending; each must hold it) in one segment.

    Block by block: a block without a wanted document is passed on its header alone, and only
    the wanted documents' positions are decoded (Whoosh's skip_to walks ids one by one)."""
    found: list[list[int]] = []
    start = 0
    for block in posting_blocks(reader, field, text):
        if start >= len(docnums):
            break
        if docnums[start] <= block.last_id:
            ids = block.ids()
            end = bisect_right(docnums, int(ids[-1]), lo=start)
            offsets = np.searchsorted(ids, docnums[start:end]).tolist()
            found.extend(block.positions(offsets))
            start = end
    return found
