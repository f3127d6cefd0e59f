"""Promise 5: hostile files are each refused or stored within seconds, peak memory under 512 MB,
nothing written outside the data folder, no date filled in from today; the good files beside them
are stored."""

from __future__ import annotations

import gzip
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.processes import GEONEWS

pytestmark = pytest.mark.reliability

MEMORY_LIMIT_MB = 512
TIME_LIMIT_S = 120  # The whole batch, 50 MB page and bombs included.
PARAGRAPH = "The minister said the talks in Geneva would resume next week. " * 20


def write_batch(batch: Path) -> dict[str, str]:
    """Hostile files, and good ones beside them; returns the good titles by file name."""
    batch.mkdir()
    page = f"<html><head><title>Huge</title></head><body>{'<p>' + PARAGRAPH + '</p>' * 1}"
    with (batch / "huge_page.html").open("w") as out:  # 50 MB in one page.
        out.write(page)
        for _ in range(50 * 1024 * 1024 // len(PARAGRAPH)):
            out.write(f"<p>{PARAGRAPH}</p>")
        out.write("</body></html>")
    (batch / "zeros.txt.gz").write_bytes(gzip.compress(b"\0" * 400_000_000, compresslevel=9))
    (batch / "laughs.rss").write_text(_billion_laughs())
    (batch / "external_entity.rss").write_text(_external_entity())
    (batch / "nested.html").write_text("<div>" * 200_000 + "deep" + "</div>" * 200_000)
    (batch / "nested.json").write_text("[" * 100_000 + "]" * 100_000)
    (batch / "nul_bytes.txt").write_bytes(b"Headline\x00 with NUL\n\nBody\x00 text " * 50)
    (batch / "-rf $(touch pwned) ;.txt").write_text("Shell-like name\n\n" + PARAGRAPH)
    (batch / "new\nline ..%2F..%2Fetc.txt").write_text("Newline in the name\n\n" + PARAGRAPH)
    dates = ["9999-12-31", "0001-01-01", "2023-02-30", "1e10", "31/31/2031", "3000-01-01"]
    lines = [
        json.dumps(
            {
                "title": f"Absurd date {value}",
                "body": PARAGRAPH,
                "published_at": value,
                "url": "file:///etc/passwd" if value == "1e10" else None,
                "id": "../../../../tmp/geonews-pwned",
                "source": "../../outside",
            }
        )
        for value in dates
    ]
    (batch / "absurd_dates.jsonl").write_text("\n".join(lines) + "\n")
    good = {
        "good.txt": "Geneva talks to resume next week",
        "good.jsonl": "Ceasefire holds in the south",
    }
    (batch / "good.txt").write_text(f"{good['good.txt']}\n\n{PARAGRAPH}")
    (batch / "good.jsonl").write_text(
        json.dumps({"title": good["good.jsonl"], "body": PARAGRAPH, "published_at": "2021-05-04"})
    )
    return good


def _billion_laughs() -> str:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    )
    return (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]>'
        "<rss><channel><title>Laughs</title><item><title>&lol9;</title>"
        "<description>bomb</description></item></channel></rss>"
    )


def _external_entity() -> str:
    return (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        "<rss><channel><title>XXE</title><item><title>Secret &secret;</title>"
        "<link>https://example.org/xxe</link>"
        "<description>The entity must not be read: &secret;</description></item></channel></rss>"
    )


def test_hostile_files_are_refused_or_stored_safely(tmp_path: Path) -> None:
    good = write_batch(tmp_path / "batch")
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    data_dir = tmp_path / "data"
    cache = tmp_path / "cache"  # The name tables' cache (app/enrich/geo/table_cache.py).
    env = {
        **os.environ,
        "GEONEWS_DATA_DIR": str(data_dir),
        "HOME": str(workdir),
        "XDG_CACHE_HOME": str(cache),
    }
    before = _tree(tmp_path)
    started = time.monotonic()
    returncode, peak_mb, stdout, stderr = _run_measured(
        [*GEONEWS, "ingest", str(tmp_path / "batch")], workdir, env
    )
    seconds = time.monotonic() - started

    assert returncode == 1, stderr  # Some items failed, and said so.
    assert seconds < TIME_LIMIT_S
    assert peak_mb < MEMORY_LIMIT_MB, f"peak memory {peak_mb:.0f} MB"
    reported = stderr.replace("\n", "")  # The console wraps long lines.
    for name in ("huge_page.html", "zeros.txt.gz", "nested.json", "nested.html", "laughs.rss"):
        assert name in reported, f"{name} is not reported:\n{stderr}"
    written = {path for path in _tree(tmp_path) - before if not path.startswith("data/")}
    cached = {path for path in written if path.startswith("cache/")}
    assert all(re.fullmatch(r"cache/geonews/names-\w+/[\w-]+\.pickle", p) for p in cached)
    assert written - cached == set(), written
    assert not Path("/tmp/geonews-pwned").exists()

    rows = _articles(data_dir)
    titles = {title for title, _ in rows}
    assert set(good.values()) <= titles
    assert not any("root:" in title for title in titles), "an external entity was read"
    today = datetime.now(UTC).date().isoformat()
    dated = {title: published for title, published in rows if published}
    assert dated[good["good.jsonl"]].startswith("2021-05-04")
    assert not any(published.startswith(today) for published in dated.values())
    assert not any(title.startswith("Absurd date") for title in dated), dated
    print(json.dumps({"seconds": round(seconds, 1), "peak_mb": round(peak_mb), "stdout": stdout}))


# Runs the command and writes its peak resident memory (KB, its workers included) to argv[1].
# A wrapper, because Linux carries a process's peak across exec: a child of this test process
# would report the test's own peak.
MEASURE = (
    "import pathlib, resource, subprocess, sys; "
    "code = subprocess.run(sys.argv[2:]).returncode; "
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss; "
    "pathlib.Path(sys.argv[1]).write_text(str(peak)); sys.exit(code)"
)


def _run_measured(
    command: list[str], cwd: Path, env: dict[str, str]
) -> tuple[int, float, str, str]:
    """Exit code, peak resident memory (MB) of the process and its workers, stdout, stderr."""
    peak = cwd.parent / "peak_kb"
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(peak), *command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT_S,
        check=False,
    )
    peak_mb = int(peak.read_text()) / 1024
    peak.unlink()
    return done.returncode, peak_mb, done.stdout, done.stderr


def _tree(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def _articles(data_dir: Path) -> list[tuple[str, str | None]]:
    with sqlite3.connect(data_dir / "geonews.db") as connection:
        rows = connection.execute("SELECT title, published_at FROM articles").fetchall()
    return [(str(title), published) for title, published in rows]
