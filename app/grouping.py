"""Grouping copies in the store: find candidates through shared LSH bands, keep the best match."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.copies import DATE_WINDOW_DAYS, SAME_STORY, Signature
from app.models import Article, ArticleBand

MAX_CANDIDATES = 200
_STORY_DATES = (Article.published_at, Article.captured_at)


def assign_group(session: Session, article: Article, signature: Signature | None) -> None:
    """Store the article's bands and put it in the group of its closest copy (else its own)."""
    session.execute(delete(ArticleBand).where(ArticleBand.article_id == article.id))
    article.minhash = signature.to_bytes() if signature else None
    if signature is None:
        article.group_id = article.id
        return
    keys = signature.band_keys()
    session.add_all(
        ArticleBand(article_id=article.id, band=band, key=key) for band, key in enumerate(keys)
    )
    article.group_id = _closest_copy_group(session, article, signature, keys) or article.id


def _closest_copy_group(
    session: Session, article: Article, signature: Signature, keys: list[int]
) -> int | None:
    """The group of the article's closest copy among those sharing a band, if any is close."""
    candidate_ids = (
        select(ArticleBand.article_id)
        .where(ArticleBand.key.in_(keys), ArticleBand.article_id != article.id)
        .distinct()
        .limit(MAX_CANDIDATES)
    )
    # Only the columns compared: loading whole articles (bodies) was a tenth of ingest time.
    candidates = session.execute(
        select(Article.id, Article.group_id, Article.minhash, *_STORY_DATES).where(
            Article.id.in_(candidate_ids)
        )
    ).all()
    mine = _story_date(article.published_at, article.captured_at)
    scored = [
        (Signature.from_bytes(candidate.minhash).similarity(signature), -candidate.id, candidate)
        for candidate in candidates
        if candidate.minhash
        and _close_in_time(mine, _story_date(candidate.published_at, candidate.captured_at))
    ]
    best = max(scored, key=lambda item: item[:2], default=None)
    return best[2].group_id if best is not None and best[0] >= SAME_STORY else None


def _close_in_time(mine: datetime | None, theirs: datetime | None) -> bool:
    """Copies of a story appear within days of each other (when both dates are known)."""
    if mine is None or theirs is None:
        return True
    return abs(mine - theirs) <= timedelta(days=DATE_WINDOW_DAYS)


def _story_date(published_at: datetime | None, captured_at: datetime | None) -> datetime | None:
    return published_at or captured_at
