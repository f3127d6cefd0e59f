"""Grouping copies in the store: find candidates through shared LSH bands, keep the best match."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.copies import DATE_WINDOW_DAYS, SAME_STORY, Signature
from app.models import Article, ArticleBand

MAX_CANDIDATES = 200


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
    copy = _closest_copy(session, article, signature, keys)
    article.group_id = copy.group_id if copy is not None and copy.group_id else article.id


def _closest_copy(
    session: Session, article: Article, signature: Signature, keys: list[int]
) -> Article | None:
    candidate_ids = (
        select(ArticleBand.article_id)
        .where(ArticleBand.key.in_(keys), ArticleBand.article_id != article.id)
        .distinct()
        .limit(MAX_CANDIDATES)
    )
    candidates = session.scalars(select(Article).where(Article.id.in_(candidate_ids))).all()
    scored = [
        (Signature.from_bytes(candidate.minhash).similarity(signature), -candidate.id, candidate)
        for candidate in candidates
        if candidate.minhash and _close_in_time(article, candidate)
    ]
    best = max(scored, key=lambda item: item[:2], default=None)
    return best[2] if best is not None and best[0] >= SAME_STORY else None


def _close_in_time(article: Article, other: Article) -> bool:
    """Copies of a story appear within days of each other (when both dates are known)."""
    mine, theirs = _story_date(article), _story_date(other)
    if mine is None or theirs is None:
        return True
    return abs(mine - theirs) <= timedelta(days=DATE_WINDOW_DAYS)


def _story_date(article: Article) -> datetime | None:
    return article.published_at or article.captured_at
