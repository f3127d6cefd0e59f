"""English stories written to break the reading of the world's provinces (stop 70's review).

Run: .venv/bin/python -m bench.eval_regions_review [--misses] [--cases FILE]

A helper who read the rule, not the tests, wrote 109 short stories in the style of wires and
local papers (bench/regions_en_review.jsonl): a province's name as a surname opening a paragraph
(`Hidalgo, a Socialist, …`), a club, a gang, a play, another country's town or county of the same
name (`in Gisborne, north-west of Melbourne`, Texas's `Hidalgo County`), and the local stories the
rule is for (`Bomet Governor`, `in Otago`, `Kagera Region`). Each holds the countries a careful
reader tags, those tolerated besides (a club's country), and the primary (a list where either
reading is fair). A story is right when its countries are the expected ones, give or take the
tolerated, and its primary is one of those given.

`--cases bench/peoples_en_review.jsonl`: 84 stories written the same way to break stop 70's other
English changes, the smaller countries' peoples (`a Maltese puppy`, `New Guinean highlanders`,
`the Swazi people of Mpumalanga`) and a people's adjective before a town or a legislature (`a
Chinese takeaway in town`, `the Chinese district of Manchester`, `the Mexican city of Tijuana`
in a US story).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.enrich.geo.tagger import tag_countries

CASES = Path(__file__).with_name("regions_en_review.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print each story read wrong")
    ap.add_argument("--cases", type=Path, default=CASES, help="the stories and their gold")
    args = ap.parse_args()
    right = total = 0
    for line in args.cases.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        tags = tag_countries(case["title"], case["paragraphs"], "en")
        found = {tag.code for tag in tags}
        primary = next((tag.code for tag in tags if tag.primary), None)
        expected, tolerated = set(case["countries"]), set(case["tolerated"])
        primaries = case["primary"] if isinstance(case["primary"], list) else [case["primary"]]
        ok = expected <= found <= expected | tolerated and primary in primaries
        right += ok
        total += 1
        if args.misses and not ok:
            print(
                f"MISS {case['id']} ({case['freq']}): expected {sorted(expected)} primary"
                f" {primaries}; found {sorted(found)} primary {primary}"
            )
    print(f"{right}/{total} stories right")


if __name__ == "__main__":
    main()
