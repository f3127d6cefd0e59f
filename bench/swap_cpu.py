"""`python -m bench.swap_cpu [--data bench/results/data-20000] [--commits 20] [--runs 2]`: what a
follower's commits cost the searches of a server beside it, in CPU time, in-process.

A copy of the archive is opened twice, as two processes would: a follower that stores a batch
of new articles and commits them to the index (its own store and indexer path, a quick commit
of about 45 articles, its facet data saved), and a server that searches. After each commit:
- the swap: the server's look for a new state of the index (IndexerThread's warm(): a new
  searcher and its joined columns);
- the searches right after it: eight threads, each search new to the server, over the query
  kinds of `make bench` with facets (as the search page asks), every thread opening a searcher
  of its own;
- the same number of searches again, the new state settled (steady).
CPU time of the process (the follower's work is left out), best of --runs runs per commit:
the machine may be busy with other work, and this still compares two versions of the code.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus import articles
from bench.run import QUERIES, RESULTS

THREADS = 8
BATCH = 45  # Articles a follower's catch-up commits (about 20 a second, every 2 to 3 s).


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=RESULTS / "data-20000")
    parser.add_argument("--commits", type=int, default=20)
    parser.add_argument("--searches", type=int, default=40, help="per phase, per commit")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    runs = [_run(args.data, args.commits, args.searches) for _ in range(args.runs)]
    best = [
        {key: min(run[n][key] for run in runs) for key in runs[0][n]} for n in range(args.commits)
    ]
    for n, row in enumerate(best, 1):
        print(
            f"commit {n:2}: segments {row['segments']:2.0f}  swap {row['swap_ms']:6.1f} ms  "
            f"after {row['after_ms']:5.1f} ms/search  steady {row['steady_ms']:5.1f} ms/search"
        )
    summary = {key: round(statistics.mean(row[key] for row in best), 1) for key in best[0]}
    baseline = min(run[-1]["baseline_ms"] for run in runs)
    print(
        f"mean over commits: swap {summary['swap_ms']} ms, after {summary['after_ms']} ms/search, "
        f"steady {summary['steady_ms']} ms/search; before any commit {baseline} ms/search"
    )
    print(json.dumps({"per_commit_mean": summary, "baseline_ms": baseline}))


def _run(data: Path, commits: int, searches: int) -> list[dict[str, float]]:
    with tempfile.TemporaryDirectory(prefix="swap-cpu-") as temp:
        copy = Path(temp) / "data"
        shutil.copytree(data, copy, symlinks=False)
        os.environ["GEONEWS_DATA_DIR"] = str(copy)
        from app.archive import open_archive
        from app.settings import Settings

        follower = open_archive(Settings(), catch_up=False)
        server = open_archive(Settings(), catch_up=False)
        try:
            return _rounds(follower, server, Path(temp), commits, searches)
        finally:
            server.close()
            follower.close()


def _rounds(
    follower: Any, server: Any, temp: Path, commits: int, searches: int
) -> list[dict[str, float]]:
    from app.search.postings import segments

    server.index.warm()
    queries = _Queries()
    _cpu_per_search(server, queries, searches)  # Postings of the common words read once.
    baseline = _cpu_per_search(server, queries, searches)
    new = articles(commits * BATCH, seed=20261130)
    rows = []
    for n in range(commits):
        _commit(follower, [next(new) for _ in range(BATCH)], temp / f"batch-{n}.jsonl")
        swap = _cpu_ms(server.index.warm)
        after = _cpu_per_search(server, queries, searches)
        steady = _cpu_per_search(server, queries, searches)
        with server.index.searcher() as searcher:
            count = len(segments(searcher))
        rows.append(
            {
                "segments": count,
                "swap_ms": swap,
                "after_ms": after,
                "steady_ms": steady,
                "baseline_ms": baseline,
            }
        )
    return rows


def _commit(follower: Any, batch: list[dict[str, object]], path: Path) -> None:
    """Store the batch through the ingest pipeline, then the follower's quick catch-up commit."""
    from app.archive.ingest import ingest_paths

    with path.open("w") as out:
        for article in batch:
            marked = {**article, "id": f"swap-{article['id']}", "url": f"{article['url']}-swap"}
            out.write(json.dumps(marked) + "\n")
    report = ingest_paths(follower, [str(path)])
    if report.counts["new"] != len(batch):
        raise SystemExit(f"the batch was not stored as new: {report.summary()}")


class _Queries:
    """The query kinds of `make bench`, each search new to the server (another cache key)."""

    def __init__(self) -> None:
        self._next = 0
        self._lock = threading.Lock()

    def request(self) -> Any:
        from app.search import Filters, SearchRequest, Sort

        with self._lock:
            n, self._next = self._next, self._next + 1
        _, params, _ = QUERIES[n % len(QUERIES)]
        filters = Filters.parse(
            [params["country"]] if "country" in params else [],
            date_from=params.get("from"),
            date_to=params.get("to"),
        )
        text = params.get("q", "") + " " * (n + 1)
        page = int(params.get("page", "1"))
        return SearchRequest(text, Sort.RELEVANCE, page, 10, filters, with_facets=True)


def _cpu_per_search(server: Any, queries: _Queries, count: int) -> float:
    """CPU ms per search for `count` searches by THREADS threads at once."""
    from app.search import search

    def one_thread(share: int) -> None:
        for _ in range(share):
            search(server.index, queries.request())

    def all_threads() -> None:
        threads = [
            threading.Thread(target=one_thread, args=(count // THREADS,)) for _ in range(THREADS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    return _cpu_ms(all_threads) / (count // THREADS * THREADS)


def _cpu_ms(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return (time.process_time() - started) * 1000


if __name__ == "__main__":
    main()
