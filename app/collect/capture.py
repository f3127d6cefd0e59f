"""Capture on demand (`geonews capture`, POST /api/captures, the article page's form): one page
fetched now, as the follower fetches, and stored through the same pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.archive import Archive
from app.archive.ingest import ingest_items
from app.collect.fetcher import Fetcher
from app.collect.queue import summary_replaced
from app.collect.web_capture import web_capture
from app.drafts import ExtractionError, RawItem
from app.storage.merging import merge_summary
from app.storage.models import Article


@dataclass(frozen=True)
class Captured:
    """A stored capture: the article's id and what storing did (new, updated, ...)."""

    article_id: int
    outcome: str


def capture_page(
    archive: Archive, fetcher: Fetcher, url: str, *, replaces: int | None = None
) -> Captured:
    """Fetch `url` now and store it (FetchError if it cannot be fetched, ExtractionError if it
    holds no article). `replaces`: a summary-only article the page takes the place of (by
    default, the summary-only article stored under `url`, if there is one)."""
    item = web_capture(fetcher.get(url), archive.settings.max_item_bytes)
    if replaces is None:
        replaces = summary_at(archive, url)
    merge = partial(_merge, replaces) if replaces is not None else None
    report = ingest_items(archive, [item], catch_up=False, on_stored=merge)
    if report.failures:
        raise ExtractionError(report.failures[0].reason)
    outcome = next(name for name, count in report.counts.items() if count)
    return Captured(report.article_ids[0], outcome)


def summary_at(archive: Archive, url: str) -> int | None:
    """The summary-only article stored under `url`, if any."""
    query = select(Article.id).where(Article.url == url, Article.summary_only.is_(True))
    with archive.sessions() as session:
        return session.scalars(query.limit(1)).first()


def _merge(summary_id: int, session: Session, _item: RawItem, article_id: int) -> None:
    # The page may have become the summary's own article (same URL) or another (a canonical
    # URL): either way the feed items waiting for it have it now.
    merge_summary(session, summary_id, article_id)
    summary_replaced(session, summary_id, article_id)
