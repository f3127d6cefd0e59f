"""Matching and relevance over posting arrays: set operations and BM25F in numpy.

Whoosh finds and scores matches through matchers that step one document per Python call, so
a search's time grew with its matches at Python's pace. Here the words, AND, OR and NOT of a
query are set operations on the posting arrays of app/search/postings.py; a prefix is the
union of the words it stands for; a phrase checks positions only in the documents that have
all its words. Any other node is matched by Whoosh. Scores are Whoosh's BM25F (its idf, B and
K1, field lengths and boosts) summed over the query's words that are not negated.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

import numpy as np
from whoosh import query
from whoosh.scoring import BM25F

from app.search.joined import JoinedPostings
from app.search.languages import is_stop_term
from app.search.postings import PostingCache, read_positions, segments
from app.search.whoosh_types import LeafReader, Searcher

_BM25 = BM25F()
B, K1 = _BM25.B, _BM25.K1

ScoredTerm = tuple[str, str, float]  # Field, word, boost.


class Ranker:
    """Matches and scores for one searcher, from a cache shared by its successors."""

    def __init__(
        self, searcher: Searcher, cache: PostingCache, joined: JoinedPostings | None = None
    ) -> None:
        self.searcher = searcher
        self.cache = cache
        self.size = searcher.doc_count_all()
        self.leaves = segments(searcher)
        # Shared by the searchers of one state of the index (its Generation).
        self.joined = joined or JoinedPostings(cache, self.size)

    def matching(self, words: Any) -> np.ndarray:
        """The document numbers matching the query (deleted ones included: callers mask
        them), ascending."""
        if isinstance(words, query.Term):
            return self._term_documents(words.fieldname, words.text)
        if isinstance(words, query.Or) and not getattr(words, "minmatch", 0):
            return _union([self.matching(child) for child in words.subqueries], self.size)
        if isinstance(words, query.And):
            return self._all_of(words.subqueries)
        if isinstance(words, query.AndNot):
            return _minus(self.matching(words.a), self.matching(words.b), self.size)
        if isinstance(words, query.AndMaybe):
            return self.matching(words.a)
        if isinstance(words, query.Not):
            return _minus(np.arange(self.size), self.matching(words.query), self.size)
        if isinstance(words, query.Every):
            return np.arange(self.size)
        if isinstance(words, query.MultiTerm):  # A prefix: the union of the words it stands for.
            expansions = words.existing_terms(self.searcher.reader(), expand=True)
            parts = [self._term_documents(f, w) for f, w in self._decoded(expansions)]
            return _union(parts, self.size)
        if isinstance(words, query.Phrase):
            return self._phrase_documents(words)
        # Anything else: Whoosh's own matching of this node.
        return np.unique(np.fromiter(self.searcher.docs_for_query(words), dtype=np.int64))

    def scores(self, words: Any, docnums: np.ndarray) -> np.ndarray:
        """BM25F of each of `docnums` (ascending) for the query's words."""
        scores = np.zeros(len(docnums), dtype=np.float64)
        if not len(docnums):  # Nothing to score (and an empty index has no idf).
            return scores
        # Each document's place in `docnums` (-1: not there), looked up by number.
        place = np.full(self.size, -1, dtype=np.int32)
        place[docnums] = np.arange(len(docnums), dtype=np.int32)
        for field, text, boost in dict.fromkeys(self._scored_terms(words, 1.0)):  # Same order.
            idf = self.joined.idf(self.leaves, field, text)
            average = self.searcher.avg_field_length(field) or 1.0
            ids, frequencies = self.joined.postings(self.leaves, field, text)
            positions = place[ids]
            found = positions >= 0
            lengths = self.joined.lengths(self.leaves, field)[ids[found]]
            tf = frequencies[found]
            norm = K1 * ((1 - B) + B * lengths / average)
            scores[positions[found]] += boost * idf * (tf * (K1 + 1)) / (tf + norm)
        return scores

    def _all_of(self, children: list[Any]) -> np.ndarray:
        wanted = [c for c in children if not isinstance(c, query.Not)]
        unwanted = [c.query for c in children if isinstance(c, query.Not)]
        found = self.matching(wanted[0]) if wanted else np.arange(self.size)
        for child in wanted[1:]:
            found = _intersection(found, self.matching(child), self.size)
        for child in unwanted:
            found = _minus(found, self.matching(child), self.size)
        return found

    def _phrase_documents(self, phrase: query.Phrase) -> np.ndarray:
        """Documents with the phrase's words in order, each at most `slop` positions after the
        one before (Whoosh's phrase rule), segment by segment; kept like postings."""
        field, words, slop = phrase.fieldname, list(phrase.words), phrase.slop
        if field not in self.searcher.schema or not words:
            return np.zeros(0, dtype=np.int64)
        parts = [
            self.cache.phrase_matches(
                reader, field, words, slop, partial(self._phrase_in, reader, field, words, slop)
            )
            + offset
            for reader, offset in self.leaves
        ]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def _phrase_in(self, reader: LeafReader, field: str, words: list[str], slop: int) -> np.ndarray:
        """The phrase's documents in one segment: positions are read only for documents that
        have every word (found by intersecting their arrays)."""
        candidates = self.cache.postings(reader, field, words[0])[0]
        for word in words[1:]:
            found = self.cache.postings(reader, field, word)[0]
            candidates = _intersection(candidates, found, reader.doc_count_all())
        local = candidates.tolist()
        if not local:
            return np.zeros(0, dtype=np.int64)
        # Once per distinct word: a phrase may repeat one ("said said said").
        read = {word: read_positions(reader, field, word, local) for word in dict.fromkeys(words)}
        positions = [read[word] for word in words]
        in_order = [
            docnum
            for docnum, each_word in zip(local, zip(*positions, strict=True), strict=True)
            if _in_order(each_word, slop)
        ]
        return np.array(in_order, dtype=np.int64)

    def _term_documents(self, field: str, text: str) -> np.ndarray:
        return self.joined.postings(self.leaves, field, text)[0]

    def _scored_terms(self, words: Any, boost: float) -> Iterator[ScoredTerm]:
        """The words a match is scored by, with their boosts (none under a NOT)."""
        boost *= getattr(words, "boost", 1.0)
        if isinstance(words, query.Not):
            return
        if isinstance(words, query.AndNot):
            yield from self._scored_terms(words.a, boost)
        elif isinstance(words, query.Term):
            yield from self._scorable([(words.fieldname, words.text)], boost)
        elif isinstance(words, query.compound.CompoundQuery | query.AndMaybe):
            for child in words.children():
                yield from self._scored_terms(child, boost)
        else:
            reader = self.searcher.reader()
            terms = words.existing_terms(reader, phrases=True, expand=True)
            yield from self._scorable(terms, boost)

    def _scorable(self, terms: Any, boost: float) -> Iterator[ScoredTerm]:
        schema = self.searcher.schema
        for field, word in self._decoded(terms):
            # A phrase's stop words match (they are indexed) but score nothing: their idf has
            # a floor of 1, and long texts, full of them, would outrank the one quoted.
            if schema[field].scorable and not is_stop_term(word):
                yield field, word, boost

    def _decoded(self, terms: Any) -> Iterator[tuple[str, str]]:
        """(field, word) of each term of the schema, the word decoded from Whoosh's bytes."""
        schema = self.searcher.schema
        for field, text in terms:
            if field in schema:
                yield field, schema[field].from_bytes(text) if isinstance(text, bytes) else text


def top_positions(scores: np.ndarray, limit: int) -> np.ndarray:
    """Positions of the `limit` highest scores, and of every score equal to the lowest of them
    (so that ordering these gives what ordering all would), without sorting the rest."""
    if limit >= len(scores):
        return np.arange(len(scores))
    threshold = np.partition(scores, len(scores) - limit)[len(scores) - limit]
    return np.flatnonzero(scores >= threshold)


# Set operations on ascending document numbers below `size`, through a mask of `size`: linear
# in the matches, where numpy's union1d and intersect1d sort and its unique hashes (with the
# many matches of a common word, those would be most of the search).


def _union(parts: list[np.ndarray], size: int) -> np.ndarray:
    mask = np.zeros(size, dtype=bool)
    for part in parts:
        mask[part] = True
    return np.flatnonzero(mask)


def _intersection(first: np.ndarray, second: np.ndarray, size: int) -> np.ndarray:
    mask = np.zeros(size, dtype=bool)
    mask[first] = True
    found: np.ndarray = second[mask[second]]
    return found


def _minus(kept: np.ndarray, removed: np.ndarray, size: int) -> np.ndarray:
    mask = np.zeros(size, dtype=bool)
    mask[removed] = True
    left: np.ndarray = kept[~mask[kept]]
    return left


def _in_order(positions: Sequence[list[int]], slop: int) -> bool:
    """Whether each word occurs 1 to `slop` positions after an occurrence of the one before.

    Each step looks up, in the sorted positions the phrase so far can end at, the first one
    at least p - slop: linear in the positions (a log factor aside), where comparing every
    pair was quadratic."""
    ends = sorted(set(positions[0]))
    for following in positions[1:]:
        ends = [p for p in sorted(set(following)) if _ends_within(ends, p, slop)]
        if not ends:
            return False
    return True


def _ends_within(ends: list[int], position: int, slop: int) -> bool:
    """Whether one of `ends` (sorted) is 1 to `slop` positions before `position`."""
    first = bisect_left(ends, position - slop)
    return first < len(ends) and ends[first] <= position - 1
