"""The page of a feed item: fetched and stored with the item's new state in one transaction; the
feed's summary stored instead (and the page retried later) when the page cannot be had."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.archive import Archive
from app.archive.ingest import IngestReport, ingest_items
from app.collect.fetched import FetchError, FetchFailed
from app.collect.fetcher import Fetcher
from app.collect.queue import (
    FIRST_RETRY_S,
    DueItem,
    backoff_s,
    item_done,
    item_failed,
    later,
)
from app.collect.web_capture import web_capture
from app.drafts import RawItem
from app.extract.json_feed import CONTENT_TYPE as JSON_FEED_TYPE
from app.extract.json_feed import is_json_feed
from app.storage.merging import merge_summary
from app.storage.models import Article


@dataclass(frozen=True)
class PageMiss:
    """Why a page could not be had, and whether trying again later may help."""

    reason: str
    permanent: bool = False
    retry_after: float | None = None


def fetch_page(fetcher: Fetcher, item: DueItem, max_bytes: int) -> RawItem | PageMiss:
    """The item's page as a web capture, or why not (runs in a fetching thread)."""
    try:
        fetched = fetcher.get(item.url)
        return web_capture(fetched, max_bytes, item.source_name, item.source_country)
    except FetchFailed as error:
        return PageMiss(error.reason, error.permanent, error.retry_after)
    except FetchError as error:  # Refused: robots.txt, a private address. Not asked again.
        return PageMiss(error.reason, permanent=True)


def store_page(archive: Archive, item: DueItem, got: RawItem | PageMiss, now: datetime) -> str:
    """Store what was fetched, else the summary; returns 'page', 'summary' or 'failed'."""
    if isinstance(got, RawItem):
        report = ingest_items(archive, [got], catch_up=False, on_stored=partial(_page_stored, item))
        if not report.failures:
            return "page"
        got = PageMiss(f"no article in the page: {report.failures[0].reason}", permanent=True)
    if item.state == "pending" and item.entry and _summary_stored(archive, item, got, now):
        return "summary"
    settings = archive.settings
    attempts = item.attempts + 1
    give_up = got.permanent or attempts >= settings.fetch_page_attempts
    retry_at = _next_try(item, got, now, archive)
    with archive.writing_sessions.begin() as session:
        item_failed(session, item.id, got.reason, retry_at, give_up=give_up)
    return "failed"


def _page_stored(item: DueItem, session: Session, _raw: RawItem, article_id: int) -> None:
    item_done(session, item.id, article_id, "done")
    if item.article_id is not None:  # The summary kept before becomes this article.
        merge_summary(session, item.article_id, article_id)


def _summary_stored(archive: Archive, item: DueItem, miss: PageMiss, now: datetime) -> bool:
    """The feed's entry stored in the page's stead; the page is tried again later unless the
    feed carried the full text (or the page is out of reach for good)."""
    assert item.entry is not None
    entry = RawItem(
        item.entry,
        item.url,
        "feed",
        _entry_type(item.entry),
        "feed entry",
        source_name=item.source_name,
        source_country=item.source_country,
    )
    retry_at = _next_try(item, miss, now, archive)
    stored = partial(_summary_kept, item, miss, retry_at)
    report: IngestReport = ingest_items(archive, [entry], catch_up=False, on_stored=stored)
    return not report.failures


def _entry_type(entry: bytes) -> str:
    if is_json_feed(entry):
        return JSON_FEED_TYPE
    return "application/atom+xml" if entry.lstrip().startswith(b"<entry") else "application/rss+xml"


def _summary_kept(
    item: DueItem,
    miss: PageMiss,
    retry_at: datetime,
    session: Session,
    _raw: RawItem,
    article_id: int,
) -> None:
    summary_only = session.scalar(select(Article.summary_only).where(Article.id == article_id))
    state = "summary" if summary_only and not miss.permanent else "done"
    item_done(session, item.id, article_id, state)
    item_failed(session, item.id, miss.reason, retry_at, give_up=False)


def _next_try(item: DueItem, miss: PageMiss, now: datetime, archive: Archive) -> datetime:
    settings = archive.settings
    wait = backoff_s(item.attempts + 1, FIRST_RETRY_S, settings.fetch_max_backoff_s)
    return later(now, max(wait, min(miss.retry_after or 0.0, settings.fetch_max_backoff_s)))
