"""Rebuild wikinews.jsonl from the Wikinews CSVs (shared/corpora/wikinews_vanatteveldt).

Run: python -m app.demo.convert_wikinews ../shared/corpora/wikinews_vanatteveldt
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

OUTPUT = Path(__file__).with_name("wikinews.jsonl")


def convert(folder: Path) -> int:
    """Write one JSON line per article, in our JSON-lines schema; returns how many."""
    count = 0
    with OUTPUT.open("w", encoding="utf-8") as out:
        for csv_path in sorted(folder.glob("wikinews_*.csv")):
            with csv_path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    if row["title"].startswith("TEST PAGE"):
                        continue  # Wikinews' own test pages, not news.
                    record = {
                        "url": row["url"].replace("wikinews.org//wiki/", "wikinews.org/wiki/"),
                        "published_at": row["date"],
                        "title": row["title"],
                        "body": row["text"],
                        "source": "Wikinews",
                    }
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                    count += 1
    return count


if __name__ == "__main__":
    print(convert(Path(sys.argv[1])), "articles written to", OUTPUT)
