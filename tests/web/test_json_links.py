"""JSON one click away (issue 22): the search and article pages link their API answers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from tests.web.explore_corpus import explore_client


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> TestClient:
    return explore_client(settings, tmp_path)


def test_the_search_page_links_its_json(client: TestClient) -> None:
    with client:
        page = client.get("/search", params={"q": "Rusia", "lang": "es", "sort": "newest"}).text
        link = re.search(r'href="(/api/search\?[^"]*)"[^>]*>JSON<', page)
        assert link is not None
        answer = client.get(link.group(1).replace("&amp;", "&"))
    assert link.group(1) == "/api/search?q=Rusia&amp;sort=newest&amp;lang=es"
    assert answer.status_code == 200
    assert {item["language"] for item in answer.json()["items"]} == {"es", "es-VE"}


def test_the_article_page_links_its_json(client: TestClient) -> None:
    with client:
        first = client.get("/api/search", params={"q": "grain"}).json()["items"][0]["id"]
        page = client.get(f"/articles/{first}").text
        answer = client.get(f"/api/articles/{first}")
    assert f'href="/api/articles/{first}" type="application/json">This article as JSON' in page
    assert answer.json()["id"] == first
