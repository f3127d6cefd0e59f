"""German compounds read as their parts, so that a search for one part finds the compound and a
compound finds its parts written apart ('Grenzkontrollen' and 'Kontrollen an der Grenze').

German writes a compound as one word ('Grenzkontrollen', 'Arbeitszeitverkürzung'), and a reader
searches for it or for one of its parts. The parts are looked up in simplemma's German
dictionary (already open for German lemmas), as a dictionary decompounder does (Lucene's
DictionaryCompoundWordTokenFilter), with German's own cues against false splits: every part is
a noun (the dictionary writes nouns capitalised); a first part may end in a linking 's' or 'es'
('Arbeits-', 'Bundes-') and must begin many of the dictionary's words, as a noun that makes
compounds does; a word that is an inseparable prefix before a noun is a derivation
('Entscheidung' is no 'Ente' and 'Scheidung'). The compound-split package is GPL, which this MIT
project does not take in.

The country tagger reads a country's name at the head of such a noun with the same dictionary
('Ukrainekrieg', app/enrich/geo/matcher.py).

Dutch and the Scandinavian languages compound as much, but their dictionaries neither mark nouns,
the cue that keeps most of German's false splits out, nor hold enough words (simplemma's Dutch
lacks 'schade' and 'hitte'): split by them, a third of the long words came apart wrongly
('rege|ring', 'lever|anser'). Their compounds are split by how often the language writes each
part as a word of its own instead (frequency_split, after Koehn and Knight's corpus splitter),
with wordfreq's lists of each language's common words: a word the language writes often is a
word, not a compound made for the occasion ('regering', 'leveranser', 'samtidig' stay whole);
each part is a common word ('spoor|staking', 'kinder|psychiatrie', 'skole|bestyrelsen'). And a
query's compound is also read against the archive's own words (archive_split): it finds its
parts where articles of its language hold each one as a word ('stormschade' finds 'de storm ...
veel schade'), where the lists do not split it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import lru_cache

from whoosh.lang import stopwords_for_language

from app.lemmas import DICTIONARIES, words_starting

# The languages whose query compounds are split against the archive's words, with the letters
# that may link a compound's parts ('storm|schade', 'verkeer|s|ongeval', 'zieken|huis' is
# 'ziek|en|huis'; Swedish 'arbete|s|marknad', Danish 'børne|have', Norwegian 'skole|s|tart').
SPLIT_IN_ARCHIVE = {
    "nl": ("", "s", "e", "en"),
    "sv": ("", "s", "e"),
    "da": ("", "s", "e"),
    "no": ("", "s", "e"),
}
# German's compounds are split by its dictionary, the others' by frequency_split: a language
# whose compounds an article has indexed as their parts too.
DICTIONARY_SPLIT = frozenset({"de"})
COMPOUNDING = DICTIONARY_SPLIT | SPLIT_IN_ARCHIVE.keys()
# wordfreq's name of a language where it differs (Norwegian: its Bokmål list).
_WORDFREQ_CODES = {"no": "nb"}
_MIN_HEAD_BY_FREQUENCY = 5  # Letters of a last part: shorter ones are as often endings.
# Letters of each part of a Dutch or Scandinavian compound, split by frequency or against the
# archive: three-letter words are as often prefixes ('ver|zekering', 'för|slag',
# 'be|handling') as first parts, and endings as last ones.
_MIN_PART = 4
# Letters of the longest word split: each cut costs lookups, and no compound is longer.
_MAX_ARCHIVE_WORD = 40
_MIN_WORD = 8  # Letters of the shortest compound read ('Ölpreis' stays whole).
# Letters of the longest: the news's longest compounds run to about 60 letters
# ('Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz', 63); a longer run of
# letters is no word, and reading it apart costs time that grows with its square (German's
# parts are looked for inside each part: a run of 3,000 letters overflowed Python's stack).
_MAX_WORD = 64
# Letters of a first part, as written ('Amts-', 'Bahn-'): shorter ones begin too many words
# ('Kol', 'Abb').
_MIN_MODIFIER = 4
# Letters of a last part: three only after a linking 's' ('Bundes|tag', 'Gesundheits|amt'),
# else such endings are suffixes ('Report|ern', 'Kommen|tar').
_MIN_HEAD = 4
_MIN_NOUN = 3
# The dictionary holds the compounds the language makes, so a noun that begins compounds is
# followed there by many letters ('Grenz' by 21 others than the 'k' of 'Grenzkontrollen'),
# where a word's first letters that happen to spell a noun are followed by few ('Herse' of
# 'Hersteller' by 2, 'Lehre' of 'Lehrerinnen' by 2).
# A longer first part begins fewer words, and needs fewer: 4 letters after four, 1 after seven
# or more ('Absichts' of 'Absichtserklärung').
_BRANCHES = 8
_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
# Linking letters after a first part that the dictionary does not hold with them ('Arbeits'
# and 'Bundes' it holds, as genitives).
_LINKS = ("es", "s")
# Nouns that are also derivational suffixes: 'Landschaft' is no 'Schaft' of a land,
# 'Konzentration' no 'Ion', 'Britische' no 'Ische'.
_SUFFIX_NOUNS = frozenset({"schaft", "schaften", "tum", "tums", "ion", "ionen", "ische", "ischen"})
# Inseparable prefixes: a word that is the prefix before a word is a derivation ('Entscheidung',
# 'Vertrag', 'Gebirge'), whatever the prefix's letters and the next ones spell.
_PREFIXES = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")


def compound_parts(word: str, code: str) -> tuple[str, ...]:
    """The parts a lower-cased compound is made of ('grenzkontrollen' -> 'grenz', 'kontrollen';
    'spoorstaking' -> 'spoor', 'staking'), or () for a word that is none."""
    if code not in COMPOUNDING or not _MIN_WORD <= len(word) <= _MAX_WORD or not word.isalpha():
        return ()
    return _split(word) if code in DICTIONARY_SPLIT else frequency_split(word, code)


@lru_cache(maxsize=65536)
def frequency_split(word: str, code: str) -> tuple[str, ...]:
    """The two words a lower-cased word of a SPLIT_IN_ARCHIVE language is made of, as written
    ('spoorstaking' -> 'spoor', 'staking'; a linking letter left out: 'arbeid|s|inspectie'), or
    () for a word that is none. A word the language writes often (wordfreq's list of its common
    words holds it) is a word of its own; else each part must be a common word, not a function
    word, and of the cuts whose parts are, the one whose parts are the most frequent (the mean
    of their Zipf values: the geometric mean of their frequencies) wins.

    The small lists (words used once in a million or more) are the cue: by the large ones, a
    verb's or a derivation's stem and an ending that is some rare word came apart too
    ('analyse|erden', 'sluit|ingen', 'timan|ställningar'); how each was read by hand is in
    bench/history/compounds.md."""
    common = _common_words(code)
    if word in common:
        return ()
    stops = _stop_words(code)
    best: tuple[str, ...] = ()
    best_zipf = 0.0
    for cut in range(_MIN_PART, len(word) - _MIN_HEAD_BY_FREQUENCY + 1):
        first = word[:cut]
        if first not in common or first in stops:
            continue
        for link in SPLIT_IN_ARCHIVE[code]:
            head = word[cut + len(link) :]
            if (
                not word.startswith(link, cut)
                or len(head) < _MIN_PART
                # The linking letter counts: 'måned|s|kort' is read so, not as 'måned|skort'.
                or len(link) + len(head) < _MIN_HEAD_BY_FREQUENCY
                or head not in common
                or head in stops
            ):
                continue
            zipf = (common[first] + common[head]) / 2
            if zipf > best_zipf:
                best, best_zipf = (first, head), zipf
    return best


def load_word_lists(codes: Iterable[str]) -> None:
    """Read now the lists of common words that the compounds of these languages are split with
    (before a bulk build forks its writers, so that each needs not read them itself)."""
    for code in SPLIT_IN_ARCHIVE.keys() & set(codes):
        _common_words(code)


@lru_cache(maxsize=8)
def _common_words(code: str) -> dict[str, float]:
    """The language's common words (wordfreq's small list: used once in a million words or
    more), with their Zipf values (log10 of uses in a billion words)."""
    import wordfreq  # Read only for an archive or a query of these languages.

    listed = wordfreq.get_frequency_dict(_WORDFREQ_CODES.get(code, code), wordlist="small")
    # As written only: with each word's unaccented spelling added, so that a query typed
    # without accents ('stromprisen') is split as 'strøm|prisen' is, the articles' own words
    # came apart on words that lose their accents ('tele|kopet' of 'teleskopet', as 'köpet').
    # A compound typed so still finds the compound itself, whose terms are folded.
    return {word: math.log10(frequency * 1e9) for word, frequency in listed.items()}


@lru_cache(maxsize=8)
def _stop_words(code: str) -> frozenset[str]:
    return frozenset(stopwords_for_language(code))


def is_noun(word: str) -> bool:
    """Whether the dictionary knows the word as a noun: written capitalised, a noun's form (its
    lemma capitalised too, where 'Aus' and 'Unter' are the words 'aus' and 'unter')."""
    if len(word) < _MIN_NOUN:
        return False
    lemma = DICTIONARIES.get_dictionary("de").get(word.capitalize())
    return lemma is not None and lemma[:1].isupper()


@lru_cache(maxsize=16384)
def _branches(first: str, following: str) -> int:
    """How many letters other than `following` the dictionary's forms that begin with a first
    part (as written) go on with, counted up to _BRANCHES."""
    start, count = first.capitalize(), 0
    for letter in _LETTERS:
        if letter != following and words_starting("de", start + letter, 1):
            count += 1
            if count == _BRANCHES:
                break
    return count


def _modifier(first: str) -> str | None:
    """The noun a compound's first part is, as written or past a linking 's' (None: none).
    The dictionary holds the common first parts that drop an 'e' ('Grenz', 'Schul', 'Sprach');
    adding one finds fragments ('Herse' in 'Hersteller', 'Kontre' in 'Kontrollen')."""
    candidates = [first, *(first[: -len(link)] for link in _LINKS if first.endswith(link))]
    return next((noun for noun in candidates if is_noun(noun)), None)


def _derived(word: str) -> bool:
    return any(word.startswith(prefix) and is_noun(word[len(prefix) :]) for prefix in _PREFIXES)


@lru_cache(maxsize=65536)
def _split(word: str) -> tuple[str, ...]:
    """The fewest nouns `word` is made of, () where it is none, each first part one that begins
    compounds (_BRANCHES). A part the dictionary knows as a noun is read no further (its own
    parts would be short words, where the dictionary's fragments lurk). Between as many parts:
    the first part followed by more letters ('krisen|stabs', not 'krisens|tabs'), then one that
    ends in a linking 's' ('arbeits|tage', not 'arbeit|stage'), then the longest last part."""
    if _derived(word):
        return ()
    best: tuple[str, ...] = ()
    best_rank: tuple[int, int, bool] = (0, 0, False)
    for cut in range(_MIN_MODIFIER, len(word) - _MIN_HEAD + 2):
        first, head = word[:cut], word[cut:]
        if head in _SUFFIX_NOUNS or (len(head) < _MIN_HEAD and not first.endswith("s")):
            continue
        tail = (head,) if is_noun(head) else _split(head) if len(head) >= _MIN_WORD else ()
        if not tail:
            continue
        modifier = _modifier(first)
        firsts = (modifier,) if modifier else _split(first) if len(first) >= _MIN_WORD else ()
        if not firsts:
            continue
        branches = _branches(first, head[0])
        if branches < max(1, _BRANCHES - len(first)):
            continue
        parts = (*firsts, *tail)
        rank = (-len(parts), branches, first.endswith("s"))
        if not best or rank > best_rank:
            best, best_rank = parts, rank
    return best


def archive_split(
    word: str, code: str, term: Callable[[str], str | None], articles: Callable[[str], int]
) -> tuple[str, str] | None:
    """The terms of the two parts a lower-cased word of a SPLIT_IN_ARCHIVE language is made of,
    as the archive reads it (None: it reads as no compound): of the cuts whose parts' terms its
    articles hold (`articles` of a term: how many hold it), the one whose parts are held most
    (the geometric mean of their counts), and only where that beats the word's own count, as
    Koehn and Knight's corpus splitter does: 'regering' stays whole, as 'rege' and 'ring' are
    held far less often than it, and the first cuts of a word, rarely words, do not crowd out
    the real one. A part whose term is a function word's ('onder|zoek', and 'förs' of
    'försvaret', stemmed as 'för') is none. `term` is the language's analysis of a word (the
    same function for a language at each call)."""
    links = SPLIT_IN_ARCHIVE.get(code)
    if links is None or not 2 * _MIN_PART <= len(word) <= _MAX_ARCHIVE_WORD or not word.isalpha():
        return None
    stops = _stop_terms(code, term)
    best: tuple[str, str] | None = None
    best_count = float(articles(term(word) or word))
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        first_term = term(word[:cut])
        if first_term is None or first_term in stops:
            continue
        first_count = articles(first_term)
        if not first_count:
            continue
        for link in links:
            head = word[cut + len(link) :]
            if not word.startswith(link, cut) or len(head) < _MIN_PART:
                continue
            head_term = term(head)
            if head_term is None or head_term in stops or head_term == first_term:
                continue
            count = math.sqrt(first_count * articles(head_term))
            if count > best_count:
                best, best_count = (first_term, head_term), count
    return best


_STOP_TERMS: dict[str, frozenset[str]] = {}


def _stop_terms(code: str, term: Callable[[str], str | None]) -> frozenset[str]:
    if code not in _STOP_TERMS:
        _STOP_TERMS[code] = frozenset(filter(None, map(term, stopwords_for_language(code))))
    return _STOP_TERMS[code]
