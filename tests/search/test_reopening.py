"""A searcher reopened on a newer commit (app/search/reopening.py): the readers of untouched
segments are kept, and it reads exactly what a searcher opened anew reads."""

from __future__ import annotations

from typing import Any

import pytest

from app.archive import Archive
from app.archive.ingest import ingest_items
from app.search import reopening
from app.search.postings import segment_ids, segments
from app.search.reopening import reopened
from app.search.whoosh_types import Searcher
from tests.search.test_searchers import _articles


def _leaves(searcher: Searcher) -> dict[str, Any]:
    return {str(reader.segment().segment_id()): reader for reader, _ in segments(searcher)}


def _live_ids(searcher: Searcher) -> list[str]:
    return sorted(fields["id"] for fields in searcher.all_stored_fields())


def _check_same_as_new(archive: Archive, searcher: Searcher, generation: int) -> None:
    fresh = archive.index._index.searcher()
    try:
        assert generation == fresh.reader().generation()
        assert segment_ids(searcher) == segment_ids(fresh)
        assert searcher.doc_count() == fresh.doc_count()
        assert _live_ids(searcher) == _live_ids(fresh)
    finally:
        fresh.close()


def test_a_new_segment_is_read_and_the_others_kept(archive: Archive) -> None:
    ingest_items(archive, _articles(0, 3))
    ingest_items(archive, _articles(3, 3))
    old = archive.index._index.searcher()
    before = _leaves(old)
    ingest_items(archive, _articles(6, 3))  # A third segment; the meta document moves to it.
    searcher, generation = reopened(archive.index._index, old)
    after = _leaves(searcher)
    assert len(after) == len(before) + 1
    kept = [key for key in before if after[key] is before[key]]
    assert kept, "no reader was reused"
    # The newest old segment lost its meta document (a deletion): read anew, never reused.
    changed = [key for key in before if before[key].is_closed]
    assert len(kept) + len(changed) == len(before)
    _check_same_as_new(archive, searcher, generation)
    searcher.close()


def test_an_article_deleted_from_a_kept_segment_is_not_found(archive: Archive) -> None:
    ingest_items(archive, _articles(0, 3, body="old wording"))
    ingest_items(archive, _articles(3, 3))
    old = archive.index._index.searcher()
    ingest_items(archive, _articles(0, 1, body="new phrasing"))  # Deletes it from segment 1.
    searcher, generation = reopened(archive.index._index, old)
    _check_same_as_new(archive, searcher, generation)
    assert len(_live_ids(searcher)) == 7  # Six articles and the meta document.
    searcher.close()


def test_segments_merged_away_are_dropped_and_closed(archive: Archive) -> None:
    for start in range(0, 12, 3):
        ingest_items(archive, _articles(start, 3))
    old = archive.index._index.searcher()
    before = _leaves(old)
    with archive.index.writing() as commit:  # A commit that merges the small segments.
        commit.position = archive.index.stored_position()
    searcher, generation = reopened(archive.index._index, old)
    assert len(_leaves(searcher)) == 1
    assert all(reader.is_closed for reader in before.values())
    _check_same_as_new(archive, searcher, generation)
    searcher.close()


@pytest.mark.parametrize("kept", [reopening.WORDS_KEPT, 1])
def test_prefixes_stand_for_the_words_whoosh_finds_asked_again(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, kept: int
) -> None:
    monkeypatch.setattr(reopening, "WORDS_KEPT", kept)  # 1: every prefix has too many to keep.
    ingest_items(archive, _articles(0, 3, body="harbour harbours harbourside"))
    ingest_items(archive, _articles(3, 3, body="harbourmaster hare"))
    searcher, _ = reopened(archive.index._index, None)
    fresh = archive.index._index.searcher()
    try:
        for prefix in ("harb", "har", "h", "zz"):
            expected = list(fresh.reader().expand_prefix("body", prefix))
            assert list(searcher.reader().expand_prefix("body", prefix)) == expected
            assert list(searcher.reader().expand_prefix("body", prefix)) == expected
    finally:
        fresh.close()
        searcher.close()
