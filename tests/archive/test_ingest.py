"""Ingest and storage: idempotent upserts, captures, change log, bad items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.archive import Archive
from app.archive.ingest import ingest_paths
from app.drafts import RawItem
from app.enrich import EnrichedArticle
from app.storage.models import Article, Capture, Change, Source
from tests.conftest import DUMPS

pytestmark = pytest.mark.both_databases


def _count(archive: Archive, model: type) -> int:
    with archive.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _jsonl(path: Path, *records: dict[str, object]) -> str:
    path.write_text("\n".join(json.dumps(record) for record in records) + "\n")
    return str(path)


def test_ingest_twice_is_one_article(archive: Archive, seed_path: Path) -> None:
    first = ingest_paths(archive, [str(seed_path)])
    second = ingest_paths(archive, [str(seed_path)])
    assert first.summary() == "1 new, 0 updated, 0 unchanged, 0 duplicate, 0 failed"
    assert second.summary() == "0 new, 0 updated, 1 unchanged, 0 duplicate, 0 failed"
    assert (_count(archive, Article), _count(archive, Capture), _count(archive, Change)) == (
        1,
        1,
        1,
    )


def test_original_is_kept_verbatim(archive: Archive, seed_path: Path) -> None:
    report = ingest_paths(archive, [str(seed_path)])
    with archive.sessions() as session:
        article = session.get(Article, report.article_ids[0])
        assert article is not None
        capture = article.latest_capture
        assert capture is not None
        assert capture.content == seed_path.read_bytes()
        assert capture.format == "text"
        assert capture.origin == str(seed_path)


def test_changed_version_updates_the_article(archive: Archive, tmp_path: Path) -> None:
    url = "https://example.org/a"
    ingest_paths(
        archive, [_jsonl(tmp_path / "v1.jsonl", {"title": "T", "body": "One.", "url": url})]
    )
    report = ingest_paths(
        archive, [_jsonl(tmp_path / "v2.jsonl", {"title": "T", "body": "Two.", "url": url})]
    )
    assert report.counts["updated"] == 1
    with archive.sessions() as session:
        (article,) = session.scalars(select(Article)).all()
        assert article.body == "Two."
        assert len(article.captures) == 2  # Both versions' originals are kept.
    assert _count(archive, Change) == 2


def test_versions_in_one_batch_update_fields_countries_and_captures(
    archive: Archive, tmp_path: Path
) -> None:
    url = "https://example.org/talks"
    first = {"title": "Talks in Kenya", "body": "Delegates met in Nairobi, Kenya.", "url": url}
    second = {"title": "Talks in Peru", "body": "Delegates met in Lima, Peru.", "url": url}
    batch = _jsonl(tmp_path / "versions.jsonl", first, second, first, second)
    report = ingest_paths(archive, [batch])
    assert report.summary() == "1 new, 3 updated, 0 unchanged, 0 duplicate, 0 failed"
    with archive.sessions() as session:
        (article,) = session.scalars(select(Article)).all()
        assert article.title == "Talks in Peru"
        assert [country.code for country in article.countries] == ["PE"]
        assert article.group_id == article.id
        assert len(article.captures) == 2  # Each distinct original once.
    assert _count(archive, Change) == 4


def test_same_text_under_another_url_is_a_duplicate(archive: Archive, tmp_path: Path) -> None:
    story = {"title": "Wire story", "body": "The same text."}
    ingest_paths(archive, [_jsonl(tmp_path / "a.jsonl", {**story, "url": "https://a.example/1"})])
    report = ingest_paths(
        archive, [_jsonl(tmp_path / "b.jsonl", {**story, "url": "https://b.example/1"})]
    )
    assert report.counts["duplicate"] == 1
    assert _count(archive, Article) == 1
    assert _count(archive, Capture) == 2


def test_bad_items_are_reported_and_good_ones_stored(archive: Archive, tmp_path: Path) -> None:
    jsonl = tmp_path / "mixed.jsonl"
    jsonl.write_text(
        '{"title": "Good one", "body": "Stored."}\n'
        '{"title": "Broken", "body": \n'
        '{"body": "no title"}\n'
        '{"title": "Good two", "body": "Stored too."}\n'
    )
    paths = [
        str(DUMPS / "empty.txt"),
        str(DUMPS / "binary.png"),
        str(jsonl),
        str(DUMPS / "nytimes_sudan.txt"),
    ]
    report = ingest_paths(archive, paths)
    assert report.counts["new"] == 3
    assert report.counts["failed"] == 4
    failures = {failure.where: failure.reason for failure in report.failures}
    assert failures[str(DUMPS / "empty.txt")] == "empty file"
    assert "binary" in failures[str(DUMPS / "binary.png")]
    assert "not valid JSON" in failures[f"{jsonl} (line 2)"]
    assert "'title'" in failures[f"{jsonl} (line 3)"]


def test_invalid_utf8_is_read_with_a_fallback_and_says_so(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(
        "Café owners protest\n\nThe café owners of the city protested on Monday.".encode("latin-1")
    )
    report = ingest_paths(archive, [str(path)])
    assert report.counts["new"] == 1
    with archive.sessions() as session:
        article = session.get(Article, report.article_ids[0])
        assert article is not None
        assert article.title == "Café owners protest"
        assert "Windows-1252" in article.evidence["encoding"][1]


def test_large_batches_lose_nothing_with_or_without_worker_processes(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.archive.ingest

    records = [{"title": f"Story {n}", "body": f"Text of story number {n}."} for n in range(75)]
    path = _jsonl(tmp_path / "many.jsonl", *records)
    parallel = ingest_paths(archive, [path])
    monkeypatch.setattr(app.archive.ingest, "MAX_WORKERS", 1)
    records = [{"title": f"Other {n}", "body": f"Other text {n}."} for n in range(75)]
    sequential = ingest_paths(archive, [_jsonl(tmp_path / "more.jsonl", *records)])
    assert parallel.counts["new"] == sequential.counts["new"] == 75
    assert _count(archive, Article) == 150


def test_one_batch_creates_completes_and_reuses_an_outlet(archive: Archive, tmp_path: Path) -> None:
    def item(number: int, url: str | None) -> dict[str, object]:
        body = f"Report {number} from the harbour: the ferry to Malta sailed late again today."
        return {
            "title": f"Harbour report {number}",
            "body": body,
            "url": url,
            "source": "Harbour Gazette",
            "published_at": "2024-03-0{number}",
        }

    path = _jsonl(
        tmp_path / "gazette.jsonl",
        item(1, None),  # The source row is made without a domain...
        item(2, "https://harbour-gazette.test/2"),  # ...which this item completes...
        item(3, "https://harbour-gazette.test/3"),  # ...and this one finds complete.
    )
    assert ingest_paths(archive, [path]).counts["new"] == 3
    with archive.sessions() as session:
        sources = session.scalars(select(Source)).all()
        article_sources = session.scalars(select(Article.source_id)).all()
    assert [(s.name, s.domain) for s in sources] == [("Harbour Gazette", "harbour-gazette.test")]
    assert article_sources == [sources[0].id] * 3


def test_an_item_the_store_refuses_with_any_error_fails_alone(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.archive import ingest

    real_store = ingest.store_article

    def picky_store(session: Session, article: EnrichedArticle, item: RawItem) -> object:
        if "Second" in (article.draft.title or ""):
            raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")
        return real_store(session, article, item)

    monkeypatch.setattr(ingest, "store_article", picky_store)
    records = [
        {"title": f"{n} story", "body": f"Text {n} about Chile."}
        for n in ("First", "Second", "Third")
    ]
    report = ingest_paths(archive, [_jsonl(tmp_path / "three.jsonl", *records)])
    assert report.counts["new"] == 2
    assert "UnicodeEncodeError" in report.failures[0].reason
