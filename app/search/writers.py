"""Whoosh's index writers, with postings spilled to disk in chunks.

A writer sorts every posting (term, document, weight, positions) in a pool; past `limitmb` the
pool writes sorted runs to temporary files and merges them when it finishes. Whoosh pickles
each posting on its own there, one `pickle.dump` and one `pickle.load` per posting, which made
a build that spills far slower than one that fits in memory. Every bulk build spills (a
rebuild, an ingest's large commits), and so does every merge of segments, which goes through
the same pool. Pickling runs in chunks of postings instead takes most of that cost away. The
runs, the merge and the index written are Whoosh's own.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from itertools import islice
from typing import IO, Any

from whoosh.index import FileIndex
from whoosh.writing import SegmentWriter

from app.search.whoosh_faster import FlushLengths
from app.search.whoosh_internals import BulkWriter, RunFilePool, merge_into, use_pool
from app.search.whoosh_types import Posting, Segment, Writer

CHUNK_POSTINGS = 8192
# Segments smaller than this are merged by commits; larger ones only by a rebuild.
SMALL_SEGMENT_DOCS = 10_000
MergePolicy = Callable[[Writer, list[Segment]], list[Segment]]


class ChunkedPostingPool(RunFilePool):
    """Whoosh's posting pool, its runs written and read back a chunk of postings at a time."""

    def dump_run(self, file: IO[bytes], postings: Iterator[Posting]) -> None:
        while chunk := list(islice(postings, CHUNK_POSTINGS)):
            pickle.dump(chunk, file, pickle.HIGHEST_PROTOCOL)

    def load_run(self, file: IO[bytes]) -> Iterator[Posting]:
        while True:
            try:
                chunk: list[Posting] = pickle.load(file)
            except EOFError:
                return
            yield from chunk


class QuickWriter(SegmentWriter):  # type: ignore[misc]
    """Whoosh's writer in this process, its postings told each document's field lengths from
    columns read whole (FlushLengths): the segment written is the same."""

    def per_document_reader(self) -> FlushLengths:
        return FlushLengths(super().per_document_reader())


def _use_chunked_pool(writer: Writer) -> None:
    use_pool(writer, ChunkedPostingPool)


def open_writer(index: FileIndex, bulk_options: dict[str, Any] | None, **options: Any) -> Writer:
    """A writer for `index`: the bulk writer with `bulk_options`, else one in this process; both
    with chunked pools (in every process of the bulk writer)."""
    if bulk_options:
        return BulkWriter(index, _use_chunked_pool, **bulk_options, **options)
    writer: Writer = QuickWriter(index, **options)
    _use_chunked_pool(writer)
    return writer


def is_small(doc_count: int) -> bool:
    """Whether a segment of `doc_count` documents (deleted ones too) is one commits merge."""
    return doc_count < SMALL_SEGMENT_DOCS


def merge_small_segments(writer: Writer, segments: list[Segment]) -> list[Segment]:
    """Merge policy: the segments under SMALL_SEGMENT_DOCS documents go into the segment being
    written (when there are two or more); larger ones stay as they are.

    Whoosh's own policy (MERGE_SMALL) expects segment sizes to grow like the Fibonacci numbers;
    with a bulk ingest's many segments of one large size it waits until a great many have piled
    up, then merges them all in one process, as slowly as indexing them again. A merge here
    rewrites fewer than SMALL_SEGMENT_DOCS documents a segment; `geonews reindex` compacts all.
    """
    small = [segment for segment in segments if is_small(segment.doc_count_all())]
    if len(small) < 2:
        return segments
    merge_into(writer, small)
    return [segment for segment in segments if not is_small(segment.doc_count_all())]


def merge_smallest(budget_docs: int) -> MergePolicy:
    """Merge policy of commits others may be waiting for: the smallest segments, as many as fit
    in `budget_docs` documents together (two at least, else none).

    A merge holds the index's lock (and the catch-up turn) while it rewrites in Python every
    document of the segments it merges, about 150 a second on two busy cores: merging a
    900-document segment with three of 2 made a CLI commit hold the turn 10 s while a
    server's posted article waited for it (README, promise 2).
    """

    def policy(writer: Writer, segments: list[Segment]) -> list[Segment]:
        chosen: list[Segment] = []
        for segment in sorted(segments, key=lambda segment: segment.doc_count_all()):
            if sum(s.doc_count_all() for s in [*chosen, segment]) > budget_docs:
                break
            chosen.append(segment)
        if len(chosen) < 2:
            return segments
        merge_into(writer, chosen)
        merged = {segment.segment_id() for segment in chosen}
        return [segment for segment in segments if segment.segment_id() not in merged]

    return policy
