"""Timelines of matches: counts per day, month or year, whichever suits the span."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

DAYS_AT_MOST = 92
MONTHS_AT_MOST = 72


@dataclass(frozen=True)
class Timeline:
    """Counts per period, oldest first, gaps filled with zero."""

    unit: str
    points: list[tuple[str, int]]

    @property
    def peak(self) -> int:
        return max((count for _, count in self.points), default=0)

    @property
    def total(self) -> int:
        return sum(count for _, count in self.points)


def timeline(day_counts: list[tuple[str, int]]) -> Timeline:
    """Choose day, month or year bins for these per-day counts ('YYYY-MM-DD', n)."""
    if not day_counts:
        return Timeline("day", [])
    first, last = date.fromisoformat(day_counts[0][0]), date.fromisoformat(day_counts[-1][0])
    if (last - first).days < DAYS_AT_MOST:
        return Timeline("day", _fill(dict(day_counts), _days(first, last)))
    months = roll_up(day_counts, 7)
    if len(_months(first, last)) <= MONTHS_AT_MOST:
        return Timeline("month", _fill(months, _months(first, last)))
    years = [str(year) for year in range(first.year, last.year + 1)]
    return Timeline("year", _fill(roll_up(day_counts, 4), years))


def roll_up(day_counts: list[tuple[str, int]], prefix: int) -> dict[str, int]:
    """Per-day counts summed per month (prefix 7) or year (prefix 4)."""
    totals: dict[str, int] = {}
    for day, count in day_counts:
        totals[day[:prefix]] = totals.get(day[:prefix], 0) + count
    return totals


def _fill(counts: dict[str, int], periods: list[str]) -> list[tuple[str, int]]:
    return [(period, counts.get(period, 0)) for period in periods]


def _days(first: date, last: date) -> list[str]:
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def _months(first: date, last: date) -> list[str]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
