"""`python -m bench.page_cpu [--data bench/results/data-10000] [--rounds 15]`: the CPU time of
the search page (`/search`) and of `/api/search` in-process, through the app as a server runs
it (a TestClient), for the ten queries of `make bench`: "cold", each request new to the server
(its search computed), and, for the page, "warm", its search remembered, as make bench's page
requests find it after the API's.

CPU time of the whole process (the client's share included, the same for any version), so
that two versions can be compared on a busy machine: run it with each on PYTHONPATH (from
another folder, so that the current one is not imported first), each on its own copy of the
archive.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from fastapi.testclient import TestClient

from bench.run import QUERIES, RESULTS

Address = Callable[[dict[str, str], int], str]


def new_search(path: str, first: int) -> Address:
    """The query's address made new to the server: its words followed by `first` + n spaces
    (the page and the API share remembered searches: each kind starts its own count)."""

    def address(params: dict[str, str], n: int) -> str:
        return f"{path}?{urlencode({**params, 'q': params.get('q', '') + ' ' * (first + n)})}"

    return address


def same_search(path: str) -> Address:
    return lambda params, _: f"{path}?{urlencode(params)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=RESULTS / "data-10000")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    os.environ["GEONEWS_DATA_DIR"] = str(args.data)
    from app.settings import Settings
    from app.web.app import create_app

    with TestClient(create_app(Settings())) as client:
        for _, params, _ in QUERIES:  # Postings read from disk, as make bench warms first,
            client.get(same_search("/api/search")(params, 0))
            client.get(same_search("/search")(params, 0))  # and the templates compiled.
        kinds = {
            "page cold": new_search("/search", 100),
            "page warm": same_search("/search"),
            "api cold": new_search("/api/search", 200),
        }
        for kind, address in kinds.items():
            medians = [_median_ms(client, address, params, args.rounds) for _, params, _ in QUERIES]
            shown = "  ".join(f"{m:5.1f}" for m in medians)
            print(f"{kind:9}  median {statistics.median(medians):5.1f} ms CPU   each: {shown}")
    print("queries:", ", ".join(name for name, _, _ in QUERIES))


def _median_ms(client: TestClient, address: Address, params: dict[str, str], rounds: int) -> float:
    timings = []
    for n in range(1, rounds + 1):
        path = address(params, n)
        started = time.process_time()
        answer = client.get(path)
        timings.append((time.process_time() - started) * 1000)
        assert answer.status_code == 200, (path, answer.status_code)
    return statistics.median(timings)


if __name__ == "__main__":
    main()
