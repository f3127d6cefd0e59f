"""Serbian's two alphabets, one letter for the other (Љ is Lj, Џ is Dž): its news is written in
either, and its dictionaries, stemmer and case endings are kept in Latin letters."""

from __future__ import annotations

_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "č", "џ": "dž", "ш": "š",
}  # fmt: skip
_TO_LATIN = str.maketrans(_LATIN | {cyr.upper(): lat.capitalize() for cyr, lat in _LATIN.items()})
# Back to Cyrillic, the two-letter ones first ('nj' is њ, not н and ј).
_TO_CYRILLIC = sorted(
    [(lat, cyr) for cyr, lat in _LATIN.items()]
    + [(lat.capitalize(), cyr.upper()) for cyr, lat in _LATIN.items()],
    key=lambda pair: -len(pair[0]),
)


def to_latin(text: str) -> str:
    """Serbian Cyrillic in Latin letters ('Србија' -> 'Srbija')."""
    return text.translate(_TO_LATIN)


def to_cyrillic(text: str) -> str:
    """Serbian Latin in Cyrillic letters ('Srbiju' -> 'Србију')."""
    for latin, cyrillic in _TO_CYRILLIC:
        text = text.replace(latin, cyrillic)
    return text
