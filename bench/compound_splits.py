"""How the Dutch and Scandinavian compounds of real text are split (app/compounds.py): to read.

Run: python -m bench.compound_splits [--all]

Every word of eight letters or more in the written sets' articles (bench/written_intl*.jsonl) of
the languages split by frequency (Dutch, Swedish, Danish, Norwegian), with the parts it is
indexed as: how many are split, by language, and (with --all) each split, to be read for false
ones. The reading at stop 59 is in bench/history/compounds.md.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from app.compounds import SPLIT_IN_ARCHIVE, compound_parts

_LONG_WORD = re.compile(r"[^\W\d_]{8,}")


def long_words() -> dict[str, set[str]]:
    """The long words of each language's written articles, lower-cased."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in sorted(Path(__file__).parent.glob("written_intl*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            code = article.get("gold", {}).get("language", "").split("-")[0]
            if code in SPLIT_IN_ARCHIVE:
                text = " ".join(str(article.get(key) or "") for key in ("title", "body", "text"))
                found[code].update(word.lower() for word in _LONG_WORD.findall(text))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all", action="store_true", help="print every split")
    args = ap.parse_args()
    for code, words in sorted(long_words().items()):
        splits = {word: compound_parts(word, code) for word in sorted(words)}
        split = {word: parts for word, parts in splits.items() if parts}
        print(f"{code}: {len(split)} of {len(words)} long words split")
        if args.all:
            for word, parts in split.items():
                print(f"  {word} = {' | '.join(parts)}")


if __name__ == "__main__":
    main()
