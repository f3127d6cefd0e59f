"""Day bounds as users write them: a year, a month or a day."""

from __future__ import annotations

import calendar
import re
from datetime import date

from app.search.errors import DateError

_BOUND = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?$")


def parse_day_bound(text: str, end: bool) -> date:
    """'2023', '2023-08' or '2023-08-06' as the first day (or, for `end`, the last) it covers."""
    match = _BOUND.match(text.strip())
    if match is None:
        raise DateError(f"'{text[:20]}' is not a date; write 2023, 2023-08 or 2023-08-06.")
    year = int(match["year"])
    month = int(match["month"] or (12 if end else 1))
    try:
        if match["day"]:
            return date(year, month, int(match["day"]))
        last_day = calendar.monthrange(year, month)[1] if end else 1
        return date(year, month, last_day)
    except (ValueError, calendar.IllegalMonthError):
        raise DateError(f"'{text[:20]}' is not a real date.") from None
