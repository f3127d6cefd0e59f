"""How a query was read: each word, phrase and prefix as typed, the fields it is looked for in,
its terms after analysis in each language, what a prefix stands for in this index, and the
query's structure, so that a reader can check the archive understood them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from whoosh import query

from app.compounds import COMPOUNDING, SPLIT_IN_ARCHIVE
from app.search.filters import Filters
from app.search.languages import compound_terms
from app.search.query import FIELD_BOOSTS, UserQuery
from app.search.query_languages import (
    DERIVED_BOOST,
    DERIVED_FIELDS,
    LANGUAGE_FIELDS,
    MAX_DERIVED,
    ArchiveCounts,
    ArchiveSplits,
    base_terms,
    derived_stems,
    language_variants,
    spoken_languages,
)
from app.search.whoosh_types import LeafReader

# Fields as the query syntax names them (the index's source_text is `source:`).
SHOWN_FIELDS = {"source_text": "source"}
EVERY_TEXT_FIELD = frozenset(FIELD_BOOSTS)  # What a word without `field:` is looked for in.


@dataclass(frozen=True)
class ReadTerm:
    """One term a word became: its text after analysis (a phrase's words joined by spaces),
    and the language it was analysed in ("" in a field analysed in no language: byline,
    source, country)."""

    text: str
    language: str = ""


@dataclass(frozen=True)
class ReadParts:
    """One way a compound reads as words the search also finds written apart ('storm',
    'schade'): their stems, the language, and the weight of such a match (1.0 a word's own)."""

    words: tuple[str, ...]
    language: str
    weight: float


@dataclass(frozen=True)
class ReadWord:
    """A word, phrase or prefix of the query as it was read."""

    typed: str
    kind: str  # "word", "phrase" or "prefix".
    fields: tuple[str, ...]
    # None at all: a word too common to search for (a stop word), left out.
    terms: tuple[ReadTerm, ...]
    excluded: bool = False  # Under a NOT: matches are those without it.
    slop: int | None = None  # A phrase's room: its words at most this far apart.
    # A prefix's words in this index (word, language), each with about how many articles hold
    # it (in the field where most do; deleted articles count until their segment is merged);
    # a word's: the words made from it that it also finds, at half weight (DerivedForms).
    expansions: tuple[tuple[str, str, int], ...] = ()
    # A compound's parts that it also finds written apart, each reading with its language and
    # weight: German's from its dictionary, other languages' as this archive reads them.
    parts: tuple[ReadParts, ...] = ()


@dataclass(frozen=True)
class QueryReading:
    """The whole reading: the query's structure, its words, and the filters and publication
    days that applied (`published:` in the query and `from`/`to` together)."""

    read_as: str
    words: tuple[ReadWord, ...]
    filters: Filters
    published_from: date | None
    published_to: date | None


def read_query(
    parsed: UserQuery, filters: Filters, segments: list[LeafReader], languages: frozenset[str]
) -> QueryReading:
    """The reading of a parsed query, its prefixes expanded in the index of these segments."""
    codes = ("", *sorted(languages))
    grouped: dict[tuple[Any, ...], tuple[Any, bool, list[str]]] = {}
    typed = parsed.as_typed
    for leaf, excluded in query_leaves(typed) if typed is not None else ():
        key = (*_identity(leaf), excluded)
        grouped.setdefault(key, (leaf, excluded, []))[2].append(leaf.fieldname)
    spoken = spoken_languages(typed, codes) if typed is not None else frozenset()
    words = tuple(
        _word(leaf, excluded, tuple(fields), parsed.parsed_text, (codes, spoken), segments)
        for leaf, excluded, fields in grouped.values()
    )
    return QueryReading(
        _structure(typed, parsed.parsed_text) if typed is not None else "",
        words,
        filters,
        filters.published_from,
        filters.published_to,
    )


def query_leaves(node: Any, excluded: bool = False) -> Iterator[tuple[Any, bool]]:
    """The query's words, phrases and prefixes, each with whether a NOT excludes it (a
    double NOT does not)."""
    if isinstance(node, query.Not):
        yield from query_leaves(node.query, not excluded)
    elif isinstance(node, query.AndNot):
        yield from query_leaves(node.a, excluded)
        yield from query_leaves(node.b, not excluded)
    elif isinstance(node, query.Term | query.Phrase | query.Prefix | query.Wildcard):
        yield node, excluded
    elif not node.is_leaf():
        for child in node.children():
            yield from query_leaves(child, excluded)


def _identity(leaf: Any) -> tuple[Any, ...]:
    if isinstance(leaf, query.Phrase):
        return ("phrase", tuple(leaf.words), leaf.slop)
    return (_kind(leaf), str(leaf.text))


def _kind(leaf: Any) -> str:
    if isinstance(leaf, query.Phrase):
        return "phrase"
    return "prefix" if isinstance(leaf, query.Prefix | query.Wildcard) else "word"


def _shown(field: str) -> str:
    return SHOWN_FIELDS.get(field, field)


def _word(
    leaf: Any,
    excluded: bool,
    fields: tuple[str, ...],
    text: str,
    languages: tuple[tuple[str, ...], frozenset[str]],
    segments: list[LeafReader],
) -> ReadWord:
    codes, spoken = languages
    kind = _kind(leaf)
    terms = _terms(leaf, codes)
    slop = leaf.slop if kind == "phrase" else None
    if kind == "prefix":
        expansions = _expansions(fields, terms, segments)
    elif kind == "word" and not excluded:
        expansions = _derived_words(str(leaf.text), fields, codes, spoken, segments)
    else:
        expansions = ()
    # As the search reads them: none under a NOT (with_derived_words).
    parts = (
        _parts(str(leaf.text), fields, codes, segments) if kind == "word" and not excluded else ()
    )
    shown = tuple(map(_shown, fields))
    return ReadWord(_typed(leaf, text), kind, shown, terms, excluded, slop, expansions, parts)


def _terms(leaf: Any, codes: tuple[str, ...]) -> tuple[ReadTerm, ...]:
    """The leaf's terms in each language (its field's own analysis outside the language
    fields: the parser did it already)."""
    if leaf.fieldname not in LANGUAGE_FIELDS:
        words = leaf.words if isinstance(leaf, query.Phrase) else [leaf.text]
        return (ReadTerm(" ".join(map(str, words))),)
    is_phrase = isinstance(leaf, query.Phrase)
    text = " ".join(leaf.words) if is_phrase else str(leaf.text)
    tokenize = not isinstance(leaf, query.Prefix | query.Wildcard)
    # As the query is searched: a word drops its stop words, a phrase keeps them.
    variants = language_variants(text, codes, tokenize, removestops=tokenize and not is_phrase)
    return tuple(_read_term(variant) for variant in variants)


def _read_term(terms: tuple[str, ...]) -> ReadTerm:
    language = terms[0].rpartition(":")[0] or "en"  # Unmarked text is analysed as English.
    return ReadTerm(" ".join(term.rpartition(":")[2] for term in terms), language)


def _expansions(
    fields: tuple[str, ...],
    terms: tuple[ReadTerm, ...],
    segments: list[LeafReader],
    leave_out: frozenset[str] = frozenset(),
) -> tuple[tuple[str, str, int], ...]:
    """Each word the prefix stands for in its fields and language (but the indexed terms of
    `leave_out`), with about how many articles hold it (in the field where most do). Read
    segment by segment: a term's count comes with it there, where the whole index's reader looks
    each one up again."""
    counts: dict[tuple[str, str], int] = {}
    for field in fields:
        in_field: dict[tuple[str, str], int] = {}
        for term, segment in ((t, s) for t in terms for s in segments):
            marked = term.language not in ("", "en")
            prefix = f"{term.language}:{term.text}" if marked else term.text
            for found, info in segment.iter_prefix(field, prefix):
                if _decoded(found) in leave_out:
                    continue
                key = (_decoded(found).rpartition(":")[2], term.language)
                in_field[key] = in_field.get(key, 0) + info.doc_frequency()
        for key, count in in_field.items():
            counts[key] = max(counts.get(key, 0), count)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple((word, language, count) for (word, language), count in ordered)


def _derived_words(
    text: str,
    fields: tuple[str, ...],
    codes: tuple[str, ...],
    spoken: frozenset[str],
    segments: list[LeafReader],
) -> tuple[tuple[str, str, int], ...]:
    """The words made from a word that it also finds in this index, as the search looks them up
    (app/search/query_languages.py: DerivedForms), with about how many articles hold each: a
    stem's words read as a prefix's, none of a stem that opens too many."""
    searched = tuple(field for field in fields if field in DERIVED_FIELDS)
    if not searched:
        return ()
    variants = language_variants(text, codes, tokenize=True, removestops=True)
    stems, own = derived_stems(text, variants, spoken)
    found = (_expansions(searched, (_read_term((stem,)),), segments, own) for stem in stems)
    words = [word for each in found if len(each) <= MAX_DERIVED for word in each]
    for term in base_terms(text, variants, spoken):  # The places it is the adjective of.
        count = max(sum(s.doc_frequency(field, term) for s in segments) for field in searched)
        if count:
            language, _, stem = term.partition(":")
            words.append((stem, language, count))
    return tuple(sorted(words, key=lambda word: (-word[2], word[0], word[1])))


def _parts(
    text: str, fields: tuple[str, ...], codes: tuple[str, ...], segments: list[LeafReader]
) -> tuple[ReadParts, ...]:
    """The parts a compound also finds written apart, as the search reads them
    (app/search/query_languages.py: _or_compound_parts, ArchiveSplits)."""
    word = text.lower()
    found: dict[tuple[str, ...], ReadParts] = {}
    for code in COMPOUNDING.intersection(codes):
        terms = compound_terms(word, code)
        if terms:
            found.setdefault(terms, _read_parts(terms, code, 1.0))
    if DERIVED_FIELDS.intersection(fields):
        counts = ArchiveCounts(_Segments(segments))
        for code in SPLIT_IN_ARCHIVE.keys() & set(codes):
            if compound_terms(word, code):
                continue  # Split by frequency: its parts are read above.
            parts = counts.parts_of(ArchiveSplits("body", word, code, DERIVED_BOOST))
            if parts is not None:
                found.setdefault(parts, _read_parts(parts, code, DERIVED_BOOST))
    return tuple(found.values())


def _read_parts(terms: tuple[str, ...], code: str, weight: float) -> ReadParts:
    return ReadParts(tuple(term.rpartition(":")[2] for term in terms), code, weight)


class _Segments:
    """The segments together, as a reader of the whole index counts a term's articles."""

    def __init__(self, segments: list[LeafReader]) -> None:
        self.segments = segments

    def doc_frequency(self, field: str, term: str) -> int:
        return sum(segment.doc_frequency(field, term) for segment in self.segments)


def _decoded(term: bytes | str) -> str:
    return term.decode() if isinstance(term, bytes) else term


def _typed(leaf: Any, text: str) -> str:
    """The leaf as the user wrote it, where the parser kept its place in the text."""
    if isinstance(leaf, query.Phrase):
        slop = f"~{leaf.slop}" if leaf.slop > 1 else ""
        return f'"{" ".join(leaf.words)}"{slop}'
    if isinstance(leaf, query.Prefix | query.Wildcard):
        return f"{leaf.text}*"
    start, end = getattr(leaf, "startchar", None), getattr(leaf, "endchar", None)
    if start is not None and end is not None and text[start:end].strip():
        return text[start:end]
    return str(leaf.text)


def _structure(node: Any, text: str) -> str:
    """The query in our syntax, with the AND, OR and NOT it was read with made explicit."""
    shown = _node_structure(node, text)
    return shown[1:-1] if isinstance(node, query.And | query.Or) and shown[:1] == "(" else shown


def _node_structure(node: Any, text: str) -> str:
    if _is_leaf(node):
        return f"{_shown(node.fieldname)}:{_typed(node, text)}"  # The user named the field.
    if isinstance(node, query.Not):
        return f"NOT {_node_structure(node.query, text)}"
    if isinstance(node, query.AndNot):
        return f"({_node_structure(node.a, text)} AND NOT {_node_structure(node.b, text)})"
    if isinstance(node, query.And | query.Or) and node.subqueries:
        if isinstance(node, query.Or):
            parts, joiner = _alternatives(node, text), " OR "
        else:
            parts, joiner = [_node_structure(child, text) for child in node.subqueries], " AND "
        return f"({joiner.join(parts)})" if len(parts) > 1 else parts[0]
    if isinstance(node, query.AndMaybe):
        return f"({_node_structure(node.a, text)} ANDMAYBE {_node_structure(node.b, text)})"
    return "everything" if isinstance(node, query.Every) else ""


def _alternatives(node: Any, text: str) -> list[str]:
    """The children of an OR as written: a word without a field is looked for in title, lead
    and body (an OR of the three, merged into an enclosing OR by the parser), shown once."""
    fields: dict[tuple[Any, ...], set[str]] = {}
    for child in filter(_is_leaf, node.subqueries):
        fields.setdefault(_identity(child), set()).add(child.fieldname)
    parts, shown = [], set()
    for child in node.subqueries:
        identity = _identity(child) if _is_leaf(child) else None
        if identity is None or not fields[identity] >= EVERY_TEXT_FIELD:
            parts.append(_node_structure(child, text))
        elif identity not in shown:
            shown.add(identity)
            parts.append(_typed(child, text))
    return parts


def _is_leaf(node: Any) -> bool:
    return isinstance(node, query.Term | query.Phrase | query.Prefix | query.Wildcard)
