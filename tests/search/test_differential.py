"""The differential test: random sequences of ingests, updates of one URL, bursts of versions
written before one catch-up, files repeating a URL, deletions, merges, rebuilds and restarts;
after each step random queries (words, phrases with slop, prefixes, AND/OR/NOT, fields, an
outlet filter, a word count range, each sort) must answer exactly what a brute-force scan of
the database answers (tests/search/oracle.py): every matching id (in order for every sort but
relevance), the totals of
articles and of stories, and the facet counts. At the end a freshly rebuilt index must answer
the same.

GEONEWS_DIFFERENTIAL_EXAMPLES sets how many sequences (`make soak` runs more).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.archive import Archive, open_archive
from app.archive.ingest import ingest_items
from app.drafts import RawItem
from app.indexing import indexer
from app.indexing.consistency import find_drift
from app.indexing.indexer import index_pending_changes, rebuild_index
from app.indexing.positions import index_position
from app.search import Filters, SearchRequest, Sort, all_matching_ids, index, search
from app.settings import Settings
from tests.search import oracle

EXAMPLES = int(os.environ.get("GEONEWS_DIFFERENTIAL_EXAMPLES", "60"))
WORDS = [
    "harbour",
    "minister",
    "talks",
    "sanctions",
    "missile",
    "vote",
    "quay",
    "drone",
    "said",
    "France",
    "Kenya",
    "border",
    "harbours",
    "minted",
]
SOURCES = ["Alpha Post", "Beta Times", "aardvark wire", None]  # Ordered by name, case aside.
DATES = ["2021-03-04", "2022-07-01", "2022-07-02", None]
CAPTURES = ["2022-07-01T23:30:00Z", "2022-07-02T08:00:00+02:00", None]
URLS = 5  # Few URLs, so that updates and repeats are common.

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=10).map(" ".join)


@st.composite
def articles(draw: Any) -> dict[str, Any]:
    article = {
        "title": draw(sentence),
        "body": draw(sentence) + ".\n\n" + draw(sentence) + ".",
        "url": f"https://news.example/{draw(st.integers(0, URLS - 1))}",
    }
    if source := draw(st.sampled_from(SOURCES)):
        article["source"] = source
    if day := draw(st.sampled_from(DATES)):
        article["published_at"] = day
    if moment := draw(st.sampled_from(CAPTURES)):
        article["captured_at"] = moment
    return article


steps = st.one_of(
    st.tuples(st.just("ingest"), st.lists(articles(), min_size=1, max_size=4), st.booleans()),
    st.tuples(st.just("burst"), st.lists(articles(), min_size=2, max_size=5), st.booleans()),
    st.tuples(st.just("delete"), st.integers(0, 50), st.booleans()),
    st.tuples(st.just("merge")),
    st.tuples(st.just("reindex")),
    st.tuples(st.just("restart")),
)


@st.composite
def word_queries(draw: Any) -> str:
    word = draw(st.sampled_from(WORDS))
    kind = draw(st.sampled_from(["word", "phrase", "prefix", "field"]))
    if kind == "phrase":
        words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=3))
        slop = draw(st.sampled_from(["", "~2", "~4"]))
        return f'"{" ".join(words)}"{slop}'
    if kind == "prefix":
        return word[: draw(st.integers(2, 4))] + "*"
    return f"title:{word}" if kind == "field" else word


@st.composite
def queries(draw: Any) -> SearchRequest:
    first, second = draw(word_queries()), draw(word_queries())
    shape = draw(
        st.sampled_from(
            ["{a}", "{a} {b}", "{a} OR {b}", "{a} NOT {b}", "({a} OR {b}) {c}", "NOT {a}", ""]
        )
    )
    words = shape.format(a=first, b=second, c=draw(word_queries()))
    sources = draw(st.sampled_from([(), ("Alpha Post",), ("Beta Times", "Alpha Post")]))
    low, high = draw(st.sampled_from([(None, None), (6, None), (None, 8), (5, 9)]))
    filters = Filters(sources=sources, min_words=low, max_words=high)
    return SearchRequest(words, draw(st.sampled_from(list(Sort))), filters=filters)


@dataclass
class World:
    """An archive under test, and the queries asked after each step."""

    settings: Settings
    archive: Archive
    requests: list[SearchRequest] = field(default_factory=list)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated archive, copied for each sequence (migrating is most of a start)."""
    data = tmp_path_factory.mktemp("template") / "data"
    open_archive(Settings(data_dir=data)).close()
    return data


@contextmanager
def _world(template: Path, requests: list[SearchRequest]) -> Iterator[World]:
    folder = Path(tempfile.mkdtemp(prefix="differential-"))
    shutil.copytree(template, folder / "data")
    world_settings = Settings(data_dir=folder / "data")
    world = World(world_settings, open_archive(world_settings), requests)
    try:
        yield world
    finally:
        world.archive.close()
        shutil.rmtree(folder, ignore_errors=True)


def _item(article: dict[str, Any]) -> RawItem:
    return RawItem(json.dumps(article).encode(), "sequence", "jsonl", "application/json")


def _catch_up(world: World, quick: bool) -> None:
    if quick:  # As the server's thread: small commits, no merge.
        index_pending_changes(world.archive.sessions, world.archive.index, bulk_allowed=False)
    else:  # As a CLI ingest: one commit of several batches.
        world.archive.catch_up_index()


def _apply(world: World, step: tuple[Any, ...]) -> None:
    archive, kind = world.archive, step[0]
    if kind == "ingest":  # One file: the same URL may come twice.
        ingest_items(archive, [_item(a) for a in step[1]], catch_up=False)
        _catch_up(world, step[2])
    elif kind == "burst":  # Versions of one URL stored one by one, as concurrent posts.
        for article in step[1]:
            ingest_items(archive, [_item({**article, "url": step[1][0]["url"]})], catch_up=False)
        _catch_up(world, step[2])
    elif kind == "delete":
        _delete_one(archive, step[1])
        _catch_up(world, step[2])
    elif kind == "merge":
        archive.index.apply([], [], index_position(archive.index).to_json())
    elif kind == "reindex":
        rebuild_index(archive.sessions, world.settings.index_path)
    elif kind == "restart":
        archive.close()
        world.archive = open_archive(world.settings)


def _delete_one(archive: Archive, pick: int) -> None:
    """Remove an article from the database as a deletion would, with its change-log row."""
    with archive.sessions.begin() as session:
        ids = sorted(session.scalars(text("SELECT id FROM articles")))
        if not ids:
            return
        params = {"id": ids[pick % len(ids)]}
        for table in ("article_bands", "article_countries", "captures"):
            session.execute(text(f"DELETE FROM {table} WHERE article_id = :id"), params)
        session.execute(text("DELETE FROM articles WHERE id = :id"), params)
        session.execute(
            text("INSERT INTO changes (article_id, kind, created_at) VALUES (:id, 'delete', 0)"),
            params,
        )


def _answer(search_index: index.SearchIndex, request: SearchRequest) -> oracle.Answer:
    """What the index answers, in the oracle's terms."""
    every = replace(request, collapse_copies=False)
    ids = all_matching_ids(search_index, every)
    counted = search(search_index, replace(every, per_page=1, with_facets=True))
    stories = search(search_index, replace(request, per_page=1)).total
    assert counted.facets is not None
    sources, years, countries = oracle.facets_of(counted.facets)
    return oracle.Answer(ids, counted.total, stories, sources, years, countries)


def _comparable(found: oracle.Answer, request: SearchRequest) -> oracle.Answer:
    """Relevance orders by scores, which deleted entries' statistics move: compare its ids as
    a set; the date orders exactly."""
    return replace(found, ids=sorted(found.ids)) if request.sort is Sort.RELEVANCE else found


def _check(world: World, search_index: index.SearchIndex, step: object) -> None:
    with world.archive.sessions() as session:
        stored = oracle.entries(session)
    for request in world.requests:
        expected = _comparable(oracle.answer(stored, request), request)
        assert _comparable(_answer(search_index, request), request) == expected, (step, request)


def _check_fresh_rebuild(world: World) -> None:
    fresh_path = world.settings.data_dir / "fresh-index"
    rebuild_index(world.archive.sessions, fresh_path)
    fresh = index.SearchIndex(fresh_path)
    try:
        _check(world, fresh, "a fresh rebuild")
    finally:
        fresh.close()


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    sequence=st.lists(steps, min_size=1, max_size=5),
    requests=st.lists(queries(), min_size=2, max_size=4),
)
def test_every_step_answers_as_the_database(
    template: Path,
    monkeypatch: pytest.MonkeyPatch,
    sequence: list[tuple[Any, ...]],
    requests: list[SearchRequest],
) -> None:
    monkeypatch.setattr(indexer, "BATCH_SIZE", 2)  # A CLI catch-up writes several batches,
    monkeypatch.setattr(indexer, "BULK_THRESHOLD", 3)  # in one commit,
    monkeypatch.setattr(index, "BULK_WRITER", {})  # in this process (no fork per example).
    with _world(template, requests) as world:
        for step in sequence:
            _apply(world, step)
            _check(world, world.archive.index, step)
            assert find_drift(world.archive).clean, step
        _check_fresh_rebuild(world)
