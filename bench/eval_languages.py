"""Language detection against hand-checked gold: `python -m bench.eval_languages [--misses]`.

The gold (bench/languages_gold.jsonl) is one line per page of ../shared/corpora/
htmldate_mediacloud_2020 that yields an article: its language as BCP 47, and how that was
decided. Each page goes through the real extractor and enrichment; a tag is right when its
language and script agree with the gold (a region such as 'pt-BR' is not judged).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from app.enrich import enrich
from bench.mediacloud import gold_entries, page_draft

GOLD = Path(__file__).resolve().parent / "languages_gold.jsonl"


def _without_region(tag: str | None) -> str:
    parts = (tag or "").split("-")
    return "-".join(part for part in parts if not (len(part) == 2 and part.isupper()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args()
    gold = gold_entries(GOLD)
    right, misses, seconds = 0, [], 0.0
    for entry in gold:
        draft = page_draft(entry["file"])
        declared = draft.language
        started = time.perf_counter()
        found = enrich(draft).draft.language
        seconds += time.perf_counter() - started
        if _without_region(found) in {entry["language"], *entry["also_right"]}:
            right += 1
        else:
            misses.append((entry["file"], entry["language"], found, declared))
    print(f"language right on {right}/{len(gold)} pages ({right / len(gold):.1%})")
    print(f"enrichment (languages, countries, signature) {seconds / len(gold) * 1000:.1f} ms/page")
    for file, expected, found, declared in misses if args.misses else []:
        print(f"  {file}: expected {expected}, found {found} (declared {declared})")


if __name__ == "__main__":
    main()
