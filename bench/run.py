"""`make bench [SIZE=n]`: the archive measured end to end at one size, beside SQLite FTS5.

Ingest rate (through `geonews ingest`), full rebuild, database and index size, server start,
`/api/search` latency over HTTP at 1 and 8 clients, page render times, the server's peak memory,
and the same search page computed in-process by GeoNews and by FTS5, with their ratio.
Results: bench/results/bench-<size>.json and a table on stdout.
"""

from __future__ import annotations

import http.client
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from argparse import ArgumentParser
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bench.corpus import write_corpus
from bench.fts5 import FtsQuery, build, search_page
from bench.serving import free_port, peak_memory_mb, wait_until_up

RESULTS = Path(__file__).resolve().parent / "results"
WORKERS = os.cpu_count() or 1  # The server as one would run it: a process per core.
# Sets of new connections the 8 clients' requests are spread over (see http_latencies); each
# set ends when its slowest client does, so a set needs enough requests to keep clients busy.
CONNECTION_ROUNDS = 5
QUERIES: list[tuple[str, dict[str, str], FtsQuery]] = [
    ("common term", {"q": "said"}, FtsQuery("said")),
    ("rare term", {"q": "earthquake"}, FtsQuery("earthquake")),
    ("AND", {"q": "election AND president"}, FtsQuery("election AND president")),
    ("phrase", {"q": '"prime minister"'}, FtsQuery('"prime minister"')),
    ("prefix", {"q": "protest*"}, FtsQuery("protest*")),
    ("OR", {"q": "Ukraine OR Russia"}, FtsQuery("Ukraine OR Russia")),
    (
        "date range",
        {"q": "government", "from": "2018", "to": "2019"},
        FtsQuery("government", years=(2018, 2019)),
    ),
    ("country filter", {"q": "police", "country": "RU"}, FtsQuery("police", country="RU")),
    ("filters only", {"country": "CN", "from": "2020"}, FtsQuery(None, "CN", (2020, 2100))),
    ("deep page", {"q": "said", "page": "20"}, FtsQuery("said", page=20)),
]


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    pick = lambda share: ordered[min(len(ordered) - 1, int(share * len(ordered)))]  # noqa: E731
    return {
        "p50": round(statistics.median(ordered), 1),
        "p95": round(pick(0.95), 1),
        "p99": round(pick(0.99), 1),
    }


def geonews(env: dict[str, str], *args: str) -> float:
    """Run a CLI command; its seconds. A failure stops the bench with the command's own words."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        sys.exit(f"geonews {' '.join(args)} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return time.perf_counter() - started


def http_latencies(
    port: int, paths: list[str], clients: int, rounds: int = 1
) -> tuple[list[float], float]:
    """Each client requests its share of `paths` over one keep-alive connection. With `rounds`,
    the paths are requested in that many rounds, each on new connections: a connection stays
    with the worker that accepted it, and how the workers share 8 connections is a matter of
    chance (6 to 2 costs a third of the rate), so one round measures one draw."""
    timings: list[float] = []
    seconds = 0.0
    per_round = -(-len(paths) // rounds)
    for first in range(0, len(paths), per_round):
        batch = paths[first : first + per_round]
        shares = [batch[i::clients] for i in range(clients)]
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            for share_timings in pool.map(lambda share: _one_connection(port, share), shares):
                timings += share_timings
        seconds += time.perf_counter() - started
    return timings, len(paths) / seconds


def _one_connection(port: int, paths: list[str]) -> list[float]:
    """The milliseconds of each request, made one after another on one connection."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    timings = []
    for path in paths:
        started = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        assert response.status == 200, (path, response.status)
        timings.append((time.perf_counter() - started) * 1000)
    connection.close()
    return timings


def warm_every_worker(port: int, paths: list[str]) -> None:
    """Each search's words read by every worker (the first search of a word in a process reads
    its postings from disk). A connection stays with the worker that accepted it, and one
    worker may accept a whole burst of them, so each request comes on a new connection: with
    8 per worker, a worker misses a search with a chance of 1 in 2^16 (two workers)."""
    for path in paths:
        for _ in range(8 * WORKERS):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            connection.request("GET", path)
            assert connection.getresponse().read()
            connection.close()


def unremembered(rounds: int, first: int) -> list[str]:
    """The query set `rounds` times, every request new to the server (see serve_and_measure)."""
    return [
        f"/api/search?{urlencode({**params, 'q': params.get('q', '') + ' ' * (first + n)})}"
        for n in range(rounds)
        for _, params, _ in QUERIES
    ]


def serve_and_measure(env: dict[str, str], rounds: int) -> dict[str, object]:
    port = free_port()
    started = time.perf_counter()
    command = [sys.executable, "-m", "app", "serve", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--workers", str(WORKERS)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        start_seconds = wait_until_up(port, started)
        api = [f"/api/search?{urlencode(params)}" for _, params, _ in QUERIES]
        warm_every_worker(port, api)
        # Servers remember recent result pages until the index changes. "Cold" requests are
        # each new to the server (the words followed by a different number of spaces: the
        # same search, another key); "warm" ones repeat a search already answered.
        one, _ = http_latencies(port, unremembered(rounds, 1), 1)
        eight, rate = http_latencies(port, unremembered(rounds * 2, 1000), 8, CONNECTION_ROUNDS)
        warm, _ = http_latencies(port, api * rounds, 1)
        _, warm_rate = http_latencies(port, api * rounds * 2, 8, CONNECTION_ROUNDS)
        pages, _ = http_latencies(port, [f"/search?{urlencode(p)}" for _, p, _ in QUERIES], 1)
        articles, _ = http_latencies(port, [f"/articles/{n}" for n in range(1, 41)], 1)
        return {
            "server_ready_s": round(start_seconds, 2),
            "api_1_client_ms": percentiles(one),
            "api_8_clients_ms": percentiles(eight),
            "api_8_clients_rps": round(rate, 1),
            "api_1_client_warm_ms": percentiles(warm),
            "api_8_clients_warm_rps": round(warm_rate, 1),
            "search_page_ms": percentiles(pages),
            "article_page_ms": percentiles(articles),
            "server_workers": WORKERS,
            "server_peak_memory_mb": peak_memory_mb(server.pid),
        }
    finally:
        server.terminate()
        server.wait(timeout=30)


def compare_with_fts5(data: Path, env: dict[str, str], rounds: int) -> dict[str, object]:
    """The same search page in-process: GeoNews (search, facets, load, snippets) and FTS5."""
    os.environ.update(env)
    from app.archive import open_archive
    from app.present.results import find_articles
    from app.settings import Settings
    from app.web.params import SearchForm

    archive = open_archive(Settings(data_dir=data))
    fts_db = data / "fts5.db"
    fts_build_s = build(data / "geonews.db", fts_db)
    fts = sqlite3.connect(fts_db)
    rows: dict[str, object] = {}
    for name, params, fts_query in QUERIES:
        ours, theirs = [], []
        for spaces in range(rounds):
            # Each round new to the index's memory of results (as in serve_and_measure).
            request = SearchForm(
                q=params.get("q", "") + " " * spaces,
                page=int(params.get("page", "1")),
                country=(params["country"],) if "country" in params else (),
                date_from=params.get("from", ""),
                date_to=params.get("to", ""),
            ).request(10)
            with archive.sessions() as session:
                started = time.perf_counter()
                find_articles(session, archive.index, request)
                ours.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            search_page(fts, fts_query)
            theirs.append((time.perf_counter() - started) * 1000)
        rows[name] = {
            "geonews": percentiles(ours),
            "fts5": percentiles(theirs),
            "ratio_p50": round(statistics.median(ours) / statistics.median(theirs), 2),
        }
    archive.close()
    return {"fts5_build_s": round(fts_build_s, 1), "queries": rows}


def directory_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 1)


BUILD_FIGURES = (
    "built",
    "ingest_articles_per_s",
    "ingest_part_s",
    "ingest_resumed_parts",
    "rebuild_s",
    "database_mb",
    "index_mb",
)


def main(size: int, reuse: bool = False) -> dict[str, object]:
    """Build an archive of `size` articles and measure it. With `reuse`, the archive and the
    build figures of the last run at this size are kept and only the searches are measured
    again (a build of 1,000,000 articles takes hours here)."""
    data = RESULTS / f"data-{size}"
    last = RESULTS / f"bench-{size}.json"
    env = {**os.environ, "GEONEWS_DATA_DIR": str(data)}
    if reuse and data.exists() and last.exists():
        previous = json.loads(last.read_text())
        built = {key: previous[key] for key in BUILD_FIGURES if key in previous}
        built.setdefault("built", previous["date"])
    else:
        built = build_archive(size, data, env)
    rounds = 20 if size <= 100_000 else 5
    result: dict[str, object] = {
        "date": datetime.now(UTC).date().isoformat(),
        "articles": size,
        "machine": f"{os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}",
        **built,
        **serve_and_measure(env, rounds),
        "fts5": compare_with_fts5(data, env, rounds),
    }
    RESULTS.mkdir(exist_ok=True)
    last.write_text(json.dumps(result, indent=2))
    _progress_file(size).unlink(missing_ok=True)
    print_table(result)
    return result


PART_SIZE = 50_000  # Articles per ingested file: a stopped build resumes at its part.


def build_archive(size: int, data: Path, env: dict[str, str]) -> dict[str, object]:
    """Write the corpus, ingest it part by part into an empty archive, rebuild the index: their
    figures. A run stopped midway (1,000,000 articles take hours) resumes where it was: the
    seconds of each finished part and of the rebuild are kept in bench/results/build-<size>.json
    until the run's results are written; a part that was cut short is ingested again (its stored
    articles found unchanged) and is named in the result."""
    parts = write_corpus(RESULTS / f"corpus-{size}", size, PART_SIZE)
    progress_file = _progress_file(size)
    progress = _resumable(progress_file, data)
    # A part of more than 100 MB / 100,000 items needs the ingest limits raised.
    limits = {
        "GEONEWS_MAX_FILE_BYTES": str(max(100_000_000, *(p.stat().st_size for p in parts))),
        "GEONEWS_MAX_ITEMS_PER_FILE": str(max(100_000, PART_SIZE)),
    }
    ingest_s: dict[str, float] = progress["ingest_s"]
    for part in parts:
        if part.name in ingest_s:
            continue
        _wait_while_held()
        if progress.get("ingesting") == part.name:
            progress["resumed_parts"].append(part.name)
        progress["ingesting"] = part.name
        progress_file.write_text(json.dumps(progress, indent=2))
        ingest_s[part.name] = round(geonews({**env, **limits}, "ingest", str(part)), 1)
        print(f"  ingested {part.name}: {ingest_s[part.name]} s", flush=True)
    progress.pop("ingesting", None)
    if "rebuild_s" not in progress:
        _wait_while_held()
        progress["rebuild_s"] = round(geonews(env, "reindex"), 1)
    progress_file.write_text(json.dumps(progress, indent=2))  # Until the results are written.
    return {
        "built": datetime.now(UTC).date().isoformat(),
        "ingest_articles_per_s": round(size / sum(ingest_s.values()), 1),
        # Each part's seconds, in order: how the ingest's cost grows with the archive.
        "ingest_part_s": list(ingest_s.values()),
        "ingest_resumed_parts": progress["resumed_parts"],
        "rebuild_s": progress["rebuild_s"],
        "database_mb": round(directory_mb(data) - directory_mb(data / "index"), 1),
        "index_mb": directory_mb(data / "index"),
    }


def _progress_file(size: int) -> Path:
    return RESULTS / f"build-{size}.json"


def _wait_while_held() -> None:
    """`touch bench/results/hold` makes a build wait before its next part: the machine can be
    used for something else without that work counting in the ingest figure."""
    hold = RESULTS / "hold"
    if hold.exists():
        print("  held: waiting for bench/results/hold to go", flush=True)
    while hold.exists():
        time.sleep(5)


def _resumable(progress_file: Path, data: Path) -> dict[str, Any]:
    """The unfinished build's progress, or a fresh one over an empty data folder."""
    if progress_file.exists() and data.exists():
        progress: dict[str, Any] = json.loads(progress_file.read_text())
        print(f"  resuming the build: {len(progress['ingest_s'])} parts ingested", flush=True)
        return progress
    subprocess.run(["rm", "-rf", str(data)], check=True)
    progress = {"started": datetime.now(UTC).isoformat(), "ingest_s": {}, "resumed_parts": []}
    RESULTS.mkdir(exist_ok=True)
    progress_file.write_text(json.dumps(progress, indent=2))
    return progress


def print_table(result: dict[str, object]) -> None:
    print(f"\n{result['articles']:,} articles, {result['machine']}, {result['date']}")
    for key in (
        "built",
        "ingest_articles_per_s",
        "rebuild_s",
        "database_mb",
        "index_mb",
        "server_ready_s",
        "api_1_client_ms",
        "api_8_clients_ms",
        "api_8_clients_rps",
        "api_1_client_warm_ms",
        "api_8_clients_warm_rps",
        "search_page_ms",
        "article_page_ms",
        "server_peak_memory_mb",
    ):
        print(f"  {key:24} {result[key]}")
    fts = result["fts5"]
    assert isinstance(fts, dict)
    print(f"  {'query':16} {'geonews p50/p95 ms':>20} {'fts5 p50/p95 ms':>18} {'ratio':>6}")
    for name, row in fts["queries"].items():
        ours, theirs = row["geonews"], row["fts5"]
        print(
            f"  {name:16} {ours['p50']:>9}/{ours['p95']:<10} {theirs['p50']:>8}/{theirs['p95']:<9}"
            f" {row['ratio_p50']:>6}"
        )


if __name__ == "__main__":
    arguments = ArgumentParser(description="Measure GeoNews beside SQLite FTS5.")
    arguments.add_argument("size", type=int, nargs="?", default=10_000, help="articles")
    arguments.add_argument(
        "--reuse", action="store_true", help="measure the searches of the last build again"
    )
    options = arguments.parse_args()
    main(options.size, options.reuse)
