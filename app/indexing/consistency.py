"""`geonews check`: compare the database with the index, report drift, and repair it."""

from __future__ import annotations

from collections import Counter
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
    # Articles with more than one live entry (each found by searches of any of its versions).
    duplicated: list[int] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (
            self.pending_changes or self.missing or self.stale or self.extra or self.duplicated
        )

    @property
    def to_reindex(self) -> list[int]:
        """The articles whose entries are rewritten by a repair."""
        return sorted({*self.missing, *self.stale, *self.duplicated})

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
                ("articles indexed more than once", _ids(self.duplicated)),
            ]
            if value
        )


def _ids(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:20])
    return f"{len(ids)} ({shown}{', …' if len(ids) > 20 else ''})" if ids else ""


def find_drift(archive: Archive) -> Drift:
    """Compare every article's id and version with every live entry of the index."""
    entries = archive.index.article_entries()
    indexed: dict[int, set[str]] = {}
    for article_id, version in entries:
        indexed.setdefault(article_id, set()).add(version)
    counts = Counter(article_id for article_id, _ in entries)
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
        stale=sorted(i for i in stored.keys() & indexed.keys() if indexed[i] != {stored[i]}),
        extra=sorted(indexed.keys() - stored.keys()),
        duplicated=sorted(i for i, count in counts.items() if count > 1 and i in stored),
    )


def repair(archive: Archive) -> Drift:
    """Apply pending changes, then re-index or remove whatever still differs (rewriting an
    article replaces every entry it has)."""
    archive.catch_up_index()
    drift = find_drift(archive)
    with archive.sessions() as session:
        articles = load_articles(session, drift.to_reindex)
        documents = [index_document(article) for article in articles]
    archive.index.apply(documents, drift.extra, index_position(archive.index).to_json())
    return find_drift(archive)
