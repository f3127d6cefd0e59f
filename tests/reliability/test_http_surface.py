"""Promise 7: the HTTP surface. Writes need the token, which is never logged; a browser's
cross-site write is refused; an unknown Host is refused when allowed hosts are set; no address
redirects elsewhere; error pages escape what they echo; bodies are capped."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from app.web.app import create_app
from tests.processes import post_article, start_server, stop

pytestmark = pytest.mark.reliability

TOKEN = "surface-token-7f3a9c"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {"title": "Talks resume in Geneva", "body": "The talks resumed in Geneva on Monday."}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        data_dir=tmp_path / "data",
        api_token=TOKEN,
        max_item_bytes=50_000,
        allowed_hosts=["archive.example", "testserver"],
    )
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
    ],
)
def test_a_cross_site_write_is_refused_even_with_the_token(
    client: TestClient, headers: dict[str, str]
) -> None:
    refused = client.post("/api/articles", json=ARTICLE, headers={**AUTH, **headers})
    assert refused.status_code == 403
    assert client.get("/api/search", params={"q": "Geneva"}).json()["total"] == 0


@pytest.mark.parametrize(
    "headers", [{}, {"Sec-Fetch-Site": "same-origin"}, {"Origin": "http://testserver"}]
)
def test_a_same_site_or_scripted_write_passes(client: TestClient, headers: dict[str, str]) -> None:
    assert (
        client.post("/api/articles", json=ARTICLE, headers={**AUTH, **headers}).status_code == 201
    )


def test_an_unknown_host_is_refused_when_hosts_are_set(client: TestClient) -> None:
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400
    assert client.get("/", headers={"Host": "archive.example"}).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "//evil.example/",
        "/\\evil.example",
        "/search/?q=x",
        "/static/../app/settings.py",
        "/static/%2e%2e/app/settings.py",
        "/articles/1/?next=https://evil.example",
        "/countries/kp",
        "/dates/2023/8",
        "/search?q=x&next=https://evil.example",
    ],
)
def test_no_address_redirects_to_another_site(client: TestClient, path: str) -> None:
    response = client.get(path, follow_redirects=False)
    location = urlsplit(response.headers.get("location", ""))
    assert location.netloc in ("", "testserver"), location  # Only ever to this site.
    assert "GEONEWS_" not in response.text  # No file of ours served by a path trick.


@pytest.mark.parametrize(
    "path",
    [
        "/<script>alert(1)</script>",
        "/articles/<script>alert(1)</script>",
        "/search?q=<script>alert(1)</script>&from=<b>x</b>",
        "/countries/<img src=x onerror=alert(1)>",
        "/dates/2023/<svg onload=alert(1)>",
    ],
)
def test_error_pages_escape_what_they_echo(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (200, 400, 404)
    for raw in ("<script>alert", "<img src=x", "<svg onload", "<b>x</b>"):
        assert raw not in response.text


def test_bodies_over_the_limit_are_refused(client: TestClient) -> None:
    big = {"title": "Big", "body": "word " * 20_000}
    assert client.post("/api/articles", json=big, headers=AUTH).status_code == 413


def test_the_token_never_reaches_the_logs(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    server, base = start_server(tmp_path / "data", env={"GEONEWS_API_TOKEN": TOKEN}, log=log)
    try:
        for token in (TOKEN, TOKEN + "x", TOKEN[:-1]):
            _post(base, token)
        _post(base, TOKEN, b"not json at all")  # A failure is logged too.
    finally:
        stop(server)
    logged = log.read_text()
    assert "POST /api/articles" in logged  # The requests were logged...
    assert TOKEN not in logged  # ...without the token.


def _post(base: str, token: str, body: bytes | None = None) -> int:
    data = body if body is not None else json.dumps(ARTICLE).encode()
    return post_article(base, data, token)[0]
