"""`python -m bench.multilingual_search_cpu [--rounds 3]`: the CPU time of a search in an archive
of many languages, as the search page makes it (facets, stories; the result cache bypassed).

The archive: the pages and feeds of bench.eval_multilingual_search and every written set
(bench/written_intl*.jsonl), about a thousand articles in some thirty languages, built in a
temporary folder. The queries: the hand-written ones of bench/multilingual_queries.jsonl, those
of the written sets from check10 on, and a few English ones. CPU time, not wall time, so that
two versions can be compared side by side (run it with each on PYTHONPATH); `make bench`'s
archive is English only, and a search there analyses no other language.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.search import SearchRequest
from app.search.searching import _search
from app.settings import Settings
from bench.eval_multilingual_search import QUERIES, SOURCES

BENCH = Path(__file__).resolve().parent
ENGLISH = ["election president", "protest*", "government", "Ukraine OR Russia", "earthquake"]


def queries() -> list[str]:
    found = [json.loads(line)["query"] for line in QUERIES.read_text().splitlines() if line]
    for path in sorted(BENCH.glob("written_intl_check1*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            found += [query["query"] for query in json.loads(line)["gold"]["queries"]]
    return found + ENGLISH


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    missing = [str(path) for path in SOURCES if not path.exists()]
    if missing:
        raise SystemExit(f"missing corpora: {', '.join(missing)}")
    with tempfile.TemporaryDirectory() as folder:
        archive = open_archive(Settings(data_dir=Path(folder) / "data"))
        written = sorted(str(path) for path in BENCH.glob("written_intl*.jsonl"))
        ingest_paths(archive, [str(path) for path in SOURCES] + written)
        texts = queries()
        with archive.index.view() as view:
            for text in texts:  # Warm: dictionaries opened, postings read once.
                _search(view, SearchRequest(text, with_facets=True))
            times = []
            for _ in range(args.rounds):
                start = time.process_time()
                for text in texts:
                    _search(view, SearchRequest(text, with_facets=True))
                times.append((time.process_time() - start) / len(texts) * 1000)
        archive.close()
    shown = ", ".join(f"{ms:.2f}" for ms in times)
    print(f"{len(texts)} queries: {statistics.median(times):.2f} ms CPU a search ({shown})")


if __name__ == "__main__":
    main()
