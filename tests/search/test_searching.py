"""Search: ranking, sorting, pages, query guards, snippets (app/search)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.archive import Archive
from app.archive.ingest import ingest_paths
from app.search import QueryError, SearchRequest, Sort, search
from app.search.analysis import snippet
from app.storage.models import Article

pytestmark = pytest.mark.both_databases


def _title(archive: Archive, article_id: int) -> str | None:
    with archive.sessions() as session:
        article = session.get(Article, article_id)
        assert article is not None
        return article.title


def test_seed_is_the_top_hit(seeded_archive: Archive) -> None:
    found = search(seeded_archive.index, SearchRequest("Kim Jong Un arms factories"))
    assert _title(seeded_archive, found.ids[0]) == (
        "Kim Jong Un tells North Korea arms factories to boost capacity"
    )


def test_stemming_finds_other_forms(seeded_archive: Archive) -> None:
    found = search(seeded_archive.index, SearchRequest("sanction"))
    assert "United States to Lift Sudan Sanctions" in [_title(seeded_archive, i) for i in found.ids]


def test_title_outweighs_body(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    filler = "Officials met on Tuesday to discuss the budget. " * 5
    records = [
        {"title": "Budget talks continue", "body": filler + "Fishing quotas came up too."},
        {"title": "Fishing quotas agreed", "body": filler},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records))
    ingest_paths(archive, [str(path)])
    found = search(archive.index, SearchRequest("fishing quotas"))
    assert _title(archive, found.ids[0]) == "Fishing quotas agreed"


def test_phrases_and_boolean_operators(seeded_archive: Archive) -> None:
    index = seeded_archive.index
    assert search(index, SearchRequest('"harbour bridge"')).total == 1
    assert search(index, SearchRequest('"bridge harbour"')).total == 0
    both = search(index, SearchRequest("Kim AND Russia")).total
    either = search(index, SearchRequest("Kim OR Russia")).total
    without = search(index, SearchRequest("Kim NOT Russia")).total
    assert either > both > 0
    assert both + without == search(index, SearchRequest("Kim")).total


def test_a_phrase_means_its_stop_words_too(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    records = [
        {"title": "Summit", "body": "The summit will be held on Monday in Geneva."},
        {"title": "Vote", "body": "Elections held in March; the count will be on Monday."},
        {"title": "Hamlet", "body": "To be or not to be, asked the actor."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records))
    ingest_paths(archive, [str(path)])
    found = search(archive.index, SearchRequest('"will be held on"'))
    assert [_title(archive, i) for i in found.ids] == ["Summit"]
    assert search(archive.index, SearchRequest('"to be or not to be"')).total == 1
    assert search(archive.index, SearchRequest('"held on the"')).total == 0
    # Unquoted, stop words are left out of a query as before: both articles with "held".
    assert search(archive.index, SearchRequest("held on monday")).total == 2


def test_a_dotted_name_is_found_by_its_words(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    records = [
        {"title": "Fraud site", "body": "Police shut Shadowcrew.com, a forum for card fraud."},
        {"title": "Economy", "body": "The U.S. economy grew by 1.5m jobs."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records))
    ingest_paths(archive, [str(path)])
    for text in ("shadowcrew", "Shadowcrew.com", '"operating shadowcrew"', '"shut shadowcrew"'):
        expected = 0 if "operating" in text else 1
        assert search(archive.index, SearchRequest(text)).total == expected, text
    assert search(archive.index, SearchRequest('"U.S. economy"')).total == 1
    assert search(archive.index, SearchRequest("1.5m")).total == 1


def test_empty_query_lists_every_article_newest_first(seeded_archive: Archive) -> None:
    found = search(seeded_archive.index, SearchRequest("", per_page=100))
    with seeded_archive.sessions() as session:
        count = len(session.scalars(select(Article.id)).all())
        shown = [a for a in (session.get(Article, i) for i in found.ids) if a is not None]
    dates = [a.published_at for a in shown]
    dated = [d for d in dates if d is not None]
    assert found.total == count
    # Undated articles last (issue 20): their capture time says nothing of when they appeared.
    assert dates == sorted(dated, reverse=True) + [None] * (len(dates) - len(dated))


def test_sort_oldest_reverses_newest(seeded_archive: Archive) -> None:
    index = seeded_archive.index
    newest = search(index, SearchRequest("the", sort=Sort.NEWEST, per_page=100)).ids
    oldest = search(index, SearchRequest("said", sort=Sort.OLDEST, per_page=100)).ids
    said_newest = search(index, SearchRequest("said", sort=Sort.NEWEST, per_page=100)).ids
    assert newest == []  # A stop word alone matches nothing.
    with seeded_archive.sessions() as session:
        undated = {a.id for a in session.scalars(select(Article)) if a.published_at is None}
    # Each order reverses the other, undated articles last in both (issue 20).
    dated = [i for i in said_newest if i not in undated]
    assert oldest == dated[::-1] + [i for i in said_newest if i in undated][::-1]


def test_pages_do_not_overlap(seeded_archive: Archive) -> None:
    index = seeded_archive.index
    first = search(index, SearchRequest("", sort=Sort.NEWEST, page=1, per_page=5))
    second = search(index, SearchRequest("", sort=Sort.NEWEST, page=2, per_page=5))
    assert len(first.ids) == len(second.ids) == 5
    assert not set(first.ids) & set(second.ids)
    assert first.total == second.total
    beyond = search(index, SearchRequest("", page=first.page_count + 1, per_page=5))
    assert beyond.ids == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("(((Kim", "never closed"),
        ("Kim)", "closes nothing"),
        ('"arms factories', "never closed"),
        ("*tion", "wildcard needs"),
        ("mis*le*", "only one wildcard"),
        ("x" * 1001, "limit of 1,000"),
        ("(" * 17 + "Kim" + ")" * 17, "nested more than 16"),
        ("a" * 101, "too long"),
        ("Kim\x00", "NUL"),
        ("AND OR", "only AND, OR and NOT"),
        ("(NOT)", "only AND, OR and NOT"),
    ],
)
def test_bad_queries_get_a_readable_message(archive: Archive, text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        search(archive.index, SearchRequest(text))


def test_page_numbers_are_bounded(archive: Archive) -> None:
    with pytest.raises(QueryError, match="Pages run from 1"):
        search(archive.index, SearchRequest("", page=1001))
    with pytest.raises(QueryError, match="Pages run from 1"):
        search(archive.index, SearchRequest("", page=0))


def test_snippets_are_escaped_and_marked() -> None:
    text = "Officials said <script>alert(1)</script> that the factories would expand."
    marked = snippet(text, frozenset({"factori"}))
    assert "<script>" not in marked
    assert "&lt;script&gt;" in marked
    assert "<mark>factories</mark>" in marked


def test_snippet_without_hits_is_the_opening() -> None:
    marked = snippet("A <b>bold</b> opening. " * 30, frozenset())
    assert marked.startswith("A &lt;b&gt;bold&lt;/b&gt; opening.")
    assert marked.endswith("…")


def test_a_remembered_result_is_forgotten_when_the_index_changes(
    archive: Archive, tmp_path: Path
) -> None:
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps({"title": "Vienna talks", "body": "Talks opened in Vienna."}))
    ingest_paths(archive, [str(first)])
    request = SearchRequest("Vienna")
    assert search(archive.index, request).total == search(archive.index, request).total == 1

    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps({"title": "Vienna again", "body": "More talks in Vienna."}))
    ingest_paths(archive, [str(second)])
    assert search(archive.index, request).total == 2


def test_facets_count_over_segments_written_before_any_outlet(
    archive: Archive, tmp_path: Path
) -> None:
    """Each commit writes a segment; one with no outlet at all has no outlet column."""
    for name, record in [
        ("plain", {"title": "Talks one", "body": "Talks in Vienna."}),
        ("outlet", {"title": "Talks two", "body": "More talks in Vienna.", "source": "BBC"}),
    ]:
        path = tmp_path / f"{name}.jsonl"
        path.write_text(json.dumps(record))
        ingest_paths(archive, [str(path)])
    facets = search(archive.index, SearchRequest("talks", with_facets=True)).facets
    assert facets is not None
    assert facets.sources == [("BBC News", 1)]
