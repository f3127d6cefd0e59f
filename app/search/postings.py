"""Posting lists, field lengths and phrase matches as numpy arrays, read once per index segment
and kept; positions and numeric columns read in bulk.

Whoosh reads postings one document at a time through Python matchers. Here a term's postings
are decoded a block at a time into arrays, which later searches reuse: a segment never changes
once written (deletions are a mask kept apart), so its arrays stay valid until a merge removes
the segment, and a reopened searcher keeps the arrays of every segment it still has.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, cast

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.util.numeric import byte_to_length

CACHE_BYTES = 256 * 1024 * 1024  # Posting arrays kept, across all segments (least used go).
# Whoosh stores a field's length in one byte per document; this decodes all 256 at once.
_BYTE_TO_LENGTH = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)

Postings = tuple[np.ndarray, np.ndarray]  # Document numbers in the segment, term frequencies.
_EMPTY: Postings = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))


class PostingCache:
    """Arrays of the segments of one index, by segment id, within a memory budget."""

    def __init__(self, budget_bytes: int = CACHE_BYTES) -> None:
        self.budget_bytes = budget_bytes
        self._arrays: OrderedDict[tuple[str, str, str], Any] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._arrays)

    @property
    def size_bytes(self) -> int:
        """Memory held by the arrays (roughly)."""
        return self._bytes

    def postings(self, reader: Any, field: str, text: str) -> Postings:
        """The documents of one segment holding `text` in `field`, with how often."""
        key = (segment_id(reader), field, text)
        return cast(Postings, self._remembered(key, lambda: read_postings(reader, field, text)))

    def lengths(self, reader: Any, field: str) -> np.ndarray:
        """Each document's length in `field` (words) for one segment, as Whoosh scores it."""
        key = (segment_id(reader), "\x00length", field)
        return cast(np.ndarray, self._remembered(key, lambda: _read_lengths(reader, field)))

    def phrase_matches(
        self, reader: Any, field: str, words: list[str], slop: int, find: Callable[[], np.ndarray]
    ) -> np.ndarray:
        """The documents of one segment where the words occur as a phrase (`find` finds them
        the first time: checking positions costs ~0.03 ms a candidate)."""
        key = (segment_id(reader), field, f"\x00phrase~{slop}\x00" + "\x00".join(words))
        return cast(np.ndarray, self._remembered(key, find))

    def keep_only(self, segment_ids: set[str]) -> None:
        """Forget the arrays of segments no longer in the index (merged away)."""
        for key in [key for key in self._arrays if key[0] not in segment_ids]:
            self._forget(key)

    def _remembered(self, key: tuple[str, str, str], read: Any) -> Any:
        if key in self._arrays:
            self._arrays.move_to_end(key)
            return self._arrays[key]
        value = read()
        self._arrays[key] = value
        self._bytes += _size(value)
        while self._bytes > self.budget_bytes and len(self._arrays) > 1:
            self._forget(next(iter(self._arrays)))
        return value

    def _forget(self, key: tuple[str, str, str]) -> None:
        self._bytes -= _size(self._arrays.pop(key))


def segment_ids(searcher: Any) -> set[str]:
    """The ids of the segments a searcher reads."""
    readers = [leaf.reader() for leaf, _ in searcher.leaf_searchers()]
    return {segment_id(reader) for reader in readers if has_segment(reader)}


def has_segment(reader: Any) -> bool:
    """Whether a leaf reader reads a segment (an empty index's reader does not)."""
    return reader.segment() is not None


def segment_id(reader: Any) -> str:
    """The id of the segment a leaf reader reads (unique within an index, never reused)."""
    return str(reader.segment().segment_id())


def _size(value: Any) -> int:
    arrays = value if isinstance(value, tuple) else (value,)
    return int(sum(array.nbytes for array in arrays)) + 200


def read_postings(reader: Any, field: str, text: str) -> Postings:
    """One term's postings in one segment, read now (PostingCache.postings keeps them)."""
    if (field, text) not in reader:
        return _EMPTY
    matcher = reader.postings(field, text)
    if isinstance(matcher, W3LeafMatcher):
        return _read_blocks(matcher)
    ids, weights = [], []
    while matcher.is_active():  # Short lists Whoosh keeps inline in its term table.
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float32)


def _read_blocks(matcher: W3LeafMatcher) -> Postings:
    """A whole posting list a block (up to 128 postings) at a time. Reads the matcher's block
    buffers: whoosh-reloaded 2.7.5 offers no public per-block access."""
    id_blocks, weight_blocks = [], []
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        id_blocks.append(np.asarray(matcher._ids, dtype=np.int64))
        weight_blocks.append(np.asarray(matcher._weights, dtype=np.float32))
        matcher._next_block()
    if not id_blocks:
        return _EMPTY
    return np.concatenate(id_blocks), np.concatenate(weight_blocks)


def read_positions(reader: Any, field: str, text: str, docnums: list[int]) -> list[list[int]]:
    """Where `text` occurs in each of `docnums` (ascending; each must hold it) in one segment.

    Block by block: a block without a wanted document is passed on its header alone, and only
    the wanted documents' positions are decoded (Whoosh's skip_to walks ids one by one)."""
    matcher = reader.postings(field, text)
    if not isinstance(matcher, W3LeafMatcher):  # A short list kept inline in the term table.
        found = []
        for docnum in docnums:
            matcher.skip_to(docnum)
            found.append(matcher.value_as("positions"))
        return found
    decode = matcher.format.decoder("positions")
    found, start = [], 0
    while start < len(docnums) and matcher.is_active():
        if docnums[start] <= matcher.block_max_id():
            matcher._read_ids()
            matcher._read_values()
            ids = np.asarray(matcher._ids)
            end = bisect_right(docnums, int(ids[-1]), lo=start)
            offsets = np.searchsorted(ids, docnums[start:end]).tolist()
            found.extend(decode(matcher._values[offset]) for offset in offsets)
            start = end
        matcher._next_block()
    return found


def _read_lengths(reader: Any, field: str) -> np.ndarray:
    count = reader.doc_count_all()
    column = reader._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
    lengths = np.zeros(count, dtype=np.uint8)  # The column's default: no words.
    if column is not None:  # Else no document of this segment has the field.
        stored = read_fixed_column(column)[:count]
        lengths[: len(stored)] = stored
    return _BYTE_TO_LENGTH[lengths]


def read_fixed_column(column: Any) -> np.ndarray:
    """The values a Whoosh numeric column stores (one per document up to the last document
    that has one), as one block of bytes: its reader unpacks one value per Python call.
    Reads the reader's layout (whoosh-reloaded 2.7.5 has no bulk access)."""
    raw = column._dbfile.get(column._basepos, column._count * column._fixedlen)
    return np.frombuffer(raw, dtype=np.dtype(">" + column._typecode))
