"""Whether a line of a page dump states a publication date (a headline never does)."""

from __future__ import annotations

from app.extract.line_dates import find_line_date, plausible
from app.extract.printed_dates import parse_date_line
from app.moments import Moment


def names_date(text: str, captured: Moment | None) -> bool:
    """Whether the line states a plausible publication date."""
    date = parse_date_line(text, captured) or find_line_date(text, captured)
    return date is not None and plausible(date.moment, captured)
