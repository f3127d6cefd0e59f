"""Searches side by side: each reads through a searcher of its own, and the searches over one
state of the index (a generation) share what was read from it.

A Whoosh searcher reads its segments through file objects (a seek, then a read), so two threads
must not read through one searcher at once. Each search borrows a searcher from a small pool
instead, and only the swap to a new generation is guarded: a slow search holds its own searcher,
never the others'.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from app.search.facets import SearcherColumns
from app.search.joined import JoinedPostings
from app.search.memory import Remembered
from app.search.postings import PostingCache, segment_ids
from app.search.ranking import Ranker
from app.search.segment_facets import SegmentFacetCache
from app.search.whoosh_types import Searcher

# Searchers open at once per process: each holds its own files for every segment, and two
# cores gain nothing from more searches running than this.
MAX_SEARCHERS = 8
# Results kept per generation, by their approximate size: a multi-year facet set is ~0.5 MB,
# and facet links let a crawler ask for many.
RESULTS_BYTES = 32 * 1024 * 1024
T = TypeVar("T")


class Generation:
    """One state of the index (a commit), and what searches over it share: the joined columns
    and recent results. Its searchers are pooled until a newer generation replaces it."""

    def __init__(
        self, key: tuple[int, int], facets: SegmentFacetCache, joined: JoinedPostings
    ) -> None:
        self.key = key  # (the index folder's inode, Whoosh's generation number)
        self.joined = joined
        self.retired = False
        self.idle: list[Lane] = []
        self._facets = facets
        self._columns: SearcherColumns | None = None
        self._columns_lock = threading.Lock()
        self._results = Remembered(RESULTS_BYTES)

    def columns(self, searcher: Searcher) -> SearcherColumns:
        """The column store, joined by the first search that needs it (the others wait for it
        rather than join it again)."""
        with self._columns_lock:
            if self._columns is None:
                self._columns = SearcherColumns(searcher, self._facets)
            return self._columns

    def remembered(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()` once per key (two searches asking at once may both compute it)."""
        return self._results.get(key, compute)

    def results_size(self) -> int:
        """Bytes of results kept (roughly)."""
        return self._results.size_bytes


@dataclass
class Lane:
    """A searcher of one generation with its ranker: used by one search at a time."""

    searcher: Searcher
    ranker: Ranker
    generation: Generation


@dataclass(frozen=True)
class Spare:
    """An idle searcher of an older generation, to be reopened on a newer one."""

    searcher: Searcher
    key: tuple[int, int]  # The generation it reads.


@dataclass(frozen=True)
class SearchView:
    """What one search reads through: its own searcher and ranker, the generation's columns
    and remembered results."""

    lane: Lane

    @property
    def searcher(self) -> Searcher:
        return self.lane.searcher

    @property
    def ranker(self) -> Ranker:
        return self.lane.ranker

    @property
    def columns(self) -> SearcherColumns:
        return self.lane.generation.columns(self.lane.searcher)

    def remembered(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()` once per key for this state of the index: a repeated search costs a
        lookup until the index changes."""
        return self.lane.generation.remembered(key, compute)


class SearcherPool:
    """Searchers of the newest generation, lent one per search."""

    def __init__(
        self,
        open_searcher: Callable[[Spare | None], tuple[Searcher, tuple[int, int]]],
        latest: Callable[[], tuple[int, int]],
        facets: SegmentFacetCache,
    ) -> None:
        self._open, self._latest = open_searcher, latest
        # Arrays outlive a generation: segments a newer one still has keep theirs.
        self.postings = PostingCache()
        self.facets = facets
        self._current: Generation | None = None
        self._spares: list[Spare] = []  # Of older generations, idle: reopened when needed.
        self._closed = False
        self._lock = threading.Lock()  # Guards the pool and the swap; never held while reading.
        self._slots = threading.BoundedSemaphore(MAX_SEARCHERS)

    @contextmanager
    def view(self) -> Iterator[SearchView]:
        """A searcher of the newest generation, for one search."""
        with self._slots:
            lane = self._borrow()
            try:
                yield SearchView(lane)
            finally:
                self._give_back(lane)

    def _borrow(self) -> Lane:
        latest = self._latest()
        with self._lock:
            found = self._idle_or_spare(latest)
        if isinstance(found, Lane):
            return found
        # Opening reads the table of contents and the headers of each segment that the spare
        # searcher of an older generation does not have: done outside the lock, so searches
        # that have a searcher go on meanwhile.
        searcher, key = self._open(found)
        with self._lock:
            generation = self._generation_for(key, searcher)
        return Lane(searcher, Ranker(searcher, self.postings, generation.joined), generation)

    def _idle_or_spare(self, latest: tuple[int, int]) -> Lane | Spare | None:
        """An idle lane of the current generation if it is the latest, else a searcher to
        reopen: an idle one of the current generation, or a spare."""
        current = self._current
        if current is not None and current.idle:
            lane = current.idle.pop()
            return lane if current.key == latest else Spare(lane.searcher, current.key)
        return self._spares.pop() if self._spares else None

    def _generation_for(self, key: tuple[int, int], searcher: Searcher) -> Generation:
        current = self._current
        if current is not None and current.key == key:
            return current
        joined = JoinedPostings(self.postings, searcher.doc_count_all())
        generation = Generation(key, self.facets, joined)
        if current is None or key >= current.key or key[0] != current.key[0]:
            self._retire(current)
            self._current = generation
            self._forget_unused_segments(searcher)
            self._close_spares(lambda spare: spare.key[0] != key[0])
        else:  # Opened just before a newer one replaced it: used once, then kept as a spare.
            generation.retired = True
        return generation

    def _retire(self, generation: Generation | None) -> None:
        """Mark an older generation retired; its idle searchers become spares, reopened on
        the newer one when a search needs a searcher (each stays with one search at a time)."""
        if generation is None:
            return
        generation.retired = True
        for lane in generation.idle:
            self._keep_spare(lane)
        generation.idle.clear()

    def _keep_spare(self, lane: Lane) -> None:
        # Not the lane: its generation's remembered results and arrays can go.
        if not self._closed and len(self._spares) < MAX_SEARCHERS:
            self._spares.append(Spare(lane.searcher, lane.generation.key))
        else:
            lane.searcher.close()

    def _give_back(self, lane: Lane) -> None:
        with self._lock:
            if not lane.generation.retired:
                lane.generation.idle.append(lane)
            else:
                self._keep_spare(lane)

    def _close_spares(self, which: Callable[[Spare], bool]) -> None:
        """Close these spares (those of a folder replaced by a rebuilt index hold all of its
        files open, and can never be reopened on the new one)."""
        for spare in [spare for spare in self._spares if which(spare)]:
            self._spares.remove(spare)
            spare.searcher.close()

    def _forget_unused_segments(self, searcher: Searcher) -> None:
        """Drop cached arrays of segments the searcher's index no longer has (merged away)."""
        current = segment_ids(searcher)
        self.postings.keep_only(current)
        self.facets.keep_only(current)

    def close(self) -> None:
        """Close the idle searchers; those in use close when given back."""
        with self._lock:
            self._closed = True
            self._retire(self._current)
            self._current = None
            self._close_spares(lambda _: True)
