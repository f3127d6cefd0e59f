"""`python -m bench.load_follow [--size 20000]`: searches while the follower stores articles.

The server runs as a user runs it with feeds to follow: `geonews serve --workers 2 --follow`
on a copy of the archive `make bench SIZE=<size>` builds. Forty simulated outlets
(bench/outlets.py, each a real HTTP server on an address of its own in 127.0.0.0/8) publish
20 articles a second between them, each with a minute's backlog when followed. After 15 s of
unmeasured searching and 20 s of eight clients searching alone (the baseline), the outlets'
feeds are imported (`geonews feeds import`, polled every minute) while the server runs; the
follower polls them, fetches every page through its fetcher (robots.txt, one request per host
every GEONEWS_FETCH_DELAY_S, the default 2 s: forty hosts allow 20 pages a second) and stores
it. From the first article stored, for 60 s, the eight clients search without pause while,
once a second, the newest stored article (its marker word) is searched for until found: the
lag from its `ingested_at` (set inside the transaction that stores it) to a search finding it.
Results: bench/results/follow-<size>.json and the same on stdout; the server's log beside it.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import time
from argparse import ArgumentParser
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from bench.load_search import BASELINE_S, WARM_UP_S, _found_at, _pause, archive_copy, under
from bench.outlets import MARKER, Outlets, stories
from bench.run import RESULTS, percentiles
from bench.serving import free_port, wait_until_up

HOSTS = 40
RATE = 20.0  # Articles published a second, all outlets together.
BACKLOG_S = 60.0  # Each feed's items out before it is followed: a poll interval's worth.
FOLLOW_S = 60.0
POLL_EVERY = "1m"  # The shortest interval `geonews feeds` allows.
SERVER_WORKERS = 2
FIRST_STORED_WITHIN_S = 120.0
PROBES = 8  # Probes waiting for their article at once, at most.
_STORED = f"SELECT url, ingested_at FROM articles WHERE url LIKE '%/world/{MARKER}%'"


def main(size: int) -> dict[str, object]:
    outlets = Outlets(HOSTS, stories(int(RATE * (BACKLOG_S + 2 * FOLLOW_S))), RATE, BACKLOG_S)
    try:
        # The server's log is kept beside the results: the follower's rounds, slow turns.
        with archive_copy(size) as data, (RESULTS / f"follow-{size}.log").open("w+") as log:
            result = _measure(size, data, outlets, log)
    finally:
        outlets.close()
    (RESULTS / f"follow-{size}.json").write_text(_json(result))
    print(_json(result))
    return result


def _measure(size: int, data: Path, outlets: Outlets, log: IO[str]) -> dict[str, object]:
    env = {**os.environ, "GEONEWS_DATA_DIR": str(data), "GEONEWS_FETCH_ALLOW_PRIVATE": "true"}
    port = free_port()
    command = [sys.executable, "-m", "app", "serve", "--port", str(port)]
    command += ["--workers", str(SERVER_WORKERS), "--follow"]
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_until_up(port, time.perf_counter())
        under(port, lambda: _pause(WARM_UP_S))  # Unmeasured: each worker's first reads.
        alone = {**under(port, lambda: _pause(BASELINE_S)), "load_average": _load()}
        _follow(env, outlets, data)
        following = under(port, lambda: _while_following(port, data / "geonews.db"))
    finally:
        server.terminate()
        server.wait(timeout=60)
    return {
        "date": datetime.now(UTC).date().isoformat(),
        "articles": size,
        "server": " ".join(["geonews", *command[3:]]),
        "outlets": HOSTS,
        "published_per_s": RATE,
        "fetch_delay_s": float(env.get("GEONEWS_FETCH_DELAY_S", "2")),
        "alone": alone,
        "while_following": following,
        "server_log": _log_summary(log),
    }


def _follow(env: dict[str, str], outlets: Outlets, data: Path) -> None:
    """The outlets' feeds followed from now (imported while the server runs, as a user would),
    returning once the follower stored the first of their articles."""
    feeds = data.parent / "outlets.txt"
    feeds.write_text("".join(f"{url}\n" for url in outlets.feed_urls()))
    outlets.open()
    command = [sys.executable, "-m", "app", "feeds", "import", str(feeds), "--every", POLL_EVERY]
    subprocess.run(command, env=env, check=True, capture_output=True)
    give_up = time.time() + FIRST_STORED_WITHIN_S
    while not _stored(data / "geonews.db"):
        if time.time() > give_up:
            raise TimeoutError("the follower stored nothing: see the server's log")
        time.sleep(0.2)


def _while_following(port: int, database: Path) -> dict[str, object]:
    """For FOLLOW_S seconds, once a second: how long after it was stored the newest stored
    article is found; then how many were stored meanwhile."""
    started = time.time()
    probes: list[Future[float]] = []
    found: set[str] = set()
    # Probes in threads: each waits for its article as long as it takes, and the next one
    # starts a second after the last all the same.
    with ThreadPoolExecutor(PROBES) as pool:
        while time.time() < started + FOLLOW_S:
            asked = time.time()
            marker, stored_at = _stored(database)[-1]
            if marker not in found:  # Else nothing was stored since the last probe.
                probes.append(pool.submit(_lag, port, marker, stored_at))
                found.add(marker)
            time.sleep(max(0.0, asked + 1 - time.time()))
        ended = time.time()
        lags = [probe.result() for probe in probes]
    stored = [at for _, at in _stored(database) if started <= at < ended]
    return {
        "seconds": round(ended - started, 1),
        "articles_per_s": round(len(stored) / (ended - started), 1),
        "stored_per_5s": [
            sum(started + s <= at < started + s + 5 for at in stored)
            for s in range(0, int(ended - started), 5)
        ],
        "found_within_s": {**percentiles(lags), "max": max(lags), "samples": len(lags)},
        "load_average": _load(),
        "feed_items": _items(database),
    }


def _items(database: Path) -> dict[str, object]:
    """The feed items by state, and the commonest reasons a page was not had."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30) as connection:
        states = connection.execute("SELECT state, count(*) FROM feed_items GROUP BY state")
        by_state = dict(states.fetchall())
        errors = connection.execute(
            "SELECT last_error, count(*) AS n FROM feed_items WHERE last_error IS NOT NULL"
            " GROUP BY last_error ORDER BY n DESC LIMIT 3"
        ).fetchall()
    return {"by_state": by_state, "errors": [f"{n} x {error}" for error, n in errors]}


def _lag(port: int, marker: str, stored_at: float) -> float:
    """Seconds from `stored_at` (a time.time()) until a search finds `marker`."""
    found = _found_at(port, marker)
    return round(time.time() - (time.perf_counter() - found) - stored_at, 2)


def _stored(database: Path) -> list[tuple[str, float]]:
    """The outlets' articles stored so far, in storing order: (marker, stored at)."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30) as connection:
        rows = connection.execute(_STORED + " ORDER BY id").fetchall()
    return [(_marker(url), _epoch(at)) for url, at in rows]


def _marker(url: str) -> str:
    found = re.search(MARKER + r"\d+", url)
    assert found is not None
    return found.group()


def _epoch(stored: str) -> float:
    return datetime.fromisoformat(stored).replace(tzinfo=UTC).timestamp()


def _load() -> list[float]:
    return [round(figure, 2) for figure in os.getloadavg()]


def _log_summary(log: IO[str]) -> dict[str, object]:
    """The follower's rounds and the index turns held over a second, from the server's log."""
    log.seek(0)
    lines = log.read().splitlines()
    rounds = [line for line in lines if "feeds polled" in line]
    held = [line for line in lines if "catch-up turn held" in line]
    tracebacks = sum("Traceback" in line for line in lines)
    return {"rounds": rounds, "slow_turns": held, "tracebacks": tracebacks}


def _json(result: dict[str, object]) -> str:
    return json.dumps(result, indent=2)


if __name__ == "__main__":
    parser = ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    main(parser.parse_args().size)
