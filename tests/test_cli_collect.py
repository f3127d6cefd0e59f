"""`geonews feeds ...`, `follow --once` and `capture`, run as a user runs them."""

from __future__ import annotations

from pathlib import Path

from tests.collect.conftest import article_page
from tests.collect.web import Page, Site, rss, serving
from tests.processes import Geonews

OPML = b"""<?xml version="1.0"?><opml version="2.0"><body>
<outline text="World" title="Example World" type="rss" xmlUrl="https://news.example.org/world.rss"/>
<outline text="Folder"><outline text="Tech" xmlUrl="https://news.example.org/tech.rss"/></outline>
</body></opml>"""


def test_feeds_are_added_imported_listed_and_removed(tmp_path: Path) -> None:
    geonews = Geonews(tmp_path / "data")
    added = geonews("feeds", "add", "HTTPS://News.Example.org:443/rss", "--country", "gb")
    assert added.returncode == 0, added.stderr
    assert "following https://news.example.org/rss every 15m" in added.stdout
    again = geonews("feeds", "add", "https://news.example.org/rss")
    assert again.returncode == 1
    assert "followed already" in again.stderr
    (tmp_path / "feeds.opml").write_bytes(OPML)
    imported = geonews("feeds", "import", str(tmp_path / "feeds.opml"), "--every", "1h")
    assert "2 feeds added, 0 skipped" in imported.stdout
    listed = geonews("feeds", "list").stdout.splitlines()
    assert [line.split("\t")[:5] for line in listed] == [
        ["https://news.example.org/rss", "feed", "-", "GB", "15m"],
        ["https://news.example.org/world.rss", "feed", "Example World", "-", "1h"],
        ["https://news.example.org/tech.rss", "feed", "Tech", "-", "1h"],
    ]
    assert geonews("feeds", "remove", "https://news.example.org/rss").returncode == 0


def test_follow_once_and_capture(tmp_path: Path) -> None:
    geonews = Geonews(
        tmp_path / "data", GEONEWS_FETCH_ALLOW_PRIVATE="true", GEONEWS_FETCH_DELAY_S="0"
    )
    with serving(Site()) as site:
        site.pages["/feed.xml"] = Page(rss(site, [("/a", "Harbour", "Boats.")]))
        site.pages["/a"] = article_page("harbour")
        site.pages["/b"] = article_page("glacier")
        assert geonews("feeds", "add", site.url("/feed.xml")).returncode == 0
        followed = geonews("follow", "--once")
        assert followed.returncode == 0, followed.stderr
        assert "1 feeds polled (0 failed), 1 new items: 1 pages" in followed.stdout
        captured = geonews("capture", site.url("/b"), site.url("/missing"))
    assert captured.returncode == 1
    assert f"{site.url('/b')}: new" in captured.stdout
    assert "HTTP 404" in captured.stderr


def test_private_addresses_are_refused_by_default(tmp_path: Path) -> None:
    geonews = Geonews(tmp_path / "data")
    with serving(Site()) as site:
        site.pages["/a"] = article_page("harbour")
        captured = geonews("capture", site.url("/a"))
    assert captured.returncode == 1
    assert "not a public address" in captured.stderr
    assert site.seen == []
