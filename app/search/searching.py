"""Searching: a request (query text, sort, page) -> article ids, total and highlight terms."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np
from markupsafe import Markup
from whoosh import query

from app.search.analysis import snippet
from app.search.errors import QueryError
from app.search.facets import FacetArrays, Facets
from app.search.filters import Filters
from app.search.index import MASK_META, META_ID, SearchIndex
from app.search.query import FIELD_BOOSTS, check_expansion, has_words, parse_user_query

MAX_PAGE = 1000
MAX_PER_PAGE = 100


class Sort(StrEnum):
    """Result orders users can choose."""

    RELEVANCE = "relevance"
    NEWEST = "newest"
    OLDEST = "oldest"


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
    user_query = parse_user_query(request.text, search_index.schema)
    narrowing = request.filters.whoosh_filter()
    with search_index.searcher() as searcher:
        check_expansion(user_query, searcher.reader())
        matched = _matching_docnums(searcher, user_query, narrowing)
        arrays = search_index.facet_arrays(searcher)
        ranked = _ranked_docnums(searcher, user_query, narrowing, request, arrays)
        start = (request.page - 1) * request.per_page
        page_docnums = ranked[start : start + request.per_page]
        ids = [int(searcher.stored_fields(docnum)["id"]) for docnum in page_docnums]
        facets = arrays.count(matched) if request.with_facets else None
        total = arrays.story_count(matched) if request.collapse_copies else len(matched)
        terms = _highlight_terms(user_query, searcher)
    took_ms = (time.perf_counter() - started) * 1000
    return SearchResults(
        ids, total, request.page, request.per_page, took_ms, terms, facets, len(matched)
    )


def _ranked_docnums(
    searcher: Any, user_query: Any, narrowing: Any, request: SearchRequest, arrays: FacetArrays
) -> list[int]:
    """Document numbers in result order, up to the requested page; one per story if asked.

    Whoosh's own collapse cannot count its results (whoosh-reloaded 2.7.5), so copies are
    folded here: fetch twice the page's depth, keep each group's first, widen if copies crowd.
    """
    wanted = request.page * request.per_page
    limit = wanted * 2 if request.collapse_copies else wanted
    while True:
        results = searcher.search(
            user_query,
            limit=limit,
            filter=narrowing,
            mask=MASK_META,
            **_ordering(request, user_query),
        )
        docnums = [docnum for _, docnum in results.top_n]
        if request.collapse_copies:
            docnums = _first_of_each_group(docnums, arrays)
        if len(docnums) >= wanted or len(results.top_n) < limit:
            return docnums
        limit *= 4


def _first_of_each_group(docnums: list[int], arrays: FacetArrays) -> list[int]:
    seen: set[int] = set()
    kept = []
    for docnum in docnums:
        group = int(arrays.groups[docnum])
        if group not in seen:
            seen.add(group)
            kept.append(docnum)
    return kept


def _matching_docnums(searcher: Any, user_query: Any, narrowing: Any) -> np.ndarray:
    """Every matching document number (for the total and the facets), the meta one left out."""
    combined = user_query if narrowing is None else query.And([user_query, narrowing])
    docnums = np.fromiter(searcher.docs_for_query(combined), dtype=np.int64)
    meta = searcher.document_number(id=META_ID)
    return docnums[docnums != meta] if meta is not None else docnums


def _check_paging(request: SearchRequest) -> None:
    if not 1 <= request.page <= MAX_PAGE:
        raise QueryError(f"Pages run from 1 to {MAX_PAGE}; narrow the search to see further.")
    if not 1 <= request.per_page <= MAX_PER_PAGE:
        raise QueryError(f"Results per page run from 1 to {MAX_PER_PAGE}.")


def _ordering(request: SearchRequest, user_query: Any) -> dict[str, Any]:
    sort = request.sort
    if sort is Sort.RELEVANCE and not has_words(user_query):
        sort = Sort.NEWEST  # Nothing to rank by: the newest first.
    if sort is Sort.RELEVANCE:
        return {}
    return {"sortedby": "sort_date", "reverse": sort is Sort.NEWEST}


def _highlight_terms(user_query: Any, searcher: Any) -> frozenset[str]:
    terms = user_query.existing_terms(searcher.reader(), phrases=True, expand=True)
    return frozenset(
        text.decode() if isinstance(text, bytes) else text
        for fieldname, text in terms
        if fieldname in FIELD_BOOSTS
    )


def all_matching_ids(search_index: SearchIndex, request: SearchRequest) -> list[int]:
    """Every matching article id, in the request's order (for exports of a whole result set)."""
    user_query = parse_user_query(request.text, search_index.schema)
    with search_index.searcher() as searcher:
        check_expansion(user_query, searcher.reader())
        results = searcher.search(
            user_query,
            limit=None,
            filter=request.filters.whoosh_filter(),
            mask=MASK_META,
            **_ordering(request, user_query),
        )
        # top_n keeps the order; Results.docs() is an unordered set.
        return [int(searcher.stored_fields(docnum)["id"]) for _, docnum in results.top_n]
