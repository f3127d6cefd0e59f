"""Promise 6: a full disk and a read-only data folder during ingest give a clean error, leave
nothing half-written, and search keeps answering; once space returns, ingest resumes and
database and index agree. The data folder lives on a small tmpfs (needs root; skipped without)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.processes import Geonews, start_server, stop
from tests.reliability.conftest import write_articles

pytestmark = pytest.mark.reliability
TMPFS_MB = 80


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_MB}m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk: Path) -> Path:
    """Take every free byte of the disk; returns the filler file."""
    filler = disk / "filler"
    with filler.open("wb") as out, contextlib.suppress(OSError):
        while True:
            out.write(b"\0" * 65536)
            out.flush()
    return filler


def count(data_dir: Path) -> tuple[int, str]:
    with sqlite3.connect(data_dir / "geonews.db") as connection:
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        return int(articles), str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def search_total(base: str, words: str) -> int:
    with urllib.request.urlopen(f"{base}/api/search?q={words}", timeout=10) as response:
        return int(json.load(response)["total"])


def test_a_full_disk_fails_cleanly_and_loses_nothing(small_disk: Path, tmp_path: Path) -> None:
    data_dir = small_disk / "data"
    geonews = Geonews(data_dir)
    assert geonews("demo").returncode == 0
    corpus = write_articles(tmp_path / "more.jsonl", 300, 21, "full")
    process, base = start_server(data_dir)
    try:
        before = search_total(base, "government")
        stored_before, _ = count(data_dir)
        filler = fill(small_disk)

        refused = geonews("ingest", str(corpus))
        assert refused.returncode == 2, refused.stderr
        assert "Traceback" not in refused.stderr
        assert "the disk is full" in refused.stderr.replace("\n", " ")
        stored, integrity = count(data_dir)
        assert integrity == "ok"
        assert stored % 200 == stored_before % 200 or stored >= stored_before  # Whole commits.
        assert search_total(base, "government") >= before  # Search kept answering.

        filler.unlink()  # Space returns.
        resumed = geonews("ingest", str(corpus))
        assert resumed.returncode == 0, resumed.stderr
        assert count(data_dir)[0] == stored_before + 300
    finally:
        stop(process)
    check = geonews("check")
    assert (check.returncode, check.stdout.strip()) == (0, "database and index agree")


def test_a_read_only_data_folder_fails_cleanly(small_disk: Path, tmp_path: Path) -> None:
    data_dir = small_disk / "data"
    geonews = Geonews(data_dir)
    assert geonews("demo").returncode == 0
    corpus = write_articles(tmp_path / "more.jsonl", 50, 22, "readonly")
    # The same folder seen read-only (a bind mount), as an ingest on a read-only volume sees it.
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    subprocess.run(["mount", "--bind", str(data_dir), str(read_only)], check=True)
    process, base = start_server(data_dir)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(read_only)], check=True)
        before = search_total(base, "government")
        refused = Geonews(read_only)("ingest", str(corpus))
        assert refused.returncode == 2, refused.stderr
        assert "Traceback" not in refused.stderr
        assert "read-only" in refused.stderr.lower()
        assert search_total(base, "government") == before  # Search kept answering.
        assert count(data_dir) == (293, "ok")
        resumed = geonews("ingest", str(corpus))
        assert resumed.returncode == 0, resumed.stderr
    finally:
        stop(process)
        subprocess.run(["umount", "-l", str(read_only)], check=False)
    check = geonews("check")
    assert (check.returncode, check.stdout.strip()) == (0, "database and index agree")
