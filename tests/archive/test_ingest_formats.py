"""Every input form through the real ingest path: HTML, feeds, JSON arrays, WARC, gzip, stdin."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from app.archive import Archive
from app.archive.ingest import ingest_paths
from app.present.results import load_articles
from app.storage.models import Article
from tests.conftest import FIXTURES

PAGE = FIXTURES / "pages" / "kyiv_drones.html"


def _articles(archive: Archive, ids: list[int]) -> list[Article]:
    with archive.sessions() as session:
        return load_articles(session, ids, with_originals=True)


def test_html_page(archive: Archive) -> None:
    report = ingest_paths(archive, [str(PAGE)])
    (article,) = _articles(archive, report.article_ids)
    assert article.title == "Russia launches drone wave at Kyiv overnight"
    assert article.source is not None
    assert article.source.name == "Example World News"
    assert article.byline == "Olena Petrenko"
    assert article.url == "https://news.example.org/world/2023/aug/06/russia-drones-kyiv"
    assert article.language == "en"
    assert article.published is not None
    assert article.published.isoformat() == "2023-08-06T07:45:00+03:00"
    assert article.paragraphs[0].startswith("Ukraine's air defences shot down")
    assert [article.paragraphs[i] for i in article.heading_indexes] == ["Attacks on grain ports"]
    assert "Most read" not in article.body
    assert "All rights reserved" not in article.body
    assert article.latest_capture is not None
    assert article.latest_capture.content == PAGE.read_bytes()
    assert {c.code for c in article.countries} >= {"UA", "RU", "IR"}


def test_rss_and_atom_feeds(archive: Archive) -> None:
    report = ingest_paths(
        archive, [str(FIXTURES / "feeds" / "world.rss"), str(FIXTURES / "feeds" / "science.atom")]
    )
    assert report.counts["new"] == 4
    by_title = {a.title: a for a in _articles(archive, report.article_ids)}
    full = by_title["Talks on Black Sea grain resume in Istanbul"]
    assert not full.summary_only
    assert full.paragraphs == [
        "Negotiators from Türkiye and the United Nations met in Istanbul on Monday to try to"
        " revive the Black Sea grain deal that Russia left last month.",
        "Officials said the talks would continue on Tuesday.",
    ]
    assert full.byline == "Ayse Demir"
    assert full.external_id == "ewn-1001"
    assert full.published is not None
    assert full.published.isoformat() == "2023-08-07T09:15:00+03:00"
    assert full.source is not None
    assert full.source.name == "Example World News"
    summary = by_title["Floods hit southern Chile"]
    assert summary.summary_only
    assert (
        summary.body
        == "Heavy rain flooded towns across southern Chile, forcing thousands from their homes."
    )
    headline = by_title["Live: World leaders gather for climate summit"]
    assert (headline.summary_only, headline.body) == (True, "")
    atom = by_title["Glaciers in the Alps lost record ice this summer"]
    assert atom.url == "https://science.example.org/alps-glaciers"
    assert atom.byline == "Marco Rossi"


def test_json_array_and_gzip(archive: Archive, tmp_path: Path) -> None:
    records = [{"title": f"Story {n}", "body": f"Text number {n}."} for n in range(3)]
    path = tmp_path / "articles.json.gz"
    path.write_bytes(gzip.compress(json.dumps(records).encode()))
    report = ingest_paths(archive, [str(path)])
    assert report.counts["new"] == 3
    assert {f.where for f in report.failures} == set()


def _warc_with_pages(path: Path, pages: list[tuple[str, bytes]]) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        records = [
            writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(html),
                http_headers=StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                ),
                warc_headers_dict={"WARC-Date": "2023-08-06T12:00:00Z"},
            )
            for url, html in pages
        ]
        records.append(
            writer.create_warc_record(
                "https://news.example.org/logo.png",
                "resource",
                payload=io.BytesIO(b"\x89PNG"),
                warc_content_type="image/png",
            )
        )
        for record in records:
            writer.write_record(record)
            record.raw_stream.close()  # warcio buffers each record in a temporary file.


def test_warc_pages_keep_their_target_uri_and_capture_date(
    archive: Archive, tmp_path: Path
) -> None:
    html = PAGE.read_bytes().replace(
        b'<link rel="canonical" href="https://news.example.org/world/2023/aug/06/russia-drones-kyiv">',
        b"",
    )
    path = tmp_path / "crawl.warc.gz"
    _warc_with_pages(path, [("https://news.example.org/kyiv-drones", html)])
    report = ingest_paths(archive, [str(path)])
    assert report.counts["new"] == 1  # The PNG resource is not an article.
    (article,) = _articles(archive, report.article_ids)
    assert article.url == "https://news.example.org/kyiv-drones"
    assert article.captured is not None
    assert article.captured.isoformat() == "2023-08-06T12:00:00+00:00"
    assert article.latest_capture is not None
    assert article.latest_capture.origin == f"{path} (record 1)"


def test_folder_twice_changes_nothing(archive: Archive) -> None:
    folder = [str(FIXTURES / "pages"), str(FIXTURES / "feeds" / "world.rss")]
    first = ingest_paths(archive, folder)
    second = ingest_paths(archive, folder)
    assert first.counts["new"] == 4
    assert second.counts["new"] == second.counts["updated"] == 0
    assert second.counts["unchanged"] == 4
