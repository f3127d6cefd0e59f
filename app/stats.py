"""`geonews stats`: what the archive holds."""

from __future__ import annotations

from sqlalchemy import func, select

from app.archive import Archive
from app.models import Article, Capture, Change, Source


def archive_stats(archive: Archive) -> dict[str, object]:
    """Counts and date range of the archive, and how far the index is behind."""
    applied = archive.index.last_applied_change()
    with archive.sessions() as session:
        earliest, latest = session.execute(
            select(func.min(Article.published_at), func.max(Article.published_at))
        ).one()
        last_change = session.scalar(select(func.max(Change.id))) or 0
        return {
            "articles": session.scalar(select(func.count()).select_from(Article)),
            "outlets": session.scalar(select(func.count()).select_from(Source)),
            "captures": session.scalar(select(func.count()).select_from(Capture)),
            "undated articles": session.scalar(
                select(func.count()).where(Article.published_at.is_(None))
            ),
            "earliest published": earliest.date().isoformat() if earliest else "none",
            "latest published": latest.date().isoformat() if latest else "none",
            "index behind by (changes)": max(0, last_change - applied),
        }
