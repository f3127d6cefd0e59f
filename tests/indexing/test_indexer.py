"""The index follows the change log (invariant 4) and can be rebuilt (invariant 1)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from app.archive import Archive, open_archive
from app.drafts import RawItem
from app.enrich import enrich
from app.extract import extract
from app.indexing.consistency import find_drift, repair
from app.indexing.indexer import rebuild_index
from app.indexing.positions import index_position
from app.search import SearchRequest, Sort, search
from app.settings import Settings
from app.storage.store import store_article

pytestmark = pytest.mark.both_databases

QUERIES = ["Kim Jong Un arms factories", "Sudan sanctions", '"harbour bridge"', "", "missile*"]


def _results(archive: Archive) -> list[tuple[list[int], int]]:
    out = []
    for text in QUERIES:
        for sort in Sort:
            found = search(archive.index, SearchRequest(text=text, sort=sort, per_page=50))
            out.append((found.ids, found.total))
    return out


def test_crash_between_database_and_index_commit_is_caught_up(
    settings: Settings, seed_path: Path
) -> None:
    # Store and commit as ingest does, then stop before the index commit: a crash there.
    archive = open_archive(settings)
    item = RawItem(seed_path.read_bytes(), str(seed_path), "text", "text/plain")
    with archive.sessions.begin() as session:
        store_article(session, enrich(extract(item)), item)
    assert search(archive.index, SearchRequest("arms factories")).total == 0
    assert find_drift(archive).pending_changes == 1
    archive.close()

    restarted = open_archive(settings)  # What every start does.
    assert search(restarted.index, SearchRequest("arms factories")).total == 1
    assert find_drift(restarted).clean
    restarted.close()


def test_reindex_after_deleting_the_index_gives_identical_results(
    seeded_archive: Archive,
) -> None:
    before = _results(seeded_archive)
    index_path = seeded_archive.settings.index_path
    seeded_archive.close()
    shutil.rmtree(index_path)

    archive = open_archive(seeded_archive.settings, catch_up=False)
    archive.index.close()
    rebuild_index(archive.sessions, index_path)
    assert _results(archive) == before
    assert find_drift(archive).clean
    archive.close()


def test_a_crash_between_the_swap_renames_leaves_a_whole_index(seeded_archive: Archive) -> None:
    """A reindex killed after moving the old index aside, before moving the new one in."""
    before = _results(seeded_archive)
    index_path = seeded_archive.settings.index_path
    seeded_archive.close()
    shutil.copytree(index_path, index_path.with_name("index.new"))
    index_path.rename(index_path.with_name("index.old"))

    archive = open_archive(seeded_archive.settings, catch_up=False)
    assert _results(archive) == before
    assert find_drift(archive).clean
    assert not index_path.with_name("index.new").exists()
    archive.close()


def test_check_finds_and_repairs_drift(seeded_archive: Archive) -> None:
    assert find_drift(seeded_archive).clean
    seeded_archive.index.apply([], [1, 2], index_position(seeded_archive.index).to_json())
    drift = find_drift(seeded_archive)
    assert drift.missing == [1, 2]
    assert not drift.clean
    assert repair(seeded_archive).clean


def test_bulk_catch_up_indexes_everything_once(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from app.archive.ingest import ingest_paths
    from app.indexing import indexer

    monkeypatch.setattr(indexer, "BULK_THRESHOLD", 300)  # The same path, in a tenth of the time.
    path = tmp_path / "many.jsonl"
    path.write_text(
        "\n".join(
            json.dumps({"title": f"Bulk {n}", "body": f"Text {n}."})
            for n in range(indexer.BULK_THRESHOLD + 10)
        )
    )
    report = ingest_paths(archive, [str(path)])
    assert search(archive.index, SearchRequest("bulk", per_page=1)).total == report.counts["new"]
    assert find_drift(archive).clean


def test_bulk_catch_up_in_several_commits_loses_nothing(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from app.archive.ingest import ingest_paths
    from app.indexing import indexer

    monkeypatch.setattr(indexer, "BULK_THRESHOLD", 300)
    monkeypatch.setattr(indexer, "BULK_COMMIT_CHANGES", 120)
    path = tmp_path / "many.jsonl"
    count = indexer.BULK_THRESHOLD + 10
    path.write_text(
        "\n".join(json.dumps({"title": f"Batch {n}", "body": f"Words {n}."}) for n in range(count))
    )
    commits = []
    monkeypatch.setattr(archive.index, "writing", _counting(archive.index.writing, commits))
    report = ingest_paths(archive, [str(path)])
    assert report.counts["new"] == count
    assert len(commits) == 3  # 120 + 120 + 70 changes.
    assert search(archive.index, SearchRequest("batch", per_page=1)).total == count
    assert find_drift(archive).clean


def _counting(writing: Any, commits: list[int]) -> Any:
    def counted(*args: Any, **kwargs: Any) -> Any:
        commits.append(1)
        return writing(*args, **kwargs)

    return counted
