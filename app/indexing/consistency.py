"""`geonews check`: compare the database with the index, report drift, and repair it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from app.archive import Archive
from app.indexing.indexer import index_document
from app.indexing.positions import count_pending, index_position
from app.present.results import load_articles
from app.storage.models import Article


@dataclass
class Drift:
    """How the index differs from the database."""

    pending_changes: int = 0
    missing: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)
    extra: list[int] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.pending_changes or self.missing or self.stale or self.extra)

    def describe(self) -> str:
        """One line per kind of drift, or a line saying there is none."""
        if self.clean:
            return "database and index agree"
        return "\n".join(
            f"{label}: {value}"
            for label, value in [
                ("changes not yet applied to the index", self.pending_changes),
                ("articles missing from the index", _ids(self.missing)),
                ("articles indexed from an older version", _ids(self.stale)),
                ("index entries with no article", _ids(self.extra)),
            ]
            if value
        )


def _ids(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:20])
    return f"{len(ids)} ({shown}{', …' if len(ids) > 20 else ''})" if ids else ""


def find_drift(archive: Archive) -> Drift:
    """Compare every article's id and version with the index's entries."""
    indexed = archive.index.article_versions()
    position = index_position(archive.index)
    with archive.sessions() as session:
        stored = {
            row.id: row.content_sha256
            for row in session.execute(select(Article.id, Article.content_sha256))
        }
        pending = count_pending(session, position)
    return Drift(
        pending_changes=pending,
        missing=sorted(stored.keys() - indexed.keys()),
        stale=sorted(i for i in stored.keys() & indexed.keys() if stored[i] != indexed[i]),
        extra=sorted(indexed.keys() - stored.keys()),
    )


def repair(archive: Archive) -> Drift:
    """Apply pending changes, then re-index or remove whatever still differs."""
    archive.catch_up_index()
    drift = find_drift(archive)
    with archive.sessions() as session:
        articles = load_articles(session, drift.missing + drift.stale)
        documents = [index_document(article) for article in articles]
    archive.index.apply(documents, drift.extra, index_position(archive.index).to_json())
    return find_drift(archive)
