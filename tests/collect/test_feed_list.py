"""The feed list: addresses, intervals, countries and imported files checked before storing."""

from __future__ import annotations

import pytest

from app.archive import Archive
from app.collect.feed_list import (
    FeedListError,
    add_feed,
    feed_url,
    feeds_in_file,
    list_feeds,
    parse_every,
    remove_feed,
)


@pytest.mark.parametrize(
    ("text", "seconds"), [("15m", 900), ("2h", 7200), ("1d", 86400), ("90s", 90), ("120", 120)]
)
def test_intervals(text: str, seconds: int) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["5s", "0m", "soon", "-1h", ""])
def test_bad_intervals_are_refused(text: str) -> None:
    with pytest.raises(FeedListError):
        parse_every(text)


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("HTTPS://News.Example.org:443/rss#top", "https://news.example.org/rss"),
        ("http://example.org", "http://example.org/"),
        ("http://[::1]:8080/f?b=2&a=1", "http://[::1]:8080/f?b=2&a=1"),
    ],
)
def test_feed_addresses_are_normalised(given: str, kept: str) -> None:
    assert feed_url(given) == kept


@pytest.mark.parametrize(
    "text", ["ftp://x/rss", "news.example.org/rss", "http://x:99999/", "javascript:alert(1)"]
)
def test_bad_addresses_are_refused(text: str) -> None:
    with pytest.raises(FeedListError):
        feed_url(text)


def test_add_and_remove(web_archive: Archive) -> None:
    with web_archive.writing_sessions.begin() as session:
        add_feed(session, "https://a.example/rss", country="kp", every_s=3600)
        with pytest.raises(FeedListError, match="followed already"):
            add_feed(session, "HTTPS://A.example/rss")
        with pytest.raises(FeedListError, match="country code"):
            add_feed(session, "https://b.example/rss", country="XX")
    with web_archive.sessions() as session:
        assert [(f.url, f.country, f.every_s) for f in list_feeds(session)] == [
            ("https://a.example/rss", "KP", 3600)
        ]
    with web_archive.writing_sessions.begin() as session:
        assert remove_feed(session, "https://a.example/rss")
        assert not remove_feed(session, "https://a.example/rss")


def test_files_of_urls_and_opml() -> None:
    lines = feeds_in_file(b"# outlets\nhttps://a.example/rss\n\n  https://b.example/atom  \n")
    assert [line.url for line in lines] == ["https://a.example/rss", "https://b.example/atom"]
    opml = b'<opml><body><outline title="A" xmlUrl="https://a.example/rss"/></body></opml>'
    assert [(line.url, line.name) for line in feeds_in_file(opml)] == [
        ("https://a.example/rss", "A")
    ]
    with pytest.raises(FeedListError):
        feeds_in_file(b"<opml><body>")
