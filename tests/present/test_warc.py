"""`geonews export --format warc` writes the originals back out; they read back in unchanged."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.present.exports import export_warc
from app.settings import Settings
from tests.conftest import DUMPS, FIXTURES


def test_warc_round_trip(tmp_path: Path) -> None:
    archive = open_archive(Settings(data_dir=tmp_path / "one"))
    sources = [str(FIXTURES / "pages"), str(DUMPS / "nytimes_sudan.txt")]
    ingest_paths(archive, sources)
    out = io.BytesIO()
    assert export_warc(archive, out) == 2
    archive.close()

    records = list(ArchiveIterator(io.BytesIO(out.getvalue())))
    kinds = sorted(record.rec_type for record in records)
    assert kinds == ["resource", "response"]
    page = (FIXTURES / "pages" / "kyiv_drones.html").read_bytes()
    warc = tmp_path / "archive.warc.gz"
    warc.write_bytes(out.getvalue())

    again = open_archive(Settings(data_dir=tmp_path / "two"))
    report = ingest_paths(again, [str(warc)])
    with again.sessions() as session:
        from app.present.results import load_articles

        (article,) = load_articles(session, report.article_ids, with_originals=True)
        assert article.latest_capture is not None
        assert article.latest_capture.content == page
    again.close()


def test_warc_headers_hold_no_control_characters(tmp_path: Path) -> None:
    archive = open_archive(Settings(data_dir=tmp_path / "data"))
    hostile = tmp_path / "a\r\nWARC-Type: evil\x01.txt"
    hostile.write_bytes((DUMPS / "nytimes_sudan.txt").read_bytes())
    assert ingest_paths(archive, [str(hostile)]).counts["new"] == 1
    out = io.BytesIO()
    assert export_warc(archive, out) == 1
    archive.close()
    (record,) = list(ArchiveIterator(io.BytesIO(out.getvalue())))
    assert record.rec_type == "resource"
    source = record.rec_headers.get_header("WARC-Source-URI")
    assert source.endswith("WARC-Type: evil.txt")
    assert not any(ord(character) < 32 for character in source)
