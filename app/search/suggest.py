"""'Did you mean' and 'more like this': the two searches that start from words, not queries."""

from __future__ import annotations

import re

from whoosh import query

from app.search.analysis import WORD_ANALYZER
from app.search.index import SearchIndex
from app.search.ranking import top_positions

_WORD = re.compile(r"(?<![\w:*?\"])([^\W\d_]{3,})(?![\w:*?])")
_OPERATORS = {"and", "or", "not", "to"}
MAX_EDITS = 2
KEY_TERMS = 15  # Words of an article that "related articles" look for.


def did_you_mean(search_index: SearchIndex, text: str) -> str | None:
    """The query with each unknown word replaced by the closest known one, or None."""
    changed = False
    with search_index.searcher() as searcher:
        reader = searcher.reader()
        corrector = searcher.corrector("words")

        def replace(match: re.Match[str]) -> str:
            nonlocal changed
            word = match.group(1)
            folded = next(iter(WORD_ANALYZER(word)), None)
            if (
                folded is None
                or folded.text in _OPERATORS
                or reader.frequency("words", folded.text)
            ):
                return word
            suggestions = corrector.suggest(folded.text, limit=1, maxdist=MAX_EDITS, prefix=1)
            if not suggestions:
                return word
            changed = True
            return str(suggestions[0])

        corrected = _WORD.sub(replace, text)
    return corrected if changed else None


def more_like(search_index: SearchIndex, article_id: int, text: str, limit: int) -> list[int]:
    """Articles whose key terms are those of `text` (the article's own body), best first.

    Whoosh's key terms (Bo1), weighted as its more_like weights them; the matches are found
    and scored by our ranker (Whoosh's own search of a long OR of common words steps through
    every match in Python)."""
    with search_index.searcher() as searcher:
        docnum = searcher.document_number(id=str(article_id))
        if docnum is None or not text.strip():
            return []
        key_terms = searcher.key_terms_from_text("body", text, numterms=KEY_TERMS)
        if not key_terms:
            return []
        words = query.Or([query.Term("body", word, boost=weight) for word, weight in key_terms])
        ranker = search_index.ranker(searcher)
        columns = search_index.columns(searcher)
        docnums = ranker.matching(words)
        docnums = docnums[columns.live[docnums] & (docnums != docnum)]
        scores = ranker.scores(words, docnums)
        best = top_positions(scores, limit)
        ordered = columns.by_score(docnums[best], scores[best])[:limit]
        return [int(found) for found in columns.article_ids[ordered]]
