"""One article taking in another: a feed's summary, stored when the page could not be fetched,
merges into the article its page became once fetched (under its canonical URL, which the feed's
link need not be). The summary's captures move over (invariant 2: originals are kept); the
summary's row goes, with a change-log row (invariant 4) that takes it out of the index."""

from __future__ import annotations

from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session

from app.moments import utc_now
from app.storage.models import Article, ArticleBand, ArticleCountry, Capture, Change


def merge_summary(session: Session, summary_id: int, article_id: int) -> bool:
    """Fold the summary-only article into `article_id`; False when there is nothing to fold
    (the same article, or one that is gone or no longer a summary)."""
    if summary_id == article_id:
        return False
    summary = session.get(Article, summary_id)
    if summary is None or not summary.summary_only:
        return False
    connection = session.connection()
    # The summary's captures go first, so the page's capture stays the latest.
    connection.execute(
        update(Capture).where(Capture.article_id == summary_id).values(article_id=article_id)
    )
    connection.execute(delete(ArticleCountry).where(ArticleCountry.article_id == summary_id))
    connection.execute(delete(ArticleBand).where(ArticleBand.article_id == summary_id))
    session.expunge(summary)
    connection.execute(delete(Article).where(Article.id == summary_id))
    now = utc_now()
    connection.execute(
        insert(Change),
        [
            {"article_id": summary_id, "kind": "delete", "created_at": now},
            {"article_id": article_id, "kind": "upsert", "created_at": now},
        ],
    )
    return True
