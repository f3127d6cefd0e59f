"""`geonews stats`: what the archive holds."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.archive import Archive
from app.indexing.positions import count_pending, index_position
from app.storage.models import Article, Capture, Source


def count_articles(session: Session) -> int:
    """How many articles the database holds."""
    return session.scalar(select(func.count()).select_from(Article)) or 0


def archive_stats(archive: Archive) -> dict[str, object]:
    """Counts and date range of the archive, and how far the index is behind."""
    position = index_position(archive.index)
    with archive.sessions() as session:
        earliest, latest = session.execute(
            select(func.min(Article.published_at), func.max(Article.published_at))
        ).one()
        return {
            "articles": count_articles(session),
            "outlets": session.scalar(select(func.count()).select_from(Source)),
            "captures": session.scalar(select(func.count()).select_from(Capture)),
            "undated articles": session.scalar(
                select(func.count()).where(Article.published_at.is_(None))
            ),
            "earliest published": earliest.date().isoformat() if earliest else "none",
            "latest published": latest.date().isoformat() if latest else "none",
            "index behind by (changes)": count_pending(session, position),
        }
