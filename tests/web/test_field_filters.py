"""Filters and orders on the other fields (byline, domain, word count, capture date; outlet,
title, length, capture date) on the API, the search page and the exports (issue 22). Each
answer is checked against the articles' own fields as the API gives them."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from tests.web.explore_corpus import explore_client

_TEXT = "Officials met in Geneva to discuss the grain corridor and the sanctions."
EXTRA = (
    {
        "url": "https://uk.reuters.com/world/1",
        "title": "“Grain” talks resume in Geneva",
        "body": " ".join([_TEXT] * 8),
        "byline": "By Jane Smith",
        "published_at": "2023-06-01",
        "captured_at": "2023-06-02T10:00:00Z",
    },
    {
        "url": "https://reuters.com/world/2",
        "title": "Éclairs and grain: a market report",
        "body": " ".join([_TEXT] * 3),
        "byline": "John Goldsmith and Ann Lee",
        "published_at": "2023-07-01",
        # The next day in UTC: capture days are UTC days.
        "captured_at": "2023-07-15T23:30:00-02:00",
    },
    {
        "url": "https://apnews.com/article/3",
        "title": "grain prices fall",
        "body": _TEXT,
        "byline": "Ann Lee",
        "published_at": "2023-07-02",
    },
    {
        "url": "https://www.notreuters.com/4",
        "title": "Another grain story",
        "body": " ".join([_TEXT] * 5),
        "captured_at": "2023-07-16T00:10:00Z",
    },
)


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> TestClient:
    return explore_client(settings, tmp_path, EXTRA)


def _items(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    answer = client.get("/api/search", params={"per_page": 100, "copies": "all", **params})
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


def _ids(items: list[dict[str, Any]]) -> list[int]:
    return [item["id"] for item in items]


def _captured_day(item: dict[str, Any]) -> str | None:
    stamp = item["captured_at"]
    return datetime.fromisoformat(stamp).astimezone(UTC).date().isoformat() if stamp else None


FILTERS: list[tuple[dict[str, str], Callable[[dict[str, Any]], bool]]] = [
    ({"byline": "SMITH"}, lambda item: "smith" in (item["byline"] or "").casefold()),
    (
        {"domain": "reuters.com"},
        lambda item: item["source"]["domain"] in ("reuters.com", "uk.reuters.com"),
    ),
    ({"min_words": "30"}, lambda item: item["word_count"] >= 30),
    ({"max_words": "30"}, lambda item: item["word_count"] <= 30),
    ({"min_words": "20", "max_words": "60"}, lambda item: 20 <= item["word_count"] <= 60),
    ({"captured_from": "2023-07-16"}, lambda item: (_captured_day(item) or "") >= "2023-07-16"),
    ({"captured_to": "2023-07"}, lambda item: "" < (_captured_day(item) or "") <= "2023-07-31"),
]


@pytest.mark.parametrize(("params", "keeps"), FILTERS)
def test_each_filter_keeps_the_articles_whose_field_passes(
    client: TestClient, params: dict[str, str], keeps: Callable[[dict[str, Any]], bool]
) -> None:
    with client:
        everything = _items(client)
        kept = _items(client, **params)
    expected = [item["id"] for item in everything if keeps(item)]
    assert expected  # The corpus has articles on both sides of each filter.
    assert len(expected) < len(everything)
    assert sorted(_ids(kept)) == sorted(expected)


def _title_key(item: dict[str, Any]) -> str:
    return (item["title"] or "").casefold().lstrip("“\"'").replace("é", "e")


ORDERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "outlet": lambda item: (item["source"] is None, (item["source"] or {})["name"].casefold()),
    "title": _title_key,
    "longest": lambda item: -item["word_count"],
    "shortest": lambda item: item["word_count"],
    "captured_newest": lambda item: (item["captured_at"] is None, _negated(item["captured_at"])),
    "captured_oldest": lambda item: (item["captured_at"] is None, _seconds(item["captured_at"])),
}


def _seconds(stamp: str | None) -> float:
    return datetime.fromisoformat(stamp).timestamp() if stamp else 0.0


def _negated(stamp: str | None) -> float:
    return -_seconds(stamp)


@pytest.mark.parametrize("sort", list(ORDERS))
def test_each_order_sorts_by_its_field(client: TestClient, sort: str) -> None:
    with client:
        items = _items(client, sort=sort, q="grain OR Rusia OR Russia OR Brasil")
    keys = [ORDERS[sort](item) for item in items]
    assert len(set(map(str, keys))) > 2  # Enough different values to tell orders apart.
    assert keys == sorted(keys)


def test_exports_keep_the_filters_and_the_order(client: TestClient) -> None:
    params = {"q": "grain", "min_words": "10", "sort": "title"}
    with client:
        shown = _ids(client.get("/api/search", params={**params, "per_page": 100}).json()["items"])
        rows = list(csv.DictReader(io.StringIO(client.get("/search.csv", params=params).text)))
        lines = client.get("/search.jsonl", params=params).text.splitlines()
    assert len(shown) >= 3
    assert [int(row["id"]) for row in rows] == shown
    assert [json.loads(line)["id"] for line in lines] == shown


def test_the_page_shows_the_filters_as_chips_and_every_order(client: TestClient) -> None:
    params = {"byline": "ann lee", "domain": "reuters.com", "min_words": "5"}
    with client:
        page = client.get("/search", params=params)
        cleared = client.get("/search", params={**params, "q": "grain"}).text
    assert page.status_code == 200
    assert "Byline contains “ann lee”" in page.text
    assert "Domain reuters.com" in page.text
    assert "5 to … words" in page.text
    assert "Éclairs and grain" in page.text  # The one article passing all three.
    assert "grain prices fall" not in page.text  # Ann Lee, but on apnews.com.
    for label in ("captured newest", "outlet A–Z", "title A–Z", "longest", "shortest"):
        assert label in page.text
    assert 'href="?q=grain">Clear all' in cleared


BAD = [
    ({"min_words": "many"}, "'min_words' takes a number of words"),
    ({"min_words": "50", "max_words": "5"}, "'min_words' (50) is more than 'max_words' (5)"),
    ({"captured_from": "2023-13"}, "is not a real date"),
    (
        {"captured_from": "2023-08", "captured_to": "2023-07"},
        "'captured_from' (2023-08-01) is after",
    ),
    ({"domain": "not a domain!"}, "is not a web domain"),
]


@pytest.mark.parametrize(("params", "message"), BAD)
def test_a_bad_value_is_a_readable_400_everywhere(
    client: TestClient, params: dict[str, str], message: str
) -> None:
    with client:
        for path in ("/api/search", "/search", "/search.csv", "/search.jsonl", "/api/timeline"):
            answer = client.get(path, params=params)
            assert answer.status_code == 400, path
            assert message in answer.text.replace("&#39;", "'"), path


def test_an_unknown_order_names_the_known_ones(client: TestClient) -> None:
    with client:
        api = client.get("/api/search", params={"sort": "sideways"})
        page = client.get("/search", params={"sort": "sideways"})
    assert api.status_code == 422
    assert "captured_newest" in api.json()["detail"]
    assert page.status_code == 400
