"""/feeds: each followed feed's state, as a page (escaped) and as JSON."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import update

from app.archive import open_archive
from app.collect.feed_list import add_feed
from app.settings import Settings
from app.storage.models import Feed, FeedItem
from app.web.app import create_app

HOSTILE = '<script>alert("feed")</script>'
# The database keeps moments as naive UTC datetimes.
FAILED_AT = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC).replace(tzinfo=None)


def _client(settings: Settings) -> TestClient:
    """The app over an archive following two feeds: one fine with items, one failing."""
    archive = open_archive(settings)
    with archive.writing_sessions.begin() as session:
        good = add_feed(session, "https://news.example.org/rss", name=HOSTILE, country="gb")
        bad = add_feed(session, "https://other.example.org/atom", every_s=3600)
        for number, state in enumerate(["done", "done", "summary", "pending", "failed"]):
            session.add(_item(good.id, number, state))
        failing = {"failures": 3, "last_error": f"HTTP 503 {HOSTILE}", "last_fetch_at": FAILED_AT}
        session.execute(update(Feed).where(Feed.id == bad.id).values(**failing))
    archive.close()
    return TestClient(create_app(settings))


def _item(feed_id: int, number: int, state: str) -> FeedItem:
    now = FAILED_AT
    url = f"https://news.example.org/{number}"
    return FeedItem(feed_id=feed_id, key=url, url=url, state=state, next_try_at=now, seen_at=now)


def test_the_json_gives_each_feeds_state(settings: Settings) -> None:
    with _client(settings) as client:
        answer = client.get("/feeds.json").json()
    good, bad = answer["feeds"]
    assert (good["url"], good["kind"], good["name"], good["country"]) == (
        "https://news.example.org/rss",
        "feed",
        HOSTILE,
        "GB",
    )
    assert good["items"] == {"pending": 1, "summary": 1, "done": 2, "failed": 1}
    assert (good["failures"], good["last_error"], good["last_fetch_at"]) == (0, None, None)
    assert (bad["every_s"], bad["failures"]) == (3600, 3)
    assert bad["last_fetch_at"] == "2026-03-04T05:06:07+00:00"
    assert bad["items"] == {"pending": 0, "summary": 0, "done": 0, "failed": 0}
    due = datetime.fromisoformat(bad["next_due_at"])
    assert due.utcoffset() == timedelta(0)


def test_the_page_shows_each_feed_escaped(settings: Settings) -> None:
    with _client(settings) as client:
        page = client.get("/feeds").text
        sources = client.get("/sources").text
    assert HOSTILE not in page
    assert "&lt;script&gt;alert(&#34;feed&#34;)&lt;/script&gt;" in page
    assert "HTTP 503 &lt;script&gt;" in page
    assert "United Kingdom" in page
    assert "4 March 2026 05:06 (UTC)" in page
    assert "<td>1h</td>" in page
    assert "<td>15m</td>" in page
    assert 'href="/feeds"' in sources


def test_no_feed_yet(settings: Settings) -> None:
    with TestClient(create_app(settings)) as client:
        page = client.get("/feeds")
        answer = client.get("/feeds.json").json()
    assert page.status_code == 200
    assert "No feed is followed yet" in page.text
    assert answer == {"feeds": []}
