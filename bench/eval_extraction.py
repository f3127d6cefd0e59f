"""HTML extraction through the ingest path against gold text: mean token F1.

Set: article_extraction_benchmark (181 real pages with gold article bodies).
Run: .venv/bin/python -m bench.eval_extraction
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from app.drafts import ExtractionError, RawItem
from app.extract import extract

BENCHMARK = (
    Path(__file__).resolve().parents[2] / "shared" / "corpora" / "article_extraction_benchmark"
)
_TOKEN = re.compile(r"\w+")


def token_f1(predicted: str, gold: str) -> float:
    """F1 of the multisets of lower-case word tokens."""
    found, truth = Counter(_TOKEN.findall(predicted.lower())), Counter(_TOKEN.findall(gold.lower()))
    common = sum((found & truth).values())
    if not found or not truth or not common:
        return float(found == truth)
    precision, recall = common / sum(found.values()), common / sum(truth.values())
    return 2 * precision * recall / (precision + recall)


def evaluate() -> float:
    """Mean token F1 of the extracted body over every page."""
    gold = json.loads((BENCHMARK / "ground-truth.json").read_text())
    scores = []
    started = time.perf_counter()
    for key, item in gold.items():
        html = gzip.decompress((BENCHMARK / "html" / f"{key}.html.gz").read_bytes())
        raw = RawItem(html, key, "html", "text/html", url=item["url"])
        try:
            body = extract(raw).body
        except ExtractionError:
            body = ""
        scores.append(token_f1(body, item["articleBody"]))
    mean = sum(scores) / len(scores)
    seconds = time.perf_counter() - started
    print(f"pages {len(scores)}  mean token F1 {mean:.3f}  ({len(scores) / seconds:.0f} pages/s)")
    return mean


if __name__ == "__main__":
    if not BENCHMARK.exists():
        sys.exit(f"{BENCHMARK} is absent")
    evaluate()
