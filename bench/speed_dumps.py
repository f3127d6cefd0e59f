"""Text-dump extraction speed, steadier than one pass: the best of several passes per mode.

Run: python -m bench.speed_dumps [--passes N]. On a shared machine one pass varies by a third;
the best pass in CPU time (not wall time) is what the code costs when nothing else is running.
"""

from __future__ import annotations

import argparse
import contextlib
import time

from app.drafts import ExtractionError
from app.extract.textdump import extract_text_dump
from bench.dump_gold import read_gold
from bench.dump_pages import DUMPS_DIR, MODES


def best_rate(texts: list[str], passes: int) -> float:
    """Dumps per second of the fastest pass."""
    best = float("inf")
    for _ in range(passes):
        started = time.process_time()
        for text in texts:
            with contextlib.suppress(ExtractionError):
                extract_text_dump(text)
        best = min(best, time.process_time() - started)
    return len(texts) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=7)
    args = ap.parse_args()
    entries = [e for e in read_gold() if not e.skip]
    for mode in MODES:
        texts = [(DUMPS_DIR / mode / f"{e.id}.txt").read_text(encoding="utf-8") for e in entries]
        print(f"{mode}: {best_rate(texts, args.passes):.0f} dumps/s (best of {args.passes})")


if __name__ == "__main__":
    main()
