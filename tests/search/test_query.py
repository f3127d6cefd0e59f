"""The query language and relevance on the demo corpus: fields, proximity, dates, known items."""

from __future__ import annotations

import contextlib
import random
import re
from collections.abc import Iterator

import pytest

from app.archive import Archive
from app.archive.ingest import ingest_paths
from app.present.results import find_articles, related_articles
from app.search import QueryError, SearchRequest, did_you_mean, more_like, search
from app.search.languages import WORD_CHAR
from app.settings import DEMO_CORPUS
from app.storage.models import Article


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    from app.archive import open_archive
    from app.settings import Settings

    archive = open_archive(Settings(data_dir=tmp_path_factory.mktemp("demo") / "data"))
    ingest_paths(archive, [str(DEMO_CORPUS)])
    yield archive
    archive.close()


def _total(archive: Archive, text: str) -> int:
    return search(archive.index, SearchRequest(text, collapse_copies=False)).total


def test_a_distinctive_phrase_finds_its_article_first(demo: Archive) -> None:
    rng = random.Random(7)
    with demo.sessions() as session:
        articles = session.query(Article).order_by(Article.id).all()
    misses = []
    for article in articles:
        # Words as the index splits them (a Hindi word's vowel signs are part of it).
        words = re.findall(rf"{WORD_CHAR}+(?:\.?{WORD_CHAR}+)*", rng.choice(article.paragraphs))
        if len(words) < 12:
            continue
        start = rng.randrange(0, len(words) - 8)
        phrase = '"' + " ".join(words[start : start + 8]) + '"'
        found = search(demo.index, SearchRequest(phrase))
        if not found.ids or found.ids[0] != article.id:
            misses.append((article.id, phrase))
    assert len(misses) <= len(articles) // 50, misses[:5]  # At least 98% right.


def test_fields_proximity_and_dates(demo: Archive) -> None:
    assert _total(demo, "title:earthquake") < _total(demo, "earthquake")
    assert _total(demo, "title:earthquake") > 0
    assert _total(demo, "source:wikinews") == _total(demo, "")
    assert _total(demo, "country:us") == _total(demo, "country:US") > 0
    in_2019 = _total(demo, "published:2019")
    assert in_2019 + _total(demo, "published:[2020-01-01 TO 2021-12-31]") == _total(demo, "")
    assert _total(demo, "published:[2019-01 TO 2019-03] AND country:US") <= in_2019
    assert _total(demo, '"prime minister"~3') >= _total(demo, '"prime minister"')


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("published:[2023-01 TO]", "leaves a range open"),
        ("title:[a TO z]", "Ranges work on publication dates only"),
        ("published:2023-13", "not a real date"),
    ],
)
def test_refused_syntax_says_what_to_write(demo: Archive, text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        search(demo.index, SearchRequest(text))


def test_did_you_mean(demo: Archive) -> None:
    assert did_you_mean(demo.index, "presidnt AND goverment") == "president AND government"
    assert did_you_mean(demo.index, "president") is None
    with demo.sessions() as session:
        page = find_articles(session, demo.index, SearchRequest("earthqauke"))
    assert page.results.total == 0
    assert page.suggestion == "earthquake"


def test_related_articles_leave_out_the_article_and_its_copies(demo: Archive) -> None:
    with demo.sessions() as session:
        article = session.get(Article, 1)
        assert article is not None
        related = related_articles(session, demo.index, article)
    assert related
    assert all(other.group_id != article.group_id for other in related)


@pytest.mark.parametrize("article_id", [1, 50, 150])
def test_more_like_finds_what_whoosh_more_like_finds(demo: Archive, article_id: int) -> None:
    with demo.sessions() as session:
        article = session.get(Article, article_id)
        assert article is not None
        ours = more_like(demo.index, article_id, article.body, 10)
    with demo.index.searcher() as searcher:
        docnum = searcher.document_number(id=str(article_id))
        hits = searcher.more_like(docnum, "body", text=article.body, top=10, numterms=15)
        theirs = [int(hit["id"]) for hit in hits]
    assert len(ours) == 10
    assert ours == theirs


def test_a_prefix_standing_for_too_many_words_is_refused(demo: Archive) -> None:
    with pytest.raises(QueryError, match="write more of the word"):
        search(demo.index, SearchRequest("co*"))
    assert search(demo.index, SearchRequest("gover*")).total > 0


def test_prefixes_are_capped_together_not_one_by_one(demo: Archive) -> None:
    for alone in ("po*", "pr*"):
        assert search(demo.index, SearchRequest(alone)).total > 0
    with pytest.raises(QueryError, match="together here"):
        search(demo.index, SearchRequest("said NOT (po* OR pr*)"))


# Operators, brackets, fields and marks in any order: Whoosh's parser fails inside on some
# ('NOT NOT said' an IndexError, 'said REQUIRE ANDMAYBE REQUIRE' an AssertionError).
_PIECES = [
    "NOT", "AND", "OR", "ANDNOT", "ANDMAYBE", "REQUIRE", "(", ")", '"', "said", "said*", "~2",
    "^2", "title:", "country:FR", "published:2020", "[", "]", "{", "}", ":", "-", "+", "'",
    "Iran's", "写真集", "stormschade",
]  # fmt: skip


def test_any_string_of_operators_is_read_or_refused_readably(demo: Archive) -> None:
    rng = random.Random(11)
    for _ in range(1500):
        pieces = [rng.choice(_PIECES) for _ in range(rng.randint(1, 7))]
        text = ("" if rng.random() < 0.3 else " ").join(pieces)
        with contextlib.suppress(QueryError):
            search(demo.index, SearchRequest(text))
