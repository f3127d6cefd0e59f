"""'Did you mean' and 'more like this': the two searches that start from words, not queries."""

from __future__ import annotations

import re
import unicodedata
from hashlib import sha1

from whoosh import query

from app.search.analysis import WORD_ANALYZER
from app.search.index import SearchIndex
from app.search.languages import is_stop_term
from app.search.query import MAX_QUERY_CHARS
from app.search.ranking import top_positions
from app.search.searchers import SearchView
from app.search.whoosh_types import Searcher

_WORD = re.compile(r"(?<![\w:*?\"])([^\W\d_]{3,})(?![\w:*?])")
_OPERATORS = {"and", "or", "not", "to"}
MAX_EDITS = 2
# Unknown words looked up per query: each costs a walk of the vocabulary (~8 ms at 6,700
# articles); the rest of a long query is left as written.
MAX_CORRECTED_WORDS = 8
KEY_TERMS = 15  # Words of an article that "related articles" look for.
# Related articles are found from the opening of a text: key terms of a whole 2.4 MB body took
# seconds, and the opening says what an article is about.
RELATED_WORDS = 3000
_WORDS = re.compile(r"\S+")


def did_you_mean(search_index: SearchIndex, text: str) -> str | None:
    """The query with unknown words replaced by the closest known ones, or None (also when
    the corrected query would be longer than a query may be). Remembered per searcher."""
    text = unicodedata.normalize("NFC", text)  # As the query is read (parse_user_query).
    with search_index.view() as view:
        return view.remembered(("did_you_mean", text), lambda: _corrected(view.searcher, text))


def _corrected(searcher: Searcher, text: str) -> str | None:
    reader, corrector = searcher.reader(), searcher.corrector("words")
    lookups_left = [MAX_CORRECTED_WORDS]

    def replace(match: re.Match[str]) -> str:
        word = match.group(1)
        folded = next(iter(WORD_ANALYZER(word)), None)
        if (
            folded is None
            or folded.text in _OPERATORS
            or reader.frequency("words", folded.text)
            or not lookups_left[0]
        ):
            return word
        lookups_left[0] -= 1
        suggestions = corrector.suggest(folded.text, limit=1, maxdist=MAX_EDITS, prefix=1)
        return str(suggestions[0]) if suggestions else word

    corrected = _WORD.sub(replace, text)
    return corrected if corrected != text and len(corrected) <= MAX_QUERY_CHARS else None


def more_like(search_index: SearchIndex, article_id: int, text: str, limit: int) -> list[int]:
    """Articles whose key terms are those of `text` (the article's own title and body; only
    its first RELATED_WORDS words are read), best first. Remembered per searcher.

    Whoosh's key terms (Bo1), weighted as its more_like weights them; the matches are found
    and scored by our ranker (Whoosh's own search of a long OR of common words steps through
    every match in Python)."""
    opening = _opening_words(text, RELATED_WORDS)
    with search_index.view() as view:
        # The text's digest, not the text: a remembered key is kept as long as its result.
        key = ("more_like", article_id, limit, sha1(opening.encode()).hexdigest())
        return view.remembered(key, lambda: _more_like(view, article_id, opening, limit))


def _opening_words(text: str, count: int) -> str:
    """The text up to the end of its `count`th word (all of it when shorter)."""
    for number, match in enumerate(_WORDS.finditer(text), 1):
        if number == count:
            return text[: match.end()]
    return text


def _more_like(view: SearchView, article_id: int, text: str, limit: int) -> list[int]:
    searcher = view.searcher
    docnum = searcher.document_number(id=str(article_id))
    if docnum is None or not text.strip():
        return []
    # Stop words are indexed (for phrases) but say nothing of what a text is about.
    candidates = searcher.key_terms_from_text("body", text, numterms=KEY_TERMS * 2)
    key_terms = [(word, weight) for word, weight in candidates if not is_stop_term(word)]
    key_terms = key_terms[:KEY_TERMS]
    if not key_terms:
        return []
    words = query.Or([query.Term("body", word, boost=weight) for word, weight in key_terms])
    ranker, columns = view.ranker, view.columns
    docnums = ranker.matching(words)
    docnums = docnums[columns.live[docnums] & (docnums != docnum)]
    scores = ranker.scores(words, docnums)
    best = top_positions(scores, limit)
    ordered = columns.by_score(docnums[best], scores[best])[:limit]
    return [int(found) for found in columns.article_ids[ordered]]
