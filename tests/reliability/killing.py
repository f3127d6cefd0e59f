"""Killing the archive's commands as the OOM killer or `kill -9 PID` does, and checking what
the database kept: the tools of the crash tests."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from tests.processes import Geonews, descendants, still_running

# How many times each crash test kills: `make reliability` 50, `make test` once (each test
# draws its moments from a seeded generator, so a failure comes back on the next run).
KILLS = int(os.environ.get("GEONEWS_KILLS", "1"))

Stored = dict[int, tuple[str, str]]  # Article id -> (URL, content hash).


def stored_articles(data_dir: Path) -> Stored:
    """Every article's id with its URL and content hash, read straight from the SQLite file."""
    with sqlite3.connect(data_dir / "geonews.db") as connection:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if "articles" not in {name for (name,) in tables}:
            return {}  # Killed before its first migration committed: nothing stored yet.
        rows = connection.execute("SELECT id, url, content_sha256 FROM articles").fetchall()
    return {row[0]: (row[1], row[2]) for row in rows}


def integrity(data_dir: Path) -> str:
    with sqlite3.connect(data_dir / "geonews.db") as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def kill_parent(process: subprocess.Popen[bytes]) -> None:
    """SIGKILL the command alone, as the OOM killer or `kill -9 PID` does; every process it
    started must end with it within 5 s (none left sleeping under PID 1)."""
    children = descendants(process.pid)
    with contextlib.suppress(ProcessLookupError):  # It may have finished already.
        process.kill()
    process.wait()
    deadline = time.monotonic() + 5
    while (left := still_running(children)) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in left:  # Clean up before failing, so one failure does not leave orphans behind.
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    assert not left, f"processes left running after their parent was killed: {sorted(left)}"


def start_in_own_group(geonews: Geonews, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*geonews.command, *args],
        env=geonews.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def assert_survived(data_dir: Path, before: Stored) -> Stored:
    """The database is sound, kept all it had, and holds each URL once."""
    assert integrity(data_dir) == "ok"
    now = stored_articles(data_dir)
    lost = {key: value for key, value in before.items() if now.get(key) != value}
    assert not lost, f"articles lost or changed by the kill: {sorted(lost)[:10]}"
    urls = [url for url, _ in now.values()]
    assert len(urls) == len(set(urls)), "an article was stored twice"
    return now


def stored_count(data_dir: Path) -> int:
    """How many articles the database holds (0 before it exists)."""
    if not (data_dir / "geonews.db").exists():
        return 0
    with sqlite3.connect(data_dir / "geonews.db") as connection:
        return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
