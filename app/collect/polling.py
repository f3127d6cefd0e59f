"""Polling one feed: a conditional GET, its listing read, and the outcome recorded at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.collect.fetched import Fetched, FetchError, FetchFailed
from app.collect.fetcher import Fetcher
from app.collect.listing import ListedItem, Listing, NotAListing, read_listing
from app.collect.queue import DueFeed, backoff_s, feed_due_after, feed_polled, later, record_items
from app.readers.detect import UnreadableInput
from app.settings import Settings

# Sitemaps an index may make one poll read (a news sitemap index names a handful).
SITEMAPS_PER_POLL = 20


@dataclass(frozen=True)
class PollOutcome:
    """What one poll gave: the response and its listing (None: not modified), or an error."""

    fetched: Fetched | None = None
    listing: Listing | None = None
    error: str | None = None
    retry_after: float | None = None


def poll_feed(fetcher: Fetcher, feed: DueFeed, settings: Settings) -> PollOutcome:
    """Fetch the feed (conditionally) and read what it lists; never raises for the feed's faults."""
    try:
        fetched = fetcher.get(feed.url, etag=feed.etag, last_modified=feed.last_modified)
        if fetched.not_modified:
            return PollOutcome(fetched)
        listing = _listing(fetched, settings)
        if listing.sitemaps:
            listing = _sitemaps(fetcher, listing, settings)
    except FetchFailed as error:
        return PollOutcome(error=error.reason, retry_after=error.retry_after)
    except FetchError as error:
        return PollOutcome(error=error.reason)
    except (NotAListing, UnreadableInput) as error:
        return PollOutcome(error=str(error))
    return PollOutcome(fetched, listing)


def _listing(fetched: Fetched, settings: Settings) -> Listing:
    payload = fetched.payload(settings.max_item_bytes)
    return read_listing(payload, settings.max_items_per_file, settings.max_item_bytes)


def _sitemaps(fetcher: Fetcher, index: Listing, settings: Settings) -> Listing:
    """The items of the sitemaps an index names (a broken one is skipped: the others count)."""
    items: list[ListedItem] = []
    for url in index.sitemaps[:SITEMAPS_PER_POLL]:
        try:
            items += _listing(fetcher.get(url), settings).items
        except (FetchError, NotAListing, UnreadableInput):
            continue
    return Listing("sitemap", items, [])


def record_poll(
    session: Session, feed: DueFeed, outcome: PollOutcome, now: datetime, settings: Settings
) -> int:
    """The poll's outcome in the database (new items queued with the feed's new state, in one
    transaction); returns how many items were new."""
    every_s, failures = feed_due_after(session, feed.id)
    if outcome.error is not None:
        wait = max(
            backoff_s(failures + 1, every_s, settings.fetch_max_backoff_s),
            min(outcome.retry_after or 0.0, settings.fetch_max_backoff_s),
        )
        feed_polled(
            session,
            feed.id,
            now,
            failures=failures + 1,
            last_error=outcome.error[:2000],
            next_due_at=later(now, wait),
        )
        return 0
    assert outcome.fetched is not None
    fresh = record_items(session, feed.id, outcome.listing.items, now) if outcome.listing else 0
    feed_polled(session, feed.id, now, **_success_state(outcome, every_s, now, settings))
    return fresh


def _success_state(
    outcome: PollOutcome, every_s: int, now: datetime, settings: Settings
) -> dict[str, object]:
    fetched = outcome.fetched
    assert fetched is not None
    fresh_for = min(fetched.max_age() or 0.0, settings.fetch_max_backoff_s)
    state: dict[str, object] = {
        "failures": 0,
        "last_error": None,
        "last_success_at": now,
        "next_due_at": later(now, max(every_s, fresh_for)),
    }
    if outcome.listing is not None:  # A 304 keeps the validators it confirmed.
        state["kind"] = outcome.listing.kind
        state["etag"] = (fetched.header("ETag") or "")[:500] or None
        state["last_modified"] = (fetched.header("Last-Modified") or "")[:100] or None
    return state
