"""Page dumps that open with prose above their headline, and headless texts: stop 70's review.

Run: .venv/bin/python -m bench.eval_opening_dumps [--misses]

A helper who read the rule, not the tests, wrote 61 dumps in the seed's format
(bench/opening_dumps/, gold in expected.json): 46 pages in ten languages that open with two
paragraphs of a notice above their headline (consent, a paywall's meter, an ad blocker's, a
mission or donation blurb, an editor's note or correction, a breaking-news ticker, another
story's teaser), and 15 texts with no headline (an address, then paragraphs, with a subheading,
a pull quote or a list's item further down, which the headline scores may prefer). A dump is
right when its title is the gold's (None for a headless text) and its text opens with the
gold's first paragraph.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.extract.textdump import extract_text_dump

FOLDER = Path(__file__).with_name("opening_dumps")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="print each dump read wrong")
    args = ap.parse_args()
    gold = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
    right = 0
    for name, want in sorted(gold.items()):
        draft = extract_text_dump((FOLDER / f"{name}.txt").read_text(encoding="utf-8"))
        first = draft.paragraphs[0] if draft.paragraphs else None
        ok = draft.title == want["title"] and first == want["first"]
        right += ok
        if args.misses and not ok:
            print(f"MISS {name} ({want['group']}): title {draft.title!r}; first {first!r:.80}")
    print(f"{right}/{len(gold)} dumps right")


if __name__ == "__main__":
    main()
