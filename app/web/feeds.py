"""The feeds the archive follows, and how each is doing: /feeds, and /feeds.json."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from app.collect.feed_list import interval_text, items_by_state, list_feeds
from app.moments import Moment, Precision
from app.storage.models import Feed
from app.web.deps import SessionDep
from app.web.page_json import Shown, page_and_json
from app.web.page_models import FeedItemCounts, FeedOut, FeedsAnswer
from app.web.problems import documented_pages

router = APIRouter(default_response_class=HTMLResponse, responses=documented_pages(400))


@page_and_json(router, "/feeds", "feeds", FeedsAnswer)
def feeds_page(session: SessionDep) -> Shown[FeedsAnswer]:
    """Each followed feed: its outlet, when it was polled, how it went, when it is due next."""
    items = items_by_state(session)
    feeds = [_feed_out(feed, items.get(feed.id, Counter())) for feed in list_feeds(session)]
    return Shown(FeedsAnswer(feeds=feeds), {"interval_text": interval_text})


def _feed_out(feed: Feed, items: Counter[str]) -> FeedOut:
    return FeedOut(
        url=feed.url,
        kind=feed.kind,
        name=feed.name,
        country=feed.country,
        every_s=feed.every_s,
        added_at=_utc(feed.added_at),
        last_fetch_at=_utc(feed.last_fetch_at) if feed.last_fetch_at else None,
        last_success_at=_utc(feed.last_success_at) if feed.last_success_at else None,
        failures=feed.failures,
        next_due_at=_utc(feed.next_due_at),
        last_error=feed.last_error,
        items=FeedItemCounts(**{state: items[state] for state in FeedItemCounts.model_fields}),
    )


def _utc(moment: datetime) -> str:
    """A moment the database keeps in UTC, in ISO 8601 as the API writes every time."""
    return Moment(moment, 0, Precision.SECOND).isoformat()
