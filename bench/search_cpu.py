"""`python -m bench.search_cpu [--data bench/results/data-10000] [--rounds 30]`: the CPU time of
one search in-process, as the search page makes it (facets, stories), each search new to the
archive (the result cache never answers), for the ten queries of `make bench`.

CPU time, not wall time: on a machine that is busy with other work it still measures this code,
so two versions can be compared side by side (run it with each on PYTHONPATH).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from bench.run import QUERIES, RESULTS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=RESULTS / "data-10000")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    os.environ["GEONEWS_DATA_DIR"] = str(args.data)
    from app.archive import open_archive
    from app.search import Filters, SearchRequest, Sort, search
    from app.settings import Settings

    archive = open_archive(Settings())
    for name, params, _ in QUERIES:
        filters = Filters.parse(
            [params["country"]] if "country" in params else [],
            date_from=params.get("from"),
            date_to=params.get("to"),
        )
        sort = Sort.RELEVANCE
        page = int(params.get("page", "1"))
        timings = []
        for n in range(args.rounds + 3):
            text = params.get("q", "") + " " * (n + 1)  # Same search, another cache key.
            request = SearchRequest(text, sort, page, 10, filters, with_facets=True)
            started = time.process_time()
            search(archive.index, request)
            if n >= 3:  # The first ones read postings from disk: measured apart by make bench.
                timings.append((time.process_time() - started) * 1000)
        print(f"{name:15} median {statistics.median(timings):6.2f} ms CPU")
    archive.close()


if __name__ == "__main__":
    main()
