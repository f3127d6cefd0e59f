"""`python -m bench.load_search [--size 20000]`: searches under load, as users see them.

After 15 s of warming up, eight clients search a running server (`geonews serve`, a worker
per core, as `make run` serves) without pause, each over its own keep-alive connection, every
request new to the server (the result cache never answers). Their latency is measured three ways:
- alone (the baseline);
- while one more client sends the 20 worst queries the server accepts, one after another
  (20-word phrases with the widest slop, the longest OR of common words, prefixes just under
  the expansion cap, the last page of a common word, with facets and the timeline);
- while one more client stores 20 new articles a second through the write API (as a follower
  of feeds does), with how long each new article takes to be found.
Results: bench/results/load-<size>.json and a table on stdout. The archive is the one
`make bench SIZE=<size>` builds (built here when missing).
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from argparse import ArgumentParser
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import count
from pathlib import Path
from urllib.parse import urlencode

from bench.run import QUERIES, RESULTS, WORKERS, build_archive, percentiles
from bench.serving import free_port, wait_until_up

CLIENTS = 8
BASELINE_S = 20.0
WARM_UP_S = 15.0
WRITES_S = 30.0
WRITES_PER_S = 20
TOKEN = "load-benchmark"
COMMON = [
    "said",
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "that",
    "is",
    "was",
    "for",
    "on",
    "with",
    "as",
    "by",
    "at",
    "from",
    "it",
    "he",
    "his",
    "has",
    "have",
    "but",
    "are",
    "not",
    "be",
    "they",
    "this",
    "who",
    "their",
    "been",
    "were",
    "will",
    "its",
    "an",
    "had",
    "would",
    "one",
    "after",
    "government",
    "president",
    "people",
    "year",
    "two",
    "told",
    "new",
    "also",
    "more",
    "than",
    "we",
    "there",
    "about",
    "minister",
    "police",
    "country",
    "state",
    "party",
    "first",
    "last",
    "security",
    "military",
    "war",
]


def worst_queries(port: int) -> list[str]:
    """The 20 costliest searches the server accepts, each new to it, as search pages."""
    phrases = [f'"{" ".join(COMMON[n : n + 20])}"~20' for n in range(8)]
    long_or = " OR ".join(COMMON)[:990]
    ors = [long_or, long_or.replace(" OR ", " "), f"said NOT ({long_or[:900]})"]
    words = ["constitution", "president", "statement", "government", "international", "department"]
    prefixes = _widest_prefixes(port, words)
    deep = [{"q": w, "page": "1000", "per_page": "100"} for w in ("said", "people", "government")]
    params = [{"q": q} for q in [*phrases, *ors, *prefixes]] + deep
    return [f"/search?{urlencode(p)}" for p in params[:20]]


def _widest_prefixes(port: int, words: list[str]) -> list[str]:
    """For each word, its shortest prefix the server accepts as a query (the most words under
    the expansion cap): grown along a real word, so that it stands for real words."""
    accepted = []
    for word in words:
        length = 2
        while _status(port, f"/api/search?{urlencode({'q': word[:length] + '*'})}") == 400:
            length += 1
        accepted.append(f"{word[:length]}*")
    return accepted


def _status(port: int, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status


def searching_paths(client: int) -> Iterator[str]:
    """A client's endless run of everyday searches, each new to the server."""
    for n in count():
        _, params, _ = QUERIES[(n + client) % len(QUERIES)]
        padding = " " * (1 + client + CLIENTS * n)  # Same search, another cache key.
        yield f"/api/search?{urlencode({**params, 'q': params.get('q', '') + padding})}"


class Clients:
    """Eight searching clients, run until stopped; their latencies in milliseconds."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.timings: list[float] = []
        self.errors: list[str] = []
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._run, args=(client,)) for client in range(CLIENTS)
        ]

    def __enter__(self) -> Clients:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join()

    def _run(self, client: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        for path in searching_paths(client):
            if self._stop.is_set():
                break
            milliseconds, status = _timed(connection, "GET", path)
            self.timings.append(milliseconds)
            if status != 200:
                self.errors.append(f"{status} {path}")
        connection.close()


def _timed(
    connection: http.client.HTTPConnection,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[float, int]:
    started = time.perf_counter()
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    response.read()
    return (time.perf_counter() - started) * 1000, response.status


def under(port: int, disturbance: Callable[[], dict[str, object]]) -> dict[str, object]:
    """The clients' latencies while `disturbance` runs, with what it reports."""
    with Clients(port) as clients:
        time.sleep(2)  # Every client has a connection and is searching.
        first = len(clients.timings)
        report = disturbance()
        during = clients.timings[first:]
    return {
        "clients_ms": percentiles(during),
        "requests": len(during),
        **report,
        "client_errors": clients.errors[:5],
    }


def _pause(seconds: float) -> dict[str, object]:
    time.sleep(seconds)
    return {}


def send_worst(port: int) -> dict[str, object]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    timings, statuses = [], []
    for path in worst_queries(port):
        milliseconds, status = _timed(connection, "GET", path)
        timings.append(round(milliseconds))
        statuses.append(status)
    return {"worst_queries_ms": timings, "worst_statuses": sorted(set(statuses))}


def store_articles(port: int) -> dict[str, object]:
    """New articles at up to WRITES_PER_S a second for WRITES_S seconds (one writer, each
    POST answered before the next); meanwhile, once a second, how long the newest stored
    article takes to be found from the moment its POST was answered."""
    stored: list[tuple[str, float]] = []  # Each article's word, and when it was stored.
    statuses: set[int] = set()
    writer = threading.Thread(target=_write_articles, args=(port, stored, statuses))
    started = time.perf_counter()
    writer.start()
    lags = []
    while writer.is_alive():
        time.sleep(1)
        if stored:
            word, stored_at = stored[-1]
            lags.append(round(_found_at(port, word) - stored_at, 2))
    writer.join()
    return {
        "articles_per_s": round(len(stored) / (time.perf_counter() - started), 1),
        "write_statuses": sorted(statuses),
        "found_within_s": percentiles(lags),
    }


def _write_articles(port: int, stored: list[tuple[str, float]], statuses: set[int]) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    started = time.perf_counter()
    for n in count():
        due = started + n / WRITES_PER_S
        if due - started >= WRITES_S:
            break
        time.sleep(max(0.0, due - time.perf_counter()))
        word = f"loadmark{os.getpid()}x{n}"
        article = {
            "url": f"https://load.example/{word}",
            "title": f"Load {word}",
            "body": f"A new article holding {word}.",
        }
        body = json.dumps(article).encode()
        _, status = _timed(connection, "POST", "/api/articles", body, headers)
        statuses.add(status)
        stored.append((word, time.perf_counter()))
    connection.close()


def _found_at(port: int, word: str) -> float:
    """When a search first finds `word` (given up after a minute)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    give_up = time.perf_counter() + 60
    while time.perf_counter() < give_up:
        connection.request("GET", f"/api/search?{urlencode({'q': word})}")
        if b'"total":1' in connection.getresponse().read().replace(b" ", b""):
            break
        time.sleep(0.05)
    connection.close()
    return time.perf_counter()


@contextmanager
def archive_copy(size: int) -> Iterator[Path]:
    """A scratch copy of the archive `make bench SIZE=size` builds (built when missing): the
    articles stored during a run stay out of the archive `make bench` uses."""
    built = RESULTS / f"data-{size}"
    if not (built / "index").exists():
        build_archive(size, built, {**os.environ, "GEONEWS_DATA_DIR": str(built)})
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        shutil.copytree(built, data)
        yield data


def main(size: int) -> dict[str, object]:
    with archive_copy(size) as data:
        result = _measure(
            size, {**os.environ, "GEONEWS_DATA_DIR": str(data), "GEONEWS_API_TOKEN": TOKEN}
        )
    (RESULTS / f"load-{size}.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    return result


def _measure(size: int, env: dict[str, str]) -> dict[str, object]:
    port = free_port()
    command = [sys.executable, "-m", "app", "serve", "--port", str(port), "--workers", str(WORKERS)]
    server = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_until_up(port, time.perf_counter())
        # Unmeasured: each worker reads the queries' postings and facet data once.
        under(port, lambda: _pause(WARM_UP_S))
        result = {
            "date": datetime.now(UTC).date().isoformat(),
            "articles": size,
            "server_workers": WORKERS,
            "clients": CLIENTS,
            "alone": under(port, lambda: _pause(BASELINE_S)),
            "with_worst_queries": under(port, lambda: send_worst(port)),
            "with_writes": under(port, lambda: store_articles(port)),
        }
    finally:
        server.terminate()
        server.wait(timeout=30)
    return result


if __name__ == "__main__":
    parser = ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    main(parser.parse_args().size)
