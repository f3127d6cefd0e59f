"""Full-text search. This package is the only code that knows Whoosh: swap the engine here."""

from app.search.facets import Facets
from app.search.filters import Filters
from app.search.index import IndexDocument, SearchIndex, UnsafeIndexFolder, replace_index_folder
from app.search.query import QueryError
from app.search.searching import SearchRequest, SearchResults, Sort, all_matching_ids, search

__all__ = [
    "Facets",
    "Filters",
    "IndexDocument",
    "QueryError",
    "SearchIndex",
    "SearchRequest",
    "SearchResults",
    "Sort",
    "UnsafeIndexFolder",
    "all_matching_ids",
    "replace_index_folder",
    "search",
]
