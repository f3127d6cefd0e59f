"""A batch mixing good items with every kind of bad input stores the good and names the bad."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

from app.archive import Archive
from app.archive.ingest import ingest_paths
from app.settings import Settings
from tests.conftest import DUMPS, FIXTURES


def test_every_kind_of_bad_input_is_named_and_good_items_stored(
    archive: Archive, tmp_path: Path
) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(DUMPS / "nytimes_sudan.txt", batch / "good_dump.txt")
    shutil.copy(FIXTURES / "feeds" / "broken.rss", batch / "broken.rss")
    (batch / "empty.txt").write_bytes(b"")
    (batch / "binary.bin").write_bytes(b"\x00\x01\x02" * 100)
    (batch / "truncated.txt.gz").write_bytes(gzip.compress(b"Headline\n\nSome text here.")[:-12])
    (batch / "latin1.txt").write_bytes(
        "Café owners protest\n\nThe café owners protested.".encode("latin-1")
    )
    (batch / "lines.jsonl").write_text(
        json.dumps({"title": "Good line", "body": "Stored."})
        + "\n{broken json\n"
        + json.dumps({"title": "No text", "body": ""})
        + "\n"
        + json.dumps({"title": "Good line two", "body": "Stored too."})
        + "\n"
    )
    report = ingest_paths(archive, [str(batch)])
    reasons = {failure.where: failure.reason for failure in report.failures}
    assert report.counts["new"] == 5  # dump, latin-1 dump, two JSON lines, the feed's one item
    assert reasons[str(batch / "empty.txt")] == "empty file"
    assert "binary" in reasons[str(batch / "binary.bin")]
    assert "truncated gzip" in reasons[str(batch / "truncated.txt.gz")]
    assert "broken XML at line 2" in reasons[str(batch / "broken.rss")]
    assert "not valid JSON" in reasons[f"{batch / 'lines.jsonl'} (line 2)"]
    assert "'body'" in reasons[f"{batch / 'lines.jsonl'} (line 3)"]
    assert report.counts["failed"] == 6


def test_decompression_bomb_is_refused(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", max_file_bytes=100_000)
    from app.archive import open_archive

    archive = open_archive(settings)
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"A" * 50_000_000))
    report = ingest_paths(archive, [str(bomb)])
    archive.close()
    assert report.failures[0].reason == "gzip expands past the limit of 100,000 bytes"


def test_too_many_items_in_one_file(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", max_items_per_file=2)
    from app.archive import open_archive

    archive = open_archive(settings)
    lines = tmp_path / "many.jsonl"
    lines.write_text("\n".join(json.dumps({"title": f"T{n}", "body": f"B{n}."}) for n in range(5)))
    report = ingest_paths(archive, [str(lines)])
    archive.close()
    assert report.counts["new"] == 2
    assert "more than 2 lines" in report.failures[0].reason
