"""Publication dates of real pages against gold dates: the share right to the day.

Sets: htmldate_mediacloud_2020 (195 dated pages), goose3 fixtures, readability news pages.
Run: .venv/bin/python -m bench.eval_html_dates
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from app.extract.html_dates import publication_date

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


def mediacloud() -> Iterator[tuple[str, str, str]]:
    """(url, html, gold day) for each dated page of htmldate_mediacloud_2020."""
    folder = CORPORA / "htmldate_mediacloud_2020"
    gold = json.loads(
        re.sub(r"\bNaN\b", "null", (folder / "eval_mediacloud_2020.json").read_text())
    )
    for url, entry in gold.items():
        if entry.get("date"):
            raw = gzip.decompress((folder / "test_set" / (entry["file"] + ".gz")).read_bytes())
            yield url, raw.decode("utf-8", errors="replace"), entry["date"][:10]


def goose3() -> Iterator[tuple[str, str, str]]:
    """(url, html, gold day) for goose3 fixtures that state a publish_date."""
    for expected in sorted((CORPORA / "goose3_fixtures").rglob("*.json")):
        data = json.loads(expected.read_text(errors="replace"))
        day = (data.get("expected") or data).get("publish_date")
        page = expected.with_suffix(".html")
        if isinstance(day, str) and re.match(r"\d{4}-\d{2}-\d{2}", day) and page.exists():
            yield data.get("url", ""), page.read_text(errors="replace"), day[:10]


def readability() -> Iterator[tuple[str, str, str]]:
    """(url, html, gold day) for readability pages with a publishedTime."""
    for folder in sorted((CORPORA / "readability_news_pages").iterdir()):
        meta = json.loads((folder / "expected-metadata.json").read_text())
        if meta.get("publishedTime"):
            html = (folder / "source.html").read_text(errors="replace")
            yield "", html, meta["publishedTime"][:10]


def share_right(pages: Iterator[tuple[str, str, str]]) -> tuple[int, int, int]:
    """(right to the day, wrong, none found)."""
    right = wrong = missing = 0
    for url, html, gold in pages:
        found = publication_date(html, url or None)
        if found is None:
            missing += 1
        elif found[0].local().date().isoformat() == gold:
            right += 1
        else:
            wrong += 1
    return right, wrong, missing


if __name__ == "__main__":
    if not CORPORA.exists():
        sys.exit(f"{CORPORA} is absent")
    for name, pages in [
        ("htmldate_mediacloud_2020", mediacloud()),
        ("goose3_fixtures", goose3()),
        ("readability_news_pages", readability()),
    ]:
        right, wrong, missing = share_right(pages)
        total = right + wrong + missing
        print(
            f"{name}: {right}/{total} right to the day ({right / total:.1%}),"
            f" {wrong} wrong, {missing} not found"
        )
