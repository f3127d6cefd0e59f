"""The follower against a real HTTP server: new items stored once with their pages, unchanged
feeds not fetched again, failures kept per feed and tried again later."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from warcio.archiveiterator import ArchiveIterator

from app.archive import Archive
from app.collect import follower as follower_module
from app.collect.feed_list import add_feed
from app.collect.fetcher import Fetcher
from app.collect.follower import Follower, RoundReport
from app.moments import utc_now
from app.present.exports import export_warc
from app.search import SearchRequest, search
from app.storage.models import Article, Capture, Feed, FeedItem
from tests.collect.conftest import ARTICLES, article_page
from tests.collect.web import Page, Site, rss


def _follow(archive: Archive, *urls: str) -> None:
    with archive.writing_sessions.begin() as session:
        for url in urls:
            add_feed(session, url, name="Test Outlet")


def _articles(archive: Archive) -> list[Article]:
    with archive.sessions() as session:
        return list(session.scalars(select(Article).order_by(Article.id)))


def _serve_feed(site: Site, names: tuple[str, ...] = ARTICLES) -> None:
    items = [(f"/news/{name}", name.title(), f"A summary of {name}.") for name in names]
    site.pages["/feed.xml"] = Page(
        rss(site, items), content_type="application/rss+xml", etag='"v1"'
    )
    for name in names:
        site.pages[f"/news/{name}"] = article_page(name)


def test_every_new_item_is_stored_once_with_its_page(
    site: Site, web_archive: Archive, fetcher: Fetcher
) -> None:
    _serve_feed(site)
    _follow(web_archive, site.url("/feed.xml"))
    report = Follower(web_archive, fetcher).run_once()
    assert report.counts["page"] == len(ARTICLES), report.failures
    stored = _articles(web_archive)
    assert sorted(a.url for a in stored) == sorted(site.url(f"/news/{n}") for n in ARTICLES)
    assert not any(a.summary_only for a in stored)
    formats = [a.latest_capture.format if a.latest_capture else None for a in stored]
    assert formats == ["web"] * len(ARTICLES)
    assert {a.source.name for a in stored if a.source} == {"Test Outlet"}
    for name in ARTICLES:
        assert site.hits(f"/news/{name}") == 1
    found = search(web_archive.index, SearchRequest(text="Valparaíso fishing boats"))
    assert found.total == 1


def test_an_unchanged_feed_is_asked_conditionally_and_nothing_is_fetched_twice(
    site: Site, web_archive: Archive, fetcher: Fetcher
) -> None:
    _serve_feed(site)
    _follow(web_archive, site.url("/feed.xml"))
    follower = Follower(web_archive, fetcher)
    follower.run_once()
    later = utc_now() + timedelta(hours=1)
    again = follower.run_once(now=later)
    assert again.counts["polled"] == 1
    assert again.counts["new items"] == 0
    feed_requests = [seen for seen in site.seen if seen.path == "/feed.xml"]
    assert len(feed_requests) == 2
    assert feed_requests[1].headers.get("if-none-match") == '"v1"'
    assert all(site.hits(f"/news/{name}") == 1 for name in ARTICLES)
    assert len(_articles(web_archive)) == len(ARTICLES)


def test_the_warc_export_gives_the_real_capture(
    site: Site, web_archive: Archive, fetcher: Fetcher
) -> None:
    _serve_feed(site, ("harbour",))
    _follow(web_archive, site.url("/feed.xml"))
    Follower(web_archive, fetcher).run_once()
    out = io.BytesIO()
    assert export_warc(web_archive, out, None) == 1
    out.seek(0)
    record = next(iter(ArchiveIterator(out)))
    assert record.rec_type == "response"
    assert record.rec_headers.get_header("WARC-Target-URI") == site.url("/news/harbour")
    assert record.rec_headers.get_header("WARC-IP-Address") == "127.0.0.1"
    assert record.http_headers.get_statuscode() == "200"
    assert record.http_headers.get_header("Content-Length") == str(
        len(site.pages["/news/harbour"].body)
    )
    assert record.content_stream().read() == site.pages["/news/harbour"].body


def test_a_page_that_fails_keeps_the_summary_then_the_page_replaces_it(
    site: Site, web_archive: Archive, fetcher: Fetcher
) -> None:
    _serve_feed(site, ("harbour", "railway"))
    site.pages["/news/railway"] = Page(b"down", status=500)
    _follow(web_archive, site.url("/feed.xml"))
    follower = Follower(web_archive, fetcher)
    first = follower.run_once()
    assert (first.counts["page"], first.counts["summary"]) == (1, 1)
    summary = next(a for a in _articles(web_archive) if a.summary_only)
    assert summary.url == site.url("/news/railway")
    site.pages["/news/railway"] = article_page("railway")
    retried = follower.run_once(now=utc_now() + timedelta(hours=2))
    assert retried.counts["page"] == 1, retried.failures
    stored = _articles(web_archive)
    assert len(stored) == 2
    assert not any(a.summary_only for a in stored)
    railway = next(a for a in stored if "railway" in (a.url or ""))
    assert [c.format for c in railway.captures] == ["feed", "web"]


def test_failures_are_reported_per_feed_and_tried_again(
    site: Site, web_archive: Archive, fetcher: Fetcher
) -> None:
    _serve_feed(site, ("glacier",))
    site.pages["/broken.xml"] = Page(b"oops", status=503)
    site.pages["/notafeed.xml"] = Page(b"<html><body>hi</body></html>")
    _follow(web_archive, site.url("/broken.xml"), site.url("/notafeed.xml"), site.url("/feed.xml"))
    follower = Follower(web_archive, fetcher)
    report = follower.run_once()
    assert report.counts["feed failed"] == 2
    assert report.counts["page"] == 1
    with web_archive.sessions() as session:
        feeds = {f.url: f for f in session.scalars(select(Feed))}
    broken = feeds[site.url("/broken.xml")]
    assert broken.failures == 1
    assert broken.last_error == "HTTP 503"
    assert broken.next_due_at > utc_now() + timedelta(seconds=59)
    assert "neither a feed nor a sitemap" in (feeds[site.url("/notafeed.xml")].last_error or "")
    assert feeds[site.url("/feed.xml")].failures == 0
    site.pages["/broken.xml"] = site.pages["/feed.xml"]
    retried = follower.run_once(now=utc_now() + timedelta(hours=1))
    assert retried.counts["feed failed"] == 1  # The page that is not a feed, again.
    with web_archive.sessions() as session:
        assert session.scalar(select(Feed.failures).where(Feed.url == site.url("/broken.xml"))) == 0
        items = session.scalar(select(func.count()).select_from(FeedItem))
    assert items == 1  # The same entry, listed by two feeds, is queued once.
    assert site.hits("/news/glacier") == 1
    assert len(_articles(web_archive)) == 1


def test_a_disallowed_page_is_never_asked_for(
    site: Site, web_archive: Archive, fetcher: Fetcher
) -> None:
    _serve_feed(site, ("harbour",))
    site.pages["/robots.txt"] = Page(
        b"User-agent: *\nDisallow: /news/\n", content_type="text/plain"
    )
    _follow(web_archive, site.url("/feed.xml"))
    report = Follower(web_archive, fetcher).run_once()
    assert report.counts["summary"] == 1
    assert site.hits("/news/harbour") == 0
    with web_archive.sessions() as session:
        item = session.scalars(select(FeedItem)).one()
    assert item.state == "done" or "robots" in (item.last_error or "")


def test_a_json_feed_is_followed_like_rss(
    site: Site, web_archive: Archive, fetcher: Fetcher
) -> None:
    items = [
        {"id": f"item-{name}", "url": site.url(f"/news/{name}"), "summary": f"About {name}."}
        for name in ("harbour", "railway")
    ]
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Test", "items": items}
    site.pages["/feed.json"] = Page(json.dumps(feed).encode(), content_type="application/feed+json")
    site.pages["/news/harbour"] = article_page("harbour")
    site.pages["/news/railway"] = Page(b"down", status=500)
    _follow(web_archive, site.url("/feed.json"))
    report = Follower(web_archive, fetcher).run_once()
    assert (report.counts["page"], report.counts["summary"]) == (1, 1), report.failures
    stored = {a.url: a for a in _articles(web_archive)}
    assert not stored[site.url("/news/harbour")].summary_only
    summary = stored[site.url("/news/railway")]
    assert summary.summary_only
    assert summary.body == "About railway."
    assert summary.external_id == "item-railway"
    with web_archive.sessions() as session:
        capture = session.scalars(select(Capture).where(Capture.article_id == summary.id)).one()
        assert (capture.format, capture.content_type) == ("feed", "application/feed+json")
        assert json.loads(capture.content) == items[1]  # The item as the feed gave it.


def test_the_feeds_country_is_its_outlets(
    site: Site, web_archive: Archive, fetcher: Fetcher
) -> None:
    _serve_feed(site, ("harbour",))
    with web_archive.writing_sessions.begin() as session:
        add_feed(session, site.url("/feed.xml"), name="Test Outlet", country="CL")
    Follower(web_archive, fetcher).run_once()
    (article,) = _articles(web_archive)
    assert article.source is not None
    assert (article.source.name, article.source.country) == ("Test Outlet", "CL")


@dataclass(frozen=True)
class _Work:
    url: str


def test_a_job_that_fails_unforeseen_is_reported_and_the_others_go_on(
    web_archive: Archive, fetcher: Fetcher
) -> None:
    work = [_Work(f"http://outlet{n}.example/news") for n in range(6)]

    def job(one: _Work) -> str:
        if "outlet2" in one.url:
            raise RuntimeError("a bug nobody foresaw")
        return one.url.upper()

    report = RoundReport()
    done = dict(Follower(web_archive, fetcher)._in_threads(work, job, report))
    assert sorted(one.url for one in done) == sorted(w.url for w in work if "outlet2" not in w.url)
    assert all(result == one.url.upper() for one, result in done.items())
    assert report.counts["failed"] == 1
    assert report.failures == ["http://outlet2.example/news: RuntimeError: a bug nobody foresaw"]


def test_a_round_that_takes_as_many_pages_as_it_may_says_more_are_waiting(
    site: Site, web_archive: Archive, fetcher: Fetcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(follower_module, "PAGES_PER_ROUND", 2)
    _serve_feed(site)  # Three items: two rounds, the first full.
    _follow(web_archive, site.url("/feed.xml"))
    follower = Follower(web_archive, fetcher)
    first = follower.run_once()
    assert (first.counts["page"], first.backlog) == (2, True)
    second = follower.run_once()
    assert (second.counts["page"], second.backlog) == (1, False)
