"""The HTTP edge (app/web/http_edge.py, app/web/app.py): HEAD, Cache-Control, compression, and links
that trust no Host."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from app.web.app import create_app

EVIL = {"Host": "evil.example"}


@pytest.fixture
def open_client(tmp_path: Path) -> Iterator[TestClient]:
    """A server with no GEONEWS_ALLOWED_HOSTS and no GEONEWS_BASE_URL (the default)."""
    with TestClient(create_app(Settings(data_dir=tmp_path / "data"))) as client:
        yield client


def test_a_redirect_never_names_the_host_it_was_sent(open_client: TestClient) -> None:
    response = open_client.get("/search/?q=x", headers=EVIL, follow_redirects=False)
    assert response.status_code in (301, 307, 308)
    assert response.headers["location"] == "/search?q=x"


def test_links_on_pages_do_not_come_from_the_host_header(open_client: TestClient) -> None:
    page = open_client.get("/search", params={"q": "x"}, headers=EVIL)
    assert page.status_code == 200
    assert "evil.example" not in page.text


def test_feed_links_do_not_come_from_the_host_header(open_client: TestClient) -> None:
    feed = open_client.get("/search.atom", params={"q": "x"}, headers=EVIL)
    assert b"evil.example" not in feed.content
    ElementTree.fromstring(feed.content)


def test_feed_links_come_from_the_base_url(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", base_url="https://news.example.org/")
    with TestClient(create_app(settings)) as client:
        feed = client.get("/search.atom", params={"q": "x"}, headers=EVIL)
    root = ElementTree.fromstring(feed.content)
    ids = [element.text for element in root.iter("{http://www.w3.org/2005/Atom}id")]
    assert ids == ["https://news.example.org/search.atom?q=x"]


@pytest.mark.parametrize("path", ["/", "/search?q=x", "/help", "/api/health", "/static/style.css"])
def test_head_is_answered_like_get(open_client: TestClient, path: str) -> None:
    head = open_client.head(path)
    get = open_client.get(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]


@pytest.mark.parametrize(
    ("path", "policy"),
    [("/", "no-cache"), ("/api/health", "no-cache"), ("/static/style.css", "max-age=86400")],
)
def test_every_answer_says_how_to_cache_it(open_client: TestClient, path: str, policy: str) -> None:
    assert policy in open_client.get(path).headers["cache-control"]


def test_pages_and_json_are_compressed_for_clients_that_accept_it(
    seeded_client: TestClient,
) -> None:
    for path in ("/search?q=Korea", "/api/search?q=Korea", "/search.csv?q=Korea"):
        with seeded_client as client:
            packed = client.get(path, headers={"Accept-Encoding": "gzip"})
            plain = client.get(path, headers={"Accept-Encoding": "identity"})
        assert packed.status_code == plain.status_code == 200, path
        assert packed.headers["content-encoding"] == "gzip", path
        assert "content-encoding" not in plain.headers, path
        assert "Korea" in packed.text, path  # Unpacked by httpx.
        assert "Korea" in plain.text, path
        assert packed.num_bytes_downloaded < plain.num_bytes_downloaded / 2, path
        assert "Accept-Encoding" in packed.headers["vary"], path
        assert packed.headers["cache-control"] == plain.headers["cache-control"], path
