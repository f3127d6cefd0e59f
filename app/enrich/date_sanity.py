"""Date sanity in enrichment: a publication or capture date that cannot be true is flagged and
not used."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.drafts import ArticleDraft, Evidence
from app.moments import Moment, utc_now

EARLIEST_YEAR = 1900
# Offsets and day-only precision can put a true date up to a day after a capture date.
CLOCK_SLACK = timedelta(days=1)


def reject_implausible_dates(draft: ArticleDraft, now: datetime | None = None) -> None:
    """Drop a capture date in the future, then a publication date before 1900 or after the
    capture (or now), saying why. A future capture date would pin an article to the top."""
    now = now or utc_now()
    captured = draft.captured
    if captured is not None and (reason := _implausible(captured, None, now)) is not None:
        draft.captured = None
        _note_rejected(draft, "captured_at", captured, reason)
    published = draft.published
    if published is not None and (reason := _implausible(published, draft.captured, now)):
        draft.published = None
        _note_rejected(draft, "published_at", published, reason)


def _note_rejected(draft: ArticleDraft, field: str, moment: Moment, reason: str) -> None:
    stated = draft.evidence.get(field)
    text = stated.text if stated else moment.isoformat()
    place = stated.place if stated else "extracted date"
    draft.evidence[field] = Evidence(f"{place} (not used: {reason})", text)


def _implausible(published: Moment, captured: Moment | None, now: datetime) -> str | None:
    if published.utc.year < EARLIEST_YEAR:
        return f"before {EARLIEST_YEAR}"
    if captured is not None and published.utc > captured.utc + CLOCK_SLACK:
        return "after the capture date"
    if published.utc > now + CLOCK_SLACK:
        return "in the future"
    return None
