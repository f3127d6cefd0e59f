"""The benchmark's own parts: a deterministic corpus, and an FTS5 page that agrees with ours."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from app.archive import Archive
from app.ingest import ingest_paths
from app.search import Filters, SearchRequest, search
from bench.corpus import articles
from bench.fts5 import FtsQuery, build, search_page


def test_corpus_is_the_same_for_the_same_seed() -> None:
    first, again = list(articles(30)), list(articles(30))
    assert first == again
    assert all(article["title"] and article["body"] for article in first)
    assert len({article["url"] for article in first}) == 30


def test_fts5_page_counts_what_we_count(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(article) for article in articles(60)))
    ingest_paths(archive, [str(path)])
    fts_db = tmp_path / "fts5.db"
    build(archive.settings.data_dir / "geonews.db", fts_db)
    page = search_page(sqlite3.connect(fts_db), FtsQuery(None, country="UA"))
    ours = search(
        archive.index, SearchRequest(filters=Filters.parse(["UA"]), collapse_copies=False)
    )
    assert page["total"] == ours.total > 0
    assert len(page["ids"]) == min(10, ours.total)
