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

import json
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from app.serbian_scripts import to_cyrillic, to_latin

# The endings of each case of a name's last word (a noun) and of the adjectives before it, by
# the ending of the dictionary form, kept as data. Russian and Ukrainian decline adjectives and
# nouns alike; Czech, Slovak, Polish and the South Slavic languages single-word names only.
# Plural and irregular names (Соединённые Штаты, Нидерланды) are curated instead.
CASE_ENDINGS = Path(__file__).resolve().parent.parent / "data" / "case_endings.json"
_Pattern = tuple[tuple[str, tuple[str, ...]], ...]


@lru_cache
def _pattern(name: str) -> _Pattern:
    if not name:
        return ()
    table = json.loads(CASE_ENDINGS.read_text(encoding="utf-8"))[name]
    return tuple((ending, tuple(cases)) for ending, cases in table)


def _case_forms(word: str, pattern: _Pattern) -> tuple[str, ...] | None:
    for ending, cases in pattern:
        if word.endswith(ending):
            stem = word[: len(word) - len(ending)]
            # A case of two endings ('у|а': Іраку, Лондона) keeps both, '|' between.
            return tuple("|".join(stem + one for one in case.split("|")) for case in cases)
    return None


def _declined(noun_table: str, adjective_table: str = "") -> Callable[[str], Iterator[str]]:
    def forms(name: str) -> Iterator[str]:
        noun, adjective = _pattern(noun_table), _pattern(adjective_table)
        *modifiers, last = name.split()
        if last.isupper() or not last[-1].isalpha():  # США, КНДР: not declined.
            return
        columns = [_case_forms(word, adjective) for word in modifiers]
        nouns = _case_forms(last, noun)
        if nouns is None or any(column is None for column in columns):
            return  # A modifier that is not an adjective (Кот-д'Ивуар, Папуа — Новая Гвинея).
        for case, forms in enumerate(nouns):
            for form in forms.split("|"):
                yield " ".join([*(column[case] for column in columns if column), form])

    return forms


def _both_scripts(generate: Callable[[str], Iterator[str]]) -> Callable[[str], Iterator[str]]:
    """Serbian is written in both scripts; the endings above are Latin letters, so a Cyrillic
    name is declined in Latin letters and written back ('Румунија' -> 'Румунију')."""

    def forms(name: str) -> Iterator[str]:
        if name.isascii() or "LATIN" in unicodedata.name(name[0], ""):
            yield from generate(name)
        else:
            yield from (to_cyrillic(form) for form in generate(to_latin(name)))

    return forms


# The article Arabic and Hebrew write onto a word ('العراق', 'הצרפתית').
DEFINITE_ARTICLES = {"ar": "ال", "he": "ה"}
_ARABIC_PREFIXES = ("و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل")
_HEBREW_PREFIXES = ("ו", "ב", "ל", "מ", "ה", "ש", "וב", "ול", "ומ", "שב", "של", "מה")


def _arabic(name: str) -> Iterator[str]:
    for prefix in _ARABIC_PREFIXES:
        if prefix.endswith("ل") and name.startswith("ال"):
            yield prefix + name[1:]  # ل + العراق is written للعراق.
        else:
            yield prefix + name


def unprefixed(language: str | None, form: str) -> list[str]:
    """What an Arabic or Hebrew form may be without a conjunction or preposition written onto it
    (وطرابلس: طرابلس), each reading, shortest prefix first; none in other languages. The caller
    tells which is a name: 'وبكين' is Beijing with 'and' (بكين), not 'كين' with two."""
    base = (language or "").split("-")[0]
    prefixes = {"ar": _ARABIC_PREFIXES, "he": _HEBREW_PREFIXES}.get(base, ())
    names = []
    for prefix in sorted(prefixes, key=len):
        if form.startswith(prefix) and len(form) > len(prefix) + 1:
            rest = form[len(prefix) :]
            names.append(rest)
            if base == "ar" and prefix.endswith("ل") and rest[0] == "ل":
                names.append("ا" + rest)  # ل + العراق is written للعراق (لندن: للندن).
    return names


def _hebrew(name: str) -> Iterator[str]:
    for prefix in _HEBREW_PREFIXES:
        yield prefix + name


def _genitive_s(name: str) -> Iterator[str]:
    """German and the Scandinavian languages write a place's genitive with -s ('Russlands
    Präsident', 'Sveriges regering'); names ending in a sibilant take none."""
    if " " not in name and name[-1:].isalpha() and not name.endswith(("s", "ß", "x", "z")):
        yield name + "s"


def _by_ending(table: tuple[tuple[str, tuple[str, ...]], ...]) -> Callable[[str], Iterator[str]]:
    """Forms of a one-word name by its ending: the first ending that fits is replaced by each
    of its forms."""

    def forms(name: str) -> Iterator[str]:
        if " " in name:
            return
        for ending, replacements in table:
            if name.endswith(ending):
                yield from (name[: len(name) - len(ending)] + form for form in replacements)
                return

    return forms


# Greek names' genitive (Ρωσίας, Ελλάδας, Κύπρου) and accusative (Αίγυπτο); Romanian's genitive
# and dative (Rusiei, Franței, Iranului); Albanian news writes the definite forms (Rusia, Rusisë,
# Kosova, Kosovës).
_GREEK = _by_ending(
    (
        ("α", ("ας",)),
        ("ά", ("άς",)),
        ("η", ("ης",)),
        ("ή", ("ής",)),
        # Names in -ος and -ας in their genitive and accusative (Κύπρου, Αίγυπτο, Παναμά); a
        # genitive whose stress moves (Αιγύπτου) is read by its dictionary form (matcher.py).
        ("ος", ("ου", "ο")),
        ("ός", ("ού", "ό")),
        ("ας", ("α",)),
    )
)
_ROMANIAN = _by_ending(
    (("ia", ("iei",)), ("a", ("ei",)), *((c, (c + "ului",)) for c in "bcdfghjklmnprstvz"))
)
_ALBANIAN = _by_ending((("i", ("ia", "inë", "isë")), ("ë", ("a", "ën", "ës"))))


def _hindi(name: str) -> Iterator[str]:
    """The adjective of a country in Hindi: -ी for a final -ा or consonant (अमेरिकी, रूसी),
    -ाई after a final -या (ऑस्ट्रेलियाई, इंडोनेशियाई), -ीय after a consonant (भारतीय); a name
    of two words takes it on its last (दक्षिण अफ़्रीकी, South African)."""
    if name.count(" ") == 1:
        first, last = name.split(" ")
        yield from (f"{first} {adjective}" for adjective in _hindi(last))
        return
    if " " in name:
        return
    if name.endswith("या"):
        yield name + "ई"
    if name.endswith("ा"):
        yield name[:-1] + "ी"
    elif unicodedata.category(name[-1]) == "Lo":
        yield name + "ी"
        yield name + "ीय"


def _urdu(name: str) -> Iterator[str]:
    """The adjective of a country in Urdu: -ی in place of a final -ہ or -ا (امریکی), after a
    final consonant otherwise (پاکستانی, بھارتی)."""
    if " " in name or name.endswith(("ی", "ے")):
        return
    yield (name[:-1] if name.endswith(("ہ", "ا")) else name) + "ی"


def _hungarian(name: str) -> Iterator[str]:
    """Hungarian lengthens a name's final -a or -e before its case endings, which the matcher
    reads attached ('Ausztria' -> 'Ausztriában', 'Ukrajna' -> 'Ukrajnával')."""
    if name.endswith("a"):
        yield name[:-1] + "á"
    elif name.endswith("e"):
        yield name[:-1] + "é"


# Finnish weakens the last syllable's consonants before most case endings ('Turkki' ->
# 'Turkissa', 'Kreikka' -> 'Kreikassa', 'Englanti' -> 'Englannissa'); the matcher reads the
# endings attached to the weak stem.
_FINNISH_WEAK: tuple[tuple[str, str], ...] = (
    *(("kk", "k"), ("pp", "p"), ("tt", "t"), ("nt", "nn")),
    *(("nk", "ng"), ("lt", "ll"), ("rt", "rr"), ("mp", "mm")),
)


def _finnish(name: str) -> Iterator[str]:
    if len(name) < 3 or name[-1] not in "aeiouyäö":
        return
    stem, vowel = name[:-1], name[-1]
    for strong, weak in _FINNISH_WEAK:
        if stem.endswith(strong):
            yield stem[: len(stem) - len(strong)] + weak + vowel
            return


def _also(*generators: Callable[[str], Iterator[str]]) -> Callable[[str], Iterator[str]]:
    """The forms of each generator in turn."""

    def forms(name: str) -> Iterator[str]:
        for generate in generators:
            yield from generate(name)

    return forms


def _stems(*endings: str) -> Callable[[str], Iterator[str]]:
    """A name's last word without its nominative ending, which the matcher reads with any case
    ending attached, in languages that change that ending ('Vokietija' -> 'Vokietij', read in
    'Vokietijoje', 'Vokietijos'; 'თურქეთი' -> 'თურქეთ', read in 'თურქეთში'; Belarusian, which no
    table here declines: 'Польшча' -> 'Польшч', read in 'Польшчы'). Only stems of five
    letters or more: shorter ones are the start of too many words ('Літв' of 'Літвін', a
    surname; 'Інды' of 'Індык', turkey)."""

    def forms(name: str) -> Iterator[str]:
        for ending in endings:
            if name.endswith(ending) and len(name.split()[-1]) - len(ending) >= _MIN_STEM:
                yield name[: len(name) - len(ending)]
                return

    return forms


_MIN_STEM = 5


_GENERATORS: dict[str, Callable[[str], Iterator[str]]] = {
    "lt": _stems("as", "is", "ys", "us", "a", "ė"),
    "lv": _stems("s", "a", "e"),
    "ka": _stems("ი"),
    "hu": _hungarian,
    "fi": _finnish,
    "ru": _declined("ru_noun", "ru_adjective"),
    "uk": _declined("uk_noun", "uk_adjective"),
    "cs": _declined("cs_noun"),
    "sk": _declined("sk_noun"),
    "pl": _declined("pl_noun"),
    "hr": _declined("south_slavic_noun"),
    "bs": _declined("south_slavic_noun"),
    "sr": _both_scripts(_declined("south_slavic_noun")),
    "sl": _also(_declined("south_slavic_noun"), _by_ending((("a", ("o",)),))),  # Hrvaško
    "be": _stems("а", "я"),
    "ar": _arabic,
    "he": _hebrew,
    "el": _GREEK,
    "ro": _ROMANIAN,
    "sq": _ALBANIAN,
    "de": _genitive_s,
    "sv": _genitive_s,
    "da": _genitive_s,
    "nb": _genitive_s,
    "nn": _genitive_s,
    "no": _genitive_s,
}


# A Russian or Ukrainian region is named by the adjective of its main town: Оренбург ->
# Оренбургская область, Пермь -> Пермский край, Харків -> Харківська область. Local news names
# the region and neither town nor country; its city council the same way (Вінницька міська
# рада, Екатеринбургская городская дума). The adjective's stem by the town's ending (a name in
# -ль keeps it or drops both: Гомельская, Ярославская); forms that are no region's never match.
_REGION_NOUNS = {
    "ru": (("ая", "ская", " область"), ("ий", "ский", " край"), ("ая", "ская", " городская дума")),
    "uk": (
        ("а", "ська", " область"), ("а", "ська", " міська рада"), ("а", "ська", " міськрада"),
        ("а", "ська", " обласна рада"), ("а", "ська", " обласна державна адміністрація"),
        ("а", "ська", " обласна військова адміністрація"),
    ),
}  # fmt: skip
# Ukrainian news names a region's administration by its initials after the region's adjective,
# in any case ('голова Одеської ОДА', 'Харківська ОВА повідомила'): state and military.
_REGION_INITIALS = {"uk": (" ОДА", " ОВА")}
_REGION_ADJECTIVE_ENDINGS = {"ru": ("ск", "цк"), "uk": ("ськ", "цьк")}
# A town's names in other languages of the same script (Belarusian, Kazakh, Serbian) give no
# region of this language: only names written in its own alphabet are read.
_ALPHABETS = {
    "ru": frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя-"),
    "uk": frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’-"),
}


def _adjective_suffix(language: str, stem: str, suffix: str) -> str:
    """Ukrainian merges a stem's final 'ц' or 'с' with the suffix's 'с': Вінниця -> Вінницька,
    Одеса -> Одеська (not 'Вінницська')."""
    return suffix[1:] if language == "uk" and stem.endswith(("ц", "с")) else suffix


def region_names(language: str, town: str) -> list[str]:
    """The regions and city councils a town of `language` may give its name to, in every case
    ('Оренбургской области', 'Вінницької міської ради'); none for other languages."""
    if language not in _REGION_NOUNS or not set(town.lower()) <= _ALPHABETS[language]:
        return []
    if town.endswith(_REGION_ADJECTIVE_ENDINGS[language]):
        stems = [(town, True)]  # Омск -> Омская, Луганськ -> Луганська.
    elif town.endswith("ль"):
        stems = [(town, False), (town[:-2], False)]
    else:
        stems = [(town[:-1] if town[-1] in "аоеяьй" else town, False)]
    names = [
        stem + (ending if adjectival else _adjective_suffix(language, stem, suffix)) + noun
        for stem, adjectival in stems
        for ending, suffix, noun in _REGION_NOUNS[language]
    ]
    forms = [form for name in names for form in (name, *inflected_forms(language, name))]
    if language not in _REGION_INITIALS:
        return forms
    adjectives = dict.fromkeys(form.split(" облас")[0] for form in forms if " облас" in form)
    return forms + [
        adjective + mark for adjective in adjectives for mark in _REGION_INITIALS[language]
    ]


# Adjectives generated from a country's name, not a town's (a town's name and -ी is as often a
# word: गुणी, "virtuous", from Guna).
_ADJECTIVES: dict[str, Callable[[str], Iterator[str]]] = {"hi": _hindi, "ur": _urdu}


def adjective_forms(language: str, name: str) -> list[str]:
    """A country's adjectives generated from its name in `language` (none where not known)."""
    generate = _ADJECTIVES.get(language)
    return list(generate(name)) if generate else []


def inflected_forms(language: str, name: str) -> list[str]:
    """Other forms of a country's name in running text of `language` (none where it has none)."""
    generate = _GENERATORS.get(language)
    return list(dict.fromkeys(f for f in generate(name) if f != name)) if generate else []


def dictionary_forms(language: str, form: str) -> list[str]:
    """The one-word names of which `form` is a case in `language` ('Кордове' -> 'Кордова'): each
    candidate a case ending gives back, kept where it declines to `form` again."""
    base = language.split("-")[0]
    if base not in _DECLINED or " " in form:
        return []
    found = []
    for ending, case in _case_pairs():
        if form.endswith(case) and len(form) > len(case):
            candidate = form[: len(form) - len(case)] + ending
            new = candidate != form and candidate not in found
            if new and form in inflected_forms(base, candidate):
                found.append(candidate)
    return found


_DECLINED = frozenset({"ru", "uk", "cs", "sk", "pl", "hr", "bs", "sl"})


@lru_cache
def _case_pairs() -> tuple[tuple[str, str], ...]:
    """Every (dictionary ending, case ending) pair of the case tables, longest case first."""
    tables = json.loads(CASE_ENDINGS.read_text(encoding="utf-8"))
    pairs = {
        (ending, one)
        for name, table in tables.items()
        if not name.startswith("_")
        for ending, cases in table
        for case in cases
        for one in case.split("|")
    }
    return tuple(sorted(pairs, key=lambda pair: -len(pair[1])))
