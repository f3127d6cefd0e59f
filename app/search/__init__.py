"""Full-text search. This package is the only code that knows Whoosh: swap the engine here."""

from app.search.errors import DateError, ParameterError, QueryError
from app.search.facets import Facets
from app.search.filters import Filters
from app.search.folders import UnsafeIndexFolder, replace_index_folder
from app.search.index import ArticleWrittenTwice, IndexCommit, SearchIndex
from app.search.orders import Sort
from app.search.schema import IndexDocument
from app.search.searching import (
    MAX_PAGE,
    MAX_PER_PAGE,
    SearchRequest,
    SearchResults,
    all_matching_ids,
    search,
)
from app.search.suggest import did_you_mean, more_like

__all__ = [
    "MAX_PAGE",
    "MAX_PER_PAGE",
    "ArticleWrittenTwice",
    "DateError",
    "Facets",
    "Filters",
    "IndexCommit",
    "IndexDocument",
    "ParameterError",
    "QueryError",
    "SearchIndex",
    "SearchRequest",
    "SearchResults",
    "Sort",
    "UnsafeIndexFolder",
    "all_matching_ids",
    "did_you_mean",
    "more_like",
    "replace_index_folder",
    "search",
]
