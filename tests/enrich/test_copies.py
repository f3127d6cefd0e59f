"""Copies of one story share a group (invariant 9): search shows one, the article page lists all."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.enrich.copies import text_signature
from app.search import SearchRequest, search
from app.settings import Settings
from app.storage.models import Article
from app.web.app import create_app

pytestmark = pytest.mark.both_databases


def _copy_of_seed(seed_path: Path, folder: Path) -> Path:
    """The seed as another outlet ran it: other header, date line, one changed sentence."""
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    lines[0] = " date 2023-08-06 The Times of Israel | Israel & the Region Jewish Times Blogs"
    text = "\n".join(lines).replace("Published: AUGUST 6, 2023 09:28", "6 August 2023, 11:05 am")
    text = text.replace(
        "The launchers Kim inspected are normally used to fire ballistic missiles.",
        "The launchers are normally used to fire short-range ballistic missiles, analysts said.",
    )
    path = folder / "copy_times_of_israel.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def grouped(settings: Settings, seed_path: Path, tmp_path: Path) -> Settings:
    archive = open_archive(settings)
    report = ingest_paths(archive, [str(seed_path), str(_copy_of_seed(seed_path, tmp_path))])
    assert report.counts["new"] == 2
    archive.close()
    return settings


def test_signatures_tell_copies_from_other_stories(seed_path: Path, tmp_path: Path) -> None:
    seed = seed_path.read_text(encoding="utf-8")
    copy = _copy_of_seed(seed_path, tmp_path).read_text(encoding="utf-8")
    seed_signature, copy_signature = text_signature(seed), text_signature(copy)
    other = text_signature(" ".join(f"word{n} about something else entirely" for n in range(40)))
    assert seed_signature is not None
    assert copy_signature is not None
    assert other is not None
    assert seed_signature.similarity(copy_signature) >= 0.6
    assert seed_signature.similarity(other) < 0.2
    assert text_signature("Too short to compare.") is None


def test_copies_share_a_group_and_search_shows_one(grouped: Settings) -> None:
    archive = open_archive(grouped)
    with archive.sessions() as session:
        groups = {a.group_id for a in session.query(Article).all()}
    one = search(archive.index, SearchRequest("Kim Jong Un arms factories"))
    every = search(
        archive.index, SearchRequest("Kim Jong Un arms factories", collapse_copies=False)
    )
    archive.close()
    assert len(groups) == 1
    assert (one.total, len(one.ids), one.total_articles) == (1, 1, 2)
    assert (every.total, len(every.ids)) == (2, 2)


def test_article_page_marks_the_original_and_shows_differences(grouped: Settings) -> None:
    with TestClient(create_app(grouped)) as client:
        items = client.get("/api/search", params={"q": "arms factories", "copies": "all"}).json()[
            "items"
        ]
        by_source = {item["source"]["name"]: item["id"] for item in items}
        copy_page = client.get(f"/articles/{by_source['The Times of Israel']}").text
        original_page = client.get(f"/articles/{by_source['The Jerusalem Post']}").text
        api = client.get(f"/api/articles/{by_source['The Jerusalem Post']}").json()
        listing = client.get("/search", params={"q": "arms factories"}).text
    assert "original (earliest)" in copy_page
    assert "<del>Kim inspected</del>" in copy_page
    assert "<ins>short-range</ins>" in copy_page
    assert "This copy is the earliest: the original." in original_page
    assert api["copies"][0]["source"] == "The Times of Israel"
    assert "1 other copy of this story" in listing
    assert "show every copy" in listing
