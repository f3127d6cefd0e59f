"""A query's words in every language the archive holds (see app/search/languages.py).

The parser is given whole lower-cased words (no stemming), so each word can then be analysed
in each language: a word becomes either of its terms (its English analysis, as before, its
stem in each held language whose script it is written in, and in a few its lemma's stem), a
phrase one phrase per language, all its words in that language, and a word of an unspaced
script the phrase of its pairs.
"""

from __future__ import annotations

import copy
from functools import lru_cache, partial
from typing import Any

from whoosh import query
from whoosh.fields import Schema

from app.compounds import COMPOUNDING
from app.search.analysis import TEXT_ANALYZER
from app.search.inflection import LEMMA_STEMMED
from app.search.languages import (
    APOSTROPHES,
    LanguageAnalyzer,
    compound_terms,
    lemma_term_of,
    marked,
    stemmed_languages,
    term_of,
)
from app.search.postings import PostingCache, segments
from app.search.whoosh_types import Searcher

LANGUAGE_FIELDS = frozenset({"title", "lead", "body"})  # The fields indexed in a language.
_QUERY_WORDS = LanguageAnalyzer(stem=False, pairs=False, fold=False, apostrophes=True)
# The words the parser made of a word with apostrophes before it kept them whole ('iran', 's').
_APOSTROPHE_PARTS = LanguageAnalyzer(stem=False, pairs=False, fold=False)
_WORD_SCHEMAS: dict[int, tuple[Schema, Schema]] = {}


def word_schema(schema: Schema) -> Schema:
    """`schema` with whole words for the parser in the fields indexed in a language."""
    kept = _WORD_SCHEMAS.get(id(schema))
    if kept is not None and kept[0] is schema:
        return kept[1]
    fields = {}
    for name, field in schema.items():
        fields[name] = copy.copy(field)
        if name in LANGUAGE_FIELDS:
            fields[name].analyzer = _QUERY_WORDS
    if len(_WORD_SCHEMAS) > 64:  # A handful of index schemas live at once.
        _WORD_SCHEMAS.clear()
    _WORD_SCHEMAS[id(schema)] = (schema, Schema(**fields))
    return _WORD_SCHEMAS[id(schema)][1]


def in_languages(words: Any, languages: frozenset[str]) -> Any:
    """The parsed query with each word of a language field in English and in `languages`."""
    codes = ("", *sorted(languages))
    expanded = words.accept(partial(_expanded, codes))
    # Whoosh's normalize copies every boosted term of a wide tree (most of a parse's time):
    # only a dropped stop word needs it.
    if any(leaf is query.NullQuery for leaf in expanded.leaves()):
        return expanded.normalize()
    return expanded


def languages_held(searcher: Searcher, cache: PostingCache) -> frozenset[str]:
    """The languages some article of the index was stemmed in (read once per segment, kept in
    the index's own cache: a segment's id is unique only within its index)."""
    held: set[str] = set()
    for reader, _ in segments(searcher):
        held |= cache.of_segment(reader, "languages", partial(_stemmed_in, reader))
    return frozenset(held)


def _stemmed_in(reader: Any) -> frozenset[str]:
    return frozenset(
        code
        for code in stemmed_languages()
        if next(iter(reader.expand_prefix("body", f"{code}:")), None)
    )


def _expanded(codes: tuple[str, ...], node: Any) -> Any:
    field = getattr(node, "fieldname", None)
    if field not in LANGUAGE_FIELDS:
        return node
    if isinstance(node, query.Term):
        variants = language_variants(str(node.text), codes, tokenize=True, removestops=True)
        whole = _either([_words(field, terms, 1, node.boost) for terms in variants])
        return _or_its_parts(codes, node, _or_compound_parts(codes, node, whole))
    if isinstance(node, query.Phrase):
        # A phrase keeps its stop words: they are indexed, and "at the end of" means them.
        variants = language_variants(" ".join(node.words), codes, tokenize=True, removestops=False)
        return _either([_words(field, terms, node.slop, node.boost) for terms in variants])
    if isinstance(node, query.Prefix | query.Wildcard):
        variants = language_variants(str(node.text), codes, tokenize=False, removestops=False)
        return _either([type(node)(field, terms[0], boost=node.boost) for terms in variants])
    return node


@lru_cache(maxsize=8192)
def language_variants(
    text: str, codes: tuple[str, ...], tokenize: bool, removestops: bool
) -> tuple[tuple[str, ...], ...]:
    """The terms of `text` in each language, English first, each different sequence once;
    none where English drops it (a stop word in a word query). A word (not a phrase) of a
    language of LEMMA_STEMMED is also the stem of its lemma, where that differs from its own
    stem: articles have it indexed at each word's position, so a form the stemmer cuts apart
    from another ('superó', 'superaron') finds it through their shared lemma."""
    found: dict[tuple[str, ...], None] = {}
    for code in codes:
        tokens = TEXT_ANALYZER(
            marked(text, code), mode="query", tokenize=tokenize, removestops=removestops
        )
        terms = tuple(token.text for token in tokens)
        if not terms and not code:
            return ()
        if terms:
            found.setdefault(terms, None)
        if removestops and len(terms) == 1 and code in LEMMA_STEMMED:
            for form in _arabic_article_forms(text.lower()) if code == "ar" else (text.lower(),):
                for term in (term_of(form, code), lemma_term_of(form, code)):
                    if term is not None:
                        found.setdefault((term,), None)
    return tuple(found)


# Arabic's Snowball stemmer reads a word apart with its article and without ('الفيضانات' is
# 'فيضان', 'فيضانات' 'يضانا': it takes the bare word's first letter ف for the conjunction 'and'),
# and the news writes both; a word is looked up as both, each with its lemma's stem.
# An article after 'and', 'with', 'as' or 'so' leaves four letters at least: 'والدين' (parents)
# is no 'and the religion'.
_ARABIC_ARTICLES = (("وال", 4), ("بال", 4), ("كال", 4), ("فال", 4), ("لل", 3), ("ال", 3))


def _arabic_article_forms(word: str) -> tuple[str, ...]:
    for article, least in _ARABIC_ARTICLES:
        if word.startswith(article):
            if len(word) - len(article) < least:
                return (word,)  # 'بالصين': too short to be read without it.
            bare = word[len(article) :]
            return tuple(dict.fromkeys((word, bare, "ال" + bare)))
    return (word, "ال" + word)


def _or_its_parts(codes: tuple[str, ...], node: Any, whole: Any) -> Any:
    """A word with apostrophes analysed whole ('Almanya'nın' is 'almanya' in Turkish), or its
    parts each found as a word: a language that splits the word there would otherwise need
    them side by side ('Iran's' finds a French 'en Iran', 'l'Iran' a French 'Iran')."""
    text = str(node.text)
    parts = (
        [token.text for token in _APOSTROPHE_PARTS(text)]
        if any(mark in text for mark in APOSTROPHES)
        else []
    )
    if len(parts) < 2:
        return whole
    each = [_expanded(codes, query.Term(node.fieldname, part, boost=node.boost)) for part in parts]
    kept = [part for part in each if part is not query.NullQuery]
    if not kept:
        return whole
    together = kept[0] if len(kept) == 1 else query.And(kept)
    return together if whole is query.NullQuery else query.Or([whole, together])


def _or_compound_parts(codes: tuple[str, ...], node: Any, whole: Any) -> Any:
    """A German compound as itself or as all its parts, wherever they stand ('Grenzkontrollen'
    finds 'Kontrollen an der Grenze'; an article's compounds have their parts indexed too)."""
    for code in COMPOUNDING.intersection(codes):
        parts = compound_terms(str(node.text).lower(), code)
        if parts and whole is not query.NullQuery:
            each = [query.Term(node.fieldname, term, boost=node.boost) for term in parts]
            whole = query.Or([whole, query.And(each)])
    return whole


def _words(field: str, terms: tuple[str, ...], slop: int, boost: float) -> Any:
    if len(terms) == 1:
        return query.Term(field, terms[0], boost=boost)
    return query.Phrase(field, list(terms), slop=slop, boost=boost)


def _either(variants: list[Any]) -> Any:
    if not variants:
        return query.NullQuery
    return variants[0] if len(variants) == 1 else query.Or(variants)
