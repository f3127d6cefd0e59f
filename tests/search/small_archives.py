"""A small archive of hand-written articles, each named by the last part of its URL."""

from __future__ import annotations

import json
from pathlib import Path

from app.archive import Archive, open_archive
from app.archive.ingest import ingest_paths
from app.search import SearchRequest, search
from app.settings import Settings
from app.storage.models import Article


def archive_of(folder: Path, articles: dict[str, tuple[str, str]]) -> Archive:
    """An archive in `folder` of articles given as name -> (title, body), through the JSON-lines
    reader and ingest (the caller closes it)."""
    lines = [
        json.dumps({"title": title, "body": body, "url": f"https://example.org/{name}"})
        for name, (title, body) in articles.items()
    ]
    path = folder / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    opened = open_archive(Settings(data_dir=folder / "data"))
    ingest_paths(opened, [str(path)])
    return opened


def names_found(archive: Archive, text: str) -> list[str]:
    """The names of the articles a query finds, best first."""
    ids = search(archive.index, SearchRequest(text, per_page=100)).ids
    with archive.sessions() as session:
        return [session.get(Article, i).url.rsplit("/", 1)[1] for i in ids]  # type: ignore[union-attr]
