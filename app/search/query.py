"""User query text -> a Whoosh query, with guards against queries that would hang the engine."""

from __future__ import annotations

import re
from typing import Any

from whoosh import qparser, query
from whoosh.fields import Schema

MAX_QUERY_CHARS = 1000
MAX_TERM_CHARS = 100
MAX_NESTING = 16
MIN_CHARS_BEFORE_WILDCARD = 2
FIELD_BOOSTS = {"title": 3.0, "body": 1.0}

_TERM = re.compile(r'[^\s()"]+')


class QueryError(ValueError):
    """A query we will not run; the message tells the user what to write instead."""


def parse_user_query(text: str, schema: Schema) -> Any:
    """Parse a query in our syntax (AND OR NOT, "phrases", prefix*, field:term)."""
    text = text.strip()
    if not text:
        return query.Every()
    check_query_text(text)
    parser = qparser.MultifieldParser(
        list(FIELD_BOOSTS), schema, fieldboosts=FIELD_BOOSTS, group=qparser.AndGroup
    )
    # Ranges on text fields enumerate the whole vocabulary; dates are filtered apart.
    parser.remove_plugin_class(qparser.RangePlugin)
    try:
        return parser.parse(text)
    except Exception as error:  # Whoosh raises assorted types on odd input.
        raise QueryError(f"Could not read the query: {error}") from None


def check_query_text(text: str) -> None:
    """Refuse what would be slow or meaningless, saying why and what to write instead."""
    if "\x00" in text:
        raise QueryError("The query contains a NUL character; remove it.")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"The query is {len(text):,} characters long; the limit is {MAX_QUERY_CHARS:,}."
        )
    _check_nesting(text)
    for term in _TERM.findall(text.replace(":", " ")):
        _check_term(term)


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
