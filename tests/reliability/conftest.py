"""The reliability suite: the same real server and Chromium as the browser tests, and a loaded
archive (the demo corpus plus GEONEWS_LOAD_ARTICLES generated articles) built once per run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bench.corpus import articles
from tests.e2e.conftest import browser_page, chromium_path
from tests.processes import Geonews

__all__ = ["browser_page", "chromium_path", "loaded_data_dir", "write_articles"]

LOAD_ARTICLES = int(os.environ.get("GEONEWS_LOAD_ARTICLES", "600"))
DEMO_ARTICLES = 293


def write_articles(path: Path, count: int, seed: int, prefix: str) -> Path:
    """Generated articles under URLs of their own (`prefix`), as JSON lines."""
    with path.open("w") as out:
        for number, article in enumerate(articles(count, seed=seed)):
            article.update(id=f"{prefix}-{number}", url=f"https://{prefix}.example/{number}")
            out.write(json.dumps(article) + "\n")
    return path


@pytest.fixture(scope="session")
def loaded_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the demo corpus and LOAD_ARTICLES more, ingested by the CLI."""
    folder = tmp_path_factory.mktemp("loaded")
    geonews = Geonews(folder / "data")
    assert geonews("demo").returncode == 0
    corpus = write_articles(folder / "base.jsonl", LOAD_ARTICLES, 11, "base")
    ingested = geonews("ingest", str(corpus), timeout=3600)  # 20,000 take ~5 minutes.
    assert ingested.returncode == 0, ingested.stderr
    return folder / "data"
