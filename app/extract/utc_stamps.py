"""UTC stamps in page metadata read as the site's local day.

Many sites store publication times in UTC ('Z', '+00:00') while their readers, and the page's
own dateline, see the local day: an evening story in New York carries the next day's UTC date.
When the stamp's offset is zero, the local zone is taken, in this order, from a day in the URL
next to the UTC day, from the offset the page writes on its other timestamps, or from the
country-code domain.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.drafts import Evidence
from app.moments import Moment, Precision

# A day in a URL's path: '/2020/04/13/', '2020-4-13', or written whole, '/news/20200413/'.
_URL_DAY = re.compile(
    r"(?<!\d)(20\d\d)(?:[/-](\d{1,2})[/-](\d{1,2})|(0[1-9]|1[0-2])([0-3]\d))(?!\d)"
)
_PAGE_OFFSET = re.compile(
    r"(?:\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?|\d\d:\d\d:\d\d) ?([+-])(\d\d):?(\d\d)\b"
)
# A day either side of these, a moment cannot be moved by an offset (datetime's range ends).
_EARLIEST, _LATEST = datetime(1, 1, 2), datetime(9999, 12, 30)  # noqa: DTZ001 (naive UTC)
_ZONE_TABLES = (Path("/usr/share/zoneinfo/zone.tab"),)
# Generic or misleading country codes: sites there serve readers anywhere.
_NOT_A_COUNTRY = {"io", "co", "tv", "me", "fm", "ai", "ly", "to", "cc", "ws"}


def local_day(
    moment: Moment, evidence: Evidence, url: str | None, html: str
) -> tuple[Moment, Evidence]:
    """The stated moment, re-read in the site's zone when it was stamped in UTC."""
    if moment.offset_minutes != 0 or moment.precision is Precision.DAY:
        return moment, evidence
    if not _EARLIEST <= moment.utc <= _LATEST:
        return moment, evidence  # At the calendar's ends no offset can be applied to it.
    day = _url_day(url or "", moment.utc)
    if day is not None:
        note = f"{evidence.text} (UTC); the URL gives the local day"
        return Moment.day(datetime(day.year, day.month, day.day)), Evidence(evidence.place, note)  # noqa: DTZ001 (a day)
    offset = _page_offset(html)
    if offset is not None:
        return Moment(moment.utc, offset, moment.precision), evidence
    zone = _domain_zone(url or "")
    if zone is not None:
        aware = moment.utc.replace(tzinfo=UTC).astimezone(zone)
        return Moment.from_aware(aware, moment.precision), evidence
    return moment, evidence


def _url_day(url: str, utc: datetime) -> date | None:
    """A day in the URL's path that a real offset could make of the UTC moment.

    Only an offset the world's newsrooms use (UTC-10 to UTC+14) counts: a URL a day off by
    more names a planned edition or a filing day, not the local day.
    """
    match = _URL_DAY.search(urlsplit(url).path)
    if match is None:
        return None
    try:
        day = date(int(match[1]), int(match[2] or match[4]), int(match[3] or match[5]))
    except ValueError:
        return None
    earliest = (utc - timedelta(hours=10)).date()
    latest = (utc + timedelta(hours=14)).date()
    return day if earliest <= day <= latest and day != utc.date() else None


def _page_offset(html: str) -> int | None:
    """The non-zero offset most of the page's other timestamps carry, if any does."""
    offsets: Counter[int] = Counter()
    for match in _PAGE_OFFSET.finditer(html):
        minutes = int(match[2]) * 60 + int(match[3])
        if 0 < minutes <= 14 * 60:
            offsets[minutes if match[1] == "+" else -minutes] += 1
    return offsets.most_common(1)[0][0] if offsets else None


def _domain_zone(url: str) -> ZoneInfo | None:
    host = urlsplit(url).hostname or ""
    code = host.rsplit(".", 1)[-1]
    if len(code) != 2 or code in _NOT_A_COUNTRY:
        return None
    name = _country_zones().get("GB" if code == "uk" else code.upper())
    try:
        return ZoneInfo(name) if name else None
    except ZoneInfoNotFoundError:
        return None


@cache
def _country_zones() -> dict[str, str]:
    """Each country's first zone in the tz database's zone.tab (empty if it is not installed)."""
    zones: dict[str, str] = {}
    for table in _ZONE_TABLES:
        if table.exists():
            for line in table.read_text().splitlines():
                fields = line.split("\t")
                if len(fields) >= 3 and not line.startswith("#"):
                    zones.setdefault(fields[0], fields[2])
    return zones
