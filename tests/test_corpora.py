"""The real corpora in ../shared/corpora go in with one command and come out right.

Skipped where ../shared/corpora is absent; the figures are printed by bench/ too.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from app.archive import Archive
from app.archive.ingest import ingest_paths
from tests.conftest import corpus_folder

pytestmark = pytest.mark.corpora


def test_the_six_real_feeds_all_go_in(archive: Archive) -> None:
    report = ingest_paths(archive, [str(corpus_folder("rss_feeds"))])
    assert report.failures == []
    assert report.counts["new"] == 209


def test_extraction_benchmark_mean_token_f1_is_at_least_0_90() -> None:
    corpus_folder("article_extraction_benchmark")
    from bench.eval_extraction import evaluate

    assert evaluate() >= 0.90


def test_a_warc_of_real_pages(archive: Archive, tmp_path: Path) -> None:
    pages = sorted(corpus_folder("readability_news_pages").iterdir())[:12]
    warc = tmp_path / "pages.warc.gz"
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number, folder in enumerate(pages):
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://pages.example/{folder.name}",
                "response",
                payload=io.BytesIO((folder / "source.html").read_bytes()),
                http_headers=http,
                warc_headers_dict={"WARC-Date": f"2020-01-{number + 1:02d}T08:00:00Z"},
            )
            writer.write_record(record)
            record.raw_stream.close()
    report = ingest_paths(archive, [str(warc)])
    assert report.counts["new"] + report.counts["duplicate"] == len(pages)
    assert report.failures == []
