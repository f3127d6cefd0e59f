"""The country of an article's readers (where its outlet is, by its address, or else the one
country its language is written in), and the evidence in the text that the story happens there.

Domestic news seldom names its own country: it says 'the government', 'the finance minister',
'the army' and names its towns and provinces, while it names every foreign country it mentions.
Those words (app/enrich/data/state_words.csv), where no other country is named with them, are
read as the home country's.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from babel.core import get_global
from babel.languages import get_official_languages

from app.enrich.geo.gazetteer import geonames
from app.enrich.geo.matcher import Match

STATE_WORDS_CSV = Path(__file__).resolve().parent.parent / "data" / "state_words.csv"
# News written in the language of one country only is mostly written there and for its readers,
# who read their own country as the story's place when it is named about as often as another
# ('Indonesia meets China in the final'): it counts as one more mention in the body. A weight of
# a lead mention, or a home for Korean or Persian (two countries' languages), moved stories to
# the wrong side on bench/eval_written_intl (Ukrainian farmers' blockade of Poland's border).
HOME_WEIGHT = 1.0
# A state's office named without its country weighs as a mention of the home country, where the
# headline or the lead is at home (names the country, its places or an office of its own). A
# foreign story names its country up front and then says 'the government' paragraph after
# paragraph without naming it again ('Czeski rząd przetrwał …', Poland named once, far down).
STATE_WORD_WEIGHT = 1.0
# An office in the headline, named without a country, is the story's actor ('外交部回应菲律宾
# …', 'Hükümetten Ege'deki … plana sert tepki': the readers' government answers a foreign act):
# it weighs as the headline naming the country twice. Measured with bench/eval_written_intl on
# its sets (a blind one, check3, included) and bench/eval_countries_intl.
HEADLINE_OFFICE_WEIGHT = 2.0
_OPENING_SECTIONS = 2  # The headline and the lead.
# A country named this close after the office's word is its country: 'rząd Ukrainy', 'Menteri
# Luar Negeri Tiongkok', 'รัฐบาลไทย'; one further is most often the object of the office's verb
# ('Rząd szykuje odpowiedź na niemieckie kontrole': Poland's government answers Germany)...
_QUALIFIER_WORDS = 2
_QUALIFIER_CHARS_UNSPACED = 3
# ...except in languages that name it before ('پاکستان کی حکومت', '日本政府', 'Türkiye hükümeti'),
# where a country after the office is the sentence's object: 'حکومت نے چین کے ساتھ معاہدہ کیا'.
_COUNTRY_BEFORE_OFFICE = frozenset({"ur", "hi", "bn", "ja", "zh", "tr", "hu", "fi", "da"})
# Japanese and Chinese news write a foreign state's office with its country attached (米政府,
# 中国政府, 日本外务省): a bare one is the readers' own, whatever country the sentence named
# before it ('ロシア、北方領土で軍事演習　政府が抗議').
_OFFICE_WITH_ITS_COUNTRY = frozenset({"ja", "zh"})
_CLAUSE_END = re.compile(r"[.,;:!?،؛۔。、，；：！？\"«»“”()\[\]]")
_UNSPACED_LANGUAGES = frozenset({"th", "ja", "zh", "lo", "km", "my"})
# Hebrew attaches 'and', 'the', 'in', 'to', 'from', 'that', 'as' to the word: 'וצה"ל', 'בממשלה'.
_ATTACHED_PREFIXES = {"he": "[והבלמשכ]{0,2}"}


@lru_cache(maxsize=256)
def home_countries(language: str | None) -> frozenset[str]:
    """The country of the language's readers: the region the tag names ('pt-BR', 'es-MX') if the
    language is official there; else the one where nearly all of those who speak it live among
    the countries where it is official, regions included (Italian: Italy; Catalan: Spain, not
    Andorra, where it is the one national language); else the country where it is official
    (CLDR), if it is official in only one."""
    if not language or language.split("-")[0].lower() == "en":
        return frozenset()
    base = language.split("-")[0].lower()
    region = next((p.upper() for p in language.split("-")[1:] if len(p) == 2), None)
    if region and base in get_official_languages(region, de_facto=True):
        return frozenset({region})
    main = _main_country(_cldr_language(language))
    if main:
        return frozenset({main})
    homes = frozenset(
        territory
        for territory in get_global("territory_languages")
        if base in get_official_languages(territory, de_facto=True)
    )
    return homes if len(homes) == 1 else frozenset()


def readers_countries(language: str | None, outlet_country: str | None) -> frozenset[str]:
    """The country of the article's readers: the outlet's (by its address: a Spanish paper in
    Argentina, an Italian one in Switzerland) where the article's language is official there
    (CLDR, de facto official included), else the language's own (home_countries)."""
    base = (language or "").split("-")[0].lower()
    if not outlet_country or base in ("", "en"):
        return home_countries(language)
    where = outlet_country.upper()
    # CLDR names some official languages with their script ('zh_Hant' in Taiwan, 'sr_Latn').
    official = {name.split("_")[0] for name in get_official_languages(where, de_facto=True)}
    return frozenset({where}) if base in official else home_countries(language)


# Where a language is official in several countries, one of them is its home only where it holds
# this share of those who speak it in the countries where it is official, regions included
# (Tamil's is India, not Sri Lanka): Italian (Italy 98%), Simplified Chinese, Portuguese (Brazil
# 82%), Russian (Russia 78%), Persian (Iran 77%); not Spanish, French, Arabic, German (Germany
# 73%), Dutch (71%) or Korean (68%). An outlet's address names another (a Russian paper in Kyiv).
MAIN_COUNTRY_SHARE = 0.75


def _main_country(language: str) -> str | None:
    speakers = {
        territory: _population(territory) * info["population_percent"] / 100
        for territory, languages in get_global("territory_languages").items()
        if (info := languages.get(language)) and info["official_status"]
    }
    total = sum(speakers.values())
    if not total:
        return None
    main = max(speakers, key=speakers.__getitem__)
    return main if speakers[main] >= MAIN_COUNTRY_SHARE * total else None


def _cldr_language(language: str) -> str:
    """CLDR's name of the language: with its script where CLDR names one ('zh_Hant'), without
    it where the script is the language's likely one ('zh-Hans' is CLDR's 'zh')."""
    parts = language.split("-")
    base = parts[0].lower()
    script = next((p.title() for p in parts[1:] if len(p) == 4), None)
    named = f"{base}_{script}"
    if script and any(named in spoken for spoken in get_global("territory_languages").values()):
        return named
    return base


@lru_cache(maxsize=1)
def _populations() -> dict[str, int]:
    return {c["iso"]: int(c["population"]) for c in geonames().get_countries().values()}


def _population(territory: str) -> int:
    return _populations().get(territory, 0)


def state_word_weight(
    sections: Iterable[tuple[str, float]],
    found: Iterable[list[Match]],
    language: str | None,
    homes: frozenset[str],
) -> float:
    """The weight of the state's offices named without a country in the article's sections
    (each a text and its weight, with the country names found in it), read as offices of one
    of `homes`."""
    base = (language or "").split("-")[0].lower()
    pattern = _state_words(base)
    if pattern is None:
        return 0.0
    total = 0.0
    opens_at_home = False
    headline_country: str | None = None
    for index, ((text, weight), matches) in enumerate(zip(sections, found, strict=True)):
        named = [m for m in matches if m.alias.code is not None]
        offices = [
            word.start()
            for word in pattern.finditer(text)
            if not _another_countrys(text, word.start(), word.end(), named, homes, base)
            and not (index == 1 and _headlines(headline_country, text, word.start(), named, homes))
        ]
        if index == 0 and named and not offices and base not in _OFFICE_WITH_ITS_COUNTRY:
            headline_country = named[-1].alias.code
        if index < _OPENING_SECTIONS:
            opens_at_home = (
                opens_at_home or bool(offices) or any(m.alias.code in homes for m in named)
            )
        section_weight = weight * (HEADLINE_OFFICE_WEIGHT if index == 0 else 1.0)
        total += section_weight * STATE_WORD_WEIGHT * len(offices)
    return total if opens_at_home else 0.0


def _headlines(
    country: str | None, lead: str, start: int, named: list[Match], homes: frozenset[str]
) -> bool:
    """Whether an office in the lead is the foreign country's its headline named last (a
    headline with no office of the readers' own), the lead's first paragraph naming none before
    it ('Czeski rząd przetrwał głosowanie' over 'Rząd Petra Fiali przetrwał …'). Not in Japanese
    and Chinese, which write a foreign office with its country."""
    if country is None or country in homes:
        return False
    paragraph_start = lead.find("\n\n", 0, start) + 1 if "\n\n" in lead[:start] else 0
    return paragraph_start == 0 and not any(m.end <= start for m in named)


def _another_countrys(
    text: str, start: int, end: int, named: list[Match], homes: frozenset[str], language: str
) -> bool:
    """Whether the office is another country's: the paragraph named another country last
    ('Kanclerz Niemiec zdymisjonował ministra finansów. Rząd traci większość'), or a country
    follows the office's word ('rząd Ukrainy')."""
    paragraph_start = text.rfind("\n\n", 0, start) + 1
    before = [m for m in named if paragraph_start <= m.start and m.end <= start]
    if before and before[-1].alias.code not in homes:
        attached = len(text[before[-1].end : start].strip()) <= 1  # '日本政府', '日本の政府'
        if attached or language not in _OFFICE_WITH_ITS_COUNTRY:
            return True
    if any(m.start < end and m.end > start for m in named):
        return True  # The office's name holds a country's: 'ธนาคารแห่งประเทศไทย'.
    if language in _COUNTRY_BEFORE_OFFICE:
        return False
    following = next((m for m in named if m.start >= end), None)
    return following is not None and _close(text[end : following.start], language)


def _close(gap: str, language: str) -> bool:
    if _CLAUSE_END.search(gap):
        return False
    if language in _UNSPACED_LANGUAGES:
        return len(gap) <= _QUALIFIER_CHARS_UNSPACED and not any(c.isspace() for c in gap)
    return len(gap.split()) <= _QUALIFIER_WORDS


@lru_cache(maxsize=64)
def _state_words(language: str) -> re.Pattern[str] | None:
    words = _table().get(language)
    if not words:
        return None
    unspaced = language in _UNSPACED_LANGUAGES
    # An acronym's case must match ('GUS', not 'gus'); other words' need not ('Rząd', 'rząd').
    acronyms = [_word_pattern(w, unspaced) for w in words if w.isupper()]
    others = [_word_pattern(w, unspaced) for w in words if not w.isupper()]
    alternatives = [f"(?i:{'|'.join(others)})"] if others else []
    alternatives += acronyms
    start = "" if unspaced else r"(?<!\w)" + _ATTACHED_PREFIXES.get(language, "")
    return re.compile(f"{start}(?:{'|'.join(alternatives)})")


def _word_pattern(word: str, unspaced: bool) -> str:
    pattern = r"[\w-]*".join(re.escape(part) for part in word.split("*"))
    return pattern if unspaced or word.endswith("*") else pattern + r"(?!\w)"


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    words: dict[str, list[str]] = {}
    with STATE_WORDS_CSV.open(encoding="utf-8") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            words.setdefault(row["language"], []).append(row["word"])
    return {language: tuple(listed) for language, listed in words.items()}
