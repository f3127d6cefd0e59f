"""Every use of what Whoosh does not promise, in one place, behind typed functions.

Search reads Whoosh's segments in bulk (postings a block at a time, columns as blocks of bytes)
and writes with posting pools of its own; whoosh-reloaded has no public way to do either. This
is tested with one version, pinned in pyproject.toml; at import it checks that every name it
relies on is there, and refuses to import, naming what is missing, rather than fail mid-search.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import IO, Any, cast

import numpy as np
import whoosh
from whoosh.codec import whoosh3
from whoosh.columns import NumericColumn, VarBytesColumn
from whoosh.index import FileIndex
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.reading import SegmentReader
from whoosh.util import numeric
from whoosh.util.filelock import try_for
from whoosh.writing import PostingPool, SegmentWriter

from app.child_processes import end_with_parent
from app.search.introspection import missing_names, qualified_name
from app.search.whoosh_types import ColumnReader, LeafReader, Posting, PostingBlock, Segment, Writer

TESTED_VERSION = "2.7.5"
# What Whoosh does not promise, by owner: attributes; "self.x", an attribute of its objects
# (their class's code names it); "'x'", a name Whoosh's code gives a file.
RELIED_ON: tuple[tuple[type | ModuleType, tuple[str, ...]], ...] = (
    (whoosh3, ("W3LeafMatcher", "_lenfield", "LENGTHS_COLUMN")),
    (whoosh3.W3LeafMatcher, ("_read_ids", "_read_weights", "_read_values", "_next_block")),
    (whoosh3.W3LeafMatcher, ("block_max_id", "self._ids", "self._weights", "self._values")),
    (whoosh3.W3LeafMatcher, ("self.format",)),
    (whoosh3.W3PerDocReader, ("_cached_reader",)),
    (SegmentReader, ("self._perdoc", "deleted_docs_set", "self._terms", "_text_to_bytes")),
    (NumericColumn.Reader, ("self._dbfile", "self._basepos", "self._count", "self._fixedlen")),
    (NumericColumn.Reader, ("self._typecode",)),
    (VarBytesColumn.Reader, ("self._dbfile", "self._basepos", "self._lengths", "self._offsets")),
    (PostingPool, ("_write_run", "_read_run", "_open_run", "_remove_run")),
    (PostingPool, ("self.current", "self.runs", "self.limit")),
    (SegmentWriter, ("self.pool", "self._tempstorage", "self.newsegment", "'WRITELOCK'")),
    (SubWriterTask, ("_process_file", "self.writer")),
    (MpWriter, ("_new_task", "self.tasks", "self.jobqueue", "self.resultqueue")),
    (MpWriter, ("self.subargs", "self.multisegment")),
    (FileIndex, ("lock", "_read_toc")),
)


def check_whoosh(
    relied_on: Iterable[tuple[type | ModuleType, tuple[str, ...]]] = RELIED_ON,
    version: str = whoosh.versionstring(),
) -> None:
    """Raise ImportError naming each relied-on name that the installed Whoosh lacks."""
    missing = [
        f"{qualified_name(owner)}: {name}"
        for owner, names in relied_on
        for name in missing_names(owner, names)
    ]
    if missing:
        raise ImportError(
            f"app/search reads private parts of Whoosh that whoosh-reloaded {version} lacks"
            f" ({'; '.join(missing)}). It is tested with whoosh-reloaded {TESTED_VERSION}"
            " (pinned in pyproject.toml): install that version, or adapt"
            " app/search/whoosh_internals.py."
        )


check_whoosh()


def posting_blocks(reader: LeafReader, field: str, text: str) -> Iterator[PostingBlock]:
    """A term's postings in one segment (the term must be there), a block at a time: Whoosh's
    matchers decode them one document per Python call, and offer no per-block access.

    Deleted documents are left in (callers mask them): what a segment's postings hold then
    never changes, where Whoosh's matcher skips the documents deleted when it was opened, so
    arrays kept from before a deletion would not line up with positions read after it."""
    matcher = _stored_postings(reader, field, text)
    if not isinstance(matcher, whoosh3.W3LeafMatcher):  # A list kept inline in the term table.
        yield _InlineBlock(reader, field, text)
        return
    while matcher.is_active():
        yield _StoredBlock(matcher)
        matcher._next_block()


def _stored_postings(reader: LeafReader, field: str, text: str) -> Any:
    """The segment's matcher for a term without the filter of deleted documents that
    SegmentReader.postings wraps it in."""
    own = cast(Any, reader)
    return own._terms.matcher(field, own._text_to_bytes(field, text), own.schema[field].format)


class _StoredBlock:
    """The current block of a posting file's matcher, read through its block buffers."""

    def __init__(self, matcher: Any) -> None:
        self._matcher = matcher

    @property
    def last_id(self) -> int:
        return int(self._matcher.block_max_id())  # From the block's header alone.

    def ids(self) -> np.ndarray:
        self._matcher._read_ids()
        return np.asarray(self._matcher._ids, dtype=np.int64)

    def weights(self) -> np.ndarray:
        self._matcher._read_weights()
        return np.asarray(self._matcher._weights, dtype=np.float32)

    def positions(self, offsets: list[int]) -> list[list[int]]:
        self._matcher._read_values()  # Only the wanted documents' positions are decoded.
        decode, values = self._matcher.format.decoder("positions"), self._matcher._values
        return [decode(values[offset]) for offset in offsets]


class _InlineBlock:
    """A short posting list, kept in the term table: read through public matcher methods."""

    def __init__(self, reader: LeafReader, field: str, text: str) -> None:
        self._open: Callable[[], Any] = lambda: _stored_postings(reader, field, text)
        matcher = self._open()
        self._ids: list[int] = []
        self._weights: list[float] = []
        while matcher.is_active():
            self._ids.append(matcher.id())
            self._weights.append(matcher.weight())
            matcher.next()

    @property
    def last_id(self) -> int:
        return self._ids[-1] if self._ids else -1

    def ids(self) -> np.ndarray:
        return np.array(self._ids, dtype=np.int64)

    def weights(self) -> np.ndarray:
        return np.array(self._weights, dtype=np.float32)

    def positions(self, offsets: list[int]) -> list[list[int]]:
        matcher, found = self._open(), []
        for offset in offsets:
            matcher.skip_to(self._ids[offset])
            found.append(matcher.value_as("positions"))
        return found


# Whoosh stores a field's length in one byte per document; this decodes all 256 at once.
_BYTE_TO_LENGTH = np.array([numeric.byte_to_length(b) for b in range(256)], dtype=np.float32)


def field_lengths(reader: LeafReader, field: str) -> np.ndarray:
    """Each document's length in `field` (words) in one segment, as Whoosh scores it, from the
    codec's column of length bytes read in one block."""
    count = reader.doc_count_all()
    perdoc = cast(Any, reader)._perdoc
    column = perdoc._cached_reader(whoosh3._lenfield(field), whoosh3.LENGTHS_COLUMN)
    lengths = np.zeros(count, dtype=np.uint8)  # The column's default: no words.
    if column is not None:  # Else no document of this segment has the field.
        stored = fixed_column_values(column)[:count]
        lengths[: len(stored)] = stored
    return _BYTE_TO_LENGTH[lengths]


def fixed_column_values(column: ColumnReader) -> np.ndarray:
    """The values a numeric column stores (one per document up to the last document that has
    one), from one block of bytes: its reader unpacks one value per Python call."""
    own = cast(Any, column)
    raw = own._dbfile.get(own._basepos, own._count * own._fixedlen)
    return np.frombuffer(raw, dtype=np.dtype(">" + own._typecode))


def var_column_values(column: ColumnReader, size: int) -> list[bytes]:
    """The bytes a variable-length column stores for each of the first `size` documents (up to
    the last that has a value), cut from one block by the column's lengths and offsets."""
    own = cast(Any, column)
    lengths = own._lengths[:size].tolist()
    offsets = own._offsets[:size].tolist()
    total = offsets[-1] + lengths[-1] if lengths else 0
    data = own._dbfile.get(own._basepos, total)
    return [data[offset : offset + length] for offset, length in zip(offsets, lengths, strict=True)]


WRITE_LOCK_NAME = "WRITELOCK"  # The name of the lock every Whoosh writer takes.


@contextmanager
def write_lock(index: FileIndex, timeout: float) -> Iterator[None]:
    """Hold the lock every Whoosh writer takes, so that no commit lands meanwhile."""
    lock = index.lock(WRITE_LOCK_NAME)
    if not try_for(lock.acquire, timeout=timeout, delay=0.1):
        raise RuntimeError("the index's write lock could not be taken")
    try:
        yield
    finally:
        lock.release()


class RunFilePool(PostingPool):  # type: ignore[misc]
    """Whoosh's posting pool, with how its sorted runs are written to disk and read back left
    to a subclass (`dump_run`, `load_run`); the sorting and merging of runs stay Whoosh's."""

    def dump_run(self, file: IO[bytes], postings: Iterator[Posting]) -> None:
        raise NotImplementedError

    def load_run(self, file: IO[bytes]) -> Iterator[Posting]:
        raise NotImplementedError

    def _write_run(self, f: IO[bytes], items: Iterable[Posting]) -> None:
        # `items` is the pool's list, or the merge of runs when there are too many to open.
        self.dump_run(f, iter(items))
        f.close()

    def _read_run(self, path: str) -> Iterator[Posting]:
        f = self._open_run(path)
        try:
            yield from self.load_run(f)
        finally:
            f.close()
            self._remove_run(path)


def use_pool(writer: Writer, pool_class: type[RunFilePool]) -> None:
    """Give a writer that has not pooled anything yet a pool of `pool_class`, of the same size
    (SegmentWriter takes a `poolclass` argument but ignores it)."""
    own = cast(Any, writer)
    pool = own.pool
    if isinstance(pool, pool_class):
        return
    if pool.current or pool.runs:
        raise RuntimeError("the writer's pool already holds postings")
    own.pool = pool_class(own._tempstorage, own.newsegment, limitmb=pool.limit // (1024 * 1024))


class _SubWriterTask(SubWriterTask):  # type: ignore[misc]
    """A process of the bulk writer: its writer is made when it starts (in the process), so it
    is set up before the first file of documents."""

    setup: Callable[[Writer], None]
    parent_pid: int

    def run(self) -> None:
        end_with_parent(self.parent_pid)  # A killed build leaves no process behind.
        super().run()

    def _process_file(self, filename: str, doc_count: int) -> None:
        self.setup(self.writer)
        super()._process_file(filename, doc_count)


class BulkWriter(MpWriter):  # type: ignore[misc]
    """Whoosh's writer with a process per core; each of its writers set up before pooling."""

    def __init__(self, index: FileIndex, setup: Callable[[Writer], None], **options: Any) -> None:
        super().__init__(index, **options)
        self._setup = setup
        setup(self)  # This writer's pool takes the postings of the segments it merges.

    def _new_task(self) -> _SubWriterTask:
        where = (self.storage, self.indexname, self.jobqueue, self.resultqueue)
        task = _SubWriterTask(*where, self.subargs, self.multisegment)
        task.setup, task.parent_pid = self._setup, os.getpid()
        self.tasks.append(task)
        task.start()
        return task


def merge_into(writer: Writer, segments: Iterable[Segment]) -> None:
    """Copy the documents of `segments` into the segment `writer` writes (a merge)."""
    own = cast(Any, writer)
    for segment in segments:
        reader = SegmentReader(own.storage, own.schema, segment)
        own.add_reader(reader)
        reader.close()
