"""Every written set's queries against one archive of all their articles.

Run: `python -m bench.written_queries_together [--out results.json]`.

bench.eval_written_intl reads each set into an archive of its own, where a query competes with
forty or sixty articles. Here every article of bench/written_intl*.jsonl (a URL once) goes into
one archive, a thousand and more in some thirty languages, and each set's queries are searched
there: a rule that lets a query find more also lets it find other stories, and the second
figure printed, the results the queries find in all, shows how many. With `--out`, each query's
outcome is written as JSON, so two versions of the code (run in turn, each on PYTHONPATH) can
be compared query by query.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from app.archive import open_archive
from app.search import SearchRequest, search
from app.settings import Settings
from app.storage.models import Article
from bench.eval_written_intl import ingest_without_gold

BENCH = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write each query's outcome here (JSON)")
    args = parser.parse_args()
    rows, seen = [], set()
    for path in sorted(BENCH.glob("written_intl*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and (row := json.loads(line))["url"] not in seen:
                seen.add(row["url"])
                rows.append(row)
    outcomes = []
    with tempfile.TemporaryDirectory() as folder:
        archive = open_archive(Settings(data_dir=Path(folder) / "data"))
        ingest_without_gold(archive, rows, Path(folder))
        with archive.sessions() as session:
            ids = {article.url: article.id for article in session.query(Article).all()}
        for row in rows:
            for query in row["gold"]["queries"]:
                request = SearchRequest(query["query"], collapse_copies=False, per_page=10)
                results = search(archive.index, request)
                found = ids[row["url"]] in results.ids
                outcomes.append({"query": query["query"], "found": found, "total": results.total})
        archive.close()
    found = sum(outcome["found"] for outcome in outcomes)
    total = sum(outcome["total"] for outcome in outcomes)
    print(f"{len(rows)} articles, {len(outcomes)} queries")
    print(f"article in the top 10: {found}/{len(outcomes)} ({found / len(outcomes):.1%})")
    print(f"results found in all: {total} ({total / len(outcomes):.2f} a query)")
    if args.out:
        args.out.write_text(json.dumps(outcomes, ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
