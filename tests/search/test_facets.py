"""Facet arrays read in bulk from each segment (app/search/facets.py) hold what Whoosh's own
column readers and postings say, on an index of several segments with deleted documents."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from whoosh import query

from app.archive import Archive, open_archive
from app.archive.ingest import ingest_items, ingest_paths
from app.readers import Limits, read_inputs
from app.search.facet_counts import count_facets
from app.search.facets import META_ID, SearcherColumns
from app.search.postings import segment_id, segment_ids
from app.search.segment_facets import (
    FORMAT,
    KEYED,
    NUMBERED,
    SINGLE_VALUED,
    SegmentFacetCache,
    SegmentFacets,
)
from app.settings import DEMO_CORPUS, Settings
from tests.conftest import DUMPS


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """The demo corpus; the fixture dumps in a server's commit; then one demo article changed
    (its old version is deleted from the first segment)."""
    folder = tmp_path_factory.mktemp("facets")
    archive = open_archive(Settings(data_dir=folder))
    ingest_paths(archive, [str(DEMO_CORPUS)])
    ingest_items(archive, read_inputs([str(DUMPS)], "text", Limits()), catch_up=False)
    archive.catch_up_index(bulk_allowed=False)
    first = json.loads(DEMO_CORPUS.read_text().splitlines()[0])
    changed = folder / "changed.jsonl"
    changed.write_text(json.dumps({**first, "body": first["body"] + "\n\nA late addition."}))
    ingest_items(archive, read_inputs([str(changed)], "auto", Limits()), catch_up=False)
    archive.catch_up_index(bulk_allowed=False)
    yield archive
    archive.close()


def _column(searcher: Any, field: str, default: Any) -> list[Any]:
    """Whoosh's own reading: a value per document through its column readers."""
    values: list[Any] = []
    for leaf, _ in searcher.leaf_searchers():
        reader = leaf.reader()
        if reader.has_column(field):
            values.extend(reader.column_reader(field))
        else:
            values.extend([default] * reader.doc_count_all())
    return values


def test_the_index_has_segments_and_deletions(archive: Archive) -> None:
    with archive.index.searcher() as searcher:
        leaves = [leaf.reader() for leaf, _ in searcher.leaf_searchers()]
        assert len(leaves) >= 2
        assert any(reader.has_deletions() for reader in leaves)


def test_arrays_hold_what_whoosh_reads(archive: Archive) -> None:
    with archive.index.searcher() as searcher:
        arrays = SearcherColumns(searcher, SegmentFacetCache())
        for field in NUMBERED:
            assert arrays.numbers[field].tolist() == _column(searcher, field, 0)
        for field in KEYED:
            assert arrays.title_keys.tolist() == _column(searcher, field, b"")
        for field in SINGLE_VALUED:
            values, index = arrays.values[field], arrays.index[field]
            assert values == sorted(values)
            shown = [values[i] if i >= 0 else "" for i in index.tolist()]
            assert shown == _column(searcher, field, "")
        expected = {
            code: sorted(searcher.docs_for_query(query.Term("country", code)))
            for code in searcher.reader().field_terms("country")
        }
        assert {code: docs.tolist() for code, docs in arrays.members.items()} == expected
        meta = searcher.document_number(id=META_ID)
        live = set(searcher.reader().all_doc_ids()) - {meta}
        assert set(np.flatnonzero(arrays.live).tolist()) == live


@pytest.mark.parametrize("share", [1, 3, 40])  # Every live document, a third, a fortieth.
def test_country_counts_match_the_document_lists(archive: Archive, share: int) -> None:
    with archive.index.searcher() as searcher:
        arrays = SearcherColumns(searcher, SegmentFacetCache())
        matched = np.flatnonzero(arrays.live)[::share]
        expected = {
            code: int(np.isin(docs, matched).sum()) for code, docs in arrays.members.items()
        }
        counted = dict(count_facets(arrays, matched, stories=False).countries)
    assert counted == {code: n for code, n in expected.items() if n}
    assert counted


def test_a_new_searcher_reads_only_new_segments(archive: Archive, tmp_path: Path) -> None:
    cache = SegmentFacetCache()
    with archive.index.searcher() as searcher:
        before = SearcherColumns(searcher, cache)
        read_before = {key: cache.of(leaf.reader()) for key, leaf in _leaves(searcher)}
    added = tmp_path / "added.jsonl"
    added.write_text(json.dumps({"title": "Talks in Oslo", "body": "Norway hosted talks."}))
    ingest_items(archive, read_inputs([str(added)], "auto", Limits()), catch_up=False)
    archive.catch_up_index(bulk_allowed=False)  # A server's commit: a new segment, no merge.
    with archive.index.searcher() as searcher:
        after = SearcherColumns(searcher, cache)
        kept = [key for key, _ in _leaves(searcher) if key in read_before]
        assert kept
        assert len(kept) < len(searcher.leaf_searchers())
        assert all(
            cache.of(leaf.reader()) is read_before[key]
            for key, leaf in _leaves(searcher, set(kept))
        )
        cache.keep_only(segment_ids(searcher))
    assert after.live.sum() == before.live.sum() + 1
    assert len(after.members["NO"]) == len(before.members.get("NO", [])) + 1


def test_segments_saved_on_disk_load_as_read(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "facets"
    with archive.index.searcher() as searcher:
        readers = [leaf.reader() for leaf, _ in searcher.leaf_searchers()]
        SegmentFacetCache(folder).keep_only(segment_ids(searcher))
        first = SearcherColumns(searcher, SegmentFacetCache(folder))
        assert sorted(path.stem for path in folder.glob("*.npz")) == sorted(segment_ids(searcher))
        for reader in readers:
            path = folder / f"{segment_id(reader)}.npz"
            _assert_same(SegmentFacets.load(path), SegmentFacets.read(reader))
        again = SearcherColumns(searcher, SegmentFacetCache(folder))  # From the files.
    assert again.article_ids.tolist() == first.article_ids.tolist()
    assert again.values == first.values
    assert {code: docs.tolist() for code, docs in again.members.items()} == {
        code: docs.tolist() for code, docs in first.members.items()
    }


def test_an_unreadable_or_stale_file_is_replaced(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "facets"
    folder.mkdir()
    (folder / "MAIN_merged_away.npz").write_bytes(b"old")
    with archive.index.searcher() as searcher:
        reader = searcher.leaf_searchers()[0][0].reader()
        broken = folder / f"{segment_id(reader)}.npz"
        broken.write_bytes(b"not a zip file")
        cache = SegmentFacetCache(folder)
        _assert_same(cache.of(reader), SegmentFacets.read(reader))
        _assert_same(SegmentFacets.load(broken), SegmentFacets.read(reader))  # Rewritten.
        cache.keep_only(segment_ids(searcher))
    assert not (folder / "MAIN_merged_away.npz").exists()


@pytest.mark.parametrize(
    ("left_out", "format_number"), [("country.", FORMAT), ("key.", FORMAT - 1)]
)
def test_a_file_of_an_older_layout_is_read_again(
    archive: Archive, tmp_path: Path, left_out: str, format_number: int
) -> None:
    """Files saved before each segment kept its per-document country lists lack them; those
    saved by a version that kept other columns say so by their format number."""
    folder = tmp_path / "facets"
    with archive.index.searcher() as searcher:
        reader = searcher.leaf_searchers()[0][0].reader()
        path = folder / f"{segment_id(reader)}.npz"
        SegmentFacetCache(folder).of(reader)
        with np.load(path) as stored:
            older = {k: stored[k] for k in stored.files if not k.startswith(left_out)}
        np.savez(path, **{**older, "format": np.array(format_number)})
        _assert_same(SegmentFacetCache(folder).of(reader), SegmentFacets.read(reader))
        with np.load(path) as saved:  # Saved again, whole.
            assert any(name.startswith(left_out) for name in saved.files)
            assert int(saved["format"]) == FORMAT


def test_each_document_s_countries_are_those_listing_it(archive: Archive) -> None:
    with archive.index.searcher() as searcher:
        arrays = SearcherColumns(searcher, SegmentFacetCache())
        codes = list(arrays.members)
        listed: dict[int, list[str]] = {}
        for code, docs in arrays.members.items():
            for doc in docs.tolist():
                listed.setdefault(doc, []).append(code)
        start, countries = arrays.country_start, arrays.country_of
        assert len(start) == arrays.size + 1
        for doc in range(arrays.size):
            own = [codes[i] for i in countries[start[doc] : start[doc + 1]].tolist()]
            assert own == listed.get(doc, [])


def test_an_ingest_leaves_every_segment_s_facet_data_saved(tmp_path: Path) -> None:
    archive = open_archive(Settings(data_dir=tmp_path / "data"))
    ingest_paths(archive, [str(DEMO_CORPUS)])
    with archive.index.searcher() as searcher:
        segments = segment_ids(searcher)
    archive.close()
    saved = {path.stem for path in (tmp_path / "data" / "index.facets").glob("*.npz")}
    assert saved == segments


def test_saving_after_a_commit_keeps_what_it_read(archive: Archive, tmp_path: Path) -> None:
    cache = SegmentFacetCache(tmp_path / "facets")
    with archive.index.searcher() as searcher:
        reader = searcher.leaf_searchers()[0][0].reader()
        cache.ensure_saved(reader)
        kept = cache.of(reader)
        (tmp_path / "facets" / f"{segment_id(reader)}.npz").unlink()
        cache.ensure_saved(reader)  # In memory already: not read or written again.
        assert cache.of(reader) is kept
        assert not (tmp_path / "facets" / f"{segment_id(reader)}.npz").exists()
        _assert_same(kept, SegmentFacets.read(reader))


def _assert_same(ours: SegmentFacets, theirs: SegmentFacets) -> None:
    assert ours.size == theirs.size
    for field in NUMBERED:
        assert ours.numbers[field].tolist() == theirs.numbers[field].tolist()
    for field in KEYED:
        assert ours.keys[field].tolist() == theirs.keys[field].tolist()
    for field in SINGLE_VALUED:
        assert ours.single[field][0] == theirs.single[field][0]
        assert ours.single[field][1].tolist() == theirs.single[field][1].tolist()
    assert {c: d.tolist() for c, d in ours.members.items()} == {
        c: d.tolist() for c, d in theirs.members.items()
    }
    assert [a.tolist() for a in ours.countries] == [a.tolist() for a in theirs.countries]


def _leaves(searcher: Any, only: set[str] | None = None) -> Iterator[tuple[str, Any]]:
    for leaf, _ in searcher.leaf_searchers():
        key = segment_id(leaf.reader())
        if only is None or key in only:
            yield key, leaf
