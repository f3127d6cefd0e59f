"""Write app/enrich/data/english_regions.csv: the world's provinces and states English reads
(app/enrich/geo/english_regions.py), from pycountry with world_places' filters.

Run: .venv/bin/python -m bench.make_english_regions [--check]
(--check: exit 1 if the file differs from what the libraries installed now give)
"""

from __future__ import annotations

import argparse
import csv
import io
import sys

from app.enrich.geo.english_regions import REGIONS_CSV
from app.enrich.geo.world_places import english_region_rows


def table() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "code", "kind"])
    writer.writerows(sorted(english_region_rows(), key=lambda row: (row[1], row[0])))
    return out.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare, do not write")
    args = ap.parse_args()
    text = table()
    if args.check:
        same = REGIONS_CSV.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{REGIONS_CSV} differs: run without --check")
        sys.exit(0 if same else 1)
    REGIONS_CSV.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - 1} regions to {REGIONS_CSV}")


if __name__ == "__main__":
    main()
