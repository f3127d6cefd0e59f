"""JSON article objects (one per line of a JSON-lines file) -> ArticleDraft. Schema in DESIGN."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from app import record_fields as fields
from app.drafts import UNSETTLED_DATE, ArticleDraft, Evidence, ExtractionError, parse_json
from app.extract.printed_dates import (
    DateLine,
    either_way_round,
    parse_date,
    parse_date_line,
)
from app.moments import Moment

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A dateline stands among the body's first lines, under at most this many banner lines of at
# most this many words each (a review notice is a sentence or two; a lead runs longer).
_ABOVE_DATELINE = 3
_BANNER_WORDS = 40


def extract_json_article(text: str) -> ArticleDraft:
    """Read one JSON object; a title and a body (or a summary) are required."""
    try:
        record = parse_json(text)
    except ValueError as error:
        raise ExtractionError(str(error)) from None
    if not isinstance(record, dict):
        raise ExtractionError("a JSON object is expected, not " + type(record).__name__)
    if isinstance(nested := record.get(fields.NESTED), dict):
        record = nested | record  # The article's own top-level fields first.
    record = _folded(record)
    title_name, title = _text_field(record, fields.TITLE)
    body_name, body = _text_field(record, fields.BODY)
    # NewsAPI cuts its 'content' at 200 characters and says how much it left out.
    cut = _CUT_SHORT.search(body)
    body = body[: cut.start()].rstrip() if cut else body
    summary_only = not body or cut is not None
    if not body:
        body_name, body = _text_field(record, fields.SUMMARY)
    if not title:
        raise ExtractionError(_missing("title", fields.TITLE, record))
    if not body:
        raise ExtractionError(_missing("body", fields.BODY + fields.SUMMARY, record))
    draft = ArticleDraft(title=title, paragraphs=[], summary_only=summary_only)
    draft.evidence["title"] = Evidence(f"JSON field '{title_name}'", title)
    if body_name not in ("body", "text"):
        draft.evidence["body"] = Evidence(f"JSON field '{body_name}'", body[:_EVIDENCE_CHARS])
    draft.url = _optional(record, fields.URL, draft, "url")
    draft.byline = _byline(record, draft)
    draft.language = _optional(record, fields.LANGUAGE, draft, "language")
    draft.external_id = _optional(record, ("id",), draft, "external_id")
    draft.outlet = _source_name(record, draft)
    draft.published = _moment(record, fields.PUBLISHED, draft, "published_at")
    draft.captured = _moment(record, fields.CAPTURED, draft, "captured_at")
    draft.paragraphs = _paragraphs(_from_dateline(body, draft))
    return draft


_EVIDENCE_CHARS = 200
_CUT_SHORT = re.compile(r"\s*\[\+\d+ chars\]\s*$")


def _missing(field: str, names: tuple[str, ...], record: dict[str, Any]) -> str:
    """Which field is missing, under which names it was looked for, and what the object has."""
    looked = " or ".join(f"'{name}'" for name in names)
    present = ", ".join(f"'{given}'" for given, _ in list(record.values())[:12]) or "none"
    return f"the required field '{field}' ({looked}) is missing or empty; the object has {present}"


def _folded(record: dict[str, Any]) -> dict[str, Any]:
    """The object with its names in lower case ('Title', 'publishedAt' as 'title',
    'publishedat'), as spreadsheets and APIs capitalise them; the first of two that differ only
    in case wins, under the name it was given, kept for the provenance."""
    folded: dict[str, Any] = {}
    for name, value in record.items():
        folded.setdefault(str(name).lower(), (str(name), value))
    return folded


def _present(value: Any) -> bool:
    return value is not None and value != "" and value != []


def _named(
    record: dict[str, Any], names: tuple[str, ...], usable: Callable[[Any], bool] = _present
) -> tuple[str, Any]:
    """The first of `names` whose value the object gives and `usable` takes, under the name the
    object gives it, and that value ('', None for none)."""
    for name in names:
        given, value = record.get(name.lower(), ("", None))
        if _present(value) and usable(value):
            return given, value
    return "", None


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


def _text_field(record: dict[str, Any], names: tuple[str, ...]) -> tuple[str, str]:
    name, value = _named(
        record, names, lambda value: isinstance(value, str) and bool(value.strip())
    )
    return (name, value.strip()) if value is not None else ("", "")


def _paragraphs(body: str) -> list[str]:
    paragraphs = (" ".join(part.split()) for part in _PARAGRAPH_BREAK.split(body))
    return [paragraph for paragraph in paragraphs if paragraph]


def _optional(
    record: dict[str, Any], names: tuple[str, ...], draft: ArticleDraft, evidence_name: str
) -> str | None:
    name, value = _named(record, names)
    if value is None:
        return None
    text = str(value).strip()
    draft.evidence[evidence_name] = Evidence(f"JSON field '{name}'", text)
    return text or None


def _byline(record: dict[str, Any], draft: ArticleDraft) -> str | None:
    """The byline, also from a list of authors (names, or objects with a 'name')."""
    name, value = _named(record, fields.BYLINE)
    if isinstance(value, list):
        names = [item.get("name") if isinstance(item, dict) else item for item in value]
        value = ", ".join(str(part).strip() for part in names if part and str(part).strip())
    if not isinstance(value, str) or not value.strip():
        return None
    draft.evidence["byline"] = Evidence(f"JSON field '{name}'", value.strip())
    return value.strip()


def _source_name(record: dict[str, Any], draft: ArticleDraft) -> str | None:
    field, value = _named(record, fields.SOURCE, lambda value: bool(_outlet_name(value)))
    name = _outlet_name(value)
    if not isinstance(name, str) or not name.strip():
        return None
    draft.evidence["outlet"] = Evidence(f"JSON field '{field}'", name.strip())
    return name.strip()


def _outlet_name(value: Any) -> str | None:
    """A source as a name, or as an object with one ({'id': None, 'name': 'BBC News'})."""
    name = value.get("name") if isinstance(value, dict) else value
    return name if isinstance(name, str) and name.strip() else None


def _moment(
    record: dict[str, Any], names: tuple[str, ...], draft: ArticleDraft, evidence_name: str
) -> Moment | None:
    # A date the field can hold first ('published': true does not hide a good 'date'), else the
    # first given, kept as unreadable evidence.
    name, value = _named(record, names, _dateish)
    if value is None:
        name, value = _named(record, names)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    # A number is a Unix time ('published_at': 1709906700), as many data sets store one.
    number = isinstance(value, int | float) and not isinstance(value, bool)
    readable = number or isinstance(value, str)
    text = str(value).strip() if readable else json.dumps(value)
    moment = parse_date(text) if readable else None
    if moment is None and evidence_name == "published_at" and either_way_round(text):
        # '08/01/2014': day and month either way round, for enrichment to read in the
        # article's language's order (app/enrich/date_order.py).
        draft.evidence[UNSETTLED_DATE] = Evidence(f"JSON field '{name}'", text)
        return None
    # An unreadable date is kept as evidence and left unknown: the rest of the article is good.
    note = "" if moment else " (not a date we can read; left unknown)"
    draft.evidence[evidence_name] = Evidence(f"JSON field '{name}'{note}", text)
    return moment


def _dateish(value: Any) -> bool:
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return number or (isinstance(value, str) and parse_date(value.strip()) is not None)
