"""POST /api/captures and the article page's form, against a real site on 127.0.0.1: pages
fetched with every rule of the follower, refusals and failures answered in words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.archive import open_archive
from app.collect.feed_list import add_feed
from app.collect.fetcher import Fetcher
from app.collect.follower import Follower
from app.settings import Settings
from app.storage.models import Article, FeedItem
from app.web.app import create_app
from tests.collect.conftest import article_page
from tests.collect.web import Page, Site, rss, serving

TOKEN = "capture-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def site() -> Iterator[Site]:
    with serving(Site()) as running:
        running.pages["/news/harbour"] = article_page("harbour")
        yield running


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Loopback allowed (the test site lives there), no pause between requests, writes on."""
    return Settings(
        data_dir=tmp_path / "data", fetch_allow_private=True, fetch_delay_s=0, api_token=TOKEN
    )


def test_a_page_is_fetched_stored_and_searchable_at_once(settings: Settings, site: Site) -> None:
    with TestClient(create_app(settings)) as client:
        first = client.post("/api/captures", json={"url": site.url("/news/harbour")}, headers=AUTH)
        again = client.post("/api/captures", json={"url": site.url("/news/harbour")}, headers=AUTH)
        found = client.get("/api/search", params={"q": "Valparaíso"}).json()
        article = client.get(first.json()["url"]).json()
    assert first.status_code == 201, first.text
    assert first.json()["outcome"] == "new"
    assert first.json()["indexed"] is True
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert [item["id"] for item in found["items"]] == [first.json()["id"]]
    assert article["capture"]["format"] == "web"
    assert article["url"] == site.url("/news/harbour")


def test_writes_need_the_token(settings: Settings, site: Site) -> None:
    body = {"url": site.url("/news/harbour")}
    with TestClient(create_app(settings)) as client:
        missing = client.post("/api/captures", json=body)
        wrong = client.post("/api/captures", json=body, headers={"Authorization": "Bearer x"})
    with TestClient(create_app(settings.model_copy(update={"api_token": ""}))) as client:
        disabled = client.post("/api/captures", json=body, headers=AUTH)
    assert (missing.status_code, wrong.status_code, disabled.status_code) == (401, 403, 403)
    assert "Writes are disabled" in disabled.json()["detail"]
    assert site.seen == []


@pytest.mark.parametrize(
    "body",
    [{"address": "x"}, {"url": "ftp://example.org/a"}, {"url": "javascript:alert(1)"}, [1]],
)
def test_a_body_that_names_no_page_is_refused(settings: Settings, body: object) -> None:
    with TestClient(create_app(settings)) as client:
        answer = client.post("/api/captures", json=body, headers=AUTH)
        broken = client.post("/api/captures", content=b"{not json", headers=AUTH)
        nested = client.post("/api/captures", content=b"[" * 9_000, headers=AUTH)
    assert answer.status_code == broken.status_code == nested.status_code == 422
    assert "http" in answer.json()["detail"]


def test_refused_and_failed_fetches_say_why(settings: Settings, site: Site) -> None:
    site.pages["/robots.txt"] = Page(
        b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"
    )
    site.pages["/private/a"] = article_page("harbour")
    site.pages["/huge"] = Page(b"<p>" + b"x" * 2_000 + b"</p>")
    site.pages["/feed.xml"] = Page(b"<rss/>", content_type="application/rss+xml")
    small = settings.model_copy(update={"max_item_bytes": 1_000})
    cases = {
        "/private/a": (403, "robots.txt"),
        "/missing": (422, "HTTP 404"),
        "/huge": (422, "over the limit"),
        "/feed.xml": (422, "not a web page"),
    }
    with TestClient(create_app(small)) as client:
        for path, (status, words) in cases.items():
            answer = client.post("/api/captures", json={"url": site.url(path)}, headers=AUTH)
            assert answer.status_code == status, (path, answer.text)
            assert words in answer.json()["detail"], path
    assert site.hits("/private/a") == 0


def test_private_addresses_are_refused_unless_allowed(settings: Settings, site: Site) -> None:
    public_only = settings.model_copy(update={"fetch_allow_private": False})
    with TestClient(create_app(public_only)) as client:
        answer = client.post("/api/captures", json={"url": site.url("/news/harbour")}, headers=AUTH)
    assert answer.status_code == 403
    assert "not a public address" in answer.json()["detail"]
    assert site.seen == []


def _summary_only(settings: Settings, site: Site) -> int:
    """An article the follower kept as its feed's summary (the page answered 500)."""
    site.pages["/feed.xml"] = Page(rss(site, [("/news/harbour", "Harbour", "Boats are back.")]))
    site.pages["/news/harbour"] = Page(b"down", status=500)
    archive = open_archive(settings)
    fetcher = Fetcher(settings)
    try:
        with archive.writing_sessions.begin() as session:
            add_feed(session, site.url("/feed.xml"), name="Test Outlet")
        assert Follower(archive, fetcher).run_once().counts["summary"] == 1
        with archive.sessions() as session:
            return session.scalars(select(Article.id).where(Article.summary_only)).one()
    finally:
        fetcher.close()
        archive.close()


def test_the_form_fetches_a_summarys_own_page(settings: Settings, site: Site) -> None:
    summary_id = _summary_only(settings, site)
    site.pages["/news/harbour"] = article_page("harbour")
    form = f"/articles/{summary_id}/capture"
    with TestClient(create_app(settings)) as client:
        page = client.get(f"/articles/{summary_id}").text
        no_token = client.post(form, data={"token": ""})
        wrong = client.post(form, data={"token": "guess"})
        assert site.hits("/news/harbour") == 1  # The follower's try alone.
        fetched = client.post(form, data={"token": TOKEN}, follow_redirects=False)
        article = client.get(fetched.headers["location"]).text
        again = client.post(f"{fetched.headers['location']}/capture", data={"token": TOKEN})
    assert f'action="{form}"' in page
    assert 'type="password"' in page
    assert (no_token.status_code, wrong.status_code) == (401, 403)
    assert "token" in wrong.text
    assert fetched.status_code == 303
    assert "Valparaíso harbour" in article
    assert "capture-form" not in article
    assert again.status_code == 409
    archive = open_archive(settings)
    with archive.sessions() as session:
        item = session.scalars(select(FeedItem)).one()
        stored = session.scalars(select(Article)).one()
    archive.close()
    assert (item.state, item.article_id) == ("done", stored.id)  # Not fetched again later.
    assert [c.format for c in stored.captures] == ["feed", "web"]


def test_the_form_is_safe_from_other_sites_and_absent_without_writes(
    settings: Settings, site: Site
) -> None:
    summary_id = _summary_only(settings, site)
    form = f"/articles/{summary_id}/capture"
    cross_site = {"Sec-Fetch-Site": "cross-site"}
    with TestClient(create_app(settings)) as client:
        forged = client.post(form, data={"token": TOKEN}, headers=cross_site)
        not_a_form = client.post(form, json={"token": TOKEN})
    with TestClient(create_app(settings.model_copy(update={"api_token": ""}))) as client:
        page = client.get(f"/articles/{summary_id}").text
        disabled = client.post(form, data={"token": TOKEN})
    assert forged.status_code == 403
    assert not_a_form.status_code == 415
    assert "capture-form" not in page
    assert "This is the summary the feed carried" in page
    assert disabled.status_code == 403
    assert site.hits("/news/harbour") == 1  # The follower's try alone.
