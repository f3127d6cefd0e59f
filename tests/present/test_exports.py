"""Exports and feeds of any search: CSV and JSON lines of every match, Atom of the newest."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import feedparser
import pytest
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.settings import Settings
from app.web.app import create_app

pytestmark = pytest.mark.both_databases


def _client(tmp_path: Path, count: int = 230) -> TestClient:
    settings = Settings(data_dir=tmp_path / "data")
    archive = open_archive(settings)
    path = tmp_path / "many.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(
                {
                    "title": f"Report {n} on <Ukraine>",
                    "body": f"Story {n} about Ukraine and grain & ports.",
                    "published_at": f"2023-{1 + n % 12:02d}-{1 + n % 28:02d}",
                }
            )
            for n in range(count)
        )
    )
    ingest_paths(archive, [str(path)])
    archive.close()
    return TestClient(create_app(settings))


def test_csv_and_jsonl_hold_every_match(tmp_path: Path) -> None:
    with _client(tmp_path) as client:
        csv_response = client.get("/search.csv", params={"q": "Ukraine"})
        jsonl_response = client.get("/search.jsonl", params={"q": "Ukraine", "from": "2023-06"})
        bad = client.get("/search.csv", params={"q": "(("})
    rows = list(csv.DictReader(io.StringIO(csv_response.text)))
    assert len(rows) == 230  # More than any page: no cap.
    assert rows[0]["title"].startswith("Report ")
    assert "attachment" in csv_response.headers["content-disposition"]
    lines = [json.loads(line) for line in jsonl_response.text.splitlines()]
    assert lines
    assert all(line["published_at"] >= "2023-06" for line in lines)
    assert "body" in lines[0]
    assert bad.status_code == 400


def test_atom_feed_of_a_search(tmp_path: Path) -> None:
    with _client(tmp_path, count=60) as client:
        response = client.get("/search.atom", params={"q": "grain"})
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert feed.feed.title == "GeoNews: grain"
    assert len(feed.entries) == 50
    assert feed.entries[0].title.startswith("Report ")
    assert "<Ukraine>" in feed.entries[0].title  # Escaped in the XML, read back as text.
    dates = [entry.published for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)


def test_help_page(client: TestClient) -> None:
    page = client.get("/help")
    assert page.status_code == 200
    assert "published:[2023-01 TO 2023-06]" in page.text
