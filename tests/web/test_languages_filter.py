"""The language facet and the `lang=` filter on the search page, the API, the timeline and
the exports (issues 17 and 22)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from tests.web.explore_corpus import explore_client


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> TestClient:
    return explore_client(settings, tmp_path)


def _languages(answer: dict[str, object]) -> list[str]:
    return sorted(str(item["language"]) for item in answer["items"])  # type: ignore[attr-defined]


def test_the_api_counts_base_languages_named_for_readers(client: TestClient) -> None:
    with client:
        facets = client.get("/api/search").json()["facets"]
    assert facets["languages"] == [
        {"code": "en", "name": "English", "count": 2},
        {"code": "es", "name": "Spanish", "count": 2},
        {"code": "pt", "name": "Portuguese", "count": 1},
    ]


def test_a_base_language_keeps_its_variants_and_a_full_tag_only_itself(
    client: TestClient,
) -> None:
    with client:
        base = client.get("/api/search", params={"lang": "es"}).json()
        full = client.get("/api/search", params={"lang": "es-ve"}).json()
        both = client.get("/api/search", params=[("lang", "pt"), ("lang", "en")]).json()
    assert _languages(base) == ["es", "es-VE"]
    assert _languages(full) == ["es-VE"]
    assert _languages(both) == ["en", "en", "pt"]


def test_a_bad_language_is_a_readable_400_everywhere(client: TestClient) -> None:
    with client:
        for path in ("/api/search", "/api/timeline", "/search.csv", "/search.jsonl"):
            answer = client.get(path, params={"lang": "not a tag"})
            assert answer.status_code == 400, path
            assert "is not a language tag" in answer.text
        page = client.get("/search", params={"lang": "not a tag"})
    assert page.status_code == 400
    assert "is not a language tag" in page.text


def test_the_page_shows_the_facet_and_the_chip(client: TestClient) -> None:
    with client:
        page = client.get("/search", params={"q": "Rusia", "lang": "es"}).text
        everything = client.get("/search").text
    assert "In Spanish" in page  # The chip, which removes the filter.
    assert 'href="?q=Rusia"' in page
    assert "Languages" in everything
    assert 'href="?lang=pt"' in everything
    assert '<input type="hidden" name="lang" value="es" form="site-search">' in page


def test_the_timeline_and_exports_are_filtered(client: TestClient) -> None:
    with client:
        points = client.get("/api/timeline", params={"lang": "es"}).json()["points"]
        rows = list(csv.DictReader(io.StringIO(client.get("/search.csv?lang=pt").text)))
        lines = client.get("/search.jsonl", params={"lang": "es-VE"}).text.splitlines()
    assert sum(point["count"] for point in points) == 2
    assert [row["language"] for row in rows] == ["pt"]
    assert [json.loads(line)["language"] for line in lines] == ["es-VE"]
