"""Whoosh's objects as search uses them: protocols of the public methods it calls.

Whoosh ships no type information; these give the rest of app/search typed readers and
searchers. What Whoosh does not promise is in app/search/whoosh_internals.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

import numpy as np

Posting = tuple[str, bytes, int, float, bytes | None]  # Field, term, document, weight, value.


class Segment(Protocol):
    """A segment of an index, as Whoosh's writers and merge policies hand them over."""

    def segment_id(self) -> str: ...

    def doc_count_all(self) -> int: ...


class ColumnReader(Protocol):
    """A column of one segment: a value per document."""

    def __getitem__(self, docnum: int) -> Any: ...


class LeafReader(Protocol):
    """A reader of one segment."""

    @property
    def schema(self) -> Any: ...

    def doc_count_all(self) -> int: ...

    def has_deletions(self) -> bool: ...

    @property
    def deleted_docs_set(self) -> frozenset[int]:
        """The deleted document numbers (undocumented: checked by whoosh_internals)."""
        ...

    def has_column(self, fieldname: str) -> bool: ...

    def column_reader(self, fieldname: str, translate: bool = True) -> ColumnReader: ...

    def field_terms(self, fieldname: str) -> Iterable[str]: ...

    def __contains__(self, term: tuple[str, str]) -> bool: ...

    def doc_frequency(self, fieldname: str, text: str) -> int: ...

    def postings(self, fieldname: str, text: str) -> Any: ...

    def segment(self) -> Segment | None: ...

    def iter_prefix(self, fieldname: str, prefix: str) -> Iterable[tuple[bytes, Any]]:
        """(term, its TermInfo) of each term of the field starting with `prefix`."""
        ...


class IndexReader(Protocol):
    """A reader of the whole index (all its segments)."""

    def expand_prefix(self, fieldname: str, prefix: str) -> Iterable[bytes]: ...

    def frequency(self, fieldname: str, text: str) -> float: ...


class Writer(Protocol):
    """An index writer: one process's, or the bulk writer."""

    def add_document(self, **fields: Any) -> None: ...

    def update_document(self, **fields: Any) -> None: ...

    def delete_by_term(self, fieldname: str, text: str) -> int: ...

    def commit(self, **options: Any) -> None: ...

    def cancel(self) -> None: ...


class Searcher(Protocol):
    """Whoosh's searcher, by the methods search uses."""

    @property
    def schema(self) -> Any: ...

    def reader(self) -> IndexReader: ...

    def leaf_searchers(self) -> list[tuple[Any, int]]: ...

    def doc_count_all(self) -> int: ...

    def idf(self, fieldname: str, text: str) -> float: ...

    def avg_field_length(self, fieldname: str) -> float: ...

    def docs_for_query(self, q: Any) -> Iterable[int]: ...

    def document_number(self, **fields: str) -> int | None: ...

    def document(self, **fields: str) -> dict[str, Any] | None: ...

    def all_stored_fields(self) -> Iterator[dict[str, Any]]: ...

    def corrector(self, fieldname: str) -> Any: ...

    def key_terms_from_text(
        self, fieldname: str, text: str, numterms: int
    ) -> list[tuple[str, float]]: ...

    def up_to_date(self) -> bool: ...

    def close(self) -> None: ...


class PostingBlock(Protocol):
    """Up to 128 postings of one term in one segment (valid until the next block is asked for)."""

    @property
    def last_id(self) -> int: ...

    def ids(self) -> np.ndarray: ...

    def weights(self) -> np.ndarray: ...

    def positions(self, offsets: list[int]) -> list[list[int]]:
        """Where the term occurs in the documents at these places among `ids()`."""
        ...
