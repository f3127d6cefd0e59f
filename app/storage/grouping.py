"""Grouping copies in the store: find candidates through shared LSH bands, keep the best match."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Connection, bindparam, delete, insert, select
from sqlalchemy.orm import Session

from app.enrich.copies import DATE_WINDOW_DAYS, SAME_STORY, Signature
from app.storage.models import Article, ArticleBand

MAX_CANDIDATES = 200
_STORY_DATES = (Article.published_at, Article.captured_at)
# Built once (see app/storage/store.py).
_DELETE_BANDS = delete(ArticleBand).where(ArticleBand.article_id == bindparam("article"))
_SHARING_A_BAND = (
    select(ArticleBand.article_id)
    .where(
        ArticleBand.key.in_(bindparam("keys", expanding=True)),
        ArticleBand.article_id != bindparam("article"),
    )
    .distinct()
    .limit(MAX_CANDIDATES)
)
# Only the columns compared: loading whole articles (bodies) was a tenth of ingest time.
_CANDIDATES = select(Article.id, Article.group_id, Article.minhash, *_STORY_DATES).where(
    Article.id.in_(_SHARING_A_BAND)
)


def group_for(
    session: Session,
    article_id: int,
    story_date: datetime | None,
    signature: Signature | None,
    has_bands: bool = True,
) -> int:
    """Store the article's bands (replacing any: a new article has none) and return the group
    of its closest copy, else the article's own id. story_date is when it was published, else
    captured."""
    session.flush()  # The statements below go to the connection, which does not autoflush.
    connection = session.connection()
    if has_bands:
        connection.execute(_DELETE_BANDS, {"article": article_id})
    if signature is None:
        return article_id
    keys = signature.band_keys()
    closest = _closest_copy_group(connection, article_id, story_date, signature, keys)
    connection.execute(
        insert(ArticleBand),
        [{"article_id": article_id, "band": band, "key": key} for band, key in enumerate(keys)],
    )
    return closest or article_id


def _closest_copy_group(
    connection: Connection,
    article_id: int,
    story_date: datetime | None,
    signature: Signature,
    keys: list[int],
) -> int | None:
    """The group of the article's closest copy among those sharing a band, if any is close."""
    candidates = connection.execute(_CANDIDATES, {"keys": keys, "article": article_id}).all()
    scored = [
        (Signature.from_bytes(candidate.minhash).similarity(signature), -candidate.id, candidate)
        for candidate in candidates
        if candidate.minhash
        and _close_in_time(story_date, candidate.published_at or candidate.captured_at)
    ]
    best = max(scored, key=lambda item: item[:2], default=None)
    return best[2].group_id if best is not None and best[0] >= SAME_STORY else None


def _close_in_time(mine: datetime | None, theirs: datetime | None) -> bool:
    """Copies of a story appear within days of each other (when both dates are known)."""
    if mine is None or theirs is None:
        return True
    return abs(mine - theirs) <= timedelta(days=DATE_WINDOW_DAYS)
