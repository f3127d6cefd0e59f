"""Words in every script, stemmed or lemmatized in the article's own language.

Whoosh hands an analyzer the text alone, so the indexer puts the article's language in front of
each text field's value (`marked`), and the analyzer reads it back and yields no token for it.
English words become exactly the terms they were before (Whoosh's English analysis), and so
do the words of languages without a base form here; a word of a language with a Snowball
stemmer or a lemma dictionary (app/search/inflection.py), written in that language's script,
becomes its base form behind the language's code ('ru:инаугурац', 'uk:україн'), so the base
form of another language can never match an English word. In a few stemmed languages the
indexer also puts the stem of each word's dictionary form at the word's position, where it
differs from the word's stem, and a query word is either its stem or its lemma's
(app/search/query_languages.py): two forms the stemmer cuts apart find each other through
their dictionary form. Chinese, Japanese, Thai, Lao, Khmer
and Burmese, written without spaces, become overlapping character pairs at consecutive
positions: a word inside a run is the phrase of its pairs.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain
from typing import Any, TypeVar

from whoosh.analysis import Analyzer, Token
from whoosh.analysis.filters import STOP_WORDS
from whoosh.lang.porter import stem as english_stem
from whoosh.support.charset import accent_map

from app.compounds import COMPOUNDING, DICTIONARY_SPLIT, compound_parts, load_word_lists
from app.search.inflection import (
    ALIASES,
    LEMMA_STEMMED,
    SCRIPTS,
    base_form,
    languages,
    lemma_base_form,
    load_dictionaries,
)

log = logging.getLogger("geonews.search")
_T = TypeVar("_T")
_MARK = "\x1e"
# A change to the terms the analyzer makes changes this, and so the index layout (a rebuild).
ANALYZER_VERSION = 24


def marked(text: str, language: str | None) -> str:
    """`text` with its language in front, for the analyzer (none: analysed as English)."""
    code = stem_code(language)
    return f"{_MARK}{code}{_MARK}{text}" if code else text


# Where Unicode has combining marks (planes 0, 1 and 14; tests/search/test_languages.py looks at
# every code point): a process starts a tenth of a second sooner than when it looked at all.
MARK_PLANES = (range(0x20000), range(0xE0000, 0xF0000))


def _mark_chars() -> str:
    """Every combining mark (Hindi vowel signs, Arabic vowels) as ranges of a character class:
    Python's \\w leaves them out, and splitting a word at them leaves pieces of no use."""
    ranges: list[tuple[int, int]] = []
    for code in chain(*MARK_PLANES):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(f"{chr(a)}-{chr(b)}" if a < b else chr(a) for a, b in ranges)


# A word character: \w, a combining mark, or a zero-width (non-)joiner (Persian, Indic).
_MARKS = _mark_chars()  # Once: it looks at every code point (a tenth of a second).
JOINING = rf"[{_MARKS}\u200c\u200d]"  # What \w leaves out of a word: marks, joiners.
WORD_CHAR = rf"[\w{_MARKS}\u200c\u200d]"
# Whoosh's word pattern (\w+(\.?\w+)*, so 'U.S.' is one word), with those characters.
_WORD = re.compile(rf"{WORD_CHAR}+(?:\.?{WORD_CHAR}+)*")
# A query's words for the parser keep an apostrophe inside them ("Almanya'nın", "O'Brien"): the
# word is then analysed in each language as a whole (a Turkish name's case ending dropped).
APOSTROPHES = "'’"
_WORD_WITH_APOSTROPHES = re.compile(rf"{WORD_CHAR}+(?:[.{APOSTROPHES}]?{WORD_CHAR}+)*")
# Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Burmese.
UNSPACED = (
    "\u3005\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\U00020000-\U0002fa1f"
)
_UNSPACED_RUN = re.compile(f"([{UNSPACED}]+)")

_SCRIPT_STARTS = [0x0000, 0x0250, 0x0370, 0x0400, 0x0530, 0x0590, 0x0600, 0x0780, 0x0900]
_SCRIPT_STARTS += [0x0980, 0x0B80, 0x0C00, 0x10A0, 0x1100, 0x1E00, 0x1F00, 0x2000, 0xAC00]
_SCRIPT_STARTS += [0xD7B0, 0xFB50, 0xFE00, 0xFE70, 0xFF00]
_SCRIPT_NAMES = ["latin", "", "greek", "cyrillic", "armenian", "hebrew", "arabic", ""]
_SCRIPT_NAMES += ["devanagari", "", "tamil", "", "georgian", "", "latin", "greek", "", "hangul"]
_SCRIPT_NAMES += ["", "arabic", "", "arabic", ""]


def stem_code(language: str | None) -> str:
    """The code in front of a language's stems ('pt-BR' -> 'pt'), '' for none."""
    base = (language or "").split("-", 1)[0].lower()
    base = ALIASES.get(base, base)
    return base if base in _CODES else ""


def load_base_forms(languages: Iterable[str | None]) -> None:
    """Open now the dictionaries and word lists that text in these languages is analysed with."""
    codes = {stem_code(language) for language in languages} - {""}
    load_dictionaries(codes)
    load_word_lists(codes)


def stemmed_languages() -> list[str]:
    """The codes of the languages searched by stem or lemma besides English."""
    return list(_CODES)


def script_of(word: str) -> str:
    """The script of a word's first letter, by Unicode block ('' for one of no stemmer's)."""
    for char in word:
        if char.isalpha():
            return _SCRIPT_NAMES[bisect_right(_SCRIPT_STARTS, ord(char)) - 1]
    return ""


def has_base_form(word: str, code: str) -> bool:
    """Whether a word is analysed by its base form in a language (written in its script)."""
    return bool(code) and script_of(word) in SCRIPTS.get(code, "latin").split()


def term_of(word: str, code: str) -> str | None:
    """The term of a lower-cased word (not of an unspaced script) in a language (None: a stop
    word, which English word queries drop as Whoosh's English analysis drops it)."""
    try:
        return _term_of(word, code)
    except Exception as error:  # Whatever the library raises: see _failed.
        folded = word.translate(accent_map)
        return _failed(word, code, error, f"{code}:{folded}" if code else folded)


@lru_cache(maxsize=65536)
def _term_of(word: str, code: str) -> str | None:
    if has_base_form(word, code):
        return f"{code}:{base_form(word, code).translate(accent_map)}"
    if len(word) < 2 or word in STOP_WORDS or word in _PLURAL_MARKERS:
        return None
    return str(english_stem(word)).translate(accent_map)


# Vietnamese marks a noun's plural with a word before it ('những cử tri', 'các nhà máy'), where
# other languages inflect; a reader who writes it asks for the noun, which the text may write
# without ('cử tri'), so word queries drop it as they drop English stop words. (Indexed as
# before: such a word's term is its folded self either way.)
_PLURAL_MARKERS = frozenset({"những", "các"})


def lemma_term_of(word: str, code: str) -> str | None:
    """The term of a lower-cased word's lemma in a language of LEMMA_STEMMED, indexed beside
    the word's own term where they differ (None where they do not)."""
    try:
        return _lemma_term_of(word, code)
    except Exception as error:  # Whatever the library raises: see _failed.
        return _failed(word, code, error, None)


@lru_cache(maxsize=65536)
def _lemma_term_of(word: str, code: str) -> str | None:
    if not has_base_form(word, code):
        return None
    stem = lemma_base_form(word, code)
    return None if stem is None else f"{code}:{stem.translate(accent_map)}"


def is_stop_term(term: str) -> bool:
    """Whether an indexed term is an English stop word (or a single character): indexed for
    phrases, but no evidence of what a text is about, so never scored."""
    return len(term) < 2 or term in STOP_WORDS


_CODES = languages()


def compound_terms(word: str, code: str) -> tuple[str, ...]:
    """The terms of a lower-cased compound's parts, none where the word is no compound
    (app/compounds.py)."""
    try:
        return _compound_terms(word, code)
    except Exception as error:  # Whatever the library raises: see _failed.
        return _failed(word, code, error, ())


@lru_cache(maxsize=65536)
def _compound_terms(word: str, code: str) -> tuple[str, ...]:
    return tuple(term_of(part, code) or part for part in compound_parts(word, code))


def _failed(word: str, code: str, error: Exception, instead: _T) -> _T:
    """What a word's analysis gives where a language's stemmer, lemmatizer or splitter failed on
    it (a run of 3,000 letters once overflowed the stack): the word as written (in its
    language's terms), no lemma, no parts. Raised, it would stop the index at that article for
    every later change, and fail every query holding the word, whatever the library's reason.
    Not kept in these functions' caches: the next call tries again (a failure may pass, as a
    lack of memory does)."""
    _report_failure(word, code, f"{type(error).__name__}: {error}")
    return instead


@lru_cache(maxsize=1024)
def _report_failure(word: str, code: str, reason: str) -> None:
    """Logged once per word and reason in a process: a text that repeats the word logs once."""
    shown = word if len(word) <= 40 else f"{word[:40]}…"
    log.warning("analysis of %r (%s) failed (%s); read as written", shown, code, reason)


def _dotted_parts(word: str, start: int) -> Iterator[tuple[str, int, int, bool]]:
    """A word, or the words a dotted name is made of ("shadowcrew.com", "bbc.co.uk": a
    reader searches for "shadowcrew"); abbreviations and numbers stay whole ("u.s", "1.5m")."""
    parts = word.split(".")
    if len(parts) == 1 or any(len(part) < 2 or part.isdigit() for part in parts):
        yield word, start, start + len(word), False
        return
    for part in parts:
        yield part, start, start + len(part), False
        start += len(part) + 1


def _pieces(
    text: str, tokenize: bool, pairs: bool, words: re.Pattern[str] = _WORD
) -> Iterator[tuple[str, int, int, bool]]:
    """Each word of `text` (its text, start, end, and whether it is of an unspaced script),
    each unspaced run cut into overlapping pairs when `pairs` is set."""
    if not tokenize:
        yield text, 0, len(text), False
        return
    for match in words.finditer(text):
        word, start = match.group(), match.start()
        if word.isascii() or not _UNSPACED_RUN.search(word):
            if "." in word:
                yield from _dotted_parts(word, start)
            else:  # Most words: no generator of their parts (a fifth of the analysis's time).
                yield word, start, match.end(), False
            continue
        for index, part in enumerate(_UNSPACED_RUN.split(word)):
            part_start, start = start, start + len(part)
            if index % 2 == 0:  # Between runs: what is left of the word, dots trimmed.
                trimmed = part.strip(".")
                if trimmed:
                    first = part_start + part.index(trimmed)
                    yield trimmed, first, first + len(trimmed), False
            elif not pairs or len(part) < 3:
                yield part, part_start, start, True
            else:
                for at in range(len(part) - 1):
                    yield part[at : at + 2], part_start + at, part_start + at + 2, True


class LanguageAnalyzer(Analyzer):  # type: ignore[misc]
    """Terms of text in its marked language (see the module's docstring). `stem` off: whole
    lower-cased words, runs of unspaced scripts whole unless `pairs` (the query parser's)."""

    def __init__(
        self, stem: bool = True, pairs: bool = True, fold: bool = True, apostrophes: bool = False
    ) -> None:
        self.stem, self.pairs, self.fold = stem, pairs, fold
        # Whether a word keeps the apostrophes inside it (the query parser's words).
        self.apostrophes = apostrophes
        # Kept with the analyzer in the index's pickled schema (a class attribute would not
        # be, and an index would always look current): schema.has_current_layout compares it.
        self.version = ANALYZER_VERSION

    def __call__(self, value: str, **kwargs: Any) -> Iterator[Token]:
        code, offset = _language(value)
        text = value[offset:] if offset else value
        token = Token(
            kwargs.get("positions", False),
            kwargs.get("chars", False),
            # Stop words are indexed, and kept in phrases (their tokenizing passes no
            # `removestops`): "will be held on" matches those words, not every "held". Word
            # queries drop them (Whoosh's parser passes removestops=True for each word).
            removestops=kwargs.get("removestops", False),
            mode=kwargs.get("mode", ""),
        )
        position, start_char = kwargs.get("start_pos", 0), kwargs.get("start_char", 0)
        words = _WORD_WITH_APOSTROPHES if getattr(self, "apostrophes", False) else _WORD
        pieces = _pieces(text, kwargs.get("tokenize", True), self.pairs, words)
        lemmas = self.stem and token.mode == "index" and code in LEMMA_STEMMED
        compounds = self.stem and token.mode == "index" and code in COMPOUNDING
        suffixes = code in _SUFFIXES_AFTER_APOSTROPHE
        for word, start, end, unspaced in pieces:
            if suffixes and _after_apostrophe(text, start):
                continue
            lower = word.lower()
            term = self._term(lower, code, unspaced)
            if term is None and token.removestops:
                continue
            token.text = lower.translate(accent_map) if term is None else term
            token.boost, token.pos = 1.0, position
            token.startchar, token.endchar = start_char + start, start_char + end
            position += 1
            yield token
            if lemmas and not unspaced:
                # The lemma's term at the same position: a query in the dictionary form
                # finds a form the stemmer cuts apart from it ('superou' is found by 'supera').
                lemma = lemma_term_of(lower, code)
                if lemma is not None:
                    token.text = lemma
                    yield token
            if compounds and not unspaced and (word[:1].isupper() or code not in DICTIONARY_SPLIT):
                # A compound's parts at its position: 'Kontrollen' finds 'Grenzkontrollen',
                # 'staking' 'spoorstaking' (German's nouns are the words written capitalised).
                own = (term, token.text)
                for part in compound_terms(lower, code):
                    if part not in own:
                        token.text = part
                        yield token

    def _term(self, word: str, code: str, unspaced: bool) -> str | None:
        if unspaced:
            return word
        if not self.stem:
            return word.translate(accent_map) if self.fold else word
        return term_of(word, code)


# Turkish writes a proper name's case ending after an apostrophe ('Almanya'da', 'Türkiye'nin'):
# the name is the word, and the ending no word of its own ('Almanya'nın' finds 'Almanya'da').
_SUFFIXES_AFTER_APOSTROPHE = frozenset({"tr"})


def _after_apostrophe(text: str, start: int) -> bool:
    """Whether the word at `start` is written onto a word of two letters or more before it after
    an apostrophe (not an elided 'l'' or 'O'' of another language's name)."""
    return start >= 3 and text[start - 1] in APOSTROPHES and text[start - 3 : start - 1].isalnum()


def _language(value: str) -> tuple[str, int]:
    """The language marked in front of `value`, and where its text starts."""
    if not value.startswith(_MARK):
        return "", 0
    end = value.find(_MARK, 1)
    return (value[1:end], end + 1) if end > 0 else ("", 0)
