"""The benchmark's own parts: a deterministic corpus, and an FTS5 page that agrees with ours."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from app.archive import Archive
from app.archive.ingest import ingest_paths
from app.search import Filters, SearchRequest, search
from app.storage.models import Article
from bench import run
from bench.corpus import articles
from bench.english_news import sample
from bench.eval_countries_en import evaluate, gold
from bench.eval_multilingual_search import KINDS, hand_queries
from bench.fts5 import FtsQuery, build, search_page
from tests.conftest import corpus_folder


def test_corpus_is_the_same_for_the_same_seed() -> None:
    first, again = list(articles(30)), list(articles(30))
    assert first == again
    assert all(article["title"] and article["body"] for article in first)
    assert len({article["url"] for article in first}) == 30


def test_fts5_page_counts_what_we_count(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(article) for article in articles(60)))
    ingest_paths(archive, [str(path)])
    fts_db = tmp_path / "fts5.db"
    build(archive.settings.data_dir / "geonews.db", fts_db)
    page = search_page(sqlite3.connect(fts_db), FtsQuery(None, country="UA"))
    ours = search(
        archive.index, SearchRequest(filters=Filters.parse(["UA"]), collapse_copies=False)
    )
    assert page["total"] == ours.total > 0
    assert len(page["ids"]) == min(10, ours.total)


def test_a_stopped_build_resumes_at_the_part_it_was_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run, "RESULTS", tmp_path)
    monkeypatch.setattr(run, "PART_SIZE", 20)
    data = tmp_path / "data"
    env = {**os.environ, "GEONEWS_DATA_DIR": str(data)}
    real_geonews, calls = run.geonews, []

    def recorded(env: dict[str, str], *args: str) -> float:
        calls.append(args)
        seconds = real_geonews(env, *args)
        if len(calls) == 2:
            raise KeyboardInterrupt  # As if the session ended while the part was ingested.
        return seconds

    monkeypatch.setattr(run, "geonews", recorded)
    with pytest.raises(KeyboardInterrupt):
        run.build_archive(50, data, env)
    figures = run.build_archive(50, data, env)
    again = run.build_archive(50, data, env)  # Stopped while measuring: nothing is redone.

    assert [args[0] for args in calls] == ["ingest"] * 4 + ["reindex"]
    assert [Path(args[1]).name for args in calls[:4]] == [
        "part-000.jsonl",
        "part-001.jsonl",
        "part-001.jsonl",
        "part-002.jsonl",
    ]
    assert figures["ingest_resumed_parts"] == ["part-001.jsonl"]
    assert len(figures["ingest_part_s"]) == 3
    assert again["rebuild_s"] == figures["rebuild_s"]
    with sqlite3.connect(data / "geonews.db") as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 50


ENGLISH_CORPORA = (
    "bbc_news_2225",
    "huffpost_news_category_v3_first10k",
    "ag_news_test",
    "wikinews_vanatteveldt",
)


@pytest.mark.corpora
def test_english_country_gold_is_the_seeded_sample_and_the_tagger_holds_on_it() -> None:
    for name in ENGLISH_CORPORA:
        corpus_folder(name)
    entries = gold()
    assert [(e["corpus"], e["id"]) for e in entries] == [(s.corpus, s.id) for s in sample()]
    score = evaluate(entries)
    assert score.primary_right / score.stories >= 0.84
    assert score.true_pos / (score.true_pos + score.false_pos) >= 0.95


def test_hand_written_multilingual_queries_are_well_formed() -> None:
    queries = hand_queries()
    assert len(queries) >= 150
    assert {query.kind for query in queries} == set(KINDS)
    assert len({query.lang.split("-")[0] for query in queries}) >= 30
    assert not any(query.lang.startswith("en") for query in queries)
    assert len({(query.url, query.title, query.query) for query in queries}) == len(queries)


def test_hand_written_queries_are_read_and_name_their_article(tmp_path: Path) -> None:
    path = tmp_path / "queries.jsonl"
    row = {"url": "https://example.org/a", "lang": "de", "query": "Sanktion", "kind": "inflected"}
    path.write_text(json.dumps(row) + "\n" + json.dumps({**row, "url": None, "title": "T"}))
    by_url, by_title = hand_queries(path)
    assert by_url.finds(Article(url="https://example.org/a", title="T"))
    assert not by_url.finds(Article(url="https://example.org/b", title="T"))
    assert by_title.finds(Article(url=None, title="T"))
    path.write_text(json.dumps({**row, "kind": "fuzzy"}))
    with pytest.raises(ValueError, match="needs an article, a text and a kind"):
        hand_queries(path)


def test_written_articles_are_read_by_the_jsonl_reader_and_their_gold_is_whole() -> None:
    from app.extract.jsonl import extract_json_article
    from bench.eval_written_intl import ARTICLES, language_right

    rows = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]
    languages = [row["gold"]["language"] for row in rows]
    assert len(rows) == 60
    assert all(languages.count(code) == 6 for code in set(languages))
    for row in rows:
        gold = row.pop("gold")
        assert extract_json_article(json.dumps(row)).title == row["title"]
        assert gold["primary"] is None or gold["primary"] in gold["countries"]
        assert len(gold["queries"]) == 2
    more = ARTICLES.with_name("written_intl_more.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["gold"]["language"] for line in more) == sorted(set(languages))
    assert language_right("zh", "zh-Hans")
    assert not language_right("zh", "zh-Hant")
    assert language_right("uk", "uk")
    assert not language_right("uk", "ru")
