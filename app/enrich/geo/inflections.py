"""The forms a country's name takes in running text, for languages that change it.

News in Russian, Ukrainian and the other Slavic languages declines names (Франция → во Франции,
Україна → в Україну, Německo → v Německu), and
Arabic and Hebrew attach conjunctions and prepositions to them (والعراق, بإيران, ולישראל).
CLDR gives the dictionary form only; a stemmer would match other words of the same stem
('Ирак' and 'иракский' alike), so the exact forms are generated here by the regular patterns
of each language, and irregular or idiomatic ones are curated as data
(app/enrich/data/country_aliases_intl.csv). No inflection library on PyPI covers both languages
without a dictionary download (pymorphy3 needs its own, larger, dictionaries).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator

# Russian and Ukrainian endings of a name's last word (a noun) and of the adjectives before it,
# by case: genitive, dative, accusative, instrumental, prepositional (locative). The dictionary
# form's ending decides the pattern; the longest matching ending is tried first. Plural and
# irregular names (Соединённые Штаты, Нидерланды) are curated instead.
_Pattern = tuple[tuple[str, tuple[str, ...]], ...]
_RU_NOUN: _Pattern = (
    ("ия", ("ии", "ии", "ию", "ией", "ии")),
    ("ья", ("ьи", "ье", "ью", "ьей", "ье")),
    ("я", ("и", "е", "ю", "ей", "е")),
    ("га", ("ги", "ге", "гу", "гой", "ге")),
    ("ка", ("ки", "ке", "ку", "кой", "ке")),
    ("ша", ("ши", "ше", "шу", "шей", "ше")),
    ("жа", ("жи", "же", "жу", "жей", "же")),
    ("ха", ("хи", "хе", "ху", "хой", "хе")),
    ("а", ("ы", "е", "у", "ой", "е")),
    ("ь", ("и", "и", "ь", "ью", "и")),
    ("й", ("я", "ю", "й", "ем", "е")),
    ("", ("а", "у", "", "ом", "е")),
)
_RU_ADJECTIVE: _Pattern = (
    ("ая", ("ой", "ой", "ую", "ой", "ой")),
    ("ий", ("ого", "ому", "ий", "им", "ом")),
    ("ый", ("ого", "ому", "ый", "ым", "ом")),
)
_UK_NOUN: _Pattern = (
    ("ія", ("ії", "ії", "ію", "ією", "ії")),
    ("ея", ("еї", "еї", "ею", "еєю", "еї")),
    ("я", ("і", "і", "ю", "ею", "і")),
    ("ща", ("щі", "щі", "щу", "щею", "щі")),
    ("ка", ("ки", "ці", "ку", "кою", "ці")),
    ("га", ("ги", "зі", "гу", "гою", "зі")),
    ("а", ("и", "і", "у", "ою", "і")),
    ("ь", ("і", "і", "ь", "ю", "і")),
    ("й", ("ю", "ю", "й", "єм", "ї")),
    ("", ("у", "у", "", "ом", "і")),
)
_UK_ADJECTIVE: _Pattern = (
    ("на", ("ної", "ній", "ну", "ною", "ній")),
    ("а", ("ої", "ій", "у", "ою", "ій")),
    ("ий", ("ого", "ому", "ий", "им", "ому")),
)

# Czech, Slovak, Polish and the South Slavic languages decline single-word names alike: the
# endings of their genitive, dative, accusative, instrumental and locative (several where
# nouns of the same ending differ). Names of two words or more are left to CLDR's form.
_CS_NOUN: _Pattern = (
    ("ie", ("ii", "ií")),
    ("ko", ("ka", "ku", "kem")),
    ("o", ("a", "u", "em")),
    ("ka", ("ky", "ce", "ku", "kou")),
    ("a", ("y", "ě", "e", "u", "ou")),
    ("", ("u", "e", "a", "em", "i")),
)
_SK_NOUN: _Pattern = (
    ("ko", ("ka", "ku", "kom")),
    ("o", ("a", "u", "om")),
    ("a", ("y", "e", "u", "ou")),
    ("", ("u", "a", "om", "e")),
)
_PL_NOUN: _Pattern = (
    ("ska", ("ski", "sce", "skę", "ską")),
    ("ja", ("ji", "ję", "ją")),
    ("ia", ("ii", "ię", "ią")),
    ("ka", ("ki", "ce", "kę", "ką")),
    ("a", ("y", "ie", "ę", "ą")),
    ("", ("u", "a", "owi", "em", "ie")),
)
_SOUTH_SLAVIC_NOUN: _Pattern = (
    ("ka", ("ke", "koj", "ku", "kom")),
    ("a", ("e", "i", "u", "om")),
    ("", ("a", "u", "om", "e")),
)


def _case_forms(word: str, pattern: _Pattern) -> tuple[str, ...] | None:
    for ending, cases in pattern:
        if word.endswith(ending):
            stem = word[: len(word) - len(ending)]
            return tuple(stem + case for case in cases)
    return None


def _declined(noun: _Pattern, adjective: _Pattern) -> Callable[[str], Iterator[str]]:
    def forms(name: str) -> Iterator[str]:
        *modifiers, last = name.split()
        if last.isupper() or not last[-1].isalpha():  # США, КНДР: not declined.
            return
        columns = [_case_forms(word, adjective) for word in modifiers]
        nouns = _case_forms(last, noun)
        if nouns is None or any(column is None for column in columns):
            return  # A modifier that is not an adjective (Кот-д'Ивуар, Папуа — Новая Гвинея).
        for case, form in enumerate(nouns):
            yield " ".join([*(column[case] for column in columns if column), form])

    return forms


def _latin_only(generate: Callable[[str], Iterator[str]]) -> Callable[[str], Iterator[str]]:
    """Serbian is written in both scripts; the endings above are Latin letters."""

    def forms(name: str) -> Iterator[str]:
        if name.isascii() or "LATIN" in unicodedata.name(name[0], ""):
            yield from generate(name)

    return forms


_ARABIC_PREFIXES = ("و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل")
_HEBREW_PREFIXES = ("ו", "ב", "ל", "מ", "ה", "ש", "וב", "ול", "ומ", "שב", "של", "מה")


def _arabic(name: str) -> Iterator[str]:
    for prefix in _ARABIC_PREFIXES:
        if prefix.endswith("ل") and name.startswith("ال"):
            yield prefix + name[1:]  # ل + العراق is written للعراق.
        else:
            yield prefix + name


def _hebrew(name: str) -> Iterator[str]:
    for prefix in _HEBREW_PREFIXES:
        yield prefix + name


_GENERATORS: dict[str, Callable[[str], Iterator[str]]] = {
    "ru": _declined(_RU_NOUN, _RU_ADJECTIVE),
    "uk": _declined(_UK_NOUN, _UK_ADJECTIVE),
    "cs": _declined(_CS_NOUN, ()),
    "sk": _declined(_SK_NOUN, ()),
    "pl": _declined(_PL_NOUN, ()),
    "hr": _declined(_SOUTH_SLAVIC_NOUN, ()),
    "bs": _declined(_SOUTH_SLAVIC_NOUN, ()),
    "sr": _latin_only(_declined(_SOUTH_SLAVIC_NOUN, ())),
    "sl": _declined(_SOUTH_SLAVIC_NOUN, ()),
    "ar": _arabic,
    "he": _hebrew,
}


def inflected_forms(language: str, name: str) -> list[str]:
    """Other forms of a country's name in running text of `language` (none where it has none)."""
    generate = _GENERATORS.get(language)
    return list(dict.fromkeys(f for f in generate(name) if f != name)) if generate else []
