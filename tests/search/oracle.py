"""A brute-force search over the database, for the differential test: every article's fields
as the index would hold them, analysed by the same analyzer, and each query node evaluated by
scanning them (no index, no posting lists, no caches)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from whoosh import query

from app.indexing.indexer import index_document
from app.search import Facets, Filters, SearchRequest, Sort
from app.search.analysis import TEXT_ANALYZER
from app.search.languages import stemmed_languages
from app.search.query import parse_user_query
from app.search.schema import build_schema
from app.storage.models import Article

FIELDS = ("title", "lead", "body", "byline", "source_text")


@dataclass(frozen=True)
class Entry:
    """One article as the index should hold it."""

    article_id: int
    group: int
    sort_date: int
    source: str | None
    year: str | None
    countries: tuple[str, ...]
    words: dict[str, dict[str, list[int]]]  # field -> word -> positions.
    word_count: int
    captured: int  # Seconds since 1970, -1 when unknown.
    title_key: bytes


@dataclass(frozen=True)
class Answer:
    """What a search should answer: every matching id in order, totals and facets."""

    ids: list[int]
    total_articles: int
    total_stories: int
    sources: list[tuple[str, int]]
    years: list[tuple[str, int]]
    countries: list[tuple[str, int]]


def entries(session: Session) -> dict[int, Entry]:
    """Every article of the database, analysed."""
    found = {}
    for article in session.scalars(select(Article)):
        document = index_document(article)
        fields = document.fields()
        year = fields.get("published_day", "")[:4] or None
        words = {field: _analysed(fields.get(field, "")) for field in FIELDS}
        sort_date = int(fields["sort_date"])
        countries = tuple(sorted(set(document.countries)))
        found[article.id] = Entry(
            article.id,
            document.group_id,
            sort_date,
            document.source,
            year,
            countries,
            words,
            article.word_count,
            int(fields["captured"]),
            fields["title_key"],
        )
    return found


def _analysed(text: str) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    for token in TEXT_ANALYZER(text, positions=True, mode="index"):
        positions.setdefault(token.text, []).append(token.pos)
    return positions


def answer(articles: dict[int, Entry], request: SearchRequest) -> Answer:
    """The search's answer, found by scanning every article."""
    # A query word is looked for in every language some article is stemmed in, as the search
    # does (app/search/query_languages.py: languages_held).
    held = frozenset(
        code
        for code in stemmed_languages()
        if any(word.startswith(f"{code}:") for e in articles.values() for word in e.words["body"])
    )
    parsed = parse_user_query(request.text, build_schema(), held)
    matched = [e for e in articles.values() if _matches(parsed.words, e)]
    matched = [e for e in matched if _kept(e, request.filters)]
    matched.sort(key=_ORDERS.get(request.sort, _ORDERS[Sort.NEWEST]))
    return Answer(
        [e.article_id for e in matched],
        len(matched),
        len({e.group for e in matched}),
        _counted(e.source for e in matched),
        sorted(_counted(e.year for e in matched)),
        _counted(code for e in matched for code in e.countries),
    )


def _kept(entry: Entry, filters: Filters) -> bool:
    low, high = filters.min_words or 0, filters.max_words
    return (not filters.sources or entry.source in filters.sources) and (
        low <= entry.word_count and (high is None or entry.word_count <= high)
    )


def _outlet(entry: Entry) -> tuple[Any, ...]:
    source = entry.source
    return (source is None, source and source.casefold(), source, *_newest_ties(entry))


def _newest_ties(entry: Entry) -> tuple[int, int]:
    return -entry.sort_date, -entry.article_id


# Each order as a sort key of one entry; unknown values last either way (undated articles
# have a sort date: their capture).
_ORDERS: dict[Sort, Callable[[Entry], tuple[Any, ...]]] = {
    Sort.NEWEST: lambda e: (e.year is None, -e.sort_date, -e.article_id),
    Sort.OLDEST: lambda e: (e.year is None, e.sort_date, e.article_id),
    Sort.CAPTURED_NEWEST: lambda e: (e.captured < 0, -e.captured, -e.article_id),
    Sort.CAPTURED_OLDEST: lambda e: (e.captured < 0, e.captured, e.article_id),
    Sort.OUTLET: _outlet,
    Sort.TITLE: lambda e: (e.title_key == b"", e.title_key, *_newest_ties(e)),
    Sort.LONGEST: lambda e: (-e.word_count, *_newest_ties(e)),
    Sort.SHORTEST: lambda e: (e.word_count, *_newest_ties(e)),
}


def _counted(values: Any) -> list[tuple[str, int]]:
    counts = Counter(value for value in values if value)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def facets_of(facets: Facets) -> tuple[list[tuple[str, int]], ...]:
    """The facets the oracle counts, from an index's answer."""
    return facets.sources, sorted(facets.years), facets.countries


def _matches(node: Any, entry: Entry) -> bool:
    if isinstance(node, query.Every):
        return True
    if node is query.NullQuery:  # What the parser makes of stop words alone.
        return False
    if isinstance(node, query.Term):
        return str(node.text) in entry.words.get(node.fieldname, {})
    if isinstance(node, query.Prefix):
        field = entry.words.get(node.fieldname, {})
        return any(word.startswith(str(node.text)) for word in field)
    if isinstance(node, query.Phrase):
        return _phrase(entry.words.get(node.fieldname, {}), list(node.words), node.slop)
    if isinstance(node, query.And):
        return all(_matches(child, entry) for child in node.subqueries)
    if isinstance(node, query.Or):
        return any(_matches(child, entry) for child in node.subqueries)
    if isinstance(node, query.AndNot):
        return _matches(node.a, entry) and not _matches(node.b, entry)
    if isinstance(node, query.Not):
        return not _matches(node.query, entry)
    if isinstance(node, query.AndMaybe):
        return _matches(node.a, entry)
    raise TypeError(f"the oracle does not know {node!r}")


def _phrase(words: dict[str, list[int]], phrase: list[str], slop: int) -> bool:
    """Whether some choice of one position per word has each 1 to `slop` after the last."""
    if not phrase or any(word not in words for word in phrase):
        return False

    def from_(index: int, previous: int) -> bool:
        if index == len(phrase):
            return True
        return any(
            1 <= position - previous <= slop and from_(index + 1, position)
            for position in words[phrase[index]]
        )

    return any(from_(1, start) for start in words[phrase[0]])
