"""The world's provinces and states English reads as a local story's place ('Gauteng',
'Kakamega', 'Selangor', 'Otago'), as Kind.REGION: English news names the regions of every
country it is written in (Kenya's, Nigeria's, South Africa's, Malaysia's) without the country.
country_aliases.csv curates the great ones, read anywhere ('Kerala', 'Bavaria'); these are read
only where nothing else can be meant (resolve.py). Kept as data (data/english_regions.csv,
written by `python -m bench.make_english_regions` from pycountry with world_places' filters):
filtered at run time, pycountry's five thousand names cost every English process time and
memory the first time it tagged a story (README, Countries).
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from app.enrich.geo.gazetteer import Alias, Kind

REGIONS_CSV = Path(__file__).resolve().parent.parent / "data" / "english_regions.csv"


def english_regions() -> list[Alias]:
    """The regions, as aliases of their countries."""
    return [Alias(name, code, Kind.REGION) for name, (code, _) in _table().items()]


def region_kind(name: str) -> str | None:
    """The word for a region's kind, as pycountry types it: 'state' for 'Guerrero', 'county'
    for 'Kakamega', 'region' for 'Kagera'; None for a name that is no such region."""
    row = _table().get(name)
    return row[1] if row else None


@cache
def _table() -> dict[str, tuple[str, str]]:
    with REGIONS_CSV.open(encoding="utf-8") as handle:
        return {row["name"]: (row["code"], row["kind"]) for row in csv.DictReader(handle)}
