"""Each term's postings over all the segments of one state of the index, as one array, shared
by the searches over that state.

A follower's commits leave many small segments, and a search scored each word segment by
segment: numpy calls per segment, and Whoosh's idf looked the word up in every
segment's table of terms, for each searcher anew. Joined once per state from the per-segment
arrays (app/search/postings.py, kept across states), a word costs one pass whatever the
number of segments; the idf comes from the same arrays.
"""

from __future__ import annotations

from math import log

import numpy as np

from app.search.memory import Remembered
from app.search.postings import PostingCache, Postings
from app.search.whoosh_types import LeafReader

# Joined arrays kept per state of the index, by size (the per-segment arrays they are made of
# stay in the PostingCache, across states).
JOINED_BYTES = 64 * 1024 * 1024

Leaves = list[tuple[LeafReader, int]]


class JoinedPostings:
    """Postings and field lengths over all segments, by document number in the searcher, for
    one state of the index (every searcher of it has the same segments in the same order)."""

    def __init__(self, cache: PostingCache, size: int, budget_bytes: int = JOINED_BYTES) -> None:
        self._cache = cache
        self._size = size
        self._arrays = Remembered(budget_bytes)

    def postings(self, leaves: Leaves, field: str, text: str) -> Postings:
        """The documents holding `text` in `field` (ascending, deleted ones too), with how
        often; `leaves` are the calling searcher's own segment readers."""

        def join() -> Postings:
            parts = [self._cache.postings(reader, field, text) for reader, _ in leaves]
            if not parts:
                return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
            offsets = [offset for _, offset in leaves]
            ids = [part[0] + offset for part, offset in zip(parts, offsets, strict=True)]
            return np.concatenate(ids), np.concatenate([part[1] for part in parts])

        return self._arrays.get(("postings", field, text), join)

    def lengths(self, leaves: Leaves, field: str) -> np.ndarray:
        """Each document's length in `field`, as Whoosh scores it."""

        def join() -> np.ndarray:
            parts = [self._cache.lengths(reader, field) for reader, _ in leaves]
            return np.concatenate(parts) if parts else np.zeros(self._size, dtype=np.float32)

        return self._arrays.get(("lengths", field), join)

    def idf(self, leaves: Leaves, field: str, text: str) -> float:
        """Whoosh's idf of the word (WeightingModel.idf): its document frequency is the number
        of postings, deleted documents included, as Whoosh's table of terms counts it."""
        frequency = len(self.postings(leaves, field, text)[0])
        return log(self._size / (frequency + 1)) + 1
