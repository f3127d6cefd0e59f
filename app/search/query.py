"""User query text -> a Whoosh query, with guards against queries that would hang the engine.

Syntax: words, "phrases", "phrases"~5 (words within 5 of each other), AND OR NOT, parentheses,
prefix*, fields (title: byline: source: country: lead:), and published:[2023-01 TO 2023-06].
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from whoosh import qparser, query
from whoosh.fields import Schema

from app.search.day_bounds import parse_day_bound
from app.search.errors import QueryError
from app.search.query_languages import DerivedForms, in_languages, word_schema
from app.search.whoosh_types import IndexReader

MAX_QUERY_CHARS = 1000
MAX_TERM_CHARS = 100
MAX_NESTING = 16
MIN_CHARS_BEFORE_WILDCARD = 2
MAX_EXPANSION = 300  # Words the prefixes of a query may stand for (each a posting list).
# A phrase's positions are read per word and checked per candidate document: both caps bound
# that work (and the phrase matches a searcher keeps, one entry per phrase and slop).
MAX_PHRASE_WORDS = 20
MAX_SLOP = 20
FIELD_BOOSTS = {"title": 3.0, "lead": 2.0, "body": 1.0}
FIELD_ALIASES = {"source_text": ["source", "outlet"], "byline": ["author", "by"]}
# The fields a query may name (as the index calls them); the others are bookkeeping.
SEARCHABLE = frozenset({*FIELD_BOOSTS, "byline", "source_text", "country"})
_FIELDS_HELP = (
    "the fields you can search are title, lead, body, byline (or author), source (or outlet),"
    " country and published"
)

_TERM = re.compile(r'[^\s()"]+')
_OPERATORS = frozenset({"AND", "OR", "NOT"})
_FIELD_NAME = re.compile(r"(?<![\w\"])(\w+):")
# A field name with nothing after its colon: the parser would search the name as a word.
# ('title:"a phrase"' and 'title:(a OR b)' have something after it.)
_BARE_FIELD = re.compile(r"(?<![\w\"])(\w+):(?=[\s)]|$)")
_FIELD_EXAMPLES = {"country": "KP", "published": "2023-08", "byline": "smith", "author": "smith"}
_PUBLISHED = re.compile(r"\bpublished:(\[[^\]]*\]|\S+)", re.IGNORECASE)
_RANGE = re.compile(r"\[[^\]]*\bto\b[^\]]*\]|\{[^}]*\bto\b[^}]*\}", re.IGNORECASE)
_DATE_HELP = "write published:[2023-01 TO 2023-06] (a year, month or day at each end)"


@dataclass(frozen=True)
class UserQuery:
    """A parsed query: the words to match, and the publication days its `published:` asks for."""

    words: Any
    published_from: date | None = None
    published_to: date | None = None
    # Before each word was analysed in every language: what the reading of the query shows
    # (app/search/reading.py), and the text the parser read (`published:` taken out).
    as_typed: Any = None
    parsed_text: str = ""


def parse_user_query(
    text: str, schema: Schema, languages: frozenset[str] = frozenset()
) -> UserQuery:
    """Parse a query in our syntax (see the module's docstring), its words searched in English
    and in `languages` (app/search/query_languages.py). Composed (NFC) as the articles are
    (app/extract: decode_text): a letter typed apart from its accent is the same letter."""
    text = unicodedata.normalize("NFC", text.strip())
    if not text:
        return UserQuery(query.Every())
    check_query_text(text)
    text, ranges = _take_date_ranges(text)
    if _RANGE.search(text):
        raise QueryError(f"Ranges work on publication dates only: {_DATE_HELP}.")
    _check_field_names(text, schema)
    words = _parsed(text, schema) if text.strip() else query.Every()
    _check_leaves(words)
    first = max((start for start, _ in ranges), default=None)
    last = min((end for _, end in ranges), default=None)
    typed = words.accept(_normalise_country)
    return UserQuery(in_languages(typed, languages), first, last, typed, text)


# Whoosh's parser fails inside on a NOT that applies to another NOT without brackets ('NOT NOT
# storm', 'storm OR NOT NOT rain'): an IndexError out of its syntax tree.
_DOUBLE_NOT = re.compile(r"(?<![\w\"])NOT\s+NOT(?![\w\"])")


def _parsed(text: str, schema: Schema) -> Any:
    """The query Whoosh's parser makes of `text`, or a QueryError a reader can act on."""
    if _DOUBLE_NOT.search(re.sub(r'"[^"]*"', " ", text)):
        raise QueryError(
            "NOT NOT cannot be read: write NOT once before the word to leave out, as in Kim NOT"
            " Russia (a double negation in brackets reads: NOT (NOT Russia))."
        )
    try:
        return _parser(word_schema(schema)).parse(text)
    except (IndexError, AttributeError, AssertionError) as error:  # Other shapes it fails on.
        raise QueryError(
            "This query could not be read: check that every AND, OR and NOT has words beside"
            " it and every bracket is closed."
        ) from error


def _parser(schema: Schema) -> qparser.QueryParser:
    parser = qparser.MultifieldParser(
        list(FIELD_BOOSTS), schema, fieldboosts=FIELD_BOOSTS, group=qparser.AndGroup
    )
    # Ranges on text fields enumerate the whole vocabulary: dates are read apart, above.
    parser.remove_plugin_class(qparser.RangePlugin)
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    return parser


def _check_field_names(text: str, schema: Schema) -> None:
    """Refuse the index's bookkeeping fields (`position:`, `sort_date:`…) before Whoosh's parser
    sees them: it cannot parse some, and matching the others is meaningless."""
    outside_phrases = re.sub(r'"[^"]*"', " ", text)
    aliases = {alias for names in FIELD_ALIASES.values() for alias in names}
    # Each phrase emptied but kept: its quote marks stand right after its field's colon.
    for name in _BARE_FIELD.findall(re.sub(r'"[^"]*"', '""', text)):
        if name in SEARCHABLE | aliases | {"published"}:
            example = f"{name}:{_FIELD_EXAMPLES.get(name, 'missile')}"
            raise QueryError(
                f"'{name}:' has nothing after it; write what to look for right after the"
                f" colon, as in {example}."
            )
    for name in _FIELD_NAME.findall(outside_phrases):
        if name in schema and name not in SEARCHABLE | aliases:
            raise QueryError(f"'{name}:' is not a field you can search; {_FIELDS_HELP}.")


def _check_leaves(words: Any) -> None:
    """Refuse what the parser made that we will not run: other fields, long or loose phrases."""
    for leaf in words.leaves():
        field = getattr(leaf, "fieldname", None)
        if field is not None and field not in SEARCHABLE:
            raise QueryError(f"'{field}:' is not a field you can search; {_FIELDS_HELP}.")
        if isinstance(leaf, query.Phrase) and len(leaf.words) > MAX_PHRASE_WORDS:
            raise QueryError(
                f"A phrase of {len(leaf.words)} words is too long; the limit is"
                f" {MAX_PHRASE_WORDS} (quote the most telling part)."
            )
        if isinstance(leaf, query.Phrase) and leaf.slop > MAX_SLOP:
            raise QueryError(
                f'"…"~{leaf.slop} allows too much room; words can be at most {MAX_SLOP}'
                f" apart (write ~{MAX_SLOP} or less)."
            )


def check_expansion(parsed: Any, reader: IndexReader) -> None:
    """Refuse prefixes that stand for too many words in this index, saying what to write.

    The cap is on the whole query, every field counted: each word a prefix stands for is one
    more posting list to merge, so `po* OR pr*` costs what both cost together.
    """
    total, prefixes = 0, set()
    for leaf in parsed.leaves():
        if isinstance(leaf, query.Prefix | query.Wildcard) and not isinstance(leaf, DerivedForms):
            prefix = str(leaf.text).rstrip("*?")
            prefixes.add(prefix)
            total += _count_up_to(reader.expand_prefix(leaf.fieldname, prefix), MAX_EXPANSION)
        if total > MAX_EXPANSION and len(prefixes) == 1:
            raise QueryError(
                f"'{prefix}*' stands for more than {MAX_EXPANSION} different words here;"
                " write more of the word before the *."
            )
        if total > MAX_EXPANSION:
            raise QueryError(
                f"The words ending in * stand for more than {MAX_EXPANSION} different words"
                " together here; write more of each word before its *, or use fewer of them."
            )


def _count_up_to(items: Any, cap: int) -> int:
    """How many items there are, counting no further than one past `cap`."""
    count = 0
    for count, _ in enumerate(items, 1):
        if count > cap:
            break
    return count


def has_words(parsed: Any) -> bool:
    """Whether a query has anything to rank by (not only 'everything' and date ranges)."""
    plain = (query.Every, query.NumericRange)
    return any(not isinstance(leaf, plain) for leaf in parsed.leaves()) and not isinstance(
        parsed, plain
    )


def _normalise_country(node: Any) -> Any:
    if isinstance(node, query.Term) and node.fieldname == "country":
        return query.Term("country", str(node.text).upper(), boost=node.boost)
    return node


def _take_date_ranges(text: str) -> tuple[str, list[tuple[date, date]]]:
    ranges = []
    for match in _PUBLISHED.finditer(text):
        value = match.group(1)
        if value.startswith("["):
            parts = re.split(r"\s+to\s+", value[1:-1].strip(), flags=re.IGNORECASE)
            if len(parts) != 2 or not all(part.strip() for part in parts):
                raise QueryError(f"'{value}' leaves a range open: {_DATE_HELP}.")
            start, end = parts
        else:
            start = end = value
        ranges.append((parse_day_bound(start, end=False), parse_day_bound(end, end=True)))
    return _PUBLISHED.sub(" ", text), ranges


def check_query_text(text: str) -> None:
    """Refuse what would be slow or meaningless, saying why and what to write instead."""
    if "\x00" in text:
        raise QueryError("The query contains a NUL character; remove it.")
    if len(text) > MAX_QUERY_CHARS:
        # No count: the web form has already cut a very long query short.
        raise QueryError(
            f"The query is longer than the limit of {MAX_QUERY_CHARS:,} characters; shorten it."
        )
    _check_nesting(text)
    _check_has_words(text)
    for term in _TERM.findall(text.replace(":", " ")):
        _check_term(term)


def _check_has_words(text: str) -> None:
    # Operators alone would match nothing and leave the reader with no clue why.
    typed = text.replace("(", " ").replace(")", " ").split()
    if typed and set(typed) <= _OPERATORS:
        raise QueryError(
            f"'{' '.join(typed)}' holds only AND, OR and NOT, which join words:"
            " put words beside them, as in Kim AND Russia."
        )


def _check_nesting(text: str) -> None:
    depth, opened_at, in_phrase = 0, [], False
    for position, char in enumerate(text, 1):
        if char == '"':
            in_phrase = not in_phrase
        elif char == "(" and not in_phrase:
            depth += 1
            opened_at.append(position)
        elif char == ")" and not in_phrase:
            if depth == 0:
                raise QueryError(f"A ')' at character {position} closes nothing; remove it.")
            depth -= 1
            opened_at.pop()
        if depth > MAX_NESTING:
            raise QueryError(
                f"Parentheses are nested more than {MAX_NESTING} deep (at character {position})."
            )
    if in_phrase:
        raise QueryError('A phrase is opened with " but never closed; add the closing ".')
    if opened_at:
        raise QueryError(f"The '(' at character {opened_at[-1]} is never closed; add a ')'.")


def _check_term(term: str) -> None:
    if len(term) > MAX_TERM_CHARS:
        raise QueryError(f"A word of {len(term)} characters is too long to search for.")
    wildcard = min((i for i in (term.find("*"), term.find("?")) if i >= 0), default=-1)
    if wildcard < 0:
        return
    if wildcard < MIN_CHARS_BEFORE_WILDCARD:
        raise QueryError(
            f"'{term}': a wildcard needs at least {MIN_CHARS_BEFORE_WILDCARD} letters before it"
            " (write sanction* rather than *tion)."
        )
    if term.count("*") + term.count("?") > 1 or not term.endswith(("*", "?")):
        raise QueryError(f"'{term}': only one wildcard, at the end of a word (e.g. sanction*).")
