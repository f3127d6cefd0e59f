"""JSON article objects (one per line of a JSON-lines file) -> ArticleDraft. Schema in DESIGN."""

from __future__ import annotations

import re
from typing import Any

from app.drafts import ArticleDraft, Evidence, ExtractionError, parse_json
from app.extract.printed_dates import parse_date, parse_date_line
from app.moments import Moment

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def extract_json_article(text: str) -> ArticleDraft:
    """Read one JSON object; `title` and `body` (or `text`) are required."""
    try:
        record = parse_json(text)
    except ValueError as error:
        raise ExtractionError(str(error)) from None
    if not isinstance(record, dict):
        raise ExtractionError("a JSON object is expected, not " + type(record).__name__)
    title = _text_field(record, "title")
    body = _text_field(record, "body") or _text_field(record, "text")
    if not title:
        raise ExtractionError("the required field 'title' is missing or empty")
    if not body:
        raise ExtractionError("the required field 'body' (or 'text') is missing or empty")
    draft = ArticleDraft(title=title, paragraphs=_paragraphs(body))
    draft.evidence["title"] = Evidence("JSON field 'title'", title)
    draft.url = _optional(record, "url", draft)
    draft.byline = _optional(record, "byline", draft)
    draft.language = _optional(record, "language", draft)
    draft.external_id = _optional(record, "id", draft, evidence_name="external_id")
    draft.outlet = _source_name(record.get("source"), draft)
    draft.published = _moment(record, "published_at", draft)
    draft.captured = _moment(record, "captured_at", draft)
    _take_leading_dateline(draft)
    return draft


def _take_leading_dateline(draft: ArticleDraft) -> None:
    """A first paragraph that is only a date ('Friday, January 4, 2019') is a dateline, not text."""
    if len(draft.paragraphs) < 2:
        return
    dateline = parse_date_line(draft.paragraphs[0], draft.captured)
    if dateline is None:
        return
    first = draft.paragraphs.pop(0)
    if draft.published is None:
        draft.published = dateline.moment
        draft.evidence["published_at"] = Evidence("first paragraph of 'body'", first)


def _text_field(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    return value.strip() if isinstance(value, str) else ""


def _paragraphs(body: str) -> list[str]:
    paragraphs = (" ".join(part.split()) for part in _PARAGRAPH_BREAK.split(body))
    return [paragraph for paragraph in paragraphs if paragraph]


def _optional(
    record: dict[str, Any], name: str, draft: ArticleDraft, evidence_name: str | None = None
) -> str | None:
    value = record.get(name)
    if value is None or value == "":
        return None
    text = str(value).strip()
    draft.evidence[evidence_name or name] = Evidence(f"JSON field '{name}'", text)
    return text or None


def _source_name(value: Any, draft: ArticleDraft) -> str | None:
    name = value.get("name") if isinstance(value, dict) else value
    if not isinstance(name, str) or not name.strip():
        return None
    draft.evidence["outlet"] = Evidence("JSON field 'source'", name.strip())
    return name.strip()


def _moment(record: dict[str, Any], name: str, draft: ArticleDraft) -> Moment | None:
    value = record.get(name)
    if not isinstance(value, str) or not value.strip():
        return None
    moment = parse_date(value)
    # An unreadable date is kept as evidence and left unknown: the rest of the article is good.
    note = "" if moment else " (not a date we can read; left unknown)"
    draft.evidence[name] = Evidence(f"JSON field '{name}'{note}", value)
    return moment
