"""JSON article objects (one per line of a JSON-lines file) -> ArticleDraft. Schema in DESIGN."""

from __future__ import annotations

import json
import re
from typing import Any

from app.drafts import ArticleDraft, Evidence, ExtractionError, parse_json
from app.extract.printed_dates import DateLine, parse_date, parse_date_line
from app.moments import Moment

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A dateline stands among the body's first lines, under at most this many banner lines of at
# most this many words each (a review notice is a sentence or two; a lead runs longer).
_ABOVE_DATELINE = 3
_BANNER_WORDS = 40


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
    draft = ArticleDraft(title=title, paragraphs=[])
    draft.evidence["title"] = Evidence("JSON field 'title'", title)
    draft.url = _optional(record, "url", draft)
    draft.byline = _optional(record, "byline", draft)
    draft.language = _optional(record, "language", draft)
    draft.external_id = _optional(record, "id", draft, evidence_name="external_id")
    draft.outlet = _source_name(record.get("source"), draft)
    draft.published = _moment(record, "published_at", draft)
    draft.captured = _moment(record, "captured_at", draft)
    draft.paragraphs = _paragraphs(_from_dateline(body, draft))
    return draft


def _from_dateline(body: str, draft: ArticleDraft) -> str:
    """The body from below its dateline, a line that is only a date ('Friday, January 4,
    2019'), when one opens it: the date is the publication date if none is stated. The few
    short lines a dateline may have above it are banners, not text: a wiki's notices of its
    own workflow ('This article requires pre-publication review …'), a label. A dateline
    that disagrees with the stated date is left in the text, which says what it says."""
    lines = body.splitlines()
    found = _dateline(lines, draft.captured)
    if found is None:
        return body
    above, number, dateline = found
    rest = "\n".join(lines[number + 1 :])
    if not rest.strip() or not _agrees(dateline.moment, draft):
        return body
    if draft.published is None:
        draft.published = dateline.moment
        draft.evidence["published_at"] = Evidence(_line_place(len(above)), lines[number].strip())
    if above:
        banners = " / ".join(lines[line].strip() for line in above)
        draft.evidence["body"] = Evidence("'body' from its dateline on; left out above it", banners)
    return rest


def _dateline(lines: list[str], captured: Moment | None) -> tuple[list[int], int, DateLine] | None:
    """The numbers of the lines above the body's dateline, its own number and its date."""
    opening = [number for number, line in enumerate(lines) if line.strip()][: _ABOVE_DATELINE + 1]
    for place, number in enumerate(opening):
        if dateline := parse_date_line(lines[number], captured):
            return opening[:place], number, dateline
        if len(lines[number].split()) > _BANNER_WORDS:
            return None
    return None


def _agrees(dateline: Moment, draft: ArticleDraft) -> bool:
    stated = draft.published
    return stated is None or stated.local().date() == dateline.local().date()


def _line_place(place: int) -> str:
    return "first line of 'body'" if place == 0 else f"line {place + 1} of 'body' (its dateline)"


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
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    # A number is a Unix time ('published_at': 1709906700), as many data sets store one.
    number = isinstance(value, int | float) and not isinstance(value, bool)
    readable = number or isinstance(value, str)
    text = str(value).strip() if readable else json.dumps(value)
    moment = parse_date(text) if readable else None
    # An unreadable date is kept as evidence and left unknown: the rest of the article is good.
    note = "" if moment else " (not a date we can read; left unknown)"
    draft.evidence[name] = Evidence(f"JSON field '{name}'{note}", text)
    return moment
