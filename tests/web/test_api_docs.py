"""Issue 20, the API: typed answers in /openapi.json, readable operations, one error shape,
a /docs page that needs nothing from elsewhere, and CORS for reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.settings import Settings
from app.web.api_models import ArticleAnswer, HealthAnswer, SearchAnswer, TimelineAnswer
from app.web.app import create_app


@pytest.fixture
def api(settings: Settings, seed_path: Path) -> TestClient:
    archive = open_archive(settings)
    ingest_paths(archive, [str(seed_path)])
    archive.close()
    return TestClient(create_app(settings))


def test_every_json_success_has_a_schema_and_every_operation_a_name(api: TestClient) -> None:
    with api as client:
        schema = client.get("/openapi.json").json()
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            assert "_" not in operation["summary"], (path, operation["summary"])
            assert operation["operationId"].isidentifier()
            assert len(operation["operationId"]) < 20, operation["operationId"]
            for status, answer in operation["responses"].items():
                for media, content in answer.get("content", {}).items():
                    assert content["schema"] != {}, (path, method, status, media)
            for parameter in operation.get("parameters", []):
                if path.startswith("/api/search"):
                    assert parameter.get("description"), (path, parameter["name"])


def test_answers_match_their_models(api: TestClient) -> None:
    with api as client:
        found = client.get("/api/search", params={"q": "arms factories"}).json()
        article = client.get(f"/api/articles/{found['items'][0]['id']}").json()
        timeline = client.get("/api/timeline").json()
        health = client.get("/api/health").json()
    SearchAnswer.model_validate(found, strict=True)
    ArticleAnswer.model_validate(article, strict=True)
    TimelineAnswer.model_validate(timeline, strict=True)
    HealthAnswer.model_validate(health, strict=True)


def test_one_error_shape(api: TestClient) -> None:
    with api as client:
        bad_query = client.get("/api/search", params={"q": '"unclosed'})
        missing = client.get("/api/articles/999999")
        invalid = client.get("/api/search", params={"page": 0})
    assert [r.status_code for r in (bad_query, missing, invalid)] == [400, 404, 422]
    for answer in (bad_query, missing, invalid):
        assert isinstance(answer.json()["detail"], str)
    assert "page" in invalid.json()["detail"]


def test_docs_page_lists_every_operation_with_nothing_from_elsewhere(api: TestClient) -> None:
    with api as client:
        page = client.get("/docs")
        paths = client.get("/openapi.json").json()["paths"]
    assert page.status_code == 200
    for path in paths:
        assert f" {path}</code>" in page.text, path
    assert "<script" not in page.text
    assert "http://" not in page.text.replace("http://www.w3.org", "")
    assert "cdn" not in page.text.lower()
    assert "SearchAnswer" in page.text


def test_cors_for_api_reads_only(settings: Settings) -> None:
    with TestClient(create_app(settings)) as client:
        read = client.get("/api/health", headers={"Origin": "https://elsewhere.example"})
        page = client.get("/help", headers={"Origin": "https://elsewhere.example"})
    assert read.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-origin" not in page.headers


def test_cors_origins_are_configurable(settings: Settings) -> None:
    chosen = settings.model_copy(update={"cors_origins": ["https://app.example"]})
    with TestClient(create_app(chosen)) as client:
        allowed = client.get("/api/health", headers={"Origin": "https://app.example"})
        other = client.get("/api/health", headers={"Origin": "https://other.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://app.example"
    assert "access-control-allow-origin" not in other.headers
    assert "Origin" in other.headers["vary"]
