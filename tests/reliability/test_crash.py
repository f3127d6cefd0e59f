"""Promise 1: kill -9 at random moments loses nothing and doubles nothing.

A bulk ingest, a reindex and a server taking HTTP ingests are each killed over and over; after
every kill the database passes `PRAGMA integrity_check`, every article committed before is still
there unchanged, no article is stored twice, and in the end `geonews check` finds database and
index in agreement. `make reliability` kills 50 times; `make test` fewer (GEONEWS_KILLS).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import random
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.corpus import articles
from tests.processes import Geonews, descendants, free_port, post_article, start_server
from tests.reliability.killing import (
    KILLS,
    Stored,
    assert_survived,
    integrity,
    kill_parent,
    start_in_own_group,
)

pytestmark = pytest.mark.reliability

ARTICLES = 600
TOKEN = "crash-test-token"
_FIRST_ANSWER_SECONDS = 120


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "articles.jsonl"
    path.write_text("".join(json.dumps(article) + "\n" for article in articles(ARTICLES, seed=7)))
    return path


def test_kill_9_during_bulk_ingest(tmp_path: Path, corpus: Path) -> None:
    data_dir = tmp_path / "data"
    geonews = Geonews(data_dir)
    rng = random.Random(1)
    known: Stored = {}
    for _ in range(KILLS):
        process = start_in_own_group(geonews, "ingest", str(corpus))
        time.sleep(rng.uniform(0.2, 11.0))
        kill_parent(process)
        if (data_dir / "geonews.db").exists():
            known = assert_survived(data_dir, known)

    finished = geonews("ingest", str(corpus))
    assert finished.returncode == 0, finished.stderr
    rerun = geonews("ingest", str(corpus))
    assert rerun.stdout.startswith("0 new, 0 updated, 600 unchanged"), rerun.stdout
    assert len(assert_survived(data_dir, known)) == ARTICLES
    check = geonews("check")
    assert (check.returncode, check.stdout.strip()) == (0, "database and index agree")


def test_kill_9_during_reindex(tmp_path: Path, corpus: Path) -> None:
    data_dir = tmp_path / "data"
    geonews = Geonews(data_dir)
    assert geonews("ingest", str(corpus)).returncode == 0
    answer = geonews("export", "--format", "jsonl", "--q", "minister")
    rng = random.Random(2)
    for _ in range(KILLS):
        process = start_in_own_group(geonews, "reindex")
        time.sleep(rng.uniform(0.3, 4.5))
        kill_parent(process)
        # Whatever moment the kill hit, the archive answers as before without any repair.
        check = geonews("check")
        assert (check.returncode, check.stdout.strip()) == (0, "database and index agree")
    assert integrity(data_dir) == "ok"
    assert geonews("export", "--format", "jsonl", "--q", "minister").stdout == answer.stdout


def test_kill_9_of_a_server_loses_no_acknowledged_article(tmp_path: Path, corpus: Path) -> None:
    data_dir = tmp_path / "data"
    env = {"GEONEWS_API_TOKEN": TOKEN}
    lines = iter(corpus.read_text().splitlines())
    acknowledged: dict[int, str] = {}
    rng = random.Random(3)
    for _ in range(max(2, KILLS // 5)):
        process, base = start_server(data_dir, env=env)
        answered = threading.Event()
        posting = threading.Thread(
            target=_post_until_refused, args=(base, lines, acknowledged, answered)
        )
        posting.start()
        # Killed a random while after its first answer: on a busy machine the first ingest (its
        # dictionaries opened) can take longer than a whole random wait counted from the start.
        answered.wait(timeout=_FIRST_ANSWER_SECONDS)
        time.sleep(rng.uniform(0.0, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        posting.join()
    assert acknowledged, "no article was acknowledged before the kills"
    process, base = start_server(data_dir, env=env)  # Restart: the index catches up.
    try:
        for article_id, title in acknowledged.items():
            with urllib.request.urlopen(f"{base}/api/articles/{article_id}") as response:
                assert json.load(response)["title"] == title
    finally:
        process.kill()
        process.wait()
    check = Geonews(data_dir)("check")
    assert (check.returncode, check.stdout.strip()) == (0, "database and index agree")


def _post_until_refused(
    base: str, lines: Iterator[str], acknowledged: dict[int, str], answered: threading.Event
) -> None:
    """POST articles one by one; keep those the server answered 201 for (`answered` is set at
    the first)."""
    for line in lines:
        try:
            status, answer = post_article(base, line.encode(), TOKEN, timeout=10)
        except (OSError, http.client.HTTPException):
            return  # The server was killed (maybe between the answer's head and its body).
        if status == 201:
            acknowledged[answer["id"]] = json.loads(line)["title"]
            answered.set()


@pytest.mark.parametrize("command", ["ingest", "reindex", "serve"])
def test_workers_end_when_their_parent_is_killed(
    tmp_path: Path, corpus: Path, command: str
) -> None:
    data_dir = tmp_path / "data"
    geonews = Geonews(data_dir)
    if command != "ingest":
        assert geonews("ingest", str(corpus)).returncode == 0
    args = {
        "ingest": ["ingest", str(corpus)],
        "reindex": ["reindex"],
        "serve": ["serve", "--port", str(free_port()), "--workers", "2"],
    }[command]
    process = start_in_own_group(geonews, *args)
    try:
        _wait_for_workers(process, 1 if command != "serve" else 2)
        kill_parent(process)  # Asserts that the workers end within 5 s.
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def _wait_for_workers(process: subprocess.Popen[bytes], count: int) -> None:
    deadline = time.monotonic() + 60
    while len(descendants(process.pid)) < count:
        assert process.poll() is None, "the command ended before it started its workers"
        assert time.monotonic() < deadline, "no worker processes within 60 s"
        time.sleep(0.02)
