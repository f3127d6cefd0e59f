"""Writers with chunked posting pools write the index Whoosh's own writers write; commits merge
only the small segments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex

from app.search import writers
from app.search.schema import build_schema
from app.search.writers import ChunkedPostingPool, open_writer
from bench.corpus import articles

ARTICLES = 150
TINY_POOL_MB = 1  # ~5,800 postings a run: the pool spills several runs.


def _documents() -> list[dict[str, Any]]:
    return [
        {
            "id": str(number),
            "title": str(article["title"]),
            "body": str(article["body"]),
            "source": str(article["source"]),
        }
        for number, article in enumerate(articles(ARTICLES))
    ]


def _new_index(folder: Path) -> FileIndex:
    folder.mkdir()
    return FileStorage(str(folder)).create_index(build_schema())


def _postings(index: FileIndex) -> set[tuple[Any, ...]]:
    """Every posting, documents named by their id (sub-writers number them as they come)."""
    with index.searcher() as searcher:
        ids = {docnum: fields["id"] for docnum, fields in searcher.iter_docs()}
        return {
            (field, term, ids[docnum], weight, value)
            for field, term, docnum, weight, value in searcher.reader().iter_postings()
        }


def test_a_spilling_writer_writes_whooshs_postings(tmp_path: Path) -> None:
    ours, whooshs = _new_index(tmp_path / "ours"), _new_index(tmp_path / "whoosh")
    writer = open_writer(ours, None, limitmb=TINY_POOL_MB)
    reference = whooshs.writer(limitmb=TINY_POOL_MB)
    for document in _documents():
        writer.add_document(**document)
        reference.add_document(**document)
    assert isinstance(writer.pool, ChunkedPostingPool)
    assert len(writer.pool.runs) >= 3
    writer.commit()
    reference.commit()
    assert _postings(ours) == _postings(whooshs)


def test_the_bulk_writer_and_its_merges_write_whooshs_postings(tmp_path: Path) -> None:
    ours, whooshs = _new_index(tmp_path / "ours"), _new_index(tmp_path / "whoosh")
    documents = _documents()
    bulk = {"procs": 2, "multisegment": True, "limitmb": TINY_POOL_MB}
    for half in (documents[: ARTICLES // 2], documents[ARTICLES // 2 :]):
        writer, reference = open_writer(ours, bulk), whooshs.writer(**bulk)
        for document in half:
            writer.add_document(**document)
            reference.add_document(**document)
        writer.commit()
        reference.commit()
    assert _postings(ours) == _postings(whooshs)
    # Merging every segment into one goes through the parent's pool.
    open_writer(ours, None, limitmb=TINY_POOL_MB).commit(optimize=True)
    assert len(ours.reader().leaf_readers()) == 1
    assert _postings(ours) == _postings(whooshs)


def test_a_pool_with_more_runs_than_it_may_open_merges_them_first(tmp_path: Path) -> None:
    index = _new_index(tmp_path / "index")
    writer = open_writer(index, None, limitmb=TINY_POOL_MB)
    pool = writer.pool
    postings = [("body", f"term{n % 997:04}".encode(), n, 1.0, None) for n in range(60_000)]
    for posting in postings:
        pool.add(posting)
    assert len(pool.runs) >= 4
    # At most 2 files open at once: runs are merged into new runs first (Whoosh's reduce_to).
    assert list(pool.items(maxfiles=2)) == sorted(postings)
    writer.cancel()


def test_commits_merge_the_small_segments_and_leave_the_large(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writers, "SMALL_SEGMENT_DOCS", 30)
    index = _new_index(tmp_path / "index")
    documents = _documents()
    batches = [documents[:60], documents[60:70], documents[70:80], documents[80:90]]
    for batch in batches:  # One large segment (60 documents), then three small ones.
        writer = open_writer(index, None)
        for document in batch:
            writer.add_document(**document)
        writer.commit(merge=False)
    large = index._segments()[0]
    writer = open_writer(index, None)
    for document in documents[90:95]:
        writer.add_document(**document)
    writer.commit(mergetype=writers.merge_small_segments)

    segments = index._segments()
    assert [segment.doc_count_all() for segment in segments] == [60, 35]
    assert segments[0].segment_id() == large.segment_id()  # Not rewritten.
    with index.searcher() as searcher:
        assert sorted(int(fields["id"]) for fields in searcher.all_stored_fields()) == list(
            range(95)
        )


def _segment_files(folder: Path) -> dict[str, list[bytes]]:
    """The bytes of each kind of segment file (their names hold random segment ids)."""
    files: dict[str, list[bytes]] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix != ".toc":  # The table of contents names the segments.
            files.setdefault(path.suffix, []).append(path.read_bytes())
    return files


def test_a_quick_writer_writes_whooshs_segments_byte_for_byte(tmp_path: Path) -> None:
    # The postings' block headers hold the documents' field lengths, which the quick writer
    # reads its own way: the terms and postings files must be Whoosh's to the byte.
    ours, whooshs = _new_index(tmp_path / "ours"), _new_index(tmp_path / "whoosh")
    documents = _documents()
    for part, optimize in ((documents[:100], False), (documents[100:], True)):
        writer = open_writer(ours, None, compound=False)
        reference = whooshs.writer(compound=False)
        for document in part:
            writer.add_document(**document)
            reference.add_document(**document)
        writer.commit(optimize=optimize)  # The second merges the first segment in.
        reference.commit(optimize=optimize)
    files = _segment_files(tmp_path / "ours")
    assert {".trm", ".pst", ".col"} <= files.keys()
    assert files == _segment_files(tmp_path / "whoosh")
