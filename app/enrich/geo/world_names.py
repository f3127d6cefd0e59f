"""Country names in every language the archive detects: CLDR's names for the language (Babel),
their inflected forms, and a curated table of the short forms and stop words news uses.

Built per language on first use: an article is matched against the English gazetteer and its
own language's names only, so a word that names a country in one language and means something
else in another ('Mali', Persian for "financial") is judged in its own language.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycountry
from babel import Locale, UnknownLocaleError, localedata

from app.countries import territory_names
from app.enrich.geo.gazetteer import MINOR_CITY_MIN_POPULATION, Alias, Kind, cities, unaccented
from app.enrich.geo.inflections import DEFINITE_ARTICLES, adjective_forms, inflected_forms

INTL_CSV = Path(__file__).resolve().parent.parent / "data" / "country_aliases_intl.csv"
# Shorter names are abbreviations that stand for other things too (Chinese 美, 中 alone).
_MIN_NAME_CHARS = 2


def curated_names(language: str) -> tuple[Alias, ...]:
    """The curated names of `language` (a base language: 'ru'), with their inflected forms."""
    return _curated(language)


def cldr_names(language: str) -> tuple[Alias, ...]:
    """CLDR's name of every country in `language` (a BCP 47 tag), with its inflected forms, and
    of the cities that name time zones ('Moscú', 'Shanghái'; Beijing names none)."""
    locale_name = _locale_name(language)
    return _cldr(locale_name) + _exemplar_cities(locale_name)


@lru_cache(maxsize=64)
def country_names(language: str) -> frozenset[str]:
    """The names CLDR gives the countries in a language, as written."""
    return frozenset(alias.text for alias in cldr_names(language))


@lru_cache(maxsize=64)
def calendar_words(language: str) -> frozenset[str]:
    """The names of the weekdays and months in `language` (CLDR's, as a date or alone, in every
    country's use of it: Arabic's months are يناير in Egypt, كانون الثاني in Syria)."""
    base = _locale_name(language).split("_")[0]
    return frozenset(
        name
        for locale in _locales_of(base)
        for names in (locale.days, locale.months)
        for context in ("format", "stand-alone")
        for name in names.get(context, {}).get("wide", {}).values()
    )


def _locales_of(language: str) -> Iterator[Locale]:
    for identifier in localedata.locale_identifiers():
        if identifier == language or identifier.startswith(f"{language}_"):
            try:
                yield Locale.parse(identifier)
            except (UnknownLocaleError, ValueError):
                continue


def _locale_name(language: str) -> str:
    """Babel's name for a tag: 'zh-Hant' -> 'zh_Hant'; a region is not needed for names."""
    parts = language.split("-")
    return "_".join(parts[:2]) if len(parts) > 1 and len(parts[1]) == 4 else parts[0]


@lru_cache(maxsize=64)
def _curated(language: str) -> tuple[Alias, ...]:
    with INTL_CSV.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        found = [row for row in rows if row["language"] == language]
    aliases: list[Alias] = []
    for row in found:
        code, kind = None if row["code"] == "-" else row["code"], Kind(row["kind"])
        aliases += _with_forms(language, row["alias"], code, kind)
        article = DEFINITE_ARTICLES.get(language, "")
        if kind is Kind.BLOCK and article and not row["alias"].startswith(article):
            # A word is a word with its article too: 'الصور', the pictures (GeoNames gives it
            # as a name of Tyre, صور).
            aliases += _with_forms(language, article + row["alias"], code, kind)
    return tuple(aliases)


@lru_cache(maxsize=64)
def _cldr(locale_name: str) -> tuple[Alias, ...]:
    language = locale_name.split("_")[0]
    aliases: list[Alias] = []
    for code, name, countries in _country_names(locale_name):
        for part in _written_names(name, countries):
            if len(part) >= _MIN_NAME_CHARS:
                aliases += _with_forms(language, part, code, Kind.NAME)
    return tuple(aliases)


def _country_names(locale_name: str) -> Iterator[tuple[str, str, dict[str, str]]]:
    """Each country's name in the locale and in the locale's regional variants, with the
    variant's names of every country: Portugal's, Angola's and Mozambique's Portuguese writes
    Irão, Polónia, Quénia where Brazil's writes Irã, Polônia, Quênia; Hong Kong's Chinese 意大利
    where Taiwan's writes 義大利; Canada's French Bélarus, Nigéria. A variant's name that is
    another country's in the language itself is left out."""
    own = {code: name for code, name in territory_names(locale_name).items() if _is_country(code)}
    taken = {name: code for code, name in own.items()}
    yield from ((code, name, own) for code, name in own.items())
    seen = set(own.items())
    for variant in regional_variants(locale_name):
        names = territory_names(variant).items()
        countries = {code: name for code, name in names if _is_country(code)}
        for code, name in countries.items():
            if (code, name) not in seen and taken.get(name, code) == code:
                seen.add((code, name))
                yield code, name, countries


@lru_cache(maxsize=64)
def regional_variants(locale_name: str) -> tuple[str, ...]:
    """CLDR's locales of the language in one region ('pt' -> 'pt_PT', 'pt_AO', …; 'zh_Hant' ->
    'zh_Hant_HK'), not those of another script ('sr' has no 'sr_Latn_BA')."""
    region = re.compile(rf"{re.escape(locale_name)}_(?:[A-Z]{{2}}|\d{{3}})")
    return tuple(i for i in localedata.locale_identifiers() if region.fullmatch(i))


# CLDR writes some names with another in brackets or a capital after a dash, as no article does:
# 'Мьянма (Бирма)', 'ميانمار (بورما)', 'Конго - Киншаса', 'Βοσνία - Ερζεγοβίνη'.
_BRACKETED = re.compile(r"^(.+?)\s*[(（](.+?)[)）]$")
_DASHED = re.compile(r"^(.+?)\s+[-–]\s+(.+)$")


def _written_names(name: str, countries: dict[str, str]) -> list[str]:
    """The names a CLDR name stands for in text: itself, and its parts where they are names of
    their own. Not a part that opens another country's name too ('Конго', '刚果'); a bracketed
    one only if it is a name, one word or words that each open with a capital, and no
    country's: not '(САР)', '(США)', '(China)', '(منطقة إدارية خاصة)', '(Γαλλικό τμήμα)'."""
    parts = _BRACKETED.match(name) or _DASHED.match(name)
    if parts is None:
        return [name]
    others = [other for other in countries.values() if other != name]
    names = [name]
    for index, part in enumerate(parts.groups()):
        if any(other.startswith(part) for other in others):
            continue
        if index and not _a_name_alone(part, parts.re is _BRACKETED, others):
            continue
        names.append(part)
    return names


def _a_name_alone(part: str, bracketed: bool, countries: list[str]) -> bool:
    if not bracketed or part.isupper() or any(country in part for country in countries):
        return False
    words = part.split()
    cased = any(c.isupper() or c.islower() for c in part)
    if cased:
        return all(word[:1].isupper() for word in words)
    return len(words) == 1 and len(part) > _MIN_NAME_CHARS  # Not '金' of '刚果（金）'.


@lru_cache(maxsize=64)
def _exemplar_cities(locale_name: str) -> tuple[Alias, ...]:
    """The language's own names of the world's great cities: CLDR names each time zone by a
    city, in every language ('Europe/Moscow': Moscú, Moscou, Moskau, Москва); GeoNames' names
    carry no language. Those the language writes as English does are English's already."""
    language, countries = locale_name.split("_")[0], _zone_countries()
    cities: dict[tuple[str, str], None] = {}  # In order, once each: 'Moscou', then 'Moscovo'.
    for variant in (locale_name, *regional_variants(locale_name)):
        try:
            zones = Locale.parse(variant).time_zones
        except (UnknownLocaleError, ValueError):
            continue
        for zone, names in zones.items():
            city, code = names.get("city"), countries.get(zone)
            if city and code and _long_enough(city, language) and _is_a_city(zone, code):
                cities[(city, code)] = None
    aliases: list[Alias] = []
    for city, code in cities:
        aliases += _with_forms(language, city, code, Kind.TOWN)
    return tuple(aliases)


# Shorter cities' names are words as often ('Male')...
_MIN_CITY_CHARS = 4
# ...but in these languages a three-letter name that opens with a capital is a capital's, and
# no other place's ('Rom' in German, 'Şam' in Turkish, 'Amã', 'Řím', 'Рим', 'Беч'): read nowhere
# else, Rome was no place in German. Not in Danish and Swedish ('rom', rum), Croatian and
# Slovene ('rima', a rhyme), Icelandic ('vín', wine), nor in uncased scripts, whose three letters
# are words too (Persian کیف, a bag, is Kyiv; Arabic عدن, Eden, is Aden). A capital's forms that
# are words in the languages read are blocked in the aliases' table ('Şam fıstığı', a pistachio;
# 'ein Rom', one of the Roma).
_SHORT_CITY_LANGUAGES = frozenset(
    {"de", "tr", "pt", "cs", "sk", "ru", "uk", "be", "bg", "sr", "mk"}
)


def _long_enough(city: str, language: str) -> bool:
    if len(city) >= _MIN_CITY_CHARS:
        return True
    return len(city) == 3 and city[0].isupper() and language in _SHORT_CITY_LANGUAGES


def _is_a_city(zone: str, code: str) -> bool:
    """A zone named after a town of GeoNames: not an island or a region, whose names are words
    too ('Navidad', Christmas Island; 'Pasqua', Easter Island; 'Reunión')."""
    english = zone.rsplit("/", 1)[-1].replace("_", " ")
    return (code, unaccented(english)) in _towns()


@lru_cache
def _towns() -> frozenset[tuple[str, str]]:
    """Each country's towns of 100,000 people or more, by every name, unaccented."""
    return frozenset(
        (city["countrycode"], unaccented(name))
        for city in cities().values()
        if city["population"] >= MINOR_CITY_MIN_POPULATION
        for name in (city["name"], *(city.get("alternatenames") or []))
    )


@lru_cache
def zone_cities() -> frozenset[tuple[str, str]]:
    """The cities that name a time zone (their country and English name, unaccented): CLDR
    names them in each language (`_exemplar_cities`)."""
    return frozenset(
        (code, unaccented(zone.rsplit("/", 1)[-1].replace("_", " ")))
        for zone, code in _zone_countries().items()
    )


@lru_cache
def _zone_countries() -> dict[str, str]:
    """The country of each time zone, from the tz database's zone.tab (through tzdata)."""
    table = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in table.splitlines() if not line.startswith("#"))
    return {row[2]: row[0] for row in rows if len(row) >= 3 and _is_country(row[0])}


def _with_forms(language: str, name: str, code: str | None, kind: Kind) -> Iterator[Alias]:
    yield Alias(name, code, kind)
    forms = inflected_forms(language, name)
    if kind is Kind.NAME:  # A country's: its adjectives too (not a town's, often words).
        forms += adjective_forms(language, name)
    for form in forms:
        yield Alias(form, code, kind)


@lru_cache
def _country_codes() -> frozenset[str]:
    return frozenset(country.alpha_2 for country in pycountry.countries) | {"XK"}


def _is_country(code: str) -> bool:
    return code in _country_codes()
