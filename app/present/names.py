"""Names readers know for the codes the archive keeps (languages here; countries in
app/countries.py)."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError


@lru_cache(maxsize=1024)  # Babel works a name out anew at each call; CLDR never changes.
def language_name(language: str | None) -> str:
    """'es-VE' -> 'Spanish (Venezuela)', from CLDR; the tag itself if CLDR does not know it."""
    if not language:
        return "unknown"
    try:
        return str(Locale.parse(language, sep="-").get_display_name("en") or language)
    except (ValueError, UnknownLocaleError):
        return language
