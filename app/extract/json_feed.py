"""JSON Feed (https://jsonfeed.org, versions 1.0 and 1.1): the feed's items, and one item as an
article draft.

feedparser reads only XML feeds (RSS, Atom, RDF) and the few PyPI packages for JSON Feed are
little kept, while the format is a small JSON document with a published schema: it is read here
with the standard library's json and pydantic models of the fields we use.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from app.drafts import ArticleDraft, Evidence, ExtractionError
from app.extract.fragments import html_paragraphs, text_paragraphs, without_trailing_furniture
from app.extract.printed_dates import parse_date

VERSION_PREFIX = "https://jsonfeed.org/version/1"
CONTENT_TYPE = "application/feed+json"


class JsonFeedAuthor(BaseModel):
    model_config = ConfigDict(extra="ignore")
    name: str | None = None


class JsonFeedItem(BaseModel):
    """The fields of an item an archive uses (the others are kept in the item's JSON)."""

    model_config = ConfigDict(extra="ignore")
    id: str  # 1.0 allowed numbers: they are read as strings, as 1.1 asks.
    url: str | None = None
    title: str | None = None
    content_html: str | None = None
    content_text: str | None = None
    summary: str | None = None
    date_published: str | None = None
    date_modified: str | None = None
    author: JsonFeedAuthor | None = None  # 1.0
    authors: list[JsonFeedAuthor] = []  # 1.1

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        return (
            str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value
        )


def is_json_feed(content: bytes) -> bool:
    """Whether the bytes look like a JSON document (a JSON Feed, if anything we read)."""
    return content.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def json_feed_items(content: bytes, max_items: int) -> list[tuple[JsonFeedItem, bytes]]:
    """Each readable item of a JSON Feed with its own JSON; ValueError if it is not one."""
    try:
        document = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, RecursionError, ValueError):
        raise ValueError("not readable as JSON") from None
    version = document.get("version") if isinstance(document, dict) else None
    if not isinstance(version, str) or not version.startswith(VERSION_PREFIX):
        raise ValueError("a JSON document, but not a JSON Feed (no jsonfeed.org version)")
    items = document.get("items")
    found = []
    for raw in items[:max_items] if isinstance(items, list) else []:
        try:
            found.append((JsonFeedItem.model_validate(raw), _item_json(raw)))
        except ValidationError:
            continue  # An item without an id: the others still count.
    return found


def _item_json(raw: dict[str, Any]) -> bytes:
    return json.dumps(raw, ensure_ascii=False, sort_keys=True).encode("utf-8")


def extract_json_feed_item(text: str) -> ArticleDraft:
    """One item: its content when it has any, else its summary (marked as such)."""
    try:
        item = JsonFeedItem.model_validate_json(text)
    except ValidationError:
        raise ExtractionError("not a readable JSON Feed item") from None
    title = " ".join((item.title or "").split()) or None
    content = html_paragraphs(item.content_html or "") or text_paragraphs(item.content_text or "")
    summary = text_paragraphs(item.summary or "")
    full = sum(map(len, content)) > sum(map(len, summary))  # Not the summary said twice.
    paragraphs = without_trailing_furniture(content if full else summary or content)
    if not paragraphs and not title:
        raise ExtractionError("the feed item has neither a title nor any text")
    draft = ArticleDraft(title=title, paragraphs=paragraphs, summary_only=not full)
    _note_evidence(draft, item, full)
    return draft


def _note_evidence(draft: ArticleDraft, item: JsonFeedItem, full: bool) -> None:
    """The fields JSON Feed states plainly, each with where it came from."""
    if draft.paragraphs:
        place = "JSON Feed content" if full else "JSON Feed summary (no full text)"
        draft.evidence["body"] = Evidence(place, draft.paragraphs[0])
    if draft.title:
        draft.evidence["title"] = Evidence("JSON Feed title", draft.title)
    draft.url = _stated(draft, "url", item.url, "url")
    draft.external_id = _stated(draft, "external_id", item.id, "id")
    names = [a.name.strip() for a in [*item.authors, *filter(None, [item.author])] if a.name]
    draft.byline = _stated(draft, "byline", ", ".join(dict.fromkeys(names)), "authors")
    for key in ("date_published", "date_modified"):
        stated = getattr(item, key)
        moment = parse_date(stated) if stated else None
        if moment is not None:
            draft.published = moment
            draft.evidence["published_at"] = Evidence(f"JSON Feed {key}", stated)
            return


def _stated(draft: ArticleDraft, field: str, value: str | None, key: str) -> str | None:
    if not value or not value.strip():
        return None
    draft.evidence[field] = Evidence(f"JSON Feed {key}", value.strip())
    return value.strip()
