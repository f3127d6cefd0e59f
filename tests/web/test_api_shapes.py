"""The API's shapes (`_shape`): objects by default, arrays of values under column names, and
newline-delimited JSON, each holding the same articles (issue 22)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from tests.web.explore_corpus import explore_client

PARAMS = {"q": "Rusia OR Russia OR Brasil", "sort": "title", "per_page": "3"}


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> TestClient:
    return explore_client(settings, tmp_path)


def test_arrays_hold_each_article_s_values_under_the_column_names(client: TestClient) -> None:
    with client:
        objects = client.get("/api/search", params=PARAMS).json()
        arrays = client.get("/api/search", params={**PARAMS, "_shape": "arrays"}).json()
    assert "items" not in arrays
    assert len(arrays["rows"]) == len(objects["items"]) == 3
    for row, item in zip(arrays["rows"], objects["items"], strict=True):
        values = dict(zip(arrays["columns"], row, strict=True))
        assert values["id"] == item["id"]
        assert values["title"] == item["title"]
        assert values["source"] == item["source"]["name"]
        assert values["countries"] == " ".join(c["code"] for c in item["countries"])
        assert values["snippet"] == item["snippet"]
    for key in ("total", "page", "per_page", "facets", "query"):
        assert arrays[key] == objects[key]


def test_ndjson_is_one_article_a_line(client: TestClient) -> None:
    with client:
        objects = client.get("/api/search", params=PARAMS).json()
        lines = client.get("/api/search", params={**PARAMS, "_shape": "ndjson"})
    assert lines.headers["content-type"].startswith("application/x-ndjson")
    assert lines.text.endswith("\n")
    assert [json.loads(line) for line in lines.text.splitlines()] == objects["items"]


def test_an_unknown_shape_names_the_known_ones(client: TestClient) -> None:
    with client:
        answer = client.get("/api/search", params={"_shape": "table"})
    assert answer.status_code == 422
    assert "objects" in answer.json()["detail"]
    assert "ndjson" in answer.json()["detail"]
