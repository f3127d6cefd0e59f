"""The Whoosh index on disk: its schema, writing changes, and one reusable searcher.

The index is derived from the database (invariant 1). Inside each of its commits it stores the
id of the last change-log row it applied (invariant 4), in a meta document.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from whoosh import index
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.util.filelock import try_for

from app.search.analysis import TEXT_ANALYZER, WORD_ANALYZER
from app.search.facets import META_ID, FacetArrays
from app.search.postings import PostingCache, has_segment, segment_ids
from app.search.ranking import Ranker
from app.search.segment_facets import SegmentFacetCache
from app.search.writers import is_small, merge_small_segments, open_writer

WRITE_LOCK_TIMEOUT_S = 60.0
MAX_UNMERGED_SEGMENTS = 40  # Past this many small segments, even a server's commit merges.
RESULTS_REMEMBERED = 256  # Result pages kept per searcher (a few KB each).
T = TypeVar("T")
# Large batches: both cores build segments in parallel (2.25x faster measured on 3,000
# articles); each process buffers up to limitmb before flushing.
BULK_WRITER = {"procs": 2, "multisegment": True, "limitmb": 128}


def build_schema() -> Schema:
    """The index fields. Only ids are stored: texts are read from the database."""
    return Schema(
        id=ID(stored=True, unique=True),
        version=ID(stored=True),
        title=TEXT(analyzer=TEXT_ANALYZER),
        lead=TEXT(analyzer=TEXT_ANALYZER),
        body=TEXT(analyzer=TEXT_ANALYZER),
        byline=TEXT(analyzer=TEXT_ANALYZER),
        source=ID(sortable=True),
        source_text=TEXT(analyzer=TEXT_ANALYZER),
        words=TEXT(analyzer=WORD_ANALYZER),
        source_country=ID(sortable=True),
        country=KEYWORD(scorable=False),
        published=DATETIME(),
        published_month=ID(),
        published_day=ID(sortable=True),
        sort_date=NUMERIC(bits=64, sortable=True),
        group=NUMERIC(bits=64, sortable=True),
        # The article id as a column: ties in any order break by it, the same in every build.
        article=NUMERIC(bits=64, sortable=True),
        # On the meta document: how far the change log was applied (app/indexing/positions.py).
        position=STORED(),
    )


@dataclass(frozen=True)
class IndexDocument:
    """What the index knows of one article."""

    article_id: int
    title: str | None
    body: str
    byline: str | None
    source: str | None
    # published_at is on the outlet's own clock (the day it printed); sort_date is UTC.
    source_country: str | None
    countries: tuple[str, ...]
    published_at: datetime | None
    sort_date: datetime
    # The article's content hash: tells a stale index entry from a current one.
    version: str
    group_id: int

    def fields(self) -> dict[str, Any]:
        lead = _lead(self.body)
        fields: dict[str, Any] = {
            "id": str(self.article_id),
            "lead": lead,
            "words": f"{self.title or ''} {lead}",
            "version": self.version,
            "group": self.group_id,
            "article": self.article_id,
            "title": self.title or "",
            "body": self.body,
            "byline": self.byline or "",
            "sort_date": int(self.sort_date.timestamp()),
            "country": " ".join(self.countries),
        }
        if self.source:
            fields["source"] = self.source
            fields["source_text"] = self.source
        if self.source_country:
            fields["source_country"] = self.source_country
        if self.published_at:
            fields["published"] = self.published_at
            fields["published_month"] = f"{self.published_at:%Y-%m}"
            fields["published_day"] = f"{self.published_at:%Y-%m-%d}"
        return fields


def _lead(body: str) -> str:
    """The opening paragraph (dateline and lead): weighted above the rest of the body."""
    return body.split("\n\n", 1)[0]


class IndexCommit:
    """Changes written into one open index commit (SearchIndex.writing)."""

    def __init__(self, writer: Any) -> None:
        self._writer = writer
        self.position: str | None = None  # The change-log position the commit records.

    def write(self, documents: Iterable[IndexDocument], deleted_ids: Iterable[int]) -> None:
        for document in documents:
            self._writer.update_document(**document.fields())
        for article_id in deleted_ids:
            self._writer.delete_by_term("id", str(article_id))


class UnsafeIndexFolder(RuntimeError):
    """The index folder is writable by others; Whoosh unpickles from it, so we refuse it."""


class SearchIndex:
    """One index folder; one long-lived searcher, refreshed when the index changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._index = _open_or_create(path)
        self._inode = path.stat().st_ino
        self._searcher: Any = None
        self._facet_arrays: FacetArrays | None = None
        self._ranker: Ranker | None = None
        # Posting arrays outlive a searcher: segments a new searcher still has keep theirs.
        self._postings = PostingCache()
        # Facet data per segment, kept beside the index for the next process that opens it.
        self._segment_facets = SegmentFacetCache(path.with_name(path.name + ".facets"))
        # Recent results of this searcher: valid until the index changes (cleared on reopen).
        self._results: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    @contextmanager
    def searcher(self) -> Iterator[Any]:
        """The current searcher, reopened only when the index changed or was swapped."""
        with self._lock:
            self._refresh()
            yield self._searcher

    def _refresh(self) -> None:
        inode = self.path.stat().st_ino
        if inode != self._inode:
            self.close()
            self._index, self._inode = _open_or_create(self.path), inode
        if self._searcher is not None and not self._searcher.up_to_date():
            # Not Searcher.refresh(): whoosh-reloaded 2.7.5's reader reuse carries segments
            # that a merge removed, and fails on an empty index. Reopening costs ~10 ms.
            self.close()
        if self._searcher is None:
            self._searcher = self._index.searcher()
            current = segment_ids(self._searcher)
            self._postings.keep_only(current)
            self._segment_facets.keep_only(current)

    @property
    def schema(self) -> Schema:
        """The index's field definitions."""
        return self._index.schema

    def has_current_schema(self) -> bool:
        """Whether the index was built with today's fields and columns (else it is rebuilt)."""
        return _layout(self._index.schema) == _layout(build_schema())

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
        `quick` commits without merging segments (a server's small commits: Whoosh's merge
        rewrites tens of MB in Python at 20,000 articles, and new articles wait for it) until
        there are MAX_UNMERGED_SEGMENTS small ones; other commits merge the small segments
        (app/search/writers.py), and `reindex` builds anew.
        """
        merge = not quick or self._small_segment_count() >= MAX_UNMERGED_SEGMENTS
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
            writer.commit(mergetype=merge_small_segments)
        else:
            writer.commit(merge=False)

    def _small_segment_count(self) -> int:
        with self.searcher() as searcher:
            readers = [leaf.reader() for leaf, _ in searcher.leaf_searchers()]
            return sum(is_small(reader.segment()) for reader in readers if has_segment(reader))

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

    def article_versions(self) -> dict[int, str]:
        """Every article id in the index with its version (for comparing with the database)."""
        with self.searcher() as searcher:
            return {
                int(fields["id"]): fields.get("version", "")
                for fields in searcher.all_stored_fields()
                if fields.get("id") != META_ID
            }

    def facet_arrays(self, searcher: Any) -> FacetArrays:
        """The facet arrays of the current searcher (built on first use after each reopen)."""
        if self._facet_arrays is None:
            self._facet_arrays = FacetArrays(searcher, self._segment_facets)
        return self._facet_arrays

    def ranker(self, searcher: Any) -> Ranker:
        """Matching and scoring for the current searcher (call it inside `searcher()`)."""
        if self._ranker is None:
            self._ranker = Ranker(searcher, self._postings)
        return self._ranker

    def remembered(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()` once per key for the current searcher (call it inside `searcher()`): a
        repeated search costs a lookup until the index changes."""
        if key in self._results:
            self._results.move_to_end(key)
            return cast(T, self._results[key])
        value = compute()
        self._results[key] = value
        if len(self._results) > RESULTS_REMEMBERED:
            self._results.popitem(last=False)
        return value

    def warm(self) -> None:
        """Open the current searcher and build its facet arrays now (after a start or a change),
        so that no user's request waits for them (new segments are read, the others reused)."""
        with self.searcher() as searcher:
            self.facet_arrays(searcher)

    def save_facet_data(self) -> None:
        """Save the facet data of the segments that have none saved (after a command wrote
        segments: a starting server then loads it instead of reading the index)."""
        with self.searcher() as searcher:
            for leaf, _ in searcher.leaf_searchers():
                if has_segment(leaf.reader()):
                    self._segment_facets.ensure_saved(leaf.reader())

    def copy_to(self, target: Path) -> None:
        """Copy the index's files while holding its write lock (no commit can land meanwhile)."""
        lock = self._index.lock("WRITELOCK")  # The lock every Whoosh writer takes.
        if not try_for(lock.acquire, timeout=WRITE_LOCK_TIMEOUT_S, delay=0.1):
            raise RuntimeError("the index's write lock could not be taken")
        try:
            shutil.copytree(self.path, target, ignore=shutil.ignore_patterns("*WRITELOCK*"))
        finally:
            lock.release()

    def close(self) -> None:
        """Release the searcher's files."""
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        self._facet_arrays = None
        self._ranker = None
        self._results.clear()


def _layout(schema: Schema) -> set[tuple[str, bool]]:
    """Each field's name and whether it has a column."""
    return {(name, field.column_type is not None) for name, field in schema.items()}


def _open_or_create(path: Path) -> Any:
    finish_interrupted_swap(path)
    path.mkdir(parents=True, exist_ok=True)
    if path.stat().st_mode & 0o022:
        raise UnsafeIndexFolder(f"{path} is writable by other users; fix with chmod go-w")
    storage = FileStorage(str(path), supports_mmap=False)
    if index.exists(storage):
        return storage.open_index()
    return storage.create_index(build_schema())


def replace_index_folder(new: Path, current: Path) -> None:
    """Swap a freshly built index in for the current one (a rename, then the old is removed)."""
    old = _old_folder(current)
    shutil.rmtree(old, ignore_errors=True)
    if current.exists():
        os.replace(current, old)
    os.replace(new, current)
    shutil.rmtree(old, ignore_errors=True)


def finish_interrupted_swap(current: Path) -> None:
    """Complete a swap that a crash cut between its two renames (the index folder is missing).

    Only a finished build is ever renamed, so with the current folder gone the new one is whole;
    failing that, the old one is put back. Either way the catch-up brings it up to date.
    """
    if current.exists():
        return
    for candidate in (current.with_name(current.name + ".new"), _old_folder(current)):
        if candidate.exists():
            os.replace(candidate, current)
            return


def _old_folder(current: Path) -> Path:
    return current.with_name(current.name + ".old")
