"""A searcher of a newer commit made from an older one, keeping the readers of the segments the
commit did not touch.

Opening a segment reads its table of terms and its headers, which for the archive's large
segments is most of what opening a searcher costs; a follower's commits add one small segment
at a time, so a searcher reopened this way reads only that one. Whoosh's own reuse
(Searcher.refresh, FileIndex.reader(reuse=...)) cannot serve: whoosh-reloaded 2.7.5 keeps the
segments a merge removed, and keeps a reader whose segment gained deletions (its deletions are
those of the segment object it was opened with), so deleted articles would still be found.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, islice
from typing import Any, cast

from cachetools import LRUCache
from whoosh.index import FileIndex
from whoosh.reading import EmptyReader, MultiReader, SegmentReader
from whoosh.searching import Searcher as WhooshSearcher

from app.search.whoosh_types import Searcher

# Prefixes whose words a reader remembers (least recently used go), and the most words kept
# for one (more than a query may expand to: query.MAX_EXPANSION).
EXPANSIONS_KEPT = 64
WORDS_KEPT = 1000


def reopened(index: FileIndex, old: Searcher | None) -> tuple[Searcher, int]:
    """A searcher of the index's newest commit, and the commit's generation, reading through
    `old`'s segment readers that are still current; `old` must not be used after (its other
    readers are closed). Falls back to opening anew when the index changes meanwhile."""
    leaves = cast(Any, old.reader()).leaf_readers() if old is not None else []
    reusable = {
        reader.segment().segment_id(): reader
        for reader, _ in leaves
        if reader.segment() is not None
    }
    readers: list[Any] = []
    try:
        toc = cast(Any, index)._read_toc()
        for segment in toc.segments:
            readers.append(_reader(index, toc, segment, reusable))
    except OSError:  # A commit removed a file just now: close all and open the usual way.
        _close([*readers, *reusable.values()])
        searcher = index.searcher()
        return searcher, searcher.reader().generation() or index.latest_generation()
    _close(reusable.values())  # Those of segments merged away or changed.
    searcher = WhooshSearcher(_combined(toc, readers), fromindex=index)
    return cast(Searcher, searcher), int(toc.generation)


def _reader(index: FileIndex, toc: Any, segment: Any, reusable: dict[str, Any]) -> Any:
    """The old reader of `segment` if its deletions are the same, else a new one (taken from
    `reusable` either way, so that what is left there is what to close)."""
    old = reusable.get(segment.segment_id())
    if old is not None and set(old.segment().deleted_docs()) == set(segment.deleted_docs()):
        return reusable.pop(segment.segment_id())
    return SegmentReader(index.storage, toc.schema, segment, generation=toc.generation)


def _combined(toc: Any, readers: list[Any]) -> Any:
    if not readers:
        return EmptyReader(toc.schema)
    if len(readers) == 1:
        return readers[0]
    return _ExpandingReader(readers, generation=toc.generation)


class _ExpandingReader(MultiReader):  # type: ignore[misc]
    """Whoosh's reader of several segments, remembering the words each prefix stands for.

    Whoosh finds them by merging the term tables of every segment, one step per Python call,
    and a search asks again for each step (the cap on expansions, matching, scoring,
    highlighting); with the many small segments of a follower's commits that was most of a
    prefix search. The segments of one reader never change, so neither do their words.
    """

    def __init__(self, readers: list[Any], generation: int | None = None) -> None:
        super().__init__(readers, generation=generation)
        self._expansions: LRUCache[tuple[str, Any], tuple[bytes, ...]] = LRUCache(EXPANSIONS_KEPT)

    def expand_prefix(self, fieldname: str, prefix: Any) -> Iterator[bytes]:
        key = (fieldname, prefix)
        found = self._expansions.get(key)
        if found is not None:
            return iter(found)
        words = iter(super().expand_prefix(fieldname, prefix))
        first = list(islice(words, WORDS_KEPT + 1))
        if len(first) > WORDS_KEPT:  # Too many to keep: a query refused for its expansion.
            return chain(first, words)
        self._expansions[key] = tuple(first)
        return iter(first)


def _close(readers: Any) -> None:
    for reader in list(readers):
        if not reader.is_closed:
            reader.close()
