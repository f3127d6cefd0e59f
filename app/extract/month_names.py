"""Month names in the languages the archive's outlets write in, from CLDR (via Babel).

Babel's tables are kept by the CLDR project, so declensions ('сентября') and abbreviations
('févr.', 'Okt') come right without a hand-written list to maintain.
"""

from __future__ import annotations

from babel.dates import get_month_names

LOCALES = ("en", "es", "fr", "de", "pt", "it", "ru")


def _month_numbers() -> dict[str, int]:
    numbers: dict[str, int] = {}
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    numbers.setdefault(name.lower().rstrip("."), int(number))
    numbers["sept"] = 9  # English pages write 'Sept.', which CLDR's English does not list.
    return numbers


MONTH_NUMBERS = _month_numbers()
MONTH_PATTERN = "|".join(sorted(map(str, MONTH_NUMBERS), key=len, reverse=True))
