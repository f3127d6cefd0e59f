"""Exports and feeds of any search: CSV and JSON lines of every match, Atom of the newest."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree

import feedparser
import pytest
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.present.safe_text import spreadsheet_cell
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


def _client_of(tmp_path: Path, *records: dict[str, str], **settings: object) -> TestClient:
    data = Settings(data_dir=tmp_path / "data", **settings)  # type: ignore[arg-type]
    archive = open_archive(data)
    path = tmp_path / "hostile.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    report = ingest_paths(archive, [str(path)])
    assert report.counts["new"] == len(records), report.failures
    archive.close()
    return TestClient(create_app(data))


FORBIDDEN_IN_XML = "\x01\x02\x08\x0b\x0c\x1b\ufffe\uffff"


def test_atom_stays_valid_xml_whatever_the_articles_and_query_hold(tmp_path: Path) -> None:
    hostile = {
        "title": f"Grain{FORBIDDEN_IN_XML} deal",
        "body": f"Ships{FORBIDDEN_IN_XML} sail from Ukraine with grain.",
        "byline": f"Jane{FORBIDDEN_IN_XML} Doe",
    }
    with _client_of(tmp_path, hostile) as client:
        feeds = [
            client.get("/search.atom", params={"q": "grain"}),
            client.get("/search.atom", params={"q": "\x01\x0b"}),
        ]
    for feed in feeds:
        assert feed.status_code == 200
        root = ElementTree.fromstring(feed.content)  # Raises on XML 1.0's forbidden characters.
        assert root.tag.endswith("feed")
    assert b"Grain deal" in feeds[0].content


def test_csv_cells_cannot_start_a_formula(tmp_path: Path) -> None:
    records = [
        {"title": f'{lead}HYPERLINK("https://evil.example")', "body": f"Story {n} on Chile."}
        for n, lead in enumerate(["=", "+", "-", "@"])
    ]
    with _client_of(tmp_path, *records) as client:
        response = client.get("/search.csv")
    rows = list(csv.DictReader(io.StringIO(response.text, newline="")))
    assert len(rows) == 4
    assert all(row["title"].startswith("'") for row in rows), [r["title"] for r in rows]


@pytest.mark.parametrize("lead", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_lead_is_neutralised(lead: str) -> None:
    assert spreadsheet_cell(f"{lead}1+1") == f"'{lead}1+1"
    assert spreadsheet_cell("Plain 1+1") == "Plain 1+1"
    assert spreadsheet_cell(42) == 42


def test_json_lines_escape_line_and_paragraph_separators(tmp_path: Path) -> None:
    record = {"title": "Talks\u2028resume", "body": "One\u2029two on Chile."}
    with _client_of(tmp_path, record) as client:
        response = client.get("/search.jsonl")
    assert "\u2028" not in response.text
    assert "\u2029" not in response.text
    (line,) = response.text.splitlines()
    assert json.loads(line)["title"] == "Talks\u2028resume"


@pytest.mark.parametrize("show_paths", [False, True])
def test_capture_origin_is_the_file_name_unless_paths_are_shown(
    tmp_path: Path, show_paths: bool
) -> None:
    record = {"title": "Talks resume", "body": "Officials met in Chile."}
    with _client_of(tmp_path, record, show_capture_paths=show_paths) as client:
        article = client.get("/api/articles/1").json()
        page = client.get("/articles/1").text
    origin = article["capture"]["origin"]
    full = f"{tmp_path / 'hostile.jsonl'} (line 1)"
    assert origin == (full if show_paths else "hostile.jsonl (line 1)")
    assert (str(tmp_path) in page) is show_paths
