"""Full-text search. This package is the only code that knows Whoosh: swap the engine here."""

from app.search.index import IndexDocument, SearchIndex, UnsafeIndexFolder, replace_index_folder
from app.search.query import QueryError
from app.search.searching import SearchRequest, SearchResults, Sort, search

__all__ = [
    "IndexDocument",
    "QueryError",
    "SearchIndex",
    "SearchRequest",
    "SearchResults",
    "Sort",
    "UnsafeIndexFolder",
    "replace_index_folder",
    "search",
]
