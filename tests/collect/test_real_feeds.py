"""The follower over real feeds and real pages: the six saved feeds of ../shared/corpora/rss_feeds
(RSS 2.0, RSS 1.0, Atom; ISO-8859-1 among them), served from 127.0.0.1 with their links
pointing at the test site and their entries after the first few cut out (storing all 209 items
takes a minute). The first links of each feed are answered with real article pages from the
extraction benchmark and the htmldate set, the last with 404. Every item is stored once: with
its full page, kept verbatim, where there is one, else from the feed's own entry."""

from __future__ import annotations

import gzip
import io
import re
from itertools import chain

import pytest
from sqlalchemy import func, select
from warcio.archiveiterator import ArchiveIterator

from app.archive import Archive
from app.collect.feed_list import add_feed
from app.collect.fetcher import Fetcher
from app.collect.follower import Follower
from app.collect.listing import read_listing
from app.moments import utc_now
from app.storage.models import Article, Capture
from tests.collect.web import Page, Site
from tests.conftest import corpus_folder

pytestmark = pytest.mark.corpora
FEED_TYPES = {".rss": "application/rss+xml", ".atom": "application/atom+xml"}
ENTRIES_PER_FEED = 4
PAGES_PER_FEED = 3
# An entry of RSS 2.0 or 1.0 (<item>, not RSS 1.0's <items> list) or of Atom; they do not nest.
_ENTRY = re.compile(rb"<(item|entry)[\s>].*?</\1\s*>", re.DOTALL)


def _real_pages() -> list[bytes]:
    """Real article pages: the extraction benchmark's, then the htmldate set's."""
    benchmark = sorted((corpus_folder("article_extraction_benchmark") / "html").glob("*.html.gz"))
    htmldate = sorted((corpus_folder("htmldate_mediacloud_2020") / "test_set").glob("*.html.gz"))
    return [gzip.decompress(path.read_bytes()) for path in chain(benchmark, htmldate)]


def _serve_real_feeds(site: Site) -> tuple[dict[str, bytes], list[str]]:
    """Each real feed at /feeds/NAME, its links moved to the site, the first answered with real
    pages; returns the page served at each such link, and the links without a page."""
    pages = iter(_real_pages())
    served: dict[str, bytes] = {}
    missing: list[str] = []
    for feed in sorted(corpus_folder("rss_feeds").iterdir()):
        content = _first_entries(feed.read_bytes(), ENTRIES_PER_FEED)
        listed = read_listing(content, 10_000, 10_000_000).items
        for number, url in enumerate(dict.fromkeys(item.url for item in listed)):
            moved = site.url(f"/{feed.stem}/{number}")
            for spelling in (url, url.replace("&", "&amp;")):
                content = content.replace(spelling.encode(), moved.encode())
            if number >= PAGES_PER_FEED:
                missing.append(moved)
                continue
            served[moved] = next(pages)
            site.pages[f"/{feed.stem}/{number}"] = Page(served[moved])
        feed_type = FEED_TYPES.get(feed.suffix, "application/rss+xml")
        site.pages[f"/feeds/{feed.name}"] = Page(content, content_type=feed_type, etag='"1"')
    return served, missing


def test_every_item_of_the_real_feeds_is_stored_once_with_its_page(
    site: Site, web_archive: Archive, fetcher: Fetcher
) -> None:
    served, missing = _serve_real_feeds(site)
    feeds = [path for path in site.pages if path.startswith("/feeds/")]
    with web_archive.writing_sessions.begin() as session:
        for path in feeds:
            add_feed(session, site.url(path))
    follower = Follower(web_archive, fetcher)
    report = follower.run_once()
    assert report.failures == []
    counts = (report.counts["polled"], report.counts["page"], report.counts["summary"])
    assert counts == (len(feeds), len(served), len(missing))
    with web_archive.sessions() as session:
        # Where each capture was fetched from (a page's article takes its canonical URL).
        by_origin = {c.origin: c for c in session.scalars(select(Capture))}
        articles = session.scalar(select(func.count()).select_from(Article))
        assert len(by_origin) == articles == len(served) + len(missing)
        assert all(by_origin[f"{url} (feed entry)"].format == "feed" for url in missing)
        for url, page in served.items():
            capture = by_origin[url]
            assert not capture.article.summary_only, url
            assert capture.article.title, url
            assert _page_kept(capture) == page, url
    again = follower.run_once(now=utc_now().replace(year=utc_now().year + 1))
    assert (again.counts["polled"], again.counts["new items"]) == (len(feeds), 0)
    assert all(site.hits(path) == 2 for path in feeds)  # Asked again, answered 304.
    assert all(site.hits(path) == 1 for path in site.pages if not path.startswith("/feeds/"))


def _first_entries(content: bytes, count: int) -> bytes:
    """The feed as it is, its entries after the first `count` cut out (byte for byte, so that
    its encoding, declared or not, stays right)."""
    seen = 0

    def kept(entry: re.Match[bytes]) -> bytes:
        nonlocal seen
        seen += 1
        return entry.group(0) if seen <= count else b""

    return _ENTRY.sub(kept, content)


def _page_kept(capture: Capture) -> bytes:
    """The body of the HTTP response a web capture keeps."""
    assert capture.format == "web"
    record = next(iter(ArchiveIterator(io.BytesIO(capture.content))))
    return bytes(record.content_stream().read())
