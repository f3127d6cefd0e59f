"""The world map of articles per country: which countries the shapes file draws, and the
colour class and legend of each count (templates/_world_map.html draws it)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from app.countries import country_name
from app.settings import STATIC_DIR

# Made once by tools/make_world_map.py from Natural Earth (its notice is inside the file).
SHAPES = "world-110m.svg"
LEVELS = 5  # Colour classes: few enough to tell apart.


@dataclass(frozen=True)
class MapCountry:
    """A country drawn on the map: its articles, and its colour class (1 to LEVELS)."""

    code: str
    name: str
    count: int
    level: int

    @property
    def label(self) -> str:
        """Its name and count in words, for screen readers and the tooltip."""
        return f"{self.name}: {self.count:,} article{'' if self.count == 1 else 's'}"


@dataclass(frozen=True)
class LegendClass:
    level: int
    low: int
    high: int

    @property
    def label(self) -> str:
        return f"{self.low:,}" if self.low == self.high else f"{self.low:,}–{self.high:,}"


@dataclass(frozen=True)
class WorldMap:
    """The countries with articles that the map can draw, the legend, and the rest (too small
    for a 1:110m map, or not a country there): those only the list beside the map shows."""

    width: float
    height: float
    countries: list[MapCountry]
    legend: list[LegendClass]
    not_drawn: int


@lru_cache(maxsize=1)
def shapes() -> tuple[frozenset[str], float, float]:
    """The codes the shapes file draws, and its width and height."""
    root = etree.parse(str(STATIC_DIR / SHAPES)).getroot()
    _, _, width, height = (float(n) for n in root.get("viewBox", "").split())
    codes = frozenset(str(path.get("id")) for path in root.iter("{*}path"))
    return codes, width, height


def world_map(counts: list[tuple[str, int]]) -> WorldMap:
    """The map of these (code, count) pairs; counts of zero are left uncoloured."""
    drawn, width, height = shapes()
    counted = [(code, n) for code, n in counts if n > 0]
    lows = _class_bounds(max((n for _, n in counted), default=0))
    countries = [
        MapCountry(code, country_name(code), n, _level(n, lows))
        for code, n in counted
        if code in drawn
    ]
    return WorldMap(width, height, countries, _legend(lows, counted), len(counted) - len(countries))


def _class_bounds(peak: int) -> list[int]:
    """The lowest count of each class: round numbers spread evenly on a log scale, since a few
    countries (the United States, the day's war) have many times the articles of the rest."""
    if peak <= LEVELS:
        return list(range(1, max(peak, 1) + 1))  # A class per count.
    lows = [1]
    for step in range(1, LEVELS):
        low = _round_number(peak ** (step / LEVELS))
        if low > lows[-1]:
            lows.append(low)
    return lows


def _round_number(value: float) -> int:
    """A whole number under ten, else the 1, 2 or 5 times a power of ten nearest below."""
    if value < 10:
        return max(1, math.floor(value))
    power: int = 10 ** math.floor(math.log10(value))
    return max(s * power for s in (1, 2, 5) if s * power <= value)


def _levels(classes: int) -> list[int]:
    """The colour of each of this many classes: spread over the whole scale, so that two classes
    are the lightest and the darkest colours, not two dark blues side by side."""
    if classes == 1:
        return [LEVELS // 2 + 1]
    return [round(1 + n * (LEVELS - 1) / (classes - 1)) for n in range(classes)]


def _level(count: int, lows: list[int]) -> int:
    """The colour of a count: that of the highest class whose lowest count it reaches."""
    rank = sum(1 for low in lows if low <= count)
    return _levels(len(lows))[rank - 1]


def _legend(lows: list[int], counted: list[tuple[str, int]]) -> list[LegendClass]:
    peak = max((n for _, n in counted), default=0)
    if not peak:
        return []
    highs = [low - 1 for low in lows[1:]] + [peak]
    return [
        LegendClass(level, low, high)
        for level, low, high in zip(_levels(len(lows)), lows, highs, strict=True)
    ]
