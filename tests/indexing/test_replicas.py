"""Several app servers on one PostgreSQL, each with its own Whoosh index (a replica brought up
to date from the shared change log): an article posted to one is found on the other within 5 s;
a server killed and restarted catches up and loses nothing."""

from __future__ import annotations

import json
import signal
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

from bench.corpus import articles
from tests.e2e.conftest import ARTIFACTS
from tests.postgres import PostgresServer
from tests.processes import Geonews, post_article, start_server, stop

TOKEN = "replica-token"
LAG_LIMIT_S = 5.0
ARTICLES = 60  # Stored before the servers start: the second builds its replica from them.


def post(base: str, title: str) -> int:
    body = json.dumps({"title": title, "body": f"{title}. Delegates met in Vienna on Monday."})
    status, answer = post_article(base, body.encode(), TOKEN)
    assert status == 201, answer
    return int(answer["id"])


def total(base: str, words: str) -> int:
    with urllib.request.urlopen(f"{base}/api/search?{urlencode({'q': words})}") as response:
        return int(json.load(response)["total"])


def seconds_until_found(base: str, words: str, limit_s: float = 30.0) -> float:
    started = time.monotonic()
    while time.monotonic() - started < limit_s:
        if total(base, words) == 1:
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"{words!r} not found on {base} within {limit_s} s")


def test_two_servers_share_one_archive_through_the_change_log(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    env = {"GEONEWS_DATABASE_URL": postgres_server.new_database(), "GEONEWS_API_TOKEN": TOKEN}
    first_dir, second_dir = tmp_path / "first", tmp_path / "second"
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text("".join(json.dumps(article) + "\n" for article in articles(ARTICLES, seed=4)))
    assert Geonews(first_dir, **env)("ingest", str(corpus)).returncode == 0
    first, first_base = start_server(first_dir, env=env)
    second, second_base = start_server(second_dir, env=env)  # Builds its replica at start.
    lags: list[float] = []
    try:
        # The totals count a story once, however many copies: both replicas must agree.
        assert total(second_base, "") == total(first_base, "") > ARTICLES * 0.9
        for number in range(6):
            writer, reader = (first_base, second_base) if number % 2 else (second_base, first_base)
            post(writer, f"Replicamarker{number} talks")
            lags.append(seconds_until_found(reader, f"Replicamarker{number}"))

        second.send_signal(signal.SIGKILL)  # A server dies; the other goes on taking articles.
        second.wait()
        for number in range(6, 10):
            post(first_base, f"Replicamarker{number} talks")
        second, second_base = start_server(second_dir, env=env)
        for number in range(10):
            assert total(second_base, f"Replicamarker{number}") == 1
    finally:
        stop(first)
        stop(second)

    assert max(lags) < LAG_LIMIT_S, lags
    for folder in (first_dir, second_dir):
        check = Geonews(folder, **env)("check")
        assert (check.returncode, check.stdout.strip()) == (0, "database and index agree")
    ARTIFACTS.mkdir(exist_ok=True)
    figures = {
        "posts": len(lags),
        "max_lag_s": round(max(lags), 2),
        "mean_lag_s": round(sum(lags) / len(lags), 2),
    }
    (ARTIFACTS / "replica_lag.json").write_text(json.dumps(figures, indent=2))
