"""Finding gazetteer names in text: one Aho-Corasick pass, then word boundaries and case rules."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any

import ahocorasick

from app.compounds import DICTIONARY_SPLIT, is_noun
from app.enrich.geo import table_cache
from app.enrich.geo.abbreviations import abbreviations
from app.enrich.geo.gazetteer import Alias, Kind, aliases_for, fold, own_names, unaccented
from app.lemmas import lemma


@dataclass(frozen=True)
class Match:
    """A gazetteer name found at text[start:end]."""

    start: int
    end: int
    alias: Alias


@lru_cache(maxsize=64)
def _automaton(language: str | None) -> Any:
    return table_cache.cached(f"automaton-{language or 'en'}", partial(_build, language))


def _build(language: str | None) -> Any:
    return _automaton_of(aliases_for(language))


def _automaton_of(names: dict[str, Alias]) -> Any:
    automaton = ahocorasick.Automaton()
    for key, alias in names.items():
        automaton.add_word(key, alias)
    automaton.make_automaton()
    return automaton


# Spanish, Portuguese, French, Italian and Catalan news write a country's name or its people's
# with accents the language's own names lack ('Malí' for CLDR's 'Mali'): there such a name
# written without accents is also found under accents. Not a town's (GeoNames writes many in
# ASCII: 'Republica', 'Cano', 'Grana' are no 'República', 'Canó', 'Graña'), nor an English name
# ('América Latina' is no 'America'), nor the other way round ('Para' opening a sentence is no
# 'Pará'), nor in languages whose marks tell words apart (Vietnamese 'Nga', Russia, and 'Ngà';
# Turkish 'Çin', China, and 'cin').
_ACCENTS_ADDED = frozenset({"es", "pt", "fr", "it", "ca"})
_ACCENTED_KINDS = frozenset({Kind.NAME, Kind.SHORT, Kind.DEMONYM, Kind.CAPITAL})
# One letter for one, so that offsets in the text stay those of the original.
_UNACCENTED = str.maketrans(
    {
        letter: base[0]
        for letter in map(chr, range(0xC0, 0x250))
        if len(base := unicodedata.normalize("NFD", letter)) > 1 and base[0].isascii()
    }
)


@lru_cache(maxsize=16)
def _plain_automaton(language: str) -> Any:
    """The language's own names written without accents, for text read without its accents."""
    return table_cache.cached(f"plain-automaton-{language}", partial(_build_plain, language))


def _build_plain(language: str) -> Any:
    names = own_names(language)
    return _automaton_of(
        {
            key: alias
            for key, alias in names.items()
            if key.isascii() and alias.kind in _ACCENTED_KINDS
        }
    )


def find_names(text: str, language: str | None = None) -> list[Match]:
    """Every gazetteer name in `text` (English's, and those of the text's `language`), longest
    first where names overlap, in text order."""
    base = (language or "").split("-")[0]
    endings = _ENDINGS.get(base, _ANY_ENDING) if base in _SUFFIXING else None
    particles = _PARTICLES.get(base, ())
    candidates = [
        Match(start, end, alias)
        for start, end, alias in _found(text, language)
        if (
            # A blocked word takes endings as a name does ('Maliyyə Nazirliyi', finance).
            _is_whole_word(text, start, end, endings if alias.kind in _SUFFIXED_KINDS else None)
            or (particles and _particle_follows(text, start, end, particles))
        )
        and _case_matches(text, start, end, alias)
    ]
    # One-character short forms are read only where the words around make them a country
    # (app/enrich/geo/abbreviations.py), inside a word too: Korean '한미동맹'.
    candidates += [Match(start, end, alias) for start, end, alias in abbreviations(text, language)]
    if base in _DECLINED_BY_LEMMA:
        candidates += _declined_names(text, language, base, candidates)
        candidates += _home_towns_declined(text, language, base, candidates)
    if base in DICTIONARY_SPLIT:
        candidates += _compound_names(text, base, candidates)
    if base == "tr":
        candidates += _town_clubs(text, language, candidates)
    return _longest_without_overlap(candidates)


# Turkish clubs bear their town's name with 'spor' written onto it ('Trabzonspor', 'Konyaspor'u',
# 'Alanyaspor'): the town is named there as it is in 'Real Madrid' (check26, stop 66).
_TOWN_CLUB = re.compile(r"(?<![\w-])([A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,})spor\b")


def _town_clubs(text: str, language: str | None, found: list[Match]) -> list[Match]:
    names = _automaton(_without_region(language))
    clubs = []
    for club in _TOWN_CLUB.finditer(text):
        start, end = club.span(1)
        if any(m.start < club.end() and m.end > start for m in found):
            continue
        alias = names.get(fold(club.group(1)), None)
        if alias is not None and alias.code == "TR" and alias.kind in _TOWN_KINDS:
            clubs.append(Match(start, end, alias))
    return clubs


# German writes a country's name into a compound noun ('Ukrainekrieg', 'Russlandpolitik',
# 'Chinareise'): a capitalised word that opens with a country's German name, the rest a noun of
# the dictionary (app/compounds.py), names the country.
_COMPOUND_MIN_HEAD = 4


def _compound_names(text: str, language: str, found: list[Match]) -> list[Match]:
    names = _country_names(language)
    longest = max(map(len, names), default=0)
    named = []
    for word in _CAPITALISED_WORD.finditer(text):
        start, end = word.span()
        form = word.group()
        if not form[0].isupper() or any(m.start < end and m.end > start for m in found):
            continue
        folded = fold(form)  # One character for one: its prefixes are the name's folds.
        # The longest name first.
        for cut in range(min(len(form) - _COMPOUND_MIN_HEAD, longest), 2, -1):
            alias = names.get(folded[:cut])
            if alias is not None and is_noun(form[cut:].lower()):
                named.append(Match(start, start + cut, alias))
                break
    return named


@lru_cache(maxsize=8)
def _country_names(language: str) -> dict[str, Alias]:
    """The language's own names of countries, by folded text (built once: the table is large)."""
    return {key: alias for key, alias in own_names(language).items() if alias.kind is Kind.NAME}


# Slavic languages and Greek decline a town's name ('pod Zamościem', 'w Krakowie', 'у Львові'), and
# GeoNames lists few of those forms: a capitalised word no name matched is looked up by its
# dictionary form (simplemma's dictionary, named by the language's code). So are countries'
# names in the forms app/enrich/data/case_endings.json does not make, with a vowel that drops out
# ('до Єгипту', Єгипет) or a stress that moves ('Αιγύπτου'), and a country's people ('dwóch
# Polaków', Polak). Measured with bench/eval_written_intl (README, Countries in other languages).
_DECLINED_BY_LEMMA = frozenset({"pl", "uk", "cs", "sk", "ru", "bg", "el"})
# What a dictionary form may name: a place, a country, its people; not a word the table blocks.
_LEMMA_KINDS = (
    Kind.TOWN,
    Kind.CITY,
    Kind.MINOR_CITY,
    Kind.CAPITAL,
    Kind.NAME,
    Kind.SHORT,
    Kind.DEMONYM,
)
_CAPITALISED_WORD = re.compile(r"(?<![\w-])(?!\w*\d)[^\W\d_]{4,}")  # Its case is tested apart.


def _declined_names(
    text: str, language: str | None, dictionary: str, found: list[Match]
) -> list[Match]:
    """Towns, countries and their people named in a declined form (see _DECLINED_BY_LEMMA),
    where no name was found."""
    names = _automaton(_without_region(language))  # Its keys are the names, folded.
    declined = []
    for word in _CAPITALISED_WORD.finditer(text):
        start, end = word.span()
        form = word.group()
        if not form[0].isupper() or not mid_sentence(text, start):
            continue  # A sentence's first word is capitalised whatever it is ('Досі', 'still').
        if any(m.start < end and m.end > start for m in found):
            continue
        dictionary_form = lemma(form, dictionary)
        if dictionary_form == form or not dictionary_form[:1].isupper():
            continue
        alias = names.get(fold(dictionary_form), None)
        if alias is not None and alias.kind in _LEMMA_KINDS:
            declined.append(Match(start, end, alias))
    return declined


# A home town named by two or three capitalised words is declined word by word ('w Zielonej
# Górze', 'z Bielska-Białej', 'в Нижнем Тагиле', 'της Νέας Σμύρνης'); GeoNames holds the
# dictionary form and simplemma's dictionary few such pairs. Each word of the text must be the
# name's word less none, one or two of its last letters, plus one of the language's noun or
# adjective endings (with the consonant that alternates before some: Góra, Górze; Ruda,
# Rudzie). Written here: no library under a licence this project takes generates Polish,
# Czech or Ukrainian declensions (Morfeusz is not on PyPI, pymorphy3's Ukrainian dictionary is
# GPL). Only the language's own country's towns, and only in mid-sentence: a helper's review
# of a looser rule found foreign names in people's names ('Sanna Marin' as San Marino),
# churches ('Αγίας Ελένης' as Saint Helena) and headlines ('Новости Англии' as New England).
_HOME_TOWN_ENDINGS = {
    "pl": "a e ę ą i y u o ie ej ym im em om ach ami ów ego emu owi ze zie cie dzie ce le ii iej"
    " iego iemu ich imi",
    "cs": "a e é ě i í u ů y ý ou em ém ím ých ým ými ách ami ovi ho ého ému ové ech ích ci ce",
    "sk": "a e é i í u y ý ou om ej ém ým ých ými ách ami ovi ho ého ému ové och iach ci ce",
    "ru": "а я у ю е и ы ом ем ой ей ого его ому ему ым им ую юю ых их ыми ими ах ях ам ям ами"
    " ями ов ев",
    "uk": "а я у ю і ї и ом ем ою ею ої ого ому им ій ими их ах ях ам ям ами ів ові еві ього ьому",
    "bg": "а я та то ът ят ия ите те",
    "el": "ς ου ας ης α η ο ων ες οι ους",
}
_CUT_AT_MOST = 2
_NAME_WORD_MIN = 3
_RUN = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)+")
_RUN_WORD = re.compile(r"([^\W\d_]+)([ -]?)")


def _home_towns_declined(
    text: str, language: str | None, base: str, found: list[Match]
) -> list[Match]:
    towns = _home_towns_of_several_words(_without_region(language))
    declined = []
    for run in _RUN.finditer(text):
        words = [
            (run.start() + m.start(1), run.start() + m.end(1), m.group(2))
            for m in _RUN_WORD.finditer(run.group())
        ]
        for first, (start, _, _) in enumerate(words):
            if not text[start].isupper() or not mid_sentence(text, start):
                continue
            if any(m.start < words[first][1] and m.end > start for m in found):
                continue
            for alias, parts in towns.get(fold(text[start : start + _NAME_WORD_MIN]), ()):
                span = words[first : first + len(parts)]
                if len(span) == len(parts) and all(
                    (sep == want or not want) and _declined_form(text[a:b], part, base)
                    for (a, b, sep), (part, want) in zip(span, parts, strict=True)
                ):
                    declined.append(Match(start, span[-1][1], alias))
                    break
    return declined


def _declined_form(word: str, name_word: str, language: str) -> bool:
    if not word[:1].isupper():
        return False
    word, name_word = _plain(word), _plain(name_word)
    if word == name_word:
        return True
    endings = _endings(language)
    for cut in range(_CUT_AT_MOST + 1):
        stem = name_word[: len(name_word) - cut]
        if len(stem) >= _NAME_WORD_MIN and word.startswith(stem) and word[len(stem) :] in endings:
            return True
    return False


@lru_cache(maxsize=8)
def _endings(language: str) -> frozenset[str]:
    return frozenset(_plain(ending) for ending in _HOME_TOWN_ENDINGS[language].split()) | {""}


def _plain(word: str) -> str:
    """Lower case without accents, nor strokes: GeoNames writes many home towns in ASCII
    ('Bielsko-Biala' for Bielsko-Biała)."""
    return unaccented(word).translate(_STROKED)


_STROKED = str.maketrans("łđøħ", "ldoh")


@lru_cache(maxsize=8)
def _home_towns_of_several_words(
    language: str | None,
) -> dict[str, tuple[tuple[Alias, tuple[tuple[str, str], ...]], ...]]:
    """The towns of the language's own country named by two or three capitalised words, each
    word with the mark after it (a space, a hyphen, none for the last), by their first letters."""
    from app.enrich.geo.home import home_countries  # It imports this module.

    homes = home_countries(language)
    towns: dict[str, list[tuple[Alias, tuple[tuple[str, str], ...]]]] = {}
    for alias in aliases_for(language).values():
        if alias.code not in homes or alias.kind not in _TOWN_KINDS:
            continue
        parts = tuple((m.group(1), m.group(2)) for m in _RUN_WORD.finditer(alias.text))
        if not 2 <= len(parts) <= 3 or "".join(w + sep for w, sep in parts) != alias.text:
            continue
        if all(word[:1].isupper() and len(word) >= _NAME_WORD_MIN for word, _ in parts):
            towns.setdefault(fold(alias.text[:_NAME_WORD_MIN]), []).append((alias, parts))
    return {key: tuple(value) for key, value in towns.items()}


_TOWN_KINDS = (Kind.TOWN, Kind.CITY, Kind.MINOR_CITY, Kind.CAPITAL)


def mid_sentence(text: str, start: int) -> bool:
    """Whether a word or a comma stands before `start` (spaces passed over)."""
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and (text[at].isalnum() or text[at] in ",;")


def _found(text: str, language: str | None) -> Iterator[tuple[int, int, Alias]]:
    language = _without_region(language)
    folded = fold(text)
    for last, alias in _automaton(language).iter(folded):
        yield last + 1 - len(alias.text), last + 1, alias
    if not language or language.split("-")[0] not in _ACCENTS_ADDED or folded.isascii():
        return
    for last, alias in _plain_automaton(language).iter(folded.translate(_UNACCENTED)):
        start = last + 1 - len(alias.text)
        if not folded[start : last + 1].isascii():  # Found as written above otherwise.
            yield start, last + 1, alias


def _without_region(language: str | None) -> str | None:
    """'es-VE' and 'es' name countries alike (one automaton); 'zh-Hant' and 'zh-Hans' do not."""
    if not language:
        return None
    return "-".join(
        part
        for part in language.split("-")
        if not ((len(part) in (2, 3) and part.isupper()) or part.isdigit())
    )


# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese):
# a name there has no word boundary to check.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
)


# Languages that attach case endings and postpositions to a name ('Magyarországot',
# 'საქართველოში', 'Հայաստանի', 'ભારતમાં'): a country's name long enough not to be the start
# of another word may be followed by letters. Towns' names are shorter and more often the start
# of words.
_SUFFIXING = {"fi", "et", "hu", "lt", "lv", "ka", "hy"} | {"gu", "bn", "ta", "te", "kn", "ml", "mr"}
# ... the Turkic languages written without Turkish's apostrophe ('Gürcüstanda', 'Қытайға'),
# Mongolian and Nepali ('भारतमा'); and Belarusian, whose names' stems are read with any case
# ending (inflections.py).
_SUFFIXING |= {"ko", "az", "kk", "uz", "ky", "tk", "tt", "ba", "mn", "ne", "be"}
_MIN_SUFFIXED_CHARS = 4
_SUFFIXED_KINDS = (Kind.NAME, Kind.BLOCK)
_ANY_ENDING = re.compile(r".*")  # Any letters after a name (the languages of no list below).
# Finnish's endings are few and well known: the cases (with the illative's vowel), then a
# possessive and a clitic. Only they may follow a name, so that a word which starts like one
# is not read as it: 'Turkistarhaus' (fur farming) is no 'Turkissa' (in Turkey),
# 'Ranskanleipä' (a loaf) no 'Ranskan' (France's).
_ENDINGS = {
    "fi": re.compile(
        r"(?:n|t|[aä]|t[aä]|n[aä]|ksi|ss[aä]|st[aä]|ll[aä]|lt[aä]|lle|tt[aä]|ine|[aeiouyäö]n"
        r"|h[aeiouyäö]n|seen|siin)?(?:mme|nne|ns[aä]|ni|si)?(?:kin|k[aä]{2}n|h[aä]n|k[oö]|p[aä])?",
        re.I,
    )
}
_LETTERS = re.compile(r"[^\W\d_]*")


# Korean attaches particles and a few nouns to every name ('한국의', '부산에서', '세종시청'), and
# its names are short (한국, 미국, 부산): a name followed by letters is a word only where those
# letters start with one of these, so '한국어' (the language) and '고양이' (cat) are not places.
_CASE_PARTICLES = ("의", "은", "는", "이", "가", "을", "를", "과", "와", "에", "도", "로")
_MORE_PARTICLES = ("으로", "만", "까지", "부터", "보다", "처럼", "서")
# ... and the nouns attached to a place: city, office, side, made in, from, bound for, within,
# its people ('한국인', '미국인'), its army ('러시아군', '이스라엘군').
_ATTACHED_NOUNS = ("시", "청", "측", "산", "발", "행", "내", "인", "군")
_PARTICLES = {"ko": _CASE_PARTICLES + _MORE_PARTICLES + _ATTACHED_NOUNS}


def _particle_follows(text: str, start: int, end: int, particles: tuple[str, ...]) -> bool:
    before = text[start - 1] if start > 0 else " "
    return not _in_word(before) and text.startswith(particles, end)


# Katakana spells loanwords, which run on without a break: 'タイ' (Thailand) starts 'タイム'
# (time) and 'タイトル' (title), 'チリ' (Chile) is inside 'シチリア' (Sicily). A name in katakana
# is a word only where the run of katakana around it ends ('・' separates words).
_KATAKANA = re.compile("[\u30a0-\u30fa\u30fc-\u30ff\uff66-\uff9f]")


def _is_whole_word(text: str, start: int, end: int, endings: re.Pattern[str] | None = None) -> bool:
    """Whether the name at start:end is a word of the text (followed by one of the `endings`,
    in a language that attaches them)."""
    if _KATAKANA.match(text[start]):
        return not (
            (start > 0 and _KATAKANA.match(text[start - 1]))
            or (end < len(text) and _KATAKANA.match(text[end]))
        )
    if _UNSPACED.match(text[start]):
        return True
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if endings is not None and end - start >= _MIN_SUFFIXED_CHARS:
        after = " " if endings is _ANY_ENDING else _after_ending(text, end, endings)
    # Hyphens join compounds that still name the place: "Iranian-made", "pro-Russian".
    return not (_in_word(before) or _in_word(after))


def _after_ending(text: str, end: int, endings: re.Pattern[str]) -> str:
    """The character after the letters that follow a name, where they are one of its
    language's endings; else the first of those letters (the name is then inside a word)."""
    tail = _LETTERS.match(text, end)
    stop = tail.end() if tail else end
    if not endings.fullmatch(text, end, stop):
        return text[end]
    return text[stop] if stop < len(text) else " "


def _in_word(char: str) -> bool:
    """Letters, digits and the marks that combine with them (Hindi vowel signs, harakat)."""
    return char.isalnum() or unicodedata.category(char) in {"Mn", "Mc"}


def _case_matches(text: str, start: int, end: int, alias: Alias) -> bool:
    """Capitals in the alias must be capitals in the text ('China', not 'china'; 'US', not 'us')."""
    found = text[start:end]
    if found.isupper() and len(found) > 3:
        return True  # Headlines and datelines in capitals: 'NORTH KOREA', 'SEOUL'.
    if found.isupper() and not alias.text.isupper() and not _among_capitals(text, start, end):
        return False  # Three capitals alone are an abbreviation, not the name: 'ROM und RAM'.
    return all(f.isupper() for f, a in zip(found, alias.text, strict=True) if a.isupper())


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w\n]*$")
_WORD_AFTER = re.compile(r"[^\w\n]*([^\W\d_]+)")


def _among_capitals(text: str, start: int, end: int) -> bool:
    """Whether a short name in capitals stands in a headline or dateline in capitals ('EUA E IRÃ
    RETOMAM', 'ROM (dpa)'): a word in capitals beside it, or the bracket of a dateline."""
    if text.startswith(" (", end):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    after = _WORD_AFTER.match(text, end)
    return any(
        m is not None and len(m.group(1)) > 1 and m.group(1).isupper() for m in (before, after)
    )


def _longest_without_overlap(matches: list[Match]) -> list[Match]:
    chosen: list[Match] = []
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if chosen and match.start < chosen[-1].end:
            continue
        chosen.append(match)
    return chosen


def words_after(text: str, match: Match, count: int = 1) -> Iterator[str]:
    """The next `count` words after a match."""
    yield from text[match.end :].split()[:count]


def word_before(text: str, match: Match) -> str:
    """The word just before a match ('' at the start)."""
    before = text[: match.start].split()
    return before[-1] if before else ""


def line_before(match: Match, text: str) -> list[str]:
    """The words of the line up to the match: '... del Teatro ' is [..., 'del', 'Teatro', '']."""
    return text[max(0, match.start - 60) : match.start].split("\n")[-1].split(" ")


def is_kind(match: Match, *kinds: Kind) -> bool:
    """Whether the matched alias is of one of these kinds."""
    return match.alias.kind in kinds
