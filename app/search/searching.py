"""Searching: a request (query text, sort, page) -> article ids, total and highlight terms."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from markupsafe import Markup

from app.search.analysis import snippet
from app.search.errors import ParameterError
from app.search.facet_counts import count_facets
from app.search.facets import Facets, SearcherColumns
from app.search.filters import Filters
from app.search.index import SearchIndex
from app.search.orders import Sort, in_order
from app.search.postings import segments
from app.search.query import (
    FIELD_BOOSTS,
    UserQuery,
    check_expansion,
    has_words,
    parse_user_query,
)
from app.search.query_languages import languages_held, with_derived_words
from app.search.ranking import Ranker, top_positions
from app.search.reading import QueryReading, query_leaves, read_query
from app.search.searchers import SearchView
from app.search.whoosh_types import Searcher

MAX_PAGE = 1000
# Fields whose words are marked wherever they occur (a country code is no word of the text).
HIGHLIGHTED_FIELDS = frozenset({*FIELD_BOOSTS, "byline", "source_text"})
MAX_PER_PAGE = 100


@dataclass(frozen=True)
class SearchRequest:
    """What the user asked for."""

    text: str = ""
    sort: Sort = Sort.RELEVANCE
    page: int = 1
    per_page: int = 10
    filters: Filters = field(default_factory=Filters)
    with_facets: bool = False
    # One result per story (group of copies); False shows every copy.
    collapse_copies: bool = True
    # With how the query was read (app/search/reading.py), for a page or an answer showing it.
    with_reading: bool = False


@dataclass(frozen=True)
class SearchResults:
    """One page of matches: article ids in order, the total, facets, and what to highlight."""

    ids: list[int]
    total: int
    page: int
    per_page: int
    took_ms: float
    highlight_terms: frozenset[str] = field(default_factory=frozenset)
    facets: Facets | None = None
    # Every matching article, copies included (total counts stories when copies collapse).
    total_articles: int = 0
    reading: QueryReading | None = None

    @property
    def page_count(self) -> int:
        return max(1, -(-self.total // self.per_page))

    def snippet(self, text: str) -> Markup:
        """Escaped passages of `text` around this search's hits."""
        return snippet(text, self.highlight_terms)


def search(search_index: SearchIndex, request: SearchRequest) -> SearchResults:
    """Run a search; raises QueryError with a readable message for a query we will not run."""
    _check_paging(request)
    started = time.perf_counter()
    with search_index.view() as view:
        results = view.remembered(request, lambda: _search(view, request))
    return replace(results, took_ms=(time.perf_counter() - started) * 1000)


def _search(view: SearchView, request: SearchRequest) -> SearchResults:
    parsed, filters, ranker, columns, matched = _match(view, request)
    words = parsed.words
    wanted = request.page * request.per_page
    ranked = _ranked(ranker, words, matched, request, columns, wanted)
    ids = columns.article_ids[ranked[wanted - request.per_page : wanted]].tolist()
    facets = (
        count_facets(columns, matched, request.collapse_copies) if request.with_facets else None
    )
    total = columns.story_count(matched) if request.collapse_copies else len(matched)
    terms = _highlight_terms(words, view.searcher)
    reading = _reading(parsed, filters, view) if request.with_reading else None
    return SearchResults(
        ids, total, request.page, request.per_page, 0.0, terms, facets, len(matched), reading
    )


def _reading(parsed: UserQuery, filters: Filters, view: SearchView) -> QueryReading:
    leaves = [leaf for leaf, _ in segments(view.searcher)]
    return read_query(parsed, filters, leaves, languages_held(view.searcher, view.ranker.cache))


def _match(
    view: SearchView, request: SearchRequest
) -> tuple[UserQuery, Filters, Ranker, SearcherColumns, np.ndarray]:
    """The parsed query, the filters with its dates, this searcher's ranker and columns, and
    every matching document number (ascending)."""
    # The open searcher's schema: reading the index's table of contents again races a commit
    # that replaces it (the file named by the listing is gone when it is opened).
    searcher = view.searcher
    held = languages_held(searcher, view.ranker.cache)
    parsed = parse_user_query(request.text, searcher.schema, held)
    filters = request.filters.narrowed(parsed.published_from, parsed.published_to)
    check_expansion(parsed.words, searcher.reader())
    parsed = replace(parsed, words=with_derived_words(parsed.words, searcher.reader()))
    columns, ranker = view.columns, view.ranker
    allowed = columns.allowed(filters)
    if not has_words(parsed.words):
        return parsed, filters, ranker, columns, np.flatnonzero(allowed)
    # Filters are masks over per-searcher columns: the ranker only looks for the words.
    docnums = ranker.matching(parsed.words)
    return parsed, filters, ranker, columns, docnums[allowed[docnums]]


def _ranked(
    ranker: Ranker,
    words: Any,
    matched: np.ndarray,
    request: SearchRequest,
    columns: SearcherColumns,
    wanted: int,
) -> np.ndarray:
    """Matches in result order (at least `wanted` where there are), one per story if asked."""
    if request.sort is not Sort.RELEVANCE or not has_words(words):
        ordered = in_order(columns, matched, request.sort)
        return columns.first_of_each_story(ordered) if request.collapse_copies else ordered
    scores = ranker.scores(words, matched)
    limit = max(wanted * 2 if request.collapse_copies else wanted, 1)
    while True:
        # Only the best `limit` are sorted (all that tie with the last, so the order is the
        # one a full sort gives); copies fold into their story; widen if too few are left.
        best = top_positions(scores, limit)
        docnums = columns.by_score(matched[best], scores[best])
        if request.collapse_copies:
            docnums = columns.first_of_each_story(docnums)
        if len(docnums) >= wanted or len(best) == len(matched):
            return docnums
        limit *= 4


def _check_paging(request: SearchRequest) -> None:
    if not 1 <= request.page <= MAX_PAGE:
        raise ParameterError(f"Pages run from 1 to {MAX_PAGE}; narrow the search to see further.")
    if not 1 <= request.per_page <= MAX_PER_PAGE:
        raise ParameterError(f"Results per page run from 1 to {MAX_PER_PAGE}.")


def _highlight_terms(words: Any, searcher: Searcher) -> frozenset[str]:
    """The terms to mark in titles and snippets: every term of the query's words, phrases and
    prefixes (those a prefix stands for here), whatever field it was looked for in; none that
    a NOT excludes."""
    reader = searcher.reader()
    # Leaf by leaf: over a tree, Whoosh's existing_terms keeps the first leaf's field only (its
    # loop variable shadows its `fieldname` argument), so a word in no title had no highlight.
    terms = {
        term
        for leaf, excluded in query_leaves(words)
        if not excluded
        for term in leaf.existing_terms(reader, expand=True)
    }
    return frozenset(
        text.decode() if isinstance(text, bytes) else text
        for fieldname, text in terms
        if fieldname in HIGHLIGHTED_FIELDS
    )


def all_matching_ids(search_index: SearchIndex, request: SearchRequest) -> list[int]:
    """Every matching article id, in the request's order (for exports of a whole result set)."""
    with search_index.view() as view:
        parsed, _, ranker, columns, matched = _match(view, request)
        ranked = _ranked(ranker, parsed.words, matched, request, columns, len(matched))
        return [int(article_id) for article_id in columns.article_ids[ranked]]
