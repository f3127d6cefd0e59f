"""How text becomes terms (index and queries alike), and hits become highlighted snippets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup, escape
from whoosh.support.charset import accent_map

from app.search.inflection import ARABIC_SINGULAR_MARK, arabic_listed_forms
from app.search.languages import JOINING, UNSPACED, WORD_CHAR, LanguageAnalyzer, marked

# Stemming in the text's marked language (English unmarked), accents folded, so 'Türkiye'
# finds 'Turkiye' and 'sanctions' 'sanction' (app/search/languages.py).
TEXT_ANALYZER = LanguageAnalyzer()
# Whole words, unstemmed: the vocabulary that "did you mean" suggests from.
WORD_ANALYZER = LanguageAnalyzer(stem=False)
SNIPPET_CONTEXT_CHARS = 90
_OPENING_CHARS = 180


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    term: str


@dataclass(frozen=True)
class Excerpt:
    """Plain text with the spans of the hits in it (offsets in characters, end excluded)."""

    text: str
    highlights: tuple[tuple[int, int], ...] = ()

    def html(self) -> Markup:
        """The text escaped, the hits in <mark> (the only tags: our own)."""
        pieces: list[str] = []
        cursor = 0
        for start, end in self.highlights:
            pieces += [escape(self.text[cursor:start]), "<mark>", escape(self.text[start:end])]
            pieces.append("</mark>")
            cursor = end
        pieces.append(escape(self.text[cursor:]))
        return Markup("".join(pieces))


def snippet(
    text: str, terms: frozenset[str], language: str | None = None, passages: int = 2
) -> Markup:
    """Escaped passages of `text` (in `language`) centred on the hits (most distinct terms
    first), in <mark>."""
    return excerpt(text, terms, language, passages).html()


def excerpt(
    text: str, terms: frozenset[str], language: str | None = None, passages: int = 2
) -> Excerpt:
    """Passages of `text` (in `language`) around the hits (the opening without any), joined
    by " … ", with where the hits are in them."""
    hits = _hits(text, terms, language or "") if terms else []
    if not hits:
        return Excerpt(_opening(text))
    windows = _merge_close(sorted(_best_windows(text, hits, passages)))
    pieces = ["… "] if windows[0][0] > 0 else []
    spans: list[tuple[int, int]] = []
    for number, (start, end) in enumerate(windows):
        pieces += [" … "] if number else []
        offset = sum(map(len, pieces)) - start
        pieces.append(text[start:end])
        spans += [
            (h.start + offset, h.end + offset) for h in hits if start <= h.start and h.end <= end
        ]
    pieces += [" …"] if windows[-1][1] < len(text) else []
    return Excerpt("".join(pieces), tuple(spans))


def highlighted(text: str, terms: frozenset[str], language: str | None = None) -> Excerpt:
    """The whole of `text` (a title) with its hits."""
    hits = _hits(text, terms, language or "") if terms else []
    return Excerpt(text, tuple((hit.start, hit.end) for hit in hits))


def _merge_close(windows: list[tuple[int, int]], gap: int = 20) -> list[tuple[int, int]]:
    merged = [windows[0]]
    for start, end in windows[1:]:
        if start - merged[-1][1] <= gap:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _hits(text: str, terms: frozenset[str], language: str) -> list[_Hit]:
    # Analysing a whole body word by word is slow for a page of long articles; a regex finds
    # the few candidate words first, and only those go through the analyzer to confirm they
    # stem to a query term.
    hits = []
    for pattern in _candidate_words(terms):
        for match in pattern.finditer(text):
            if _inside_word(text, match.start(1)):
                continue
            for term, start, end in _terms_of(match.group(1), language):
                if term in terms:
                    hits.append(_Hit(match.start(1) + start, match.start(1) + end, term))
    return _without_overlaps(sorted(hits, key=lambda hit: (hit.start, hit.end)))


def _inside_word(text: str, start: int) -> bool:
    """Whether a match starts after a combining mark or joiner, inside a word (\b sees none)."""
    return start > 0 and (
        text[start - 1] in "\u200c\u200d" or unicodedata.category(text[start - 1])[0] == "M"
    )


def _without_overlaps(hits: list[_Hit]) -> list[_Hit]:
    """Overlapping hits as one (the character pairs of a word in Chinese overlap)."""
    kept: list[_Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            kept[-1] = _Hit(kept[-1].start, max(hit.end, kept[-1].end), kept[-1].term)
        else:
            kept.append(hit)
    return kept


@lru_cache(maxsize=8192)
def _terms_of(word: str, language: str) -> tuple[tuple[str, int, int], ...]:
    """The word's terms with their character spans: the same words recur in every snippet.
    Analysed as for the index, so that a word found through its lemma's stem is marked too."""
    tokens = TEXT_ANALYZER(marked(word, language), chars=True, mode="index", removestops=False)
    return tuple((token.text, token.startchar, token.endchar) for token in tokens)


@lru_cache(maxsize=256)
def _candidate_words(terms: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """Words that could stem to one of `terms`: a stem loses at most its last two letters'
    spelling (factories -> factori, happy -> happi), so match the rest as a word prefix; a
    stem in another language anywhere in a word (Arabic stems lose prefixes too); a pair of
    characters of an unspaced script wherever it is, pairs overlapping."""
    starts: set[str] = set()
    insides: set[str] = set()
    pairs: set[str] = set()
    for term in terms:
        code, _, stem = term.rpartition(":")
        if _UNSPACED_CHAR.search(stem):
            pairs.add(re.escape(stem))
        elif code == "ar" and stem.startswith(ARABIC_SINGULAR_MARK):
            # A listed broken plural's singular: its plurals share no prefix with it.
            insides.update(arabic_listed_forms(stem[len(ARABIC_SINGULAR_MARK) :]))
        else:
            (insides if code else starts).add(stem if len(stem) <= 3 else stem[:-2])
    patterns = []
    alternatives = [f"(?:{_any_of(starts)})"] if starts else []
    alternatives += [f"{WORD_CHAR}*?(?:{_any_of(insides)})"] if insides else []
    # \w and \b, with the marks and joiners after them: a class of every mark, tried at each
    # position under IGNORECASE, was most of a search page's time; a match that starts after a
    # mark (inside a word) is dropped in _hits instead.
    rest = rf"\w*(?:{JOINING}\w*)*"
    if alternatives:
        words = rf"\b((?:{'|'.join(alternatives)}){rest})"
        patterns.append(re.compile(words, re.IGNORECASE))
    if pairs:
        patterns.append(re.compile(f"(?=({'|'.join(sorted(pairs))}))"))
    return tuple(patterns)


def _any_of(prefixes: set[str]) -> str:
    longest_first = sorted(prefixes, key=len, reverse=True)
    return "|".join("".join(_folded_class(char) for char in p) for p in longest_first)


_UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")


def _folded_class(char: str) -> str:
    """A character class of `char` and every accented letter that folds to it."""
    variants = _ACCENTED.get(char, "")
    return f"[{re.escape(char)}{variants}]" if variants else re.escape(char)


def _accented_letters() -> dict[str, str]:
    by_base: dict[str, str] = {}
    for code, folded in accent_map.items():
        if isinstance(folded, str) and len(folded) == 1 and folded.isalnum():
            by_base[folded.lower()] = by_base.get(folded.lower(), "") + chr(code)
    return by_base


_ACCENTED = _accented_letters()


def _best_windows(text: str, hits: list[_Hit], passages: int) -> list[tuple[int, int]]:
    candidates = [_window(text, hit) for hit in hits]
    chosen: list[tuple[int, int]] = []
    while candidates and len(chosen) < passages:
        best = max(candidates, key=lambda w: (_distinct_terms(w, hits), -w[0]))
        chosen.append(best)
        candidates = [w for w in candidates if w[1] <= best[0] or w[0] >= best[1]]
    return chosen


def _window(text: str, hit: _Hit) -> tuple[int, int]:
    start = max(0, hit.start - SNIPPET_CONTEXT_CHARS)
    end = min(len(text), hit.end + SNIPPET_CONTEXT_CHARS)
    if start > 0:  # Start and end on word boundaries.
        space = text.find(" ", start, hit.start)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", hit.end, end)
        end = space if space >= 0 else end
    return start, end


def _distinct_terms(window: tuple[int, int], hits: list[_Hit]) -> int:
    return len({h.term for h in hits if window[0] <= h.start and h.end <= window[1]})


def _opening(text: str) -> str:
    if len(text) <= _OPENING_CHARS:
        return text
    cut = text.rfind(" ", 0, _OPENING_CHARS)
    return text[: cut if cut > 0 else _OPENING_CHARS] + " …"
