"""Country codes (ISO 3166-1 alpha-2) and their display names."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import pycountry
from babel import Locale, UnknownLocaleError

# Where ISO's name is not the one newsrooms use.
_SHORT_NAMES = {
    "RU": "Russia",
    "SY": "Syria",
    "VN": "Vietnam",
    "LA": "Laos",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "MD": "Moldova",
    "PS": "Palestine",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "VA": "Vatican City",
    "BN": "Brunei",
    "FM": "Micronesia",
    "KP": "North Korea",
    "KR": "South Korea",
    "IR": "Iran",
    "TW": "Taiwan",
    "GB": "United Kingdom",
    "US": "United States",
    "CZ": "Czechia",
    "TR": "Türkiye",
    "MK": "North Macedonia",
    "CV": "Cabo Verde",
    "SZ": "Eswatini",
}


# Codes in common use that ISO 3166-1 has not assigned (Kosovo).
_USER_ASSIGNED = {"XK": "Kosovo"}


def is_country_code(code: str) -> bool:
    """Whether `code` is an ISO 3166-1 alpha-2 code we know."""
    return code in _USER_ASSIGNED or pycountry.countries.get(alpha_2=code) is not None


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The common English name for an alpha-2 code ('KP' -> 'North Korea'); the code if unknown."""
    if code.upper() in _SHORT_NAMES:
        return _SHORT_NAMES[code.upper()]
    if code.upper() in _USER_ASSIGNED:
        return _USER_ASSIGNED[code.upper()]
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def territory_names(locale_name: str) -> Mapping[str, str]:
    """CLDR's names of the world's territories in a locale ('es' -> {'ES': 'España', ...}), by
    code, CLDR's regions ('001', 'World') among them; empty for a locale CLDR does not know."""
    try:
        names: Mapping[str, str] = Locale.parse(locale_name).territories
    except (UnknownLocaleError, ValueError):
        return {}
    return names
