"""Search results loaded from the database (app/present/results.py): a result reads what it
shows, and the rest of the article is still there when asked for."""

from __future__ import annotations

from sqlalchemy import inspect

from app.archive import Archive
from app.present.results import find_articles, load_articles
from app.search import SearchRequest

LEFT_OUT = {"evidence", "captions", "minhash", "heading_indexes"}


def test_results_leave_out_what_no_result_shows(seeded_archive: Archive) -> None:
    with seeded_archive.sessions() as session:
        page = find_articles(session, seeded_archive.index, SearchRequest("said"))
        assert len(page.items) > 3
        for item in page.items:
            unloaded = inspect(item.article).unloaded
            assert unloaded >= LEFT_OUT
            assert not {"title", "body", "source", "countries", "captures"} & unloaded


def test_what_a_result_left_out_is_read_when_asked_for(seeded_archive: Archive) -> None:
    with seeded_archive.sessions() as session, seeded_archive.sessions() as other:
        page = find_articles(session, seeded_archive.index, SearchRequest("said"))
        ids = [item.article.id for item in page.items]
        whole = {article.id: article for article in load_articles(other, ids)}
        assert any(article.evidence for article in whole.values())
        for item in page.items:
            read = {name: getattr(item.article, name) for name in LEFT_OUT}
            assert read == {name: getattr(whole[item.article.id], name) for name in LEFT_OUT}
