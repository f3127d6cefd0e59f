"""The follower's queue in a real database: which pages a round takes first."""

from __future__ import annotations

from app.archive import Archive
from app.collect.feed_list import add_feed
from app.collect.listing import ListedItem
from app.collect.queue import due_items, record_items
from app.moments import utc_now


def test_a_round_takes_each_feeds_first_items_before_any_feeds_next(
    web_archive: Archive,
) -> None:
    """Taken in the order they were queued, a round's limit would fill with the first feed's
    items, and the pause per host would hold the round to that one host's pace."""
    now = utc_now()
    with web_archive.writing_sessions.begin() as session:
        for host in ("one", "two", "three"):
            feed = add_feed(session, f"https://{host}.example/feed.xml")
            session.flush()
            urls = [f"https://{host}.example/news/{n}" for n in range(5)]
            record_items(session, feed.id, [ListedItem(url, url, None) for url in urls], now)
    with web_archive.sessions() as session:
        taken = [item.url for item in due_items(session, now, limit=6)]
    assert sorted(taken) == sorted(
        f"https://{host}.example/news/{n}" for host in ("one", "two", "three") for n in (0, 1)
    )
