"""Timelines of matches: counts per day, week, month or year, whichever suits the span, and the
chart the pages draw from them (app/web templates/_timeline.html)."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from operator import itemgetter

DAYS_AT_MOST = 92
# Fewer months than this say little about a trend: weeks are shown instead.
MONTHS_AT_LEAST = 6
MONTHS_AT_MOST = 72
# The chart's drawing area, in SVG units; the viewBox adds room for the axes' labels.
WIDTH, HEIGHT, LEFT, BOTTOM = 720.0, 150.0, 46.0, 36.0
WIDEST_BAR = 48.0  # One or two periods drawn as narrow bars, not as a wall of colour.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Timeline:
    """Counts per period, oldest first, gaps filled with zero. A week is named by its Monday.
    `totals`, when known, are all articles in each period (for the share of them)."""

    unit: str
    points: list[tuple[str, int]]
    totals: tuple[int, ...] = ()

    @property
    def peak(self) -> int:
        return max((count for _, count in self.points), default=0)

    @property
    def total(self) -> int:
        return sum(count for _, count in self.points)

    def chart(self, share: bool = False) -> Chart:
        """The bars and axes to draw; `share` draws the share of all articles (if known)."""
        return shared_charts([self], share)[0]


@dataclass(frozen=True)
class Bar:
    period: str
    count: int
    total: int | None
    first: date
    last: date
    x: float
    y: float
    width: float
    height: float

    @property
    def middle(self) -> float:
        return self.x + self.width / 2

    @property
    def label(self) -> str:
        """The period and its numbers in words, for the bar's <title> and the table."""
        words = f"{self.count:,} article{'' if self.count == 1 else 's'}"
        if self.total:
            words += f", {self.count / self.total:.1%} of all {self.total:,}"
        return f"{period_name(self.first, self.last)}: {words}"


@dataclass(frozen=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True)
class Chart:
    unit: str
    share: bool
    bars: list[Bar]
    x_ticks: list[Tick]
    y_ticks: list[Tick]

    @property
    def line(self) -> str:
        """SVG path data through the tops of the bars' middles, for a line chart."""
        return "M" + " L".join(f"{bar.middle:.1f} {bar.y:.1f}" for bar in self.bars)


def timeline(day_counts: list[tuple[str, int]]) -> Timeline:
    """Choose day, week, month or year bins for these per-day counts ('YYYY-MM-DD', n)."""
    return timelines([day_counts])[0]


def timelines(series: list[list[tuple[str, int]]]) -> list[Timeline]:
    """Timelines of several searches' per-day counts over one span and unit: one chart's."""
    days = [day for day_counts in series for day, _ in day_counts]
    if not days:
        return [Timeline("day", []) for _ in series]
    first, last = date.fromisoformat(min(days)), date.fromisoformat(max(days))
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if (last - first).days < DAYS_AT_MOST:
        unit = "day"
    elif months < MONTHS_AT_LEAST:
        unit = "week"
    else:
        unit = "month" if months <= MONTHS_AT_MOST else "year"
    periods = _periods(unit, first, last)
    return [Timeline(unit, _fill(roll_up(day_counts, unit), periods)) for day_counts in series]


def with_totals(found: Timeline, all_day_counts: list[tuple[str, int]]) -> Timeline:
    """The timeline with every article's count per period beside the matches' (all articles'
    per-day counts in date order, as Facets.days holds them)."""
    if not found.points:
        return found
    # Only the days of the timeline's span: the whole archive may span years of days.
    first = bounds(found.unit, found.points[0][0])[0].isoformat()
    last = bounds(found.unit, found.points[-1][0])[1].isoformat()
    start = bisect_left(all_day_counts, first, key=itemgetter(0))
    end = bisect_right(all_day_counts, last, key=itemgetter(0))
    totals = roll_up(all_day_counts[start:end], found.unit)
    return replace(found, totals=tuple(totals.get(period, 0) for period, _ in found.points))


def roll_up(day_counts: list[tuple[str, int]], unit: str) -> dict[str, int]:
    """Per-day counts summed per period of this unit."""
    totals: dict[str, int] = {}
    if unit == "week":
        for day, count in day_counts:
            period = _period_of(unit, date.fromisoformat(day))
            totals[period] = totals.get(period, 0) + count
        return totals
    # A day, month or year is the start of the day's ISO date: no date made for each of the
    # thousands of days an archive spans.
    length = _ISO_LENGTHS[unit]
    for day, count in day_counts:
        totals[day[:length]] = totals.get(day[:length], 0) + count
    return totals


def bounds(unit: str, period: str) -> tuple[date, date]:
    """The first and last day of a period ('2023', '2023-08', a week's Monday, a day)."""
    if unit == "year":
        return date(int(period), 1, 1), date(int(period), 12, 31)
    if unit == "month":
        first = date.fromisoformat(period + "-01")
        return first, _next_month(first) - timedelta(days=1)
    first = date.fromisoformat(period)
    return first, first + timedelta(days=6 if unit == "week" else 0)


def period_name(first: date, last: date) -> str:
    """'6 Aug 2023', '7–13 Aug 2023', 'Aug 2023', '2023': a period as people say it."""
    if first == last:
        return f"{first.day} {MONTHS[first.month - 1]} {first.year}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return str(first.year)
    if first.day == 1 and last + timedelta(days=1) == _next_month(first):
        return f"{MONTHS[first.month - 1]} {first.year}"
    start = (
        f"{first.day}" if first.month == last.month else f"{first.day} {MONTHS[first.month - 1]}"
    )
    return f"{start}–{last.day} {MONTHS[last.month - 1]} {last.year}"


def _period_of(unit: str, day: date) -> str:
    if unit == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    return day.isoformat()[: _ISO_LENGTHS[unit]]


_ISO_LENGTHS = {"day": 10, "month": 7, "year": 4}


def _periods(unit: str, first: date, last: date) -> list[str]:
    periods, day = [_period_of(unit, first)], first
    end = _period_of(unit, last)
    while periods[-1] != end:
        day = bounds(unit, periods[-1])[1] + timedelta(days=1)
        periods.append(_period_of(unit, day))
    return periods


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def _fill(counts: dict[str, int], periods: list[str]) -> list[tuple[str, int]]:
    return [(period, counts.get(period, 0)) for period in periods]


def shared_charts(found: list[Timeline], share: bool) -> list[Chart]:
    """Charts of timelines over the same periods, on one scale (to draw them together);
    `share` draws the share of all articles, where every timeline knows the totals."""
    share = share and all(len(one.totals) == len(one.points) for one in found)
    values = [_values(one, share) for one in found]
    top, y_ticks = _scale(max((v for some in values for v in some), default=0.0), share)
    return [_chart(one, some, top, y_ticks, share) for one, some in zip(found, values, strict=True)]


def _values(found: Timeline, share: bool) -> list[float]:
    totals = found.totals or (0,) * len(found.points)
    return [
        (count / total if total else 0.0) if share else float(count)
        for (_, count), total in zip(found.points, totals, strict=True)
    ]


def _chart(
    found: Timeline, values: list[float], top: float, y_ticks: list[Tick], share: bool
) -> Chart:
    slot = WIDTH / max(len(values), 1)
    width = min(slot * 0.9, WIDEST_BAR)
    start = LEFT + max(0.0, (WIDTH - slot * len(values)) / 2)
    bars = []
    for n, ((period, count), value) in enumerate(zip(found.points, values, strict=True)):
        height = value / top * HEIGHT if top else 0.0
        total = found.totals[n] if found.totals else None
        x = start + n * slot + (slot - width) / 2
        bars.append(
            Bar(
                period, count, total, *bounds(found.unit, period), x, HEIGHT - height, width, height
            )
        )
    return Chart(found.unit, share, bars, _x_ticks(bars), y_ticks)


def _scale(peak: float, share: bool) -> tuple[float, list[Tick]]:
    """A round top for the y axis (1, 2 or 5 times a power of ten) and its ticks."""
    if peak <= 0:
        return 0.0, [Tick(HEIGHT, "0")]
    step = 10 ** math.floor(math.log10(peak / 4))
    step = next(s * step for s in (1, 2, 5, 10) if peak / (s * step) <= 4)
    if not share:
        step = max(step, 1)
    top = math.ceil(peak / step) * step
    count = round(top / step)
    return top, [
        Tick(
            HEIGHT - i * step / top * HEIGHT,
            f"{i * step:.{_digits(step)}%}" if share else f"{round(i * step):,}",
        )
        for i in range(count + 1)
    ]


def _digits(step: float) -> int:
    """Decimals a percentage tick needs: 0 for 10%, 1 for 0.5%."""
    return max(0, -math.floor(math.log10(step * 100) + 1e-9))


def _x_ticks(bars: list[Bar]) -> list[Tick]:
    """About six labels under the bars, evenly spread from the first."""
    every = max(1, math.ceil(len(bars) / 6))
    ticks, year = [], 0
    for bar in bars[::every]:
        # The year once, then where it changes: '30 Dec 2023, 6 Jan 2024' but '6 Aug, 13 Aug'.
        shown = f" {bar.first.year}" if bar.first.year != year else ""
        ticks.append(Tick(bar.x + bar.width / 2, (_short_name(bar) + shown).strip()))
        year = bar.first.year
    return ticks


def _short_name(bar: Bar) -> str:
    """A period's name under the axis: its first day, month or year."""
    if bar.first.month == 1 and bar.last == date(bar.first.year, 12, 31):
        return ""  # The year, added by _x_ticks.
    if bar.first.day == 1 and bar.last.day > 27:
        return MONTHS[bar.first.month - 1]
    return f"{bar.first.day} {MONTHS[bar.first.month - 1]}"
