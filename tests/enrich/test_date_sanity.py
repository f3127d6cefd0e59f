"""Dates that cannot be true are flagged and not used (app/enrich/date_sanity.py)."""

from __future__ import annotations

from datetime import datetime

from app.drafts import ArticleDraft, Evidence
from app.enrich.date_sanity import reject_implausible_dates
from app.moments import Moment

NOW = datetime(2026, 11, 23, 12, 0)  # noqa: DTZ001 (naive UTC, as stored)


def _draft(published: str, captured: str | None = None) -> ArticleDraft:
    draft = ArticleDraft(title="T", paragraphs=["B."])
    draft.published = Moment.day(datetime.fromisoformat(published))
    draft.captured = Moment.day(datetime.fromisoformat(captured)) if captured else None
    draft.evidence["published_at"] = Evidence("line 3", published)
    return draft


def test_after_the_capture_date_is_not_used() -> None:
    draft = _draft("2023-09-01", captured="2023-08-06")
    reject_implausible_dates(draft, NOW)
    assert draft.published is None
    assert draft.evidence["published_at"].place == "line 3 (not used: after the capture date)"


def test_before_1900_and_future_are_not_used() -> None:
    old, future = _draft("1850-01-01"), _draft("2031-01-01")
    reject_implausible_dates(old, NOW)
    reject_implausible_dates(future, NOW)
    assert old.published is None
    assert future.published is None
    assert "in the future" in future.evidence["published_at"].place


def test_plausible_dates_are_kept() -> None:
    draft = _draft("2023-08-06", captured="2023-08-06")
    reject_implausible_dates(draft, NOW)
    assert draft.published is not None
