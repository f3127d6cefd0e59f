"""The base form of a word in a language that has one here: its Snowball stem (PyStemmer), or,
for a language Snowball has no stemmer for, its lemma (simplemma's dictionaries).

Each language's base forms sit behind its code in the index ('ru:инаугурац', 'uk:україна'),
so a base form of one language never matches a word of another or an English term.
"""

from __future__ import annotations

import re

import Stemmer
from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries.stream_dictionary_factory import (
    StreamDictionaryFactory,
)

# BCP 47 language -> its Snowball stemmer.
_STEMMERS = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech",
    "da": "danish", "nl": "dutch", "et": "estonian", "fi": "finnish", "fr": "french",
    "de": "german", "el": "greek", "hi": "hindi", "hu": "hungarian", "id": "indonesian",
    "ga": "irish", "it": "italian", "lt": "lithuanian", "ne": "nepali", "no": "norwegian",
    "fa": "persian", "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian",
    "sr": "serbian", "es": "spanish", "sv": "swedish", "ta": "tamil", "tr": "turkish",
}  # fmt: skip
# A language read with a close one's stemmer: Norwegian's written forms; Croatian and Bosnian,
# which Serbian's stemmer (both scripts) reads; Malay, written as Indonesian is.
ALIASES = {"nb": "no", "nn": "no", "hr": "sr", "bs": "sr", "sh": "sr", "ms": "id"}
# BCP 47 language -> simplemma's dictionary, for languages Snowball has no stemmer for.
_LEMMATIZED = {
    "bg": "bg", "cy": "cy", "gl": "gl", "he": "he", "is": "is", "ka": "ka", "lb": "lb",
    "lv": "lv", "mk": "mk", "sk": "sk", "sl": "sl", "sq": "sq", "sw": "sw", "tl": "tl",
    "uk": "uk",
}  # fmt: skip
# The scripts each language's words are written in, where not Latin (a word in another
# script, such as a Latin name in a Russian article, is analysed as English).
SCRIPTS = {
    "ar": "arabic", "fa": "arabic", "el": "greek", "hi": "devanagari", "ne": "devanagari",
    "hy": "armenian", "ru": "cyrillic", "ta": "tamil", "sr": "latin cyrillic",
    "bg": "cyrillic", "mk": "cyrillic", "uk": "cyrillic", "he": "hebrew", "ka": "georgian",
}  # fmt: skip

_PORTUGUESE_PLURAL = re.compile("(?:ões|ães|ãos)$")
_STEMMER_OF = {code: Stemmer.Stemmer(name) for code, name in _STEMMERS.items()}
# Dictionaries read from their compressed streams when a language is first met (a few MB
# each, where simplemma's default keeps each as a dict of 10 to 140 MB), all kept: a query
# word is looked up in every language the archive holds.
_LEMMATIZER = Lemmatizer(
    lemmatization_strategy=DefaultStrategy(
        dictionary_factory=StreamDictionaryFactory(cache_max_size=len(_LEMMATIZED))
    )
)


def languages() -> list[str]:
    """The codes of the languages with base forms of their own."""
    return sorted([*_STEMMERS, *_LEMMATIZED])


def base_form(word: str, code: str) -> str:
    """A lower-cased word's stem or lemma in the language `code` (one of `languages()`)."""
    if code in _LEMMATIZED:
        return _LEMMATIZER.lemmatize(word, lang=_LEMMATIZED[code]).lower()
    if code == "pt":  # Snowball stems sanção to sançã but sanções to sançõ.
        word = _PORTUGUESE_PLURAL.sub("ão", word)
    return str(_STEMMER_OF[code].stemWord(word))
