"""What flows between the pipeline's steps: raw items from readers, drafts from extractors."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field

from app.moments import Moment


class Located:
    """Something read from an input: its origin, and where inside it, for reports."""

    origin: str
    position: str | None

    @property
    def where(self) -> str:
        """The origin and position: 'feeds.xml (item 3)'."""
        return f"{self.origin} ({self.position})" if self.position else self.origin


def parse_json(text: str | bytes) -> object:
    """JSON as Python values, its strings composed (NFC); a ValueError that says what is wrong
    where, for reports."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from None
    except RecursionError:  # json's C decoder recurses once per level of nesting.
        raise ValueError("JSON nested too deeply to hold articles") from None
    # The text was composed as it was read (app/extract: decode_text); a '\u0308' escape
    # writes an accent apart from its letter only once it is parsed, before its dates are read.
    escaped = "\\u" in text if isinstance(text, str) else b"\\u" in text
    return composed(value) if escaped else value


def composed(value: object) -> object:
    """A JSON value with every string (keys too) in composed form (NFC)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [composed(item) for item in value]
    if isinstance(value, dict):
        return {composed(key): composed(item) for key, item in value.items()}
    return value


@dataclass(frozen=True)
class RawItem(Located):
    """One input item as read: its original bytes and where they came from."""

    content: bytes
    origin: str
    format: str
    content_type: str
    # Where inside the origin the item sits (e.g. 'line 3' of a JSON-lines file), if anywhere.
    position: str | None = None
    # What the container said about it: an outlet name (--source, a feed's title), the
    # address it was fetched from and when (a WARC record, an HTTP post).
    source_name: str | None = None
    url: str | None = None
    captured: Moment | None = None
    # The outlet's country as the container states it (a followed feed's --country): used
    # only for the outlet `source_name` names, when the outlet list knows no country for it.
    source_country: str | None = None
    # The language the container declares for its items (a feed's <language>): a hint for
    # detection where the item itself declares none.
    language: str | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a field's value came from: a place in the input, and the text found there."""

    place: str
    text: str


# The evidence of a date in figures whose day and month the extractor could not tell apart
# ('08/01/2014'); enrichment reads it in the article's language's order (app/enrich/date_order.py).
UNSETTLED_DATE = "published_at (day and month unsettled)"


@dataclass
class ArticleDraft:
    """An article as extracted, before enrichment and storage."""

    title: str | None
    paragraphs: list[str]
    heading_indexes: list[int] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    byline: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: Moment | None = None
    captured: Moment | None = None
    language: str | None = None
    external_id: str | None = None
    evidence: dict[str, Evidence] = field(default_factory=dict)
    # True when the text is a feed's summary, not the article itself.
    summary_only: bool = False

    @property
    def body(self) -> str:
        """The body as stored: paragraphs separated by a blank line."""
        return "\n\n".join(self.paragraphs)


class ExtractionError(ValueError):
    """An item that holds no article we can store; the message says why, for the report."""
