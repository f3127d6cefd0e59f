"""Bounds on the work of one request (README, "Limits"): fields that are not searchable, long
or loose phrases, did-you-mean, related articles, copies listed without their texts, and the
security headers on a server error."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect

from app.archive import Archive
from app.archive.ingest import ingest_items
from app.drafts import RawItem
from app.present.results import story_copies
from app.search import SearchRequest, did_you_mean, more_like, search
from app.search.query import MAX_PHRASE_WORDS, MAX_QUERY_CHARS, MAX_SLOP
from app.search.suggest import RELATED_WORDS
from app.settings import Settings
from app.storage.models import Article
from app.web.app import create_app

SEARCH_ROUTES = [
    "/search",
    "/api/search",
    "/api/timeline",
    "/search/timeline.csv",
    "/search.csv",
    "/search.jsonl",
    "/search.atom",
]
INTERNAL = ["position:x", 'sort_date:"a b"', 'group:"a b"', 'article:"a b"', "id:3", "version:x"]


def _item(article: dict[str, str]) -> RawItem:
    return RawItem(json.dumps(article).encode(), "test", "jsonl", "application/json")


def _client(data_dir: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(data_dir=data_dir)), raise_server_exceptions=False) as app:
        archive = app.app.state.archive  # type: ignore[attr-defined]
        article = {"title": "Harbour talks", "body": "The minister said the talks went well."}
        ingest_items(archive, [_item(article)])
        yield app


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    yield from _client(tmp_path / "data")


@pytest.fixture(scope="module")
def reading_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """One app for the many requests that only read: an app each would be most of the time."""
    yield from _client(tmp_path_factory.mktemp("bounds") / "data")


@pytest.mark.parametrize("route", SEARCH_ROUTES)
@pytest.mark.parametrize("query", INTERNAL)
def test_fields_that_are_not_searchable_get_a_400_naming_those_that_are(
    reading_client: TestClient, route: str, query: str
) -> None:
    response = reading_client.get(route, params={"q": query})
    assert response.status_code == 400, response.text
    assert "not a field you can search" in response.text
    assert "title, lead, body, byline" in response.text


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"' + " ".join(["said"] * (MAX_PHRASE_WORDS + 1)) + '"', "too long"),
        (f'"minister said"~{MAX_SLOP + 1}', "at most"),
        ('"prime minister"~999999', "at most"),
    ],
)
def test_long_or_loose_phrases_get_a_400(client: TestClient, query: str, message: str) -> None:
    for route in ("/search", "/api/search"):
        response = client.get(route, params={"q": query})
        assert response.status_code == 400
        assert message in response.text


@pytest.mark.parametrize("route", ["/search", "/api/search"])
def test_a_very_long_query_gets_a_400_that_does_not_misstate_its_length(
    client: TestClient, route: str
) -> None:
    # The form cuts the query short before it is read: the message must not give that length.
    response = client.get(route, params={"q": "a" * 5 * MAX_QUERY_CHARS})
    assert response.status_code == 400
    assert f"limit of {MAX_QUERY_CHARS:,} characters" in response.text
    assert "characters long" not in response.text


def test_a_long_query_is_shown_cut_short_in_the_page_headline(client: TestClient) -> None:
    page = client.get("/search", params={"q": "a" * 5 * MAX_QUERY_CHARS}).text
    headline = page.split("<h1", 1)[1].split("</h1>", 1)[0]
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    assert len(headline) < 300
    assert len(title) < 120


def test_phrases_within_the_caps_run(client: TestClient) -> None:
    phrase = '"' + " ".join(["said"] * MAX_PHRASE_WORDS) + f'"~{MAX_SLOP}'
    assert client.get("/api/search", params={"q": phrase}).status_code == 200
    answer = client.get("/api/search", params={"q": '"minister said"~2'}).json()
    assert answer["total"] == 1


def test_a_server_error_carries_the_security_headers(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("planted")

    monkeypatch.setattr("app.web.api.find_articles", broken)
    monkeypatch.setattr("app.web.pages.find_articles", broken)
    for route in ("/api/search", "/search"):
        response = client.get(route, params={"q": "harbour"})
        assert response.status_code == 500
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
    assert client.get("/api/search").json() == {"detail": "Internal server error."}


def test_did_you_mean_is_remembered_and_never_longer_than_a_query(archive: Archive) -> None:
    ingest_items(archive, [_item({"title": "Internationalisation", "body": "Harbour works."})])
    assert did_you_mean(archive.index, "harbor") == "harbour"
    with archive.index.view() as view:
        assert view.remembered(("did_you_mean", "harbor"), lambda: "not remembered") == "harbour"
    misspelt = " ".join(["internationalisatio"] * (MAX_QUERY_CHARS // 20))
    assert len(misspelt) <= MAX_QUERY_CHARS
    corrected = did_you_mean(archive.index, misspelt)
    assert corrected is None or len(corrected) <= MAX_QUERY_CHARS


def test_related_articles_read_the_opening_of_a_text_only(archive: Archive) -> None:
    items = [
        _item({"title": f"Harbour {n}", "body": f"Harbour quay minister talks {n} ships."})
        for n in range(4)
    ]
    ids = ingest_items(archive, items).article_ids
    opening = " ".join(["harbour quay ships"] * RELATED_WORDS)
    tail = " ".join(["zebra giraffe"] * 50_000)
    found = more_like(archive.index, ids[0], opening, 3)
    assert found
    assert more_like(archive.index, ids[0], f"{opening} {tail}", 3) == found


def test_copies_are_listed_without_their_texts(archive: Archive) -> None:
    body = " ".join(f"word{n}" for n in range(60)) + " in the harbour."
    items = [
        _item({"title": "Wire story", "body": f"{body} Desk {n}.", "url": f"https://x/{n}"})
        for n in range(3)
    ]
    ids = ingest_items(archive, items).article_ids
    with archive.sessions() as session:
        article = session.get(Article, ids[-1])
        assert article is not None
        original, copies = story_copies(session, article)
        assert len(copies) == 2
        assert all("body" in inspect(copy).unloaded for copy in copies if copy is not original)
        assert search(archive.index, SearchRequest("harbour")).total == 1


def test_remembered_results_are_bounded_in_bytes(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.search import index as index_module
    from app.search import searchers
    from app.search.memory import approximate_bytes

    assert approximate_bytes(["x" * 1000]) > 1000
    monkeypatch.setattr(searchers, "RESULTS_BYTES", 20_000)
    archive.index.close()  # A searcher opened now remembers within the smaller budget.
    search_index = index_module.SearchIndex(archive.settings.index_path)
    try:
        with search_index.view() as view:
            for n in range(50):
                view.remembered(("big", n), lambda: "y" * 1000)
            view.remembered("huge", lambda: "z" * 50_000)
            assert view.lane.generation.results_size() <= 20_000
            assert view.remembered(("big", 49), lambda: "recomputed") == "y" * 1000
            assert view.remembered(("big", 0), lambda: "recomputed") == "recomputed"
            assert view.remembered("huge", lambda: "recomputed") == "recomputed"
    finally:
        search_index.close()


@pytest.mark.parametrize("query", ["NOT NOT storm", "storm OR NOT NOT rain", "(NOT NOT storm)"])
def test_a_not_of_a_not_gets_a_400_saying_how_to_write_it(client: TestClient, query: str) -> None:
    # Whoosh's parser failed inside on these (an IndexError: a 500).
    for route in ("/search", "/api/search"):
        response = client.get(route, params={"q": query})
        assert response.status_code == 400, response.text
        assert "write NOT once" in response.text
    # In brackets a double negation reads, and a quoted "NOT NOT" is a phrase.
    for query in ("NOT (NOT storm)", '"NOT NOT" storm'):
        assert client.get("/api/search", params={"q": query}).status_code == 200


def test_an_operator_whoosh_cannot_read_gets_a_400(client: TestClient) -> None:
    # Whoosh's parser failed inside on this one too (an AssertionError: a 500).
    response = client.get("/api/search", params={"q": "storm REQUIRE ANDMAYBE REQUIRE"})
    assert response.status_code == 400, response.text
    assert "could not be read" in response.text
