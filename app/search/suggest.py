"""'Did you mean' and 'more like this': the two searches that start from words, not queries."""

from __future__ import annotations

import re

from app.search.analysis import WORD_ANALYZER
from app.search.index import SearchIndex

_WORD = re.compile(r"(?<![\w:*?\"])([^\W\d_]{3,})(?![\w:*?])")
_OPERATORS = {"and", "or", "not", "to"}
MAX_EDITS = 2


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
    """Articles whose key terms are those of `text` (the article's own body), best first."""
    with search_index.searcher() as searcher:
        docnum = searcher.document_number(id=str(article_id))
        if docnum is None or not text.strip():
            return []
        hits = searcher.more_like(docnum, "body", text=text, top=limit, numterms=15)
        return [int(hit["id"]) for hit in hits if hit.get("id") and hit["id"].isdigit()]
