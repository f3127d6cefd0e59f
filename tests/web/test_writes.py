"""POST /api/articles: token, limits, formats, and searchable within seconds (app/web/writes.py)."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

from fastapi.testclient import TestClient

from app.settings import Settings
from app.web.app import create_app
from tests.conftest import FIXTURES

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _client(tmp_path: Path, token: str | None = TOKEN, max_bytes: int = 100_000) -> TestClient:
    settings = Settings(data_dir=tmp_path / "data", api_token=token, max_item_bytes=max_bytes)
    return TestClient(create_app(settings))


def _wait_for(client: TestClient, query: str, seconds: float = 5.0) -> int:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        total = int(client.get("/api/search", params={"q": query}).json()["total"])
        if total:
            return total
        time.sleep(0.05)
    return 0


def test_post_json_is_stored_and_searchable_within_seconds(tmp_path: Path) -> None:
    article = {
        "title": "Parliament passes budget",
        "body": "Lawmakers in Kenya passed the budget.",
        "url": "https://example.org/budget",
        "published_at": "2023-06-20",
    }
    with _client(tmp_path) as client:
        started = time.monotonic()
        response = client.post("/api/articles", json=article, headers=AUTH)
        assert response.status_code == 201
        article_id = response.json()["id"]
        assert client.get(f"/api/articles/{article_id}").json()["title"] == article["title"]
        assert _wait_for(client, "budget Kenya") == 1
        assert time.monotonic() - started < 5
        again = client.post("/api/articles", json=article, headers=AUTH)
    assert (again.status_code, again.json()["outcome"]) == (200, "unchanged")


def test_post_html_page_with_its_url(tmp_path: Path) -> None:
    page = (FIXTURES / "pages" / "kyiv_drones.html").read_bytes()
    with _client(tmp_path) as client:
        response = client.post(
            "/api/articles",
            content=page,
            params={"url": "https://x.example/k"},
            headers={**AUTH, "Content-Type": "text/html; charset=utf-8"},
        )
        stored = client.get(response.json()["url"]).json()
    assert stored["title"] == "Russia launches drone wave at Kyiv overnight"
    assert stored["capture"]["origin"] == "api"


def test_token_rules(tmp_path: Path) -> None:
    article = {"title": "T", "body": "B."}
    with _client(tmp_path) as client:
        assert client.post("/api/articles", json=article).status_code == 401
        bad = client.post("/api/articles", json=article, headers={"Authorization": "Bearer nope"})
        assert bad.status_code == 403
    with _client(tmp_path / "closed", token=None) as client:
        closed = client.post("/api/articles", json=article, headers=AUTH)
    assert closed.status_code == 403
    assert "disabled" in closed.json()["detail"]


def test_limits_and_bad_documents(tmp_path: Path) -> None:
    with _client(tmp_path, max_bytes=1000) as client:
        big = client.post(
            "/api/articles", content=b"x" * 5000, headers={**AUTH, "Content-Type": "text/plain"}
        )
        bad_json = client.post(
            "/api/articles", content=b"{nope", headers={**AUTH, "Content-Type": "application/json"}
        )
        no_title = client.post(
            "/api/articles",
            content=json.dumps({"body": "x"}).encode(),
            headers={**AUTH, "Content-Type": "application/json"},
        )
        odd_type = client.post(
            "/api/articles", content=b"x", headers={**AUTH, "Content-Type": "image/png"}
        )
    assert big.status_code == 413
    assert bad_json.status_code == 422
    assert "not valid JSON" in bad_json.json()["detail"]
    assert no_title.status_code == 422
    assert odd_type.status_code == 415


def test_a_gzipped_post_is_held_to_the_configured_limits(tmp_path: Path) -> None:
    page = b"Talks resume in Geneva\n\n" + b"The talks resumed in Geneva on Monday. " * 20_000
    settings = Settings(
        data_dir=tmp_path / "data", api_token=TOKEN, max_item_bytes=100_000, max_file_bytes=500_000
    )
    with TestClient(create_app(settings)) as client:
        answer = client.post(
            "/api/articles",
            content=gzip.compress(page),
            headers={**AUTH, "Content-Type": "text/plain"},
        )
    assert answer.status_code == 422
    assert "past the limit of 500,000" in answer.json()["detail"]


def test_readers_take_their_default_limits_from_the_settings() -> None:
    from app.readers import Limits

    assert Limits() == Limits.of(Settings())
