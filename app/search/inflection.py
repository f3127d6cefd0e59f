"""The base form of a word in a language that has one here: its Snowball stem (PyStemmer), or,
for a language Snowball has no stemmer for, its lemma (simplemma's dictionaries) or the word
without its endings (a light suffix stripper written here, for Ukrainian, Korean and Urdu).

Each language's base forms sit behind its code in the index ('ru:инаугурац', 'uk:україн'),
so a base form of one language never matches a word of another or an English term.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from pathlib import Path

import Stemmer

from app.lemmas import DICTIONARIES, lemma
from app.serbian_scripts import to_latin

# BCP 47 language -> its Snowball stemmer.
_STEMMERS = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech",
    "da": "danish", "nl": "dutch", "et": "estonian", "fi": "finnish", "fr": "french",
    "de": "german", "el": "greek", "hi": "hindi", "hu": "hungarian", "id": "indonesian",
    "ga": "irish", "it": "italian", "lt": "lithuanian", "ne": "nepali", "no": "norwegian",
    "fa": "persian", "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian",
    "sr": "serbian", "es": "spanish", "sv": "swedish", "ta": "tamil", "tr": "turkish",
}  # fmt: skip
# Languages Snowball has no stemmer for, read by a light suffix stripper written here
# (_LIGHT_STEMMERS below). Ukrainian: simplemma's dictionary leaves many forms apart from their
# lemma or gives the lemma of another word ('боєприпас' and 'боєприпасів' have two, 'комах' is
# read as 'кома'), and pymorphy3's Ukrainian dictionary is GPL, which this MIT project does not
# take in; its case endings come off here, and simplemma's lemma is indexed beside (as for the
# stemmed languages of _LEMMA_OF_STEMMED). Korean writes its case particles onto the noun
# ('미사일을', '미사일은'), Urdu its plural and oblique endings ('تاجروں', 'تاجر'); a
# morphological analyser of either (Kiwi, MeCab's dictionaries) is a model of a hundred MB,
# where news search needs only the noun's endings off.
# Longest first: '에서' before '에'.
_KOREAN_PARTICLES = (
    "에서부터", "으로부터", "에게서", "까지는", "에서는", "에서도", "으로는", "으로도", "에게는",
    "이라는", "이라며", "이라고", "라고", "께서", "에서", "에게", "한테", "으로", "까지", "부터",
    "보다", "처럼", "마다", "조차", "만큼", "이나", "이랑", "과의", "와의", "에는", "에도",
    "의", "은", "는", "이", "가", "을", "를", "에", "로", "과", "와", "도", "만",
)  # fmt: skip
# Urdu's noun and adjective endings, longest first, with the letters each must leave: the
# endings the Hindi Snowball stemmer strips from the same words in Devanagari, in Urdu's script,
# and the Arabic plurals Urdu news uses (محققین, اصلاحات).
_URDU_ENDINGS = (
    ("یوں", 2), ("یاں", 2), ("وں", 2), ("یں", 2), ("ین", 3), ("ات", 3),
    ("ے", 2), ("ی", 2), ("ہ", 2), ("ا", 2),
)  # fmt: skip
# Ukrainian's noun, adjective and commonest verb endings, longest first: a one-letter ending
# comes off where three letters are left, a longer one where four are ('комах', the genitive
# plural of 'комаха', keeps its 'ах'; 'мостом' is 'мост'), then the reflexive 'ся' before them.
_UKRAINIAN_ENDINGS = tuple(
    sorted(
        {
            "ьому", "ього", "ьої", "ьою", "ями", "ами", "ові", "еві", "єві", "ого", "ому", "ими",
            "іми", "ією", "іями", "іях", "іям", "ія", "ії", "ію", "ати", "яти", "іти", "ити",
            "ють", "ять", "уть", "ать", "ить", "іть", "ила", "ило", "или", "ала", "ало", "али",
            "ом", "ем", "єм", "ою", "ею", "єю", "ам", "ям", "ах", "ях", "ів", "їв", "ий", "ій",
            "им", "ім", "их", "іх", "ої", "ей", "ми", "ив", "ав",
            "а", "я", "о", "е", "є", "у", "ю", "и", "і", "ї", "ь", "й",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip
_UKRAINIAN_MIN_STEM = (3, 4)  # After a one-letter ending, after a longer one.
# The vowel that drops out of a last syllable when an ending follows ('паводок', 'паводки';
# 'біженець', 'біженця'; 'гривень', 'гривня'), dropped from every stem of five letters or more
# that ends in it, so that both forms have one stem.
_UKRAINIAN_FLEETING = re.compile("(?<=[^аеєиіїоуюя])[ое](?=[кцн]$)")
_UKRAINIAN_FLEETING_MIN = 5
# A language read with a close one's stemmer: Norwegian's written forms; Croatian and Bosnian,
# which Serbian's stemmer (both scripts) reads; Malay, written as Indonesian is.
ALIASES = {"nb": "no", "nn": "no", "hr": "sr", "bs": "sr", "sh": "sr", "ms": "id"}
# BCP 47 language -> simplemma's dictionary, for languages Snowball has no stemmer for.
_LEMMATIZED = {
    "bg": "bg", "cy": "cy", "gl": "gl", "he": "he", "is": "is", "ka": "ka", "lb": "lb",
    "lv": "lv", "mk": "mk", "sk": "sk", "sl": "sl", "sq": "sq", "sw": "sw", "tl": "tl",
}  # fmt: skip
# The scripts each language's words are written in, where not Latin (a word in another
# script, such as a Latin name in a Russian article, is analysed as English).
SCRIPTS = {
    "ar": "arabic", "fa": "arabic", "el": "greek", "hi": "devanagari", "ne": "devanagari",
    "hy": "armenian", "ru": "cyrillic", "ta": "tamil", "sr": "latin cyrillic",
    "bg": "cyrillic", "mk": "cyrillic", "uk": "cyrillic", "he": "hebrew", "ka": "georgian",
    "ko": "hangul", "ur": "arabic",
}  # fmt: skip

# Stemmed languages whose words also have the stem of their lemma indexed (lemma_base_form),
# with simplemma's dictionary for each: the stemmer cuts some forms apart from their dictionary
# form ('superou' from 'supera', 'femei' from 'femeile'). Measured language by language on the
# hand-written queries of bench/eval_multilingual_search.py: in these it found more; in the
# other stemmed languages it found nothing more, so their articles pay nothing for it.
# In French, Persian, Russian and Turkish the articles of bench/eval_written_intl have forms
# Snowball cuts apart ('essais' and 'essai', 'روستای' and 'روستا', 'кредит' and 'кредитов',
# 'yangınlar' and 'yangını'); in Italian and Polish those of bench/written_intl_more_languages
# ('portieri' and 'portiere', 'comete' and 'cometa', 'naukowcy' and 'naukowiec'); in German the
# words ending in s, whose plural Snowball stems apart ('Leitzinsen' 'leitzins', 'Leitzins'
# 'leitzin'; simplemma splits compounds to find the lemma); in Swedish, Danish and Norwegian
# those of bench/written_intl_check16 ('konkursen' 'konkurs', 'konkurs' 'konkur'; the plural
# 'landmænd' of 'landmand'; Norwegian read with simplemma's Bokmål). Hebrew, lemmatized, has
# beside a name's term its form without the letters that may be prefixes (_hebrew_unprefixed).
_LEMMA_OF_STEMMED = {
    "ar": "ar", "de": "de", "es": "es", "fa": "fa", "fr": "fr", "id": "id", "it": "it", "pl": "pl",
    "pt": "pt", "ro": "ro", "ru": "ru", "tr": "tr", "uk": "uk", "nl": "nl", "hu": "hu",
    "sr": "hbs", "el": "el", "sv": "sv", "da": "da", "no": "nb", "he": "he",
}  # fmt: skip
# Serbian's dictionary (simplemma's Serbo-Croatian) is in Latin script, as its stemmer's output
# is: a Cyrillic word is looked up in the other script, letter for letter (the two are one to
# one; the stemmer does the same inside, not where we can call it).
LEMMA_STEMMED = frozenset(_LEMMA_OF_STEMMED)
# Portuguese plurals Snowball stems apart from their singulars (sanções 'sançõ', sanção 'sançã';
# nacionais 'nacion', nacional 'nacional'; papéis 'pap'; espanhóis 'espanhó'), read as their
# singulars first, as the plural step of RSLP (Orengo and Huyck's Portuguese stemmer) does,
# with its exceptions and a few words of the same ending that are no plural of -al.
_PORTUGUESE_PLURALS = (
    (re.compile("(?:ões|ães|ãos)$"), "ão"),
    (re.compile("(?<=..)ais$"), "al"),
    (re.compile("(?<=..)éis$"), "el"),
    (re.compile("(?<=..)óis$"), "ol"),
)
# 'heróis' is the plural of 'herói', not of a '-rol'.
_NOT_PORTUGUESE_PLURALS = frozenset(
    {"cais", "mais", "demais", "jamais", "pais", "sais", "vais", "heróis"}
)
_STEMMER_OF = {code: Stemmer.Stemmer(name) for code, name in _STEMMERS.items()}
# Arabic's sound feminine plural (-ات of a singular in -ة: جولات, جولة), which Snowball stems
# apart from its singular ('جولا', 'جول'), read as that singular where simplemma's dictionary
# does not know the word; shorter words in -ات are seldom plurals (ذات, بات).
_ARABIC_FEMININE_PLURAL = re.compile("ات$")
# A conjunction then a preposition, or one of them, written onto a word (longest first).
_ARABIC_BEFORE_ALIF = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
# A verbal noun of the derived forms, perhaps with a feminine or plural ending: an alif (not the
# article's), two to four letters, an alif, the last letter; that alif and letter not the plural's
# '-ات' (كامنات, latent, is of كامن: no security, امن; كابلات, cables, no camels, ابل).
_ARABIC_VERBAL_NOUN = re.compile("ا(?!ل)[^ا]{2,4}(?!ات$)ا[^ا](?:يات|ات|ية|ة)?$")
_ARABIC_PLURAL_MIN_CHARS = 5
# Persian's final 'ی' (a noun's indefinite 'a', or the adjective of a place: 'زمستانی',
# 'پاکستانی'), which Snowball takes with an 'ان' before it for a plural ('پاکست'), read as the
# word without it where simplemma does not know the word.
_PERSIAN_FINAL_YEH = "ی"
_PERSIAN_YEH_MIN_CHARS = 5
# The ezafe after a word's last vowel is written 'ی' ('دما', 'دمای'; 'نیرو', 'نیروی'): read so
# in a word of four letters too, where the dictionary knows the word without it.
_PERSIAN_EZAFE_AFTER_VOWEL = ("ای", "وی", "اي", "وي")  # With the Persian yeh or the Arabic.
_PERSIAN_EZAFE_MIN_CHARS = 4
# Persian's plurals Snowball leaves whole or cuts apart from their singulars: '-ان' of people
# ('پیمانکاران', 'پیمانکار'; 'دانشجویان', 'دانشجو') and the Arabic '-ات' of a singular in 'ه'
# ('مصوبات', 'مصوبه'), read as that singular where simplemma does not know the word.
_PERSIAN_PLURALS = (("یان", ""), ("ان", ""), ("ات", "ه"))
# Turkish writes a word's last p, ç, t or k as b, c, d or ğ before a vowel ('asteroit',
# 'asteroidi'; 'kitap', 'kitabı'), and Snowball reads the two apart ('asteroidi' is 'asteroi',
# 'asteroidler' 'asteroid', 'asteroit' 'asteroit'). simplemma's dictionary knows the common
# words; one it does not know is read with the consonant as it stands at the word's end: before a
# case or possessive ending that opens with a vowel, or as the last letter of its stem.
_TURKISH_DEVOICED = str.maketrans("bcdğ", "pçtk")
_TURKISH_MIN_STEM = 3
# A bare 'a' or 'e' (the dative) only after b, c or ğ: after d it is as often the locative's
# '-da', '-de' ('İstanbul'da', 'istanbulda').
_TURKISH_VOWEL_ENDING = re.compile(
    r"^(?P<base>.{3,}?)(?:(?P<consonant>[bcdğ])(?:[ıiuü](?:n(?:[ıiuüae]|da|de|dan|den)?|m|mız"
    r"|miz|muz|müz|nız|niz|nuz|nüz|yla|yle)?)|(?P<before_dative>[bcğ])[ae])$"
)
_PERSIAN_PLURAL_MIN_CHARS = 6
# Romanian's feminine genitive and dative in '-ei' ('Lisabonei', 'Europei') of a name in '-a'
# ('Lisabona'), which Snowball stems apart ('lisabone', 'lisabon'), read as that name where
# simplemma does not know the word; a shorter word in '-ei' is as often a man's name ('Matei').
_ROMANIAN_GENITIVE_MIN_CHARS = 6
# German's genitive of a name in '-a' or '-o' ('Chinas', 'Kyotos') and the plural of a loanword
# ('Kameras', 'Demos'), which Snowball leaves whole, read as the word without its 's' where
# simplemma does not know the word.
_GERMAN_NAME_S_MIN_CHARS = 5
# A Persian infinitive ('شدن', 'کشته شدن') is its past stem and 'ن' ('شد'), the stem the news
# writes its past tenses and participles with ('شد', 'شده'); simplemma gives neither as the
# other's lemma. A word in 'دن' or 'تن' is an infinitive where the dictionary has it and its
# past continuous ('می‌شد'): 'بدن' (body), 'لندن' and 'گردن' (neck) are none, nor 'بایدن'
# (Biden: 'می‌باید' is 'must').
_PERSIAN_INFINITIVE_ENDS = ("دن", "تن")
_PERSIAN_CONTINUOUS = ("می", "می\u200c")


def _korean_base(word: str) -> str:
    """A Korean word without its case particle and plural '들', where two syllables are left
    (so '국가' stays whole and '미사일을', '미사일은' are '미사일')."""
    for particle in _KOREAN_PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            word = word[: -len(particle)]
            break
    if word.endswith("들") and len(word) >= 3:
        word = word[:-1]
    return word


def _urdu_base(word: str) -> str:
    """An Urdu word without its plural, oblique or gender ending."""
    for ending, left in _URDU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= left:
            return word[: -len(ending)]
    return word


def _ukrainian_base(word: str) -> str:
    """A Ukrainian word without its reflexive ending and its case, number or verb ending."""
    if word.endswith(("ся", "сь")) and len(word) > 5:
        word = word[:-2]
    for ending in _UKRAINIAN_ENDINGS:
        if (
            word.endswith(ending)
            and len(word) - len(ending) >= _UKRAINIAN_MIN_STEM[len(ending) > 1]
        ):
            word = word[: -len(ending)]
            break
    if len(word) >= _UKRAINIAN_FLEETING_MIN:
        word = _UKRAINIAN_FLEETING.sub("", word)
    return word


_LIGHT_STEMMERS = {"ko": _korean_base, "ur": _urdu_base, "uk": _ukrainian_base}


def languages() -> list[str]:
    """The codes of the languages with base forms of their own."""
    return sorted([*_STEMMERS, *_LEMMATIZED, *_LIGHT_STEMMERS])


# Hebrew words simplemma's dictionary does not know: its attached prefixes (the article ה, and
# ו, ב, ל, מ, ש, כ, up to two) and plural endings, tried against the dictionary ('הריביות' is
# 'ריבית'), else the plural ending alone ('כלכלנים' is 'כלכלן'), the last letter written in its
# final form.
_HEBREW_PREFIXES = "והבלמשכ"
_HEBREW_PLURALS = (("יות", "ית"), ("ים", ""), ("ות", "ה"))
_HEBREW_FINAL_FORMS = str.maketrans("כמנפצ", "ךםןףץ")
_HEBREW_MIN_STEM = 3


def _hebrew_plural_stripped(word: str) -> str | None:
    for ending, singular in _HEBREW_PLURALS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= _HEBREW_MIN_STEM:
            if singular:
                return stem + singular
            return stem[:-1] + stem[-1].translate(_HEBREW_FINAL_FORMS)
    return None


def _hebrew_base(word: str) -> str:
    """A Hebrew word's lemma, read past its prefixes and plural where simplemma does not know it
    (a prefix is cut only where four letters are left: short words are seldom prefixed)."""
    known = DICTIONARIES.get_dictionary("he")
    if word in known:
        return lemma(word, "he").lower()
    for cut in range(3):
        if cut and not (len(word) - cut > _HEBREW_MIN_STEM and word[cut - 1] in _HEBREW_PREFIXES):
            break
        rest = word[cut:]
        for form in (rest, _hebrew_plural_stripped(rest)):
            if form and form in known and (cut == 0 or len(form) > _HEBREW_MIN_STEM):
                return lemma(form, "he").lower()
    return _hebrew_plural_stripped(word) or word


def _hebrew_unprefixed(word: str) -> str | None:
    """The base of a Hebrew word the dictionary does not know, with or without the prefixes
    _hebrew_base looks past, read without every letter in front that may be a prefix (while
    four letters are left), indexed and looked for beside its own: names and rare words, whose
    prefixes cannot be told from their first letters ('בלימסול', in Limassol, and 'לימסול' are
    both 'ימסול' so; 'ברסיטל', at a recital, is 'רסיטל' as 'רסיטלים' is). Every form of a name
    loses letters down to the same point, its own first letters too, so they stay together."""
    known = DICTIONARIES.get_dictionary("he")
    base = _hebrew_base(word)
    if word in known or base != (_hebrew_plural_stripped(word) or word):
        return None  # Found in the dictionary, with or without prefixes: 'בלונדון' is London.
    rest = word
    while rest[:1] in _HEBREW_PREFIXES and len(rest) - 1 >= _HEBREW_UNPREFIXED_MIN:
        rest = rest[1:]
        if rest in known:
            return None  # A word of the dictionary behind letters that are part of the word.
    if rest == word:
        return None
    unprefixed = _hebrew_base(rest)
    return unprefixed if unprefixed != base else None


_HEBREW_UNPREFIXED_MIN = 4


# Bulgarian writes the definite article onto the word ('антибиотиците', 'the antibiotics';
# 'законът', 'правителството'); simplemma's dictionary has the common words' definite forms,
# and a word it does not know is looked up, and failing that read, without it: the plural's
# '-те', the singular's '-ът', '-ят', '-та', '-то', where four letters are left.
_BULGARIAN_ARTICLES = (("ите", "и"), ("ете", "е"), ("ът", ""), ("ят", ""), ("та", ""), ("то", ""))
_BULGARIAN_MIN_STEM = 4


def _bulgarian_base(word: str) -> str:
    known = DICTIONARIES.get_dictionary("bg")
    if word not in known:
        for article, left in _BULGARIAN_ARTICLES:
            bare = word[: -len(article)] + left
            if word.endswith(article) and len(bare) >= _BULGARIAN_MIN_STEM:
                word = bare
                break
    return lemma(word, "bg").lower()


def base_form(word: str, code: str) -> str:
    """A lower-cased word's stem or lemma in the language `code` (one of `languages()`)."""
    if code in _LIGHT_STEMMERS:
        return _LIGHT_STEMMERS[code](word)
    if code == "he":
        return _hebrew_base(word)
    if code == "bg":
        return _bulgarian_base(word)
    if code in _LEMMATIZED:
        return lemma(word, _LEMMATIZED[code]).lower()
    if code == "pt" and word not in _NOT_PORTUGUESE_PLURALS:
        for plural, singular in _PORTUGUESE_PLURALS:
            word = plural.sub(singular, word)
    return str(_STEMMER_OF[code].stemWord(word))


def _guessed_singular(word: str, code: str) -> str:
    """The singular of a word simplemma does not know, by its ending: Arabic's feminine plural,
    Romanian's feminine genitive, German's '-s' after a name's '-a' or '-o', Persian's final 'ی'
    and plurals (the word itself where none applies)."""
    if code == "ar" and len(word) >= _ARABIC_PLURAL_MIN_CHARS:
        return _ARABIC_FEMININE_PLURAL.sub("ة", word)
    if code == "ro" and word.endswith("ei") and len(word) >= _ROMANIAN_GENITIVE_MIN_CHARS:
        return word[:-2] + "a"
    if code == "de" and word.endswith(("as", "os")) and len(word) >= _GERMAN_NAME_S_MIN_CHARS:
        return word[:-1]
    if code != "fa":
        return word
    if _persian_ezafe_after_vowel(word):
        return word[:-1]
    if word.endswith(_PERSIAN_FINAL_YEH) and len(word) >= _PERSIAN_YEH_MIN_CHARS:
        return word[:-1]
    if len(word) >= _PERSIAN_PLURAL_MIN_CHARS:
        for end, singular in _PERSIAN_PLURALS:
            if word.endswith(end):
                return word[: -len(end)] + singular
    return word


def _persian_ezafe_after_vowel(word: str) -> bool:
    """Whether the word is a short one with the ezafe's 'ی' after its last vowel ('دمای هوا',
    the air's temperature), a form the dictionary lacks of a word it knows; longer ones lose a
    last 'ی' by the rule of the final 'ی' (_guessed_singular)."""
    return (
        word.endswith(_PERSIAN_EZAFE_AFTER_VOWEL)
        and len(word) >= _PERSIAN_EZAFE_MIN_CHARS
        and not knows_word(word, "fa")
        and knows_word(word[:-1], "fa")
    )


def _arabic_unattached(word: str) -> str:
    """The verbal noun a conjunction or preposition is written onto ('لاضطرابات', for unrest;
    'واعتصامات', and sit-ins), where the dictionary does not know the whole: its lemma, else its
    guessed singular; the word itself otherwise. Snowball takes و, ف and ب off only before a
    letter other than an alif ('وا', 'فا', 'با' open words of their own) and ل and ك only with
    the article; simplemma reads them off only the words it knows. The verbal nouns of the
    derived forms open with an alif and have one before their last letter (اضطراب, احتجاج,
    انفجار, استقرار, اعلان); only those are read, as other words so cut are other words' letters
    (بارزة, prominent, is no rice, ارز; ولايتي no verse, آية), and a word the dictionary knows
    keeps its letters (باقلاء, fava beans, is no اقلاء, read as 'few')."""
    for attached in _ARABIC_BEFORE_ALIF:
        rest = word[len(attached) :]
        if word.startswith(attached) and _ARABIC_VERBAL_NOUN.match(rest):
            if knows_word(word, "ar"):
                return word
            known = lemma(rest, "ar")
            return known if known != rest else _guessed_singular(rest, "ar")
    return word


def _persian_past_stem(word: str) -> str:
    """A Persian infinitive's past stem (the word itself where it is none)."""
    if word.endswith(_PERSIAN_INFINITIVE_ENDS) and len(word) > len(_PERSIAN_INFINITIVE_ENDS[0]):
        known = DICTIONARIES.get_dictionary("fa")
        if word in known and any(prefix + word[:-1] in known for prefix in _PERSIAN_CONTINUOUS):
            return word[:-1]
    return word


def _turkish_devoiced(word: str) -> str:
    if word in DICTIONARIES.get_dictionary("tr"):
        return word
    if found := _TURKISH_VOWEL_ENDING.match(word):
        consonant = found["consonant"] or found["before_dative"]
        return found["base"] + consonant.translate(_TURKISH_DEVOICED)
    stem = base_form(word, "tr")
    if len(stem) > _TURKISH_MIN_STEM and stem[-1] in "bcdğ":
        return stem[:-1] + stem[-1].translate(_TURKISH_DEVOICED)
    return word


def lemma_base_form(word: str, code: str) -> str | None:
    """The stem of a lower-cased word's lemma in a language of LEMMA_STEMMED, where it differs
    from the word's own stem (None otherwise, and for a word the dictionary does not know)."""
    if code == "he":
        return _hebrew_unprefixed(word)
    if code == "sr":
        word = to_latin(word)
    if code == "ar" and (singular := arabic_listed_singular(word)):
        return ARABIC_SINGULAR_MARK + singular
    # A Turkish word the dictionary lacks is read by its consonant first: simplemma's guess at
    # it cuts endings as Snowball does ('asteroidin' is 'asteroi').
    dictionary_form = _turkish_devoiced(word) if code == "tr" else word
    if code == "fa":
        dictionary_form = _persian_past_stem(word)
    if dictionary_form == word:
        dictionary_form = lemma(word, _LEMMA_OF_STEMMED[code]).lower()
    if dictionary_form == word and code == "ar":
        dictionary_form = _arabic_unattached(word)
    if dictionary_form == word:
        dictionary_form = _guessed_singular(word, code)
    if dictionary_form == word:
        return None
    stem = base_form(dictionary_form, code)
    return stem if stem != base_form(word, code) else None


# Arabic's broken plurals, which neither Snowball nor simplemma's dictionary joins to their
# singulars (سيول, سدود, أسعار, شوارع, قرى: simplemma knows each plural as a word of its own,
# and no library under a licence this project can ship reads them; Qalsadi and Tashaphyne are
# GPL). A plural's pattern alone does not tell it: fuʿūl is also a noun of action's shape
# ('دخول', entry, is no plural of 'دخل', income), faʿālil a participle's ('مقاتل'), afʿāl a
# people's name ('الألمان'); read by pattern, a country's name gained a common word's term.
# So the common plurals of the news are listed with their singulars (app/search/data), each
# pair read by hand, and a listed plural or singular has the singular itself for its lemma's
# term ('ar:=قرية'), not Snowball's stem of it, which is often another word's ('قرية' is
# 'ar:قر', as 'القران' is; 'وسيلة', means, is 'ar:سيل', a torrent). Left out: plurals that are
# also another common word (جزر, islands and carrots; أعوام, whose singular عام is also
# 'public'), or are written so once their hamza is left off (أنفاق, tunnels, and إنفاق,
# spending: news often writes both 'انفاق').
ARABIC_SINGULAR_MARK = "="
_ARABIC_PLURALS_CSV = Path(__file__).resolve().parent / "data" / "arabic_broken_plurals.csv"
# A conjunction, a preposition or the article written onto the word, longest first.
_ARABIC_ATTACHED = ("وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
# The alifs with a hamza above, which the news writes bare as often as not ('اسعار'); not إ,
# whose words written bare are other words' plurals ('اعداد', preparing, and 'أعداد').
_ARABIC_BARE_ALIFS = str.maketrans("أآ", "اا")


@functools.cache
def _arabic_pairs() -> tuple[tuple[str, str], ...]:
    """The listed plurals with their singulars."""
    with _ARABIC_PLURALS_CSV.open(encoding="utf-8") as table:
        return tuple((row["plural"], row["singular"]) for row in csv.DictReader(table))


@functools.cache
def _arabic_singulars() -> dict[str, str]:
    """The listed plurals and singulars (their alifs written bare), each to its singular."""
    pairs = _arabic_pairs()
    singulars = {singular.translate(_ARABIC_BARE_ALIFS): singular for _, singular in pairs}
    return singulars | {
        plural.translate(_ARABIC_BARE_ALIFS): singular for plural, singular in pairs
    }


@functools.cache
def arabic_listed_forms(singular: str) -> tuple[str, ...]:
    """A listed singular and its plurals, as written and with their alifs bare (the words a
    snippet marks where a query found the singular's term)."""
    forms = (singular, *(plural for plural, listed in _arabic_pairs() if listed == singular))
    return tuple(dict.fromkeys((*forms, *(form.translate(_ARABIC_BARE_ALIFS) for form in forms))))


def arabic_listed_singular(word: str) -> str | None:
    """The singular of a listed broken plural, or a listed singular itself, written with or
    without the article, a conjunction or a preposition ('السيول', 'والأسعار', 'بالقرية');
    None for any other word."""
    singulars = _arabic_singulars()
    bare = word.translate(_ARABIC_BARE_ALIFS)
    if bare in singulars:
        return singulars[bare]
    for attached in _ARABIC_ATTACHED:
        if bare.startswith(attached) and bare[len(attached) :] in singulars:
            return singulars[bare[len(attached) :]]
    return None


def knows_word(word: str, code: str) -> bool:
    """Whether a lower-cased word (or it capitalised, as German writes its nouns) is a form in
    the dictionary of a language of LEMMA_STEMMED (False for the others: their dictionaries are
    not opened to read a query)."""
    if code not in _LEMMA_OF_STEMMED:
        return False
    if code == "sr":
        word = to_latin(word)
    known = DICTIONARIES.get_dictionary(_LEMMA_OF_STEMMED[code])
    return word in known or word.capitalize() in known


def load_dictionaries(codes: Iterable[str]) -> None:
    """Open now the dictionaries that the languages `codes` are analysed with (before a bulk
    build forks its writers, so that each needs not build or open them itself)."""
    for code in codes:
        dictionary = _LEMMATIZED.get(code) or _LEMMA_OF_STEMMED.get(code)
        if dictionary:
            DICTIONARIES.get_dictionary(dictionary)
