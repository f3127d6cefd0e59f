"""Country tagging of non-English news against hand-read gold (see below).

Run: `python -m bench.eval_countries_intl [--misses]`.

The gold (bench/countries_intl_gold.jsonl) holds, for each non-English page of
../shared/corpora/htmldate_mediacloud_2020, the countries it names and the one it is mainly
about (or none), read in its own language. Each page goes through the real extractor and
enrichment (language detection, then tagging). Printed: micro precision, recall and F1 of the
countries; how often the main country is found (our primary is the gold's) among the pages
that have one; and pages given a primary where the gold has none.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.enrich import enrich
from bench.mediacloud import gold_entries, page_draft

GOLD = Path(__file__).resolve().parent / "countries_intl_gold.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every page with a miss")
    args = parser.parse_args()
    gold = gold_entries(GOLD)
    true_pos = false_pos = false_neg = main_right = main_total = invented = 0
    for entry in gold:
        article = enrich(page_draft(entry["file"]))
        found = {mention.code for mention in article.countries}
        primary = next((m.code for m in article.countries if m.primary), None)
        expected = set(entry["countries"])
        true_pos += len(found & expected)
        false_pos += len(found - expected)
        false_neg += len(expected - found)
        if entry["primary"]:
            main_total += 1
            main_right += primary == entry["primary"]
        else:
            invented += primary is not None
        if args.misses and (found != expected or primary != entry["primary"]):
            print(
                f"  {entry['file']} [{article.draft.language}] expected {sorted(expected)}"
                f" primary {entry['primary']}; found {sorted(found)} primary {primary}"
            )
    precision = true_pos / max(1, true_pos + false_pos)
    recall = true_pos / max(1, true_pos + false_neg)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    print(f"pages {len(gold)}  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print(f"main country found on {main_right}/{main_total} ({main_right / main_total:.1%})")
    print(f"a primary given where the gold has none: {invented}")
    # The held-out measure is primary accuracy with "none" for "none" counted right.
    right = main_right + len(gold) - main_total - invented
    print(f"primary right (none for none counts): {right}/{len(gold)} ({right / len(gold):.1%})")


if __name__ == "__main__":
    main()
