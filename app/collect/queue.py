"""The follower's bookkeeping in the database: which feeds are due, what each poll found, which
pages wait for a (new) try. Every write here commits with what it records, or not at all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from app.collect.listing import ListedItem
from app.storage.models import Feed, FeedItem

# A page that could not be fetched waits this long before its second try, then twice as long
# before each next one (up to GEONEWS_FETCH_MAX_BACKOFF_S).
FIRST_RETRY_S = 300.0
# Items taken from one poll: a first poll of a big sitemap would otherwise queue years of pages.
NEW_ITEMS_PER_POLL = 1000
# Entries of one listing looked at (a whole-site sitemap lists tens of thousands).
LISTED_PER_POLL = 5000


@dataclass(frozen=True)
class DueFeed:
    """What a poll needs to know of a feed (a plain copy: polls run in other threads)."""

    id: int
    url: str
    name: str | None
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class DueItem:
    """A page waiting to be fetched, and what is kept of it so far."""

    id: int
    url: str
    entry: bytes | None
    state: str
    attempts: int
    article_id: int | None
    source_name: str | None
    source_country: str | None  # The feed's --country.


def backoff_s(failures: int, base_s: float, max_s: float) -> float:
    """Exponential back-off: base, then twice as long at each further failure, up to max_s."""
    return float(min(max_s, base_s * 2 ** max(0, min(failures - 1, 40))))


def due_feeds(session: Session, now: datetime) -> list[DueFeed]:
    """The feeds whose next poll is due, the longest waiting first."""
    rows = session.scalars(select(Feed).where(Feed.next_due_at <= now).order_by(Feed.next_due_at))
    return [DueFeed(f.id, f.url, f.name, f.etag, f.last_modified) for f in rows]


def due_items(session: Session, now: datetime, limit: int) -> list[DueItem]:
    """Pages to fetch now: new items, and summaries whose retry is due; each feed's longest
    waiting first, then each feed's second, and so on. Taken in the order they were queued,
    the `limit` would fill with the first few feeds' items, and the pause per host would hold
    the round to those few hosts' pace while the others wait."""
    turn = (
        func.row_number()
        .over(partition_by=FeedItem.feed_id, order_by=(FeedItem.next_try_at, FeedItem.id))
        .label("turn")
    )
    query = (
        select(FeedItem, Feed.name, Feed.country, turn)
        .join(Feed, Feed.id == FeedItem.feed_id)
        .where(FeedItem.state.in_(("pending", "summary")), FeedItem.next_try_at <= now)
        .order_by(turn, FeedItem.next_try_at, FeedItem.id)
        .limit(limit)
    )
    return [
        DueItem(i.id, i.url, i.entry, i.state, i.attempts, i.article_id, name, country)
        for i, name, country, _ in session.execute(query)
    ]


def record_items(session: Session, feed_id: int, items: list[ListedItem], now: datetime) -> int:
    """Queue the items not seen before (by this feed's key, or by any feed's page URL: outlets
    list one article in several feeds); returns how many were queued."""
    items = items[:LISTED_PER_POLL]
    keys = [item.key for item in items]
    urls = [item.url for item in items]
    seen_keys = set(
        session.scalars(
            select(FeedItem.key).where(FeedItem.feed_id == feed_id, FeedItem.key.in_(keys))
        )
    )
    seen_urls = set(session.scalars(select(FeedItem.url).where(FeedItem.url.in_(urls))))
    fresh: dict[str, ListedItem] = {}
    for item in items:
        if item.key not in seen_keys and item.url not in seen_urls:
            fresh.setdefault(item.url, item)
    queued = list(fresh.values())[:NEW_ITEMS_PER_POLL]
    session.add_all(_queued(feed_id, item, now) for item in queued)
    return len(queued)


def _queued(feed_id: int, item: ListedItem, now: datetime) -> FeedItem:
    return FeedItem(
        feed_id=feed_id,
        key=item.key[:2000],
        url=item.url[:2000],
        entry=item.entry,
        state="pending",
        attempts=0,
        next_try_at=now,
        seen_at=now,
    )


def feed_polled(session: Session, feed_id: int, now: datetime, **state: object) -> None:
    """A feed's state after a poll (the columns given, plus when it was fetched)."""
    session.execute(update(Feed).where(Feed.id == feed_id).values(last_fetch_at=now, **state))


def feed_due_after(session: Session, feed_id: int) -> tuple[int, int]:
    """The feed's poll interval and its failures so far."""
    every_s, failures = session.execute(
        select(Feed.every_s, Feed.failures).where(Feed.id == feed_id)
    ).one()
    return int(every_s), int(failures)


# Built once and run on the connection (as app/storage/store.py does): building it and the
# ORM's handling of an update were a good part of a stored page's storing time.
_ITEM_DONE = (
    update(FeedItem)
    .where(FeedItem.id == bindparam("item"))
    .values(state=bindparam("new_state"), article_id=bindparam("article"), last_error=None)
)


def item_done(session: Session, item_id: int, article_id: int, state: str) -> None:
    """The item's page (state 'done') or summary ('summary') is stored as `article_id` (no
    FeedItem of the session is updated: none is loaded where pages are stored)."""
    values = {"item": item_id, "new_state": state, "article": article_id}
    session.connection().execute(_ITEM_DONE, values)


def summary_replaced(session: Session, summary_id: int, article_id: int) -> None:
    """A page captured on demand took a summary's place: the feed items waiting for that page
    have it now, and the follower does not fetch it again."""
    session.execute(
        update(FeedItem)
        .where(FeedItem.article_id == summary_id)
        .values(state="done", article_id=article_id, last_error=None)
    )


def item_failed(
    session: Session, item_id: int, error: str, next_try_at: datetime, *, give_up: bool
) -> None:
    """A try that failed: when to try again, or ('failed') never."""
    item = session.get(FeedItem, item_id)
    if item is None:  # Its feed was removed meanwhile.
        return
    item.attempts += 1
    item.last_error = error[:2000]
    item.next_try_at = next_try_at
    if give_up:  # A summary stored before stays; its page is not asked for again.
        item.state = "failed"


def later(now: datetime, seconds: float) -> datetime:
    return now + timedelta(seconds=seconds)
