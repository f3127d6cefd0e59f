"""Issue 20, cite and share: each article page gives its stable link and citations (APA,
Chicago, BibTeX, and RIS to download) naming publication, access and capture."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.settings import Settings
from app.web.app import create_app


@pytest.fixture
def cite_client(settings: Settings, seed_path: Path) -> TestClient:
    archive = open_archive(settings)
    ingest_paths(archive, [str(seed_path)])
    archive.close()
    chosen = settings.model_copy(update={"base_url": "https://news.example.org/"})
    return TestClient(create_app(chosen))


def test_article_page_cites_itself(cite_client: TestClient) -> None:
    today = datetime.now(UTC).date()
    with cite_client as client:
        article_id = client.get("/api/search", params={"q": "arms factories"}).json()["items"][0]
        page = client.get(f"/articles/{article_id['id']}").text
        ris = client.get(f"/articles/{article_id['id']}/citation.ris")
    stable = f"https://news.example.org/articles/{article_id['id']}"
    assert f'class="stable-link" href="{stable}"' in page
    assert "(2023, August 6). Kim Jong Un tells North Korea arms factories" in page
    assert "The Jerusalem Post" in page
    assert f"retrieved {today:%B} {today.day}, {today.year}, from {stable}" in page
    assert "&#34;Kim Jong Un tells North Korea arms factories to boost capacity.&#34;" in page
    assert f"url = {{{stable}}}," in page
    assert "Archived " in page
    assert ris.status_code == 200
    assert ris.headers["content-type"].startswith("application/x-research-info-systems")
    assert "attachment" in ris.headers["content-disposition"]
    lines = ris.text.split("\r\n")
    assert lines[0] == "TY  - NEWS"
    assert "DA  - 2023/08/06" in lines
    assert f"UR  - {stable}" in lines
    assert lines[-2] == "ER  - "


def test_an_article_without_address_or_capture_date_is_cited_without_none(
    settings: Settings, tmp_path: Path
) -> None:
    dump = tmp_path / "dump.jsonl"
    row = {"title": "Talks resume in Geneva", "body": "Delegates met in Geneva on Monday. " * 20}
    dump.write_text(json.dumps(row) + "\n", encoding="utf-8")
    archive = open_archive(settings)
    ingest_paths(archive, [str(dump)])
    archive.close()
    today = datetime.now(UTC).date()  # Stored today: the archive's copy dates from then.
    with TestClient(create_app(settings)) as client:
        article_id = client.get("/api/search", params={"q": "Geneva"}).json()["items"][0]["id"]
        assert client.get(f"/api/articles/{article_id}").json()["captured_at"] is None
        page = client.get(f"/articles/{article_id}").text
        ris = client.get(f"/articles/{article_id}/citation.ris").text
    assert "None" not in page
    assert "n.d. at" not in page
    assert f"Archived {today:%B} {today.day}, {today.year} at" in page  # Chicago
    assert f"note = {{Archived {today.isoformat()}}}," in page  # BibTeX
    assert f"N1  - Archived {today.isoformat()}" in ris.split("\r\n")
    assert "None" not in ris
