"""The Whoosh index on disk: writing changes in commits, and searchers lent to searches.

The index is derived from the database (invariant 1). Inside each of its commits it stores the
id of the last change-log row it applied (invariant 4), in a meta document.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh.fields import Schema

from app.search.facets import META_ID
from app.search.folders import open_index_folder
from app.search.postings import segments
from app.search.reopening import reopened
from app.search.schema import IndexDocument, has_current_layout
from app.search.searchers import SearcherPool, SearchView, Spare
from app.search.segment_facets import SegmentFacetCache
from app.search.whoosh_internals import WRITE_LOCK_NAME, write_lock
from app.search.whoosh_types import Searcher, Writer
from app.search.writers import (
    MergePolicy,
    is_small,
    merge_small_segments,
    merge_smallest,
    open_writer,
)

WRITE_LOCK_TIMEOUT_S = 60.0
MAX_UNMERGED_SEGMENTS = 40  # Past this many small segments, even a quick commit merges...
# ...only as many documents as fit in this (the smallest segments first): about a second's
# rewriting on two busy cores, so no one waits long for the lock (writers.merge_smallest).
QUICK_MERGE_DOCS = 200
# Large batches: both cores build segments in parallel, each process buffering up to limitmb
# before it flushes.
BULK_WRITER = {"procs": 2, "multisegment": True, "limitmb": 128}


class ArticleWrittenTwice(RuntimeError):
    """An article was written (or deleted) twice in one commit. Whoosh's update_document and
    delete_by_term see only committed documents, never those the same writer added, so a
    second write would leave two live entries (or delete nothing): callers write each article
    once per commit, in its newest state."""


class IndexCommit:
    """Changes written into one open index commit (SearchIndex.writing), each article once."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer
        self.position: str | None = None  # The change-log position the commit records.
        self._written: set[int] = set()

    def write(self, documents: Iterable[IndexDocument], deleted_ids: Iterable[int]) -> None:
        for document in documents:
            self._claim(document.article_id)
            # Every committed entry of the article goes (update_document removes only the
            # first it finds, so a duplicate planted by an older version would stay).
            self._writer.delete_by_term("id", str(document.article_id))
            self._writer.add_document(**document.fields())
        for article_id in deleted_ids:
            self._claim(article_id)
            self._writer.delete_by_term("id", str(article_id))

    def _claim(self, article_id: int) -> None:
        if article_id in self._written:
            raise ArticleWrittenTwice(f"article {article_id} was written twice in one commit")
        self._written.add(article_id)


class SearchIndex:
    """One index folder: commits written to it, and searchers lent to searches (searchers.py)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._index = open_index_folder(path)
        self._inode = path.stat().st_ino
        self._opening = threading.Lock()
        # Facet data per segment, kept beside the index for the next process that opens it.
        facets = SegmentFacetCache(path.with_name(path.name + ".facets"))
        self._pool = SearcherPool(self._open_searcher, self._latest, facets)

    @contextmanager
    def view(self) -> Iterator[SearchView]:
        """A searcher of the index as it is now, with the columns, ranker and remembered
        results of this state of it, for one search (others run beside it)."""
        with self._pool.view() as view:
            yield view

    @contextmanager
    def searcher(self) -> Iterator[Searcher]:
        """A searcher of the index as it is now, for one search."""
        with self.view() as view:
            yield view.searcher

    def latest_state(self) -> tuple[int, int]:
        """The index's current state (its folder's inode, its newest generation): it changes at
        every commit, whichever process made it."""
        return self._latest()

    def _latest(self) -> tuple[int, int]:
        return self.path.stat().st_ino, self._index.latest_generation()

    def _open_searcher(self, spare: Spare | None) -> tuple[Searcher, tuple[int, int]]:
        """A searcher of the newest commit and its state, made from `spare` (a searcher of an
        older commit, not used after) while the index folder is the same one."""
        with self._opening:
            inode = self.path.stat().st_ino
            if inode != self._inode:  # The folder was swapped for a rebuilt one.
                self._index, self._inode = open_index_folder(self.path), inode
            index = self._index
        if spare is not None and spare.key[0] != inode:
            spare.searcher.close()
            spare = None
        searcher, generation = reopened(index, spare.searcher if spare else None)
        return searcher, (inode, generation)

    @property
    def schema(self) -> Schema:
        """The index's field definitions."""
        return self._index.schema

    def has_current_schema(self) -> bool:
        """Whether the index was built with today's fields and columns (else it is rebuilt)."""
        return has_current_layout(self._index.schema)

    def stored_position(self) -> str | None:
        """What was recorded of the change log with the last commit (None for a new index).

        app/indexing/positions.py reads it.
        """
        with self.searcher() as searcher:
            stored = searcher.document(id=META_ID)
        return str(stored["position"]) if stored else None

    def apply(
        self,
        documents: Iterable[IndexDocument],
        deleted_ids: Iterable[int],
        position: str,
        bulk: bool = False,
        quick: bool = False,
    ) -> None:
        """Write documents, remove deleted ones and record the change-log `position`, in one
        commit (see `writing`)."""
        with self.writing(bulk, quick) as commit:
            commit.write(documents, deleted_ids)
            commit.position = position

    @contextmanager
    def writing(self, bulk: bool = False, quick: bool = False) -> Iterator[IndexCommit]:
        """One commit that batches of changes are written into, recorded with the change-log
        position set on it (so the position never runs ahead of the documents, nor behind
        them). Without a position nothing is committed; on an error nothing is.

        `bulk` builds with a process per core (never from a multi-threaded server: it forks).
        `quick` commits without merging segments (catch-ups others may wait for: Whoosh's
        merge rewrites the segments' files in Python, and new articles would wait for it) until
        there are MAX_UNMERGED_SEGMENTS small ones, then merge the smallest up to
        QUICK_MERGE_DOCS documents; other commits merge all the small segments
        (app/search/writers.py), and `reindex` builds anew.
        """
        merge = self._merge_policy(quick)
        bulk_options = BULK_WRITER if bulk else None
        writer = open_writer(self._index, bulk_options, timeout=WRITE_LOCK_TIMEOUT_S)
        commit = IndexCommit(writer)
        try:
            yield commit
            if commit.position is None:
                writer.cancel()
                return
            writer.update_document(id=META_ID, position=commit.position)
        except BaseException:
            writer.cancel()
            raise
        if merge:
            writer.commit(mergetype=merge)
        else:
            writer.commit(merge=False)

    def _merge_policy(self, quick: bool) -> MergePolicy | None:
        if not quick:
            return merge_small_segments
        if self._small_segment_count() < MAX_UNMERGED_SEGMENTS:
            return None
        return merge_smallest(QUICK_MERGE_DOCS)

    def _small_segment_count(self) -> int:
        with self.searcher() as searcher:
            return sum(is_small(reader.doc_count_all()) for reader, _ in segments(searcher))

    def build(self, documents: Iterable[IndexDocument], position: str) -> int:
        """Fill a new, empty index in one bulk commit; returns how many documents."""
        writer = open_writer(self._index, BULK_WRITER, timeout=WRITE_LOCK_TIMEOUT_S)
        count = 0
        try:
            for document in documents:
                writer.add_document(**document.fields())
                count += 1
            writer.add_document(id=META_ID, position=position)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        return count

    def article_entries(self) -> list[tuple[int, str]]:
        """Every live entry of the index as (article id, version), duplicates included (for
        comparing with the database: a dict by id would hide them)."""
        with self.searcher() as searcher:
            return [
                (int(fields["id"]), fields.get("version", ""))
                for fields in searcher.all_stored_fields()
                if fields.get("id") != META_ID
            ]

    def warm(self) -> None:
        """Open the current searcher and build its facet arrays now (after a start or a change),
        so that no user's request waits for them (new segments are read, the others reused)."""
        with self.view() as view:
            view.columns  # noqa: B018 (building it is the point)

    def save_facet_data(self) -> None:
        """Save the facet data of the segments that have none saved (after a command wrote
        segments: a starting server then loads it instead of reading the index)."""
        with self.searcher() as searcher:
            for reader, _ in segments(searcher):
                self._pool.facets.ensure_saved(reader)

    def copy_to(self, target: Path) -> None:
        """Copy the index's files while holding its write lock (no commit can land meanwhile)."""
        with write_lock(self._index, WRITE_LOCK_TIMEOUT_S):
            ignored = shutil.ignore_patterns(f"*{WRITE_LOCK_NAME}*")
            shutil.copytree(self.path, target, ignore=ignored)

    def close(self) -> None:
        """Release the searchers' files (those in use are released when their search ends)."""
        self._pool.close()
