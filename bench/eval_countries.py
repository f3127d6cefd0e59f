"""Country tagging against Reuters-21578's hand-assigned PLACES labels: micro P, R, F1.

Run: .venv/bin/python -m bench.eval_countries   (needs ../shared/corpora/reuters21578)
"""

from __future__ import annotations

import sys
import time
from collections import Counter

from app.enrich.geo.tagger import tag_countries
from bench.reuters import REUTERS, stories


def evaluate(limit: int | None = None) -> dict[str, float]:
    """Micro-averaged precision, recall and F1 of the 'about' countries over labelled stories."""
    true_pos = false_pos = false_neg = count = primary_right = 0
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    started = time.perf_counter()
    for story in stories():
        tagged = tag_countries(story.title, story.paragraphs)
        found = {m.code for m in tagged}
        primary_right += any(m.primary and m.code in story.places for m in tagged)
        true_pos += len(found & story.places)
        false_pos += len(found - story.places)
        false_neg += len(story.places - found)
        missed.update(story.places - found)
        spurious.update(found - story.places)
        count += 1
        if limit and count >= limit:
            break
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    seconds = time.perf_counter() - started
    print(
        f"stories {count}  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}"
        f"  ({seconds:.1f} s, {count / seconds:.0f} stories/s)"
    )
    print(f"primary country among the labels: {primary_right / count:.3f}")
    print("most missed:", missed.most_common(12))
    print("most spurious:", spurious.most_common(12))
    return {"stories": count, "precision": precision, "recall": recall, "f1": f1}


if __name__ == "__main__":
    if not REUTERS.exists():
        sys.exit(f"{REUTERS} is absent")
    evaluate(int(sys.argv[1]) if len(sys.argv) > 1 else None)
