"""Towns and regions named by their adjective ('московского суда', 'петербургский СКА', 'київська
влада'), as Russian and Ukrainian news names them more often than by the town's name: a curated
table (app/enrich/data/place_adjectives.csv), each adjective in every gender, number and case;
and when such an adjective names something else: a person, or a thing named after the town.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from app.enrich.geo.demonyms import forms_of_adjective
from app.enrich.geo.gazetteer import Alias, Kind
from app.enrich.geo.world_places import is_common_word
from app.lemmas import lemma

PLACE_ADJECTIVES_CSV = Path(__file__).resolve().parent.parent / "data" / "place_adjectives.csv"


@lru_cache(maxsize=64)
def place_adjectives(language: str) -> tuple[Alias, ...]:
    """Every form of the adjectives of towns and regions in `language` (a base language)."""
    with PLACE_ADJECTIVES_CSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    return tuple(
        Alias(form, row["code"], Kind.PLACE_ADJECTIVE)
        for row in rows
        if row["language"] == language
        for form in forms_of_adjective(language, row["adjective"])
    )


def names_no_place(start: int, end: int, text: str, language: str | None) -> bool:
    """Whether the adjective found at text[start:end] names a person or a thing, not its town."""
    return bool(
        _NAMED_AFTER_IT.match(text, end)
        or _NO_NOUN_AFTER.match(text, end)
        or _STREET_BEFORE.search(text, max(0, start - 30), start)
        or _a_person(start, end, text, (language or "").split("-")[0])
    )


# A thing named after a town, not the town: a time zone ('по московскому времени', 'за київським
# часом'); an agreement, a format or a group named after where it was made ('Минские
# соглашения', 'Минская группа ОБСЕ', 'астанинский формат', 'Бишкекский протокол', 'Брестский
# мир'); a disease, a breed or a species ('сибирская язва', anthrax; 'крымская геморрагическая
# лихорадка'; 'камчатский краб'; 'сибирский хаски'); a saint's icon or church ('Казанская
# икона', in Riga too), an idiom ('казанская сирота') and Kievan Rus; and the roads, bridges,
# stations, streets and districts named after the town they lead to or a town's twin
# ('Киевское шоссе' and 'Киевский вокзал' are in Moscow, 'Московский район' in Kazan and Minsk).
# The noun may follow an adjective of its own ('Киевского железнодорожного вокзала').
_ADJECTIVE_BETWEEN = (
    r"(?:\s+[а-яёіїєґ'’-]+(?:ого|ому|ым|им|ом|ім|ой|ої|ій|ая|ую|ое|ые|ие|ых|их|ыми|ими|ою|ый|ий))?"
)
_NAMED_AFTER_IT = re.compile(
    _ADJECTIVE_BETWEEN
    + r"\s+(?:врем|час(?:у|ом|і)?\b|соглашени|угод|групп|груп[аиіуо]|формат|процесс?|протокол"
    r"|мир(?:а|у|ом|е)?\b|договор|договір|меморандум|язв|виразк|лихорадк|гарячк|лихоманк|краб"
    r"|хаск|икон|ікон|собор|сирот|рус[ьиі]\b"
    r"|шоссе|шосе|тракт(?:[аеуі]|ом)?\b|трасс?[аеуиі]|вокзал|проспект|улиц|вулиц|переул|провул"
    r"|бульвар|набережн|площ|район|узвоз|узвіз|станци|станці|мост|міст\b|мосту|мості|вал(?:а|у)?\b"
    r"|проезд|проїзд|переезд)",
    re.IGNORECASE,
)
# An adjective with no noun after it stands for one: a person ('По словам Гомельского, …'), a
# station ('метро «Киевская»'); joined to another word, it is a compound's ('Крымской-Конго
# геморрагической лихорадки').
_NO_NOUN_AFTER = re.compile(r"\s*[-,.;:!?)»\"”]")
# ...or after the street's noun: 'на ул. Киевской в Омске', 'вулиці Московській у Харкові',
# 'метро Киевская', 'в поселке Московский'.
_STREET_BEFORE = re.compile(
    r"(?:\b(?:ул|пр|просп|пер|пл|вул)\.\s*|\b(?:улиц|вулиц|проспект|переул|провул|площад|метро"
    r"|станци|станці|поселени|поселк|посёлк|селищ)\w*\s+)$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:;\"“”«»—–-]$")
_INITIAL = re.compile(r"^[А-ЯЁІЇЄҐ]\.$")
# A verb's dictionary form in Russian and Ukrainian, and the endings of its past and present.
_INFINITIVE = re.compile(r"(?:ть|ться|ти|тися|чь|чься)$")
_FINITE = re.compile(
    r"(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ёт|ит|ют|ут|ат|ят|ется|ётся|ится|ются|утся|ятся|атся"
    r"|ав|ив|ов|ув|ів|ає|ує|ить|ать|ять|ють|уть|ться)$"
)


def _a_person(start: int, end: int, text: str, language: str) -> bool:
    """A place's adjective is a surname too ('Денис Казанский', 'Александр Гомельский', 'Ірина
    Київська'): written with a capital after an initial, after a capitalised word in
    mid-sentence (a given name: simplemma's dictionary holds many, so it cannot tell them) or at
    a sentence's start after one that is no word of the language; or before a verb, as a
    sentence's subject ('Гомельский считает', 'Рязанский заявил'). Not 'Московский суд', 'в
    Московском университете', 'Решение Московского суда'."""
    found = text[start:end]
    if not found[:1].isupper() or found.isupper():
        return False
    after = text[end : end + 30].split()
    if after and _is_verb(after[0].strip(',.;:!?»"'), language):
        return True
    line = text[max(0, start - 60) : start].split("\n")[-1]
    words = line.split(" ")
    if len(words) < 2 or words[-1]:
        return False
    before = words[-2]
    if _INITIAL.match(before):
        return True
    if not (before[:1].isupper() and before.isalpha() and not before.isupper()):
        return False
    mid_sentence = len(words) >= 3 and bool(words[-3]) and not _SENTENCE_END.search(words[-3])
    return mid_sentence or not is_common_word(before, language)


def _is_verb(word: str, language: str) -> bool:
    """A finite verb: a form other than its dictionary form, which is a verb's, with a verb's
    ending ('заявил', 'считает', 'заявив'; not 'власти', whose dictionary form 'власть' ends as an
    infinitive does)."""
    if not (word.isalpha() and word.islower() and _FINITE.search(word)):
        return False
    base = lemma(word, language)
    return base != word and bool(_INFINITIVE.search(base))
