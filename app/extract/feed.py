"""Feed entries (RSS <item>, Atom <entry>) -> ArticleDraft, with feedparser; JSON Feed items
through app/extract/json_feed.py."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime
from typing import Any

import feedparser

from app.drafts import ArticleDraft, Evidence, ExtractionError
from app.extract.fragments import html_paragraphs, without_trailing_furniture
from app.extract.json_feed import extract_json_feed_item
from app.extract.printed_dates import parse_date
from app.moments import Moment, Precision

_ATOM = b'<feed xmlns="http://www.w3.org/2005/Atom">%s</feed>'
_RSS = b'<rss version="2.0"><channel>%s</channel></rss>'


def extract_feed_entry(text: str) -> ArticleDraft:
    """One entry: full content when the feed carries it, else its summary (marked as such).

    A headline with only a link is kept too (an archive of headlines is still an archive).
    """
    if text.lstrip().startswith("{"):  # An item of a JSON Feed the follower kept.
        return extract_json_feed_item(text)
    entry = _parse(text)
    title = " ".join((entry.get("title") or "").split()) or None
    content = _full_content(entry)
    paragraphs = without_trailing_furniture(html_paragraphs(content or entry.get("summary") or ""))
    if not paragraphs and not title:
        raise ExtractionError("the feed item has neither a title nor any text")
    draft = ArticleDraft(title=title, paragraphs=paragraphs, summary_only=not content)
    if paragraphs:
        place = "feed <content>" if content else "feed <summary> (the feed carries no full text)"
        draft.evidence["body"] = Evidence(place, paragraphs[0])
    if title:
        draft.evidence["title"] = Evidence("feed <title>", title)
    draft.url = _text(entry, "link", draft, "url")
    draft.byline = _text(entry, "author", draft, "byline")
    draft.external_id = _text(entry, "id", draft, "external_id")
    draft.published = _published(entry, draft)
    return draft


def entry_link_and_id(text: str) -> tuple[str | None, str | None]:
    """An entry's link (its article page) and its id (guid), as the feed states them."""
    try:
        entry = _parse(text)
    except ExtractionError:
        return None, None
    link, entry_id = entry.get("link"), entry.get("id")
    return (
        link.strip() if isinstance(link, str) and link.strip() else None,
        entry_id.strip() if isinstance(entry_id, str) and entry_id.strip() else None,
    )


def _parse(text: str) -> Any:
    data = text.encode("utf-8")
    wrapped = _ATOM % data if data.lstrip().startswith(b"<entry") else _RSS % data
    parsed = feedparser.parse(wrapped)
    if not parsed.entries:
        raise ExtractionError("not a readable feed item")
    return parsed.entries[0]


def _full_content(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    best = max(contents, key=len, default="")
    # Some feeds repeat the summary as 'content': that is not the full text.
    return best if len(best) > len(entry.get("summary") or "") else ""


def _text(entry: Any, key: str, draft: ArticleDraft, field: str) -> str | None:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        return None
    draft.evidence[field] = Evidence(f"feed <{key}>", value.strip())
    return value.strip()


def _published(entry: Any, draft: ArticleDraft) -> Moment | None:
    for key in ("published", "updated", "created"):
        stated = dict.get(entry, key)  # Not entry.get: feedparser maps a missing key, warning.
        if not stated:
            continue
        moment = parse_date(stated) or _from_struct(entry.get(f"{key}_parsed"))
        if moment is not None:
            draft.evidence["published_at"] = Evidence(f"feed <{key}>", stated)
            return moment
    return None


def _from_struct(parsed: Any) -> Moment | None:
    """feedparser's UTC struct_time, for date forms our parser does not read."""
    if parsed is None:
        return None
    moment = datetime.fromtimestamp(calendar.timegm(parsed), UTC)
    return Moment.from_aware(moment, Precision.SECOND)
