"""One live index entry per article, holding its current text (the issue "search you can trust
while articles change"): the reproductions of duplicate entries and of phrases read through
deleted versions."""

from __future__ import annotations

import json
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.archive import Archive
from app.archive.ingest import ingest_items, ingest_paths
from app.drafts import RawItem
from app.indexing import indexer
from app.indexing.consistency import find_drift, repair
from app.indexing.indexer import index_document
from app.indexing.positions import index_position
from app.present.results import load_articles
from app.search import SearchRequest, search
from app.settings import Settings
from app.web.app import create_app

TOKEN = "t0ken"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _item(url: str, body: str, title: str = "Harbour news") -> RawItem:
    line = json.dumps({"title": title, "body": body, "url": url})
    return RawItem(line.encode(), "test", "jsonl", "application/json")


def _entries(archive: Archive) -> Counter[int]:
    """How many live index entries each article has."""
    return Counter(article_id for article_id, _ in archive.index.article_entries())


def _every(text: str) -> SearchRequest:
    return SearchRequest(text, collapse_copies=False, per_page=100, with_facets=True)


def test_versions_in_one_commit_leave_one_entry(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several batches through one writer: Whoosh's update_document does not see documents the
    same writer added, so each batch holding the article used to add another entry."""
    monkeypatch.setattr(indexer, "BULK_THRESHOLD", 1)  # One commit for every change,
    monkeypatch.setattr(indexer, "BATCH_SIZE", 1)  # read a change at a time.
    for n in range(3):
        item = _item("https://x.example/a", f"Version {n} saysword{n}.")
        ingest_items(archive, [item], catch_up=False)
    indexer.index_pending_changes(archive.sessions, archive.index)
    assert list(_entries(archive).values()) == [1]
    assert search(archive.index, _every("saysword2")).total == 1
    assert search(archive.index, _every("saysword0")).total == 0
    assert search(archive.index, _every("version")).total == 1
    assert find_drift(archive).clean


def test_a_file_repeating_a_url_indexes_the_article_once(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(indexer, "BULK_THRESHOLD", 1)  # One commit, as for a large file,
    monkeypatch.setattr(indexer, "BATCH_SIZE", 2)  # of several batches.
    lines = [
        {"title": f"Item {n}", "body": f"Filler text {n} here.", "url": f"https://x/{n}"}
        for n in range(5)
    ]
    lines.append(
        {
            "title": "Item 0",
            "body": "Replaced lastword text.",
            "url": "https://x/0",
            "source": "Repeat Times",
        }
    )
    lines[0]["source"] = "Repeat Times"
    path = tmp_path / "repeat.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines))
    ingest_paths(archive, [str(path)])
    assert set(_entries(archive).values()) == {1}
    found = search(archive.index, _every("item"))
    assert found.total == 5
    assert found.facets is not None
    assert ("Repeat Times", 1) in found.facets.sources
    assert search(archive.index, _every("lastword")).total == 1
    assert find_drift(archive).clean


def _server(tmp_path: Path) -> TestClient:
    settings = Settings(data_dir=tmp_path / "data", api_token=TOKEN)
    return TestClient(create_app(settings))


def _caught_up(client: TestClient, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while client.get("/api/health").json()["index_lag"] and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.1)  # The indexer's thread warms the new searcher after its commit.


def _post(client: TestClient, body: str, url: str = "https://x.example/story") -> int:
    article = {"title": "Harbour report", "body": body, "url": url}
    response = client.post("/api/articles", json=article, headers=AUTH)
    assert response.status_code in (200, 201), response.text
    return int(response.json()["id"])


def test_a_phrase_after_its_article_changed(tmp_path: Path) -> None:
    with _server(tmp_path) as client:
        article_id = _post(client, "The zorblax quintor was seen at the harbour.")
        _post(client, "Other words entirely, filler.", url="https://x.example/other")
        _caught_up(client)
        first = client.get("/api/search", params={"q": '"zorblax quintor"'})
        assert (first.status_code, first.json()["total"]) == (200, 1)
        _post(client, "The quintor zorblax came back. Nothing else.")
        _caught_up(client)
        for query, total in [('"zorblax quintor"~2', 0), ('"quintor zorblax"', 1)]:
            for route in ("/api/search", "/search"):
                response = client.get(route, params={"q": query, "copies": "all"})
                assert response.status_code == 200, (route, query)
            answer = client.get("/api/search", params={"q": query}).json()
            assert answer["total"] == total, query
            assert [item["id"] for item in answer["items"]] == [article_id] * total


def test_concurrent_posts_to_one_url_leave_one_entry(tmp_path: Path) -> None:
    with _server(tmp_path) as client:
        bodies = [f"Harbour story number{n} about the quay." for n in range(20)]
        with ThreadPoolExecutor(8) as pool:
            ids = set(pool.map(lambda body: _post(client, body), bodies))
        assert len(ids) == 1
        _caught_up(client)
        answer = client.get("/api/search", params={"q": "harbour", "copies": "all"}).json()
        assert (answer["total"], [item["id"] for item in answer["items"]]) == (1, list(ids))
        stored = client.get(f"/api/articles/{ids.pop()}").json()["body"]
        current = next(word for word in stored.split() if word.startswith("number"))
        for body in bodies:
            word = body.split()[2]
            expected = 1 if word == current else 0
            answer = client.get("/api/search", params={"q": word}).json()
            assert answer["total"] == expected, word


def test_check_finds_every_kind_of_drift_and_repair_fixes_it(archive: Archive) -> None:
    items = [_item(f"https://x.example/{n}", f"Story {n} text here.") for n in range(5)]
    ids = ingest_items(archive, items).article_ids
    with archive.sessions() as session:
        documents = [index_document(article) for article in load_articles(session, ids)]
    position = index_position(archive.index).to_json()
    stale = replace(documents[1], body="An older text, oldword.", version="0" * 64)
    extra = replace(documents[2], article_id=9999)
    archive.index.apply([stale, extra], [ids[0]], position)
    writer = archive.index._index.writer()  # An entry added beside the article's own.
    writer.add_document(**documents[3].fields())
    writer.commit()
    late = ingest_items(archive, [_item("https://x.example/late", "Pending.")], catch_up=False)

    drift = find_drift(archive)
    assert drift.pending_changes == 1
    assert drift.missing == [ids[0], *late.article_ids]
    assert (drift.stale, drift.extra) == ([ids[1]], [9999])
    assert drift.duplicated == [ids[3]]
    assert "articles indexed more than once: 1" in drift.describe()
    assert search(archive.index, _every("oldword")).total == 1

    assert repair(archive).clean
    assert set(_entries(archive).values()) == {1}
    assert search(archive.index, _every("oldword")).total == 0
    assert search(archive.index, _every("story")).total == 5
