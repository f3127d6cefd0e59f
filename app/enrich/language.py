"""The language an article is written in, detected from its title and text (BCP 47 tags).

A page's declared language (`<html lang>`, a JSON `language` field) is often missing, left at
a template's default ('en' on pages that are not English) or too coarse, so it is only a hint.
Detection is CLDR-independent statistics over the text: pycld2 (Compact Language Detector 2),
which measured as accurate as py3langid on real news pages and an order of magnitude faster.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import islice

import pycld2

# Detected on at most this much text: enough for a reliable answer, and bounded work.
_SAMPLE_CHARS = 6000
_LEAD_CHARS = 600  # The headline and first paragraph, at most.
# The lead's language wins when the whole text holds at least this share of it: an article
# framed in Tagalog that quotes an English statement at length is a Tagalog article.
_LEAD_SHARE = 20
_MIN_LETTERS = 12
# A guess from a few words is often another language's ('Enhancing quantum sensing' as Latin,
# a name as Welsh): under this many words the declared language, or none, stands instead. A
# text this short but long in letters is in a script written without spaces (Thai), whose
# words these are not.
_MIN_WORDS = 4
_FEW_WORDS_LETTERS = 30
# CLD2 still answers with the ISO 639 codes that BCP 47 replaced.
_LEGACY = {"iw": "he", "in": "id", "jw": "jv", "mo": "ro", "sh": "sr-Latn"}
# Languages that readers (and detectors) cannot tell apart reliably: a declared one of the same
# group is kept (a Bosnian outlet's page detected as Serbian stays Bosnian).
_CLUSTERS = ({"bs", "hr", "sr", "cnr", "sh"}, {"no", "nb", "nn"}, {"ms", "id"})
_TAG = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?$", re.IGNORECASE)


def detect_language(title: str | None, body: str, declared: str | None = None) -> str | None:
    """The article's language as a BCP 47 tag ('es', 'pt-BR', 'zh-Hant', 'sr-Latn'), or the
    declared one when the text is too short to tell; None when neither says."""
    hint = normalise_tag(declared)
    text = f"{title or ''}\n{body}"
    if not _has_letters(text[:_SAMPLE_CHARS], _MIN_LETTERS) or _too_few_words(text):
        return hint
    first_paragraph = body.split("\n\n", 1)[0]
    lead = f"{title or ''}\n{first_paragraph}"[:_LEAD_CHARS]
    detected = _detect(text, lead)
    if detected is None:
        return hint
    return _with_hint(_with_variety(_with_script(detected, text), text), hint)


def _too_few_words(text: str) -> bool:
    short = text[: _FEW_WORDS_LETTERS * 4]  # Enough to hold as many words or letters.
    return count_words(short) < _MIN_WORDS and not _has_letters(short, _FEW_WORDS_LETTERS)


def _has_letters(text: str, count: int) -> bool:
    """Whether `text` holds `count` letters (looked for until found, not all counted)."""
    letters = (ch for ch in text if ch.isalpha())
    return len(list(islice(letters, count))) == count


def normalise_tag(tag: str | None) -> str | None:
    """A language tag as BCP 47 writes it ('es_ve' -> 'es-VE', 'ZH-hant' -> 'zh-Hant')."""
    match = _TAG.match((tag or "").strip())
    if match is None:
        return None
    language, script, region = match.groups()
    language = _LEGACY.get(language.lower(), language.lower())
    parts = [language, script.title() if script else None, region.upper() if region else None]
    return "-".join(part for part in parts if part)


def _detect(text: str, lead_text: str) -> str | None:
    """The language of most of the text, or of the headline and first paragraph when the
    text holds a fair share of that too."""
    whole = _languages(text[:_SAMPLE_CHARS])
    if not whole:
        return None
    lead = _languages(lead_text)
    if lead and lead[0][0] != whole[0][0]:
        share = dict(whole).get(lead[0][0], 0)
        if share >= _LEAD_SHARE:
            return lead[0][0]
    return whole[0][0]


def _languages(text: str) -> list[tuple[str, int]]:
    """The languages CLD2 finds, most text first, with the percentage of text in each."""
    clean = _without_controls(text)
    try:
        _, _, details = pycld2.detect(clean, bestEffort=True)
    except pycld2.error:  # Bytes CLD2 cannot take (it checks UTF-8 validity itself).
        return []
    found = [(code, percent) for _, code, percent, _ in details if code != "un" and percent]
    return [(normalise_tag(code) or code, percent) for code, percent in found]


# Characters that may be of a control, format, private or unassigned category: never a word
# character, a space or a line end, nor ASCII's printable punctuation or the dashes, quotes and
# ellipsis of General Punctuation (the commonest matches, each a call). Only these are looked
# up one by one.
_MAYBE_CONTROL = re.compile(r"[^\w \n!-~\u2010-\u2027]")


def _without_controls(text: str) -> str:
    """The text without the characters of Unicode's "other" categories (tabs and line ends
    kept), which CLD2 may refuse. Only the characters that may be of those categories are
    looked up (a word character or a space never is): looking up every one was much of an
    article's enrichment."""
    return _MAYBE_CONTROL.sub(_kept, text)


def _kept(match: re.Match[str]) -> str:
    ch = match.group()
    return ch if ch == "\t" or unicodedata.category(ch)[0] != "C" else ""


def _with_script(tag: str, text: str) -> str:
    """Serbian is written in both scripts: the tag says which (CLD2 answers 'zh'/'zh-Hant')."""
    if tag == "sr":
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in text[:_SAMPLE_CHARS])
        latin = sum(ch.isascii() and ch.isalpha() for ch in text[:_SAMPLE_CHARS])
        return "sr-Cyrl" if cyrillic > latin else "sr-Latn"
    if tag == "zh":
        return "zh-Hans"
    return tag


# Portugal's Portuguese (Angola's, Mozambique's…) and Brazil's are one language to CLD2 and
# write differently: the accent on a vowel before m or n (António, económico, Quénia; Antônio,
# econômico, Quênia), a few everyday words, and 'está a fazer' where Brazil says 'está fazendo'.
# An article that shows one way clearly is tagged with its region; the country of its readers
# (app/enrich/geo/home.py) follows. Written here: CLD2 and py3langid tell no variants apart.
_PORTUGUESE_WAYS = {
    "pt-PT": re.compile(
        r"\b\w*[éó][mn][aeiouáéíóú]\w*|\b(?:facto|equipas?|autocarros?|comboios?|telemóve(?:l|is)"
        r"|utentes?|registos?|ecrãs?|desportos?|desportiv[ao]s?|golos?|adeptos?|guarda-redes"
        r"|pequeno-almoço|raparigas?|contact(?:os?|ar)|aspetos?|receção|perceção|relvados?"
        r"|autarquias?|autarcas?|concelhos?|freguesias?)\b"
        r"|\best(?:á|ão|ava|avam|ou|amos|ive|eve|iveram)\s+a\s+\w+[aei]r\b",
        re.IGNORECASE,
    ),
    "pt-BR": re.compile(
        r"\b\w*[êô][mn][aeiouáéíóú]\w*|\b(?:de\s+fato|equipes?|ônibus|tre(?:m|ns)|celulares?"
        r"|registros?|esportes?|esportiv[ao]s?|torcedor(?:es|as?)?|goleiros?|café\s+da\s+manhã"
        r"|garotas?|contat(?:os?|ar)|aspectos?|recepção|percepção|gramados?)\b"
        r"|\best(?:á|ão|ava|avam|ou|amos)\s+\w+[aei]ndo\b",
        re.IGNORECASE,
    ),
}
# Signs of one way needed, and times as many as of the other (one sign where the other way
# shows none: a short article may hold one).
_VARIETY_SIGNS = 1
_VARIETY_RATIO = 3


# Indonesian and Malaysia's Malay are one language in two standards that CLD2 tells apart by
# word statistics, and a story that names Malaysian places (Kelantan, Terengganu) can read as
# Malay to it. Their spelling and everyday words differ where news writes them most: karena and
# kerana, bahwa and bahawa, persen and peratus, tentara and tentera, miliar and bilion, Amerika
# Serikat and Syarikat, Inggris and Inggeris, the months and weekdays, -itas and -iti. Words
# shared with another meaning are left out (polisi is Malay for a policy, pejabat Indonesian
# for an official), and 'wang' counts only in lower case (Wang is a surname in both's news),
# as do the words the other's institutions are named with ('Tentara Nasional Indonesia' in a
# Malaysian paper, 'Syarikat' in a firm's name).
_MALAY_WAYS = {
    "id": re.compile(
        r"\b(?:tentara|kepolisian|provinsi|rumah\s+sakit)\b"
        r"|(?i:\b(?:karena|bahwa|uang|persen|miliar|triliun|perusahaan|maupun|yaitu|telepon"
        r"|senin|kamis|jumat|agustus|desember|maret|juni|juli|amerika\s+serikat|inggris"
        r"|tiongkok|prancis|sepak\s+bola|(?:univers|kual|komun|aktiv|fasil"
        r"|ident|real|prior|mayor|minor|kapas|integr|kreativ|produktiv|otor|ent)itas)\b)"
    ),
    "ms": re.compile(
        r"\b(?:tentera|bomba|syarikat)\b"
        r"|(?i:\b(?:kerana|bahawa|peratus|bilion|trilion|mahupun|iaitu|sahaja|telefon"
        r"|isnin|khamis|jumaat|ogos|disember|julai|amerika\s+syarikat|inggeris|bola\s+sepak"
        r"|(?:univers|kual|komun|aktiv|fasil|ident|real|prior|major|minor|kapas|integr"
        r"|kreativ|produktiv|autor|ent)iti)\b)|\bwang\b|\b\d{1,2}\s+Mac\b"
    ),
}
_WAYS = {"pt": _PORTUGUESE_WAYS, "id": _MALAY_WAYS, "ms": _MALAY_WAYS}


def _with_variety(tag: str, text: str) -> str:
    """Portugal's or Brazil's Portuguese, Indonesian or Malay, where the spelling shows one way
    clearly; otherwise the tag as detected."""
    ways = _WAYS.get(tag)
    if ways is None:
        return tag
    sample = text[:_SAMPLE_CHARS]
    counts = {way: len(pattern.findall(sample)) for way, pattern in ways.items()}
    (first, most), (_, other) = sorted(counts.items(), key=lambda item: -item[1])
    return first if most >= _VARIETY_SIGNS and most >= _VARIETY_RATIO * other else tag


def _with_hint(detected: str, hint: str | None) -> str:
    """Keep what the page declares where it refines the detection (a region, a close language)."""
    if hint is None:
        return detected
    base, hint_base = detected.split("-")[0], hint.split("-")[0]
    if hint_base == base:
        # A region declared stands over one read from the spelling (pt-BR over pt-PT); a
        # script read from the text stands over a declared one (sr-Latn over sr-Cyrl).
        if len(hint) > len(detected) or (_has_region(hint) and _has_region(detected)):
            return hint
        return detected
    if any(base in cluster and hint_base in cluster for cluster in _CLUSTERS):
        return hint
    return detected


def _has_region(tag: str) -> bool:
    match = _TAG.match(tag)
    return match is not None and match.group(3) is not None


# Han, kana and Hangul syllables written without spaces count a word each, as word processors
# count East Asian text; elsewhere a word is what spaces separate.
_UNSPACED = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"
)


# A run of non-spaces holding a letter or a digit (a word character but the underscore).
_SPACED_WORD = re.compile(r"\S*?[^\W_]\S*")


def count_words(text: str) -> int:
    """Words in the text, in scripts with and without spaces between words."""
    if not _UNSPACED.search(text):  # One search, rather than one per word, for most texts.
        return len(_SPACED_WORD.findall(text))
    count = 0
    for token in text.split():
        unspaced = len(_UNSPACED.findall(token))
        rest = _UNSPACED.sub(" ", token).split() if unspaced else [token]
        count += unspaced + sum(1 for part in rest if any(ch.isalnum() for ch in part))
    return count
