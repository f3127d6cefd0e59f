"""The pages of ../shared/corpora/htmldate_mediacloud_2020 and the gold files kept beside the
evaluations that read them (bench/eval_languages.py, bench/eval_countries_intl.py)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from app.drafts import ArticleDraft, RawItem
from app.extract import extract

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "htmldate_mediacloud_2020"


def gold_entries(gold: Path) -> list[dict[str, Any]]:
    """One gold entry a page; exits saying so when the corpus is not beside the checkout."""
    if not CORPUS.is_dir():
        raise SystemExit(f"{CORPUS} is absent: nothing to evaluate")
    return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]


def page_draft(file: str) -> ArticleDraft:
    """A page of the set through the real extractor, as `geonews ingest` reads it."""
    content = gzip.decompress((CORPUS / "test_set" / f"{file}.gz").read_bytes())
    return extract(RawItem(content, file, "html", "text/html"))
