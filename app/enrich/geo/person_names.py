"""Whether a place's name is written as part of a person's, or ends a firm's: beside a
capitalised name ('Paris Hilton', 'Michael B. Jordan'), as a surname after a given name ('Antonio
Greco', 'Hüseyin Macar', 'マテウス・リマ'), as a family name after a title ('الدكتورة هالة
المصري', '副市长韩国栋'), or at the end of a company's name ('Fuji Photo Film USA'). Each
language is read by its own signs: capitals, a dictionary, family names, a dot between names."""

from __future__ import annotations

import re

from app.enrich.geo.demonyms import people_noun_bases, people_nouns
from app.enrich.geo.gazetteer import PLACE_KINDS, Kind
from app.enrich.geo.local_towns import stop_words
from app.enrich.geo.matcher import (
    Match,
    find_names,
    is_kind,
    line_before,
    mid_sentence,
    word_before,
    words_after,
)

# Words that may stand before or after a place without making it part of a person's name.
_NOT_A_NAME = {
    "In",
    "The",
    "On",
    "At",
    "To",
    "From",
    "And",
    "Of",
    "For",
    "With",
    "By",
    "As",
    "But",
    "Or",
    "Said",
    "Says",
    "Is",
    "Was",
    "Has",
    "Had",
    "Will",
    "Would",
    "Also",
    "After",
    "Before",
    "While",
    "When",
    "If",
    "Both",
    "Between",
    "Against",
    "Into",
    "Over",
    "Under",
    "Near",
    "Across",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Times",
    "News",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
}
# A word that ends a sentence, a clause or a quotation: no name goes on past it.
SENTENCE_END = re.compile(r"[.!?:;\"“”]$")


def reads_as_person(match: Match, text: str, language: str | None, story: str) -> bool:
    """'Michael Jordan', 'Chad Smith', 'Paris Hilton': a capitalised neighbour that is a name.

    In a headline in title case every word is capitalised ('London Braces For Storm', 'Jordan
    Signs Water Deal'): the word after tells nothing there, unless the article writes the pair
    again ('Paris Hilton' in its text). The word before still does: a given name is capitalised
    in every style ('Rep. Jim Jordan Admits …')."""
    after = next(words_after(text, match), "")
    if (
        after[:1].isupper()
        and not _common_word(after.strip(",.;:'’s"), language)
        and (not in_title_case(text) or _written_again(match, text, after, story))
    ):
        return not _names_a_place(after)
    before = word_before(text, match)
    if _INITIAL.match(before) and _name_before_initial(text, match):
        return True  # A middle initial: 'Michael B. Jordan', 'Stephen F. Austin'.
    if (
        before[:1].isupper()
        and not _common_word(before, language)
        and not SENTENCE_END.search(before)
    ):
        return not is_kind(match, Kind.CAPITAL)
    return False


def _common_word(word: str, language: str | None) -> bool:
    """A word that is no one's name: English's listed ones, and any language's common words
    capitalised at a sentence's start ('À Paris', 'En París', 'In Paris')."""
    return word in _NOT_A_NAME or word.lower() in stop_words((language or "en").split("-")[0])


def _names_a_place(word: str) -> bool:
    return any(m.alias.code for m in find_names(word.strip(",.;:")))


# A capital and its stop, not a Roman numeral ending a sentence ('World War I. Paris …').
_INITIAL = re.compile(r"^[A-HJ-UWYZ]\.$")
_POSSESSIVE = re.compile(r"['’]s$")


def _name_before_initial(text: str, match: Match) -> bool:
    """Whether a capitalised word stands before the initial ('Michael B.', not 'plan B.')."""
    words = text[: match.start].split()
    return len(words) >= 2 and words[-2][:1].isupper() and not SENTENCE_END.search(words[-2])


def _written_again(match: Match, text: str, after: str, story: str) -> bool:
    """Whether the article writes the name and the word after it again elsewhere."""
    word = _POSSESSIVE.sub("", after.strip(",.;:!?"))  # 'Paris Hilton's Perfume'.
    pair = f"{text[match.start : match.end]} {word}"
    return story.count(pair) > 1


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TITLE_CASE_WORDS = 4  # Fewer words tell no style.
_TITLE_CASE_SHARE = 0.8  # Of the words longer than three letters ('of', 'in', 'the' may not be).
_TITLE_CASE_CHARS = 200  # A longer line is no headline.


def in_title_case(text: str) -> bool:
    """A line whose longer words nearly all begin with a capital (an English headline's style),
    not a sentence's full stop at its end ('Nikki Holland of the UK's National Crime Agency
    said.')."""
    if "\n" in text or len(text) > _TITLE_CASE_CHARS or text.rstrip().endswith("."):
        return False
    words: list[str] = [word for word in _TITLE_WORD.findall(text) if len(word) > 3]
    if len(words) < _TITLE_CASE_WORDS:
        return False
    return sum(word[0].isupper() for word in words) >= _TITLE_CASE_SHARE * len(words)


# 'Fuji Photo Film USA', 'Team USA', 'Miss USA': a company, a team or a title, not the place;
# but an article that opens a sentence is none ('Die USA …', 'Az USA …', 'Gli USA …'). The
# languages' stop lists would not do: they hold 'film' and 'Team' too.
_ARTICLES = frozenset(
    {"the", "die", "der", "den", "az", "a", "gli", "i", "les", "los", "las", "os", "as", "el"}
    | {"la", "le", "de", "het"}
)


def ends_a_name(match: Match, text: str) -> bool:
    """Whether the name ends another: a capitalised word stands before it that is no article,
    no listed common word and no sentence's end ('Team USA')."""
    before = word_before(text, match)
    return (
        before[:1].isupper()
        and before not in _NOT_A_NAME
        and before.lower() not in _ARTICLES
        and not SENTENCE_END.search(before)
    )


# Romance and Scandinavian languages and Dutch write a country's name after a person's given
# name only as a surname: 'el concejal de Urbanismo, Andrés Portugal, explicó', 'o atacante
# Gabriel França', 'anfallaren Elias Jordan'. Not German, whose dictionary capitalises its
# nouns as its names ('Regierung', 'Clara'), nor Indonesian and Malay, which write offices
# before places in capitals ('Kapolda Jawa Timur').
_GIVEN_NAME_LANGUAGES = frozenset({"es", "pt", "fr", "it", "ca", "pl", "el"}) | frozenset(
    {"sv", "nl", "da", "no", "nb", "ro", "cs", "sk"}
)
# Languages that decline a country's name after a surname as after a given name ('premier Tusk
# Niemcom przedstawił'): there only a people's name is read as a surname ('Κώστας Γερμανός',
# 'Andrei Moldovan', 'Jana Němcová').
_SURNAMES_AS_PEOPLE_ONLY = frozenset({"pl", "el", "ro", "cs", "sk"})
# Titles written before a given name, whose full stop ends no sentence: 'Dr. Selin Macar'.
_TITLES = frozenset(
    {"dr.", "prof.", "doç.", "dott.", "dott.ssa", "ing.", "mgr.", "bc.", "sr.", "sra.", "av."}
    | {"m.", "mme", "mlle", "me", "st.", "lic.", "arq."}
)


# A town's name is a surname as often as a country's: 'Adriana Salvador', 'Florencia Lagos'.
_SURNAME_KINDS = (Kind.NAME, Kind.DEMONYM, *PLACE_KINDS)


def after_a_given_name(match: Match, text: str, language: str | None) -> bool:
    """A country's name or its people's, capitalised after a capitalised word in mid-sentence
    that is no word of the language (_in_dictionary) nor a place: a given name, so a surname
    ('Antonio Greco', 'Κώστας Γερμανός'; in Polish and Greek a people's name only).
    Institutions are written with a noun ('Migración Colombia', 'Banco Santander'), a sentence's
    first word is capitalised anyway; some given names are words too ('Ana', 'Pedro'): missed."""
    base = (language or "en").split("-")[0]
    if base in _DOTTED_NAME_LANGUAGES:
        return _after_a_dotted_given_name(match, text, language)
    if base == "ar":
        return _after_an_arabic_title(match, text)
    if base in _PEOPLE_NOUNS_IN_SMALL_LETTERS:
        return _a_capitalised_people_noun(match, text, base)
    if base == "vi":
        return _after_a_vietnamese_name(match, text)
    if base == "de":
        return _after_a_german_given_name(match, text)
    if base == "tr":
        return _after_a_turkish_given_name(match, text)
    if base not in _GIVEN_NAME_LANGUAGES or not is_kind(match, *_SURNAME_KINDS):
        return False
    if base in _SURNAMES_AS_PEOPLE_ONLY and not is_kind(match, Kind.DEMONYM):
        return False  # 'minister Sikorski Ukrainie obiecał': a case form is no surname.
    if is_kind(match, Kind.DEMONYM) and not text[match.start : match.start + 1].isupper():
        return False  # A people's adjective in small letters is no surname ('governo greco').
    before = _capitalised_word_before(match, text)
    if before is None:
        return False
    given, first = before
    if not first or first[-1:] in "(«\"“‘'":
        return False
    if SENTENCE_END.search(first) and first.lower() not in _TITLES:
        return False
    if _in_dictionary(given, base) or given in _NOT_GIVEN_NAMES:
        return False
    if _NAME_GOES_ON.match(text, match.end):
        return False  # 'Adolfo Suárez Madrid-Barajas', 'Rolex Shanghai Masters'.
    if not is_kind(match, Kind.NAME, Kind.DEMONYM) and not after_a_role(match, text, language):
        return False  # A brand's or a museum's town: 'Le Louvre Abu Dhabi', 'de Volkswagen Puebla'.
    return not _a_place_just_before(match, text, language)  # '… Lisboa Portugal'


def after_a_name(match: Match, text: str) -> bool:
    """In English, right after a capitalised word that is no word of the language: a given name
    or a title ('Toshiyuki Shiga', 'Mr Shiga'; not 'The Gauteng', 'In Otago')."""
    before = _CAPITALISED_BEFORE.search(text, 0, match.start)
    return before is not None and not _in_dictionary(before.group(1), "en")


_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\.?\s+$")


def _capitalised_word_before(match: Match, text: str) -> tuple[str, str] | None:
    """The capitalised word right before the match, a given name perhaps, and the word before
    that: ('Hüseyin', 'Başkanı') for 'Başkanı Hüseyin Macar'."""
    words = line_before(match, text)
    if len(words) < 3 or words[-1]:
        return None
    given, first = words[-2], words[-3]
    if not (given[:1].isupper() and given.isalpha() and not given.isupper()):
        return None
    return given, first


def _a_place_just_before(match: Match, text: str, language: str | None) -> bool:
    """Whether a place's name ends right before the match, read in the few words before it
    rather than the whole text."""
    window = text[max(0, match.start - 80) : match.start]
    return any(name.end >= len(window) - 1 for name in find_names(window, language))


# A Vietnamese person's name is the family's, a middle name and the given name, which is a
# country's as often as not ('Lê Minh Đức', 'Trần Văn Anh'): after one of the common family
# names (nine in ten Vietnamese bear one of these) and one or two capitalised syllables. So is
# one after a title or a form of address ('bác sĩ Đức', 'Cô Nga'; 'anh' in small letters, for
# 'Anh' is Britain; not 'đàn ông', a man).
_VIETNAMESE_FAMILY_NAMES = frozenset({
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Đào", "Trịnh", "Đoàn", "Vương", "Tạ",
    "Lâm", "Cao", "Mai", "Tô", "Hà", "Châu",
})  # fmt: skip
_VIETNAMESE_TITLE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?<!đàn )(?:[Bb]ác sĩ|[Tt]iến sĩ|[Gg]iáo sư|[Ll]uật sư|[Kk]ỹ sư|[Ôô]ng"
    r"|[Bb]à|[Cc]hị|[Cc]ô|[Tt]hầy|[Ee]m|anh) $"
)


def _after_a_vietnamese_name(match: Match, text: str) -> bool:
    if _VIETNAMESE_TITLE_BEFORE.search(text, max(0, match.start - 12), match.start):
        return True
    words = line_before(match, text)
    if len(words) < 3 or words[-1]:
        return False
    for count in (1, 2):  # The middle syllables between the family name and the match.
        if len(words) < count + 2:
            break
        family, middle = words[-count - 2], words[-count - 1 : -1]
        if not all(word[:1].isupper() and word.isalpha() for word in middle):
            break
        if family in _VIETNAMESE_FAMILY_NAMES:
            return True
    return False


# Arabic family names are as often a people's adjective with the article, a nisba ('الدكتورة
# هالة المصري', 'اللاعب سالم اليمني'): after a person's title or trade and a given name of one
# word without the article. A club or a firm takes the adjective too ('ريال مدريد الإسباني',
# 'أرامكو السعودية'), so only after a title of a person, only the masculine form a family name
# keeps for a woman as for a man, and not after two words, which are most often a full name and
# the adjective its bearer's nationality ('المهاجم ألكسندر ميتروفيتش الصربي', 'الفنان راغب علامة
# اللبناني'). The story then writes the name alone ('وأضافت المصري'), where the adjective after
# a noun with the article is the country's again ('الاقتصاد المصري', 'للمنتخب اليمني'): a
# helper's review of 48 sentences (stop 66).
_ARABIC_TITLES = (
    "دكتور", "باحث", "أستاذ", "بروفيسور", "شيخ", "سيد", "لاعب", "مدرب", "كاتب", "صحفي",
    "فنان", "مهندس", "محامي", "طبيب", "نائب", "مخرج", "روائي", "شاعر", "ممثل", "مطرب",
    "متحدث", "ناشط", "خبير", "محلل", "مهاجم", "مدافع", "حارس", "رسام", "مؤرخ", "إعلامي",
    "لواء", "عميد", "عقيد",
)  # fmt: skip
# The title with its article (after 'and', 'with', 'to': 'وقال الدكتور', 'للكاتب'), or 'د.';
# the given name one word, or 'عبد' and a name of God ('عبد الرحمن').
_ARABIC_TITLE_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:[وفبل]?ال|لل)(?:" + "|".join(_ARABIC_TITLES) + r")ة?|د\.)"
    r"\s+(?P<name>عبد\s+\S+|[^\s،,.:؛]+)\s+$"
)
_ARABIC_NISBA = re.compile(r"ال\w+ي")
# The article, perhaps after 'and', 'with', 'to', 'so' or 'as' written onto it.
_ARABIC_DEFINITE = re.compile(r"^(?:[وفبلك]?ال|لل)")


def _after_an_arabic_title(match: Match, text: str) -> bool:
    name = text[match.start : match.end]
    if not is_kind(match, Kind.DEMONYM) or not _ARABIC_NISBA.fullmatch(name):
        return False
    before = text[max(0, match.start - 60) : match.start]
    found = _ARABIC_TITLE_BEFORE.search(before)
    return found is not None and (
        found["name"].startswith("عبد") or not _ARABIC_DEFINITE.match(found["name"])
    )


def after_an_arabic_noun(text: str, match: Match) -> bool:
    """Whether a word with the article stands right before: the adjective is its noun's."""
    return bool(_ARABIC_DEFINITE.match(word_before(text, match)))


# German capitalises its nouns and its names alike, and its dictionary holds given names as
# nouns ('Anna', 'Thomas'), so the rule above is not read there; but a people's noun as the
# table gives it (singular, nominative), right after a capitalised word and before no noun, is a
# surname ('Jonas Ungar', 'Bürgermeister Thomas Schweizer … Schweizer sagte'): a people's noun
# takes an article or a number ('der Japaner', 'zwei Russen'), and a noun before it does too
# ('die Bundespolizei Syrer und Iraker'). Not its other forms: 'laut Statistik Deutsche', 'der
# Armee Israelis' are the people (a helper's review, stop 66).
_GERMAN_DETERMINERS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "kein", "keine", "jeder", "jede", "dieser", "diese", "zwei", "drei", "vier", "viele",
    "einige", "mehrere", "zum", "zur", "beim", "vom", "im", "am",
})  # fmt: skip


def _after_a_german_given_name(match: Match, text: str) -> bool:
    if not is_kind(match, Kind.DEMONYM):
        return False
    if text[match.start : match.end].lower() not in people_noun_bases("de"):
        return False
    words = line_before(match, text)
    if len(words) < 2 or words[-1]:
        return False
    given = words[-2]
    return (
        given[:1].isupper()
        and given.isalpha()
        and not given.isupper()
        and given.lower() not in _GERMAN_DETERMINERS  # 'Der Saudi wurde …'
        and given not in _NOT_GIVEN_NAMES
        and (len(words) < 3 or not SENTENCE_END.search(words[-3]))
        # A noun after an article is no given name: 'die Bundespolizei Syrer', 'am Ende Spanier'.
        and (len(words) < 3 or words[-3].lower() not in _GERMAN_DETERMINERS)
        and not _NAME_GOES_ON.match(text, match.end)  # 'Qualität Schweizer Uhren'.
    )


# Turkish people's words are family names too ('Hüseyin Macar', 'Ahmet Türk', 'Elif Arnavut'),
# and Turkish's dictionary holds its given names in small letters, so a given name is read by
# its place: a capitalised word inside a sentence, right before the people's word, which ends
# a clause or takes a person's case ending ('Macar ise', 'Macar'a göre', 'Macar, …'). Before a
# noun the word is the people's ('Erdoğan Macar heyetini kabul etti'); a country's name is not
# read so ('Erdoğan Mısır'a gitti': to Egypt).
_TURKISH_SURNAME_END = re.compile(r"['’]\w|\s+(?:ise|de|da)\b|\s*(?:[,.;:!?)\"”]|$)")


def _after_a_turkish_given_name(match: Match, text: str) -> bool:
    if not is_kind(match, Kind.DEMONYM) or not text[match.start : match.start + 1].isupper():
        return False
    before = _capitalised_word_before(match, text)
    if before is None:
        return False
    _, first = before
    if not first or SENTENCE_END.search(first) or not ends_a_turkish_surname(text, match):
        return False
    return not _a_place_just_before(match, text, "tr")


# ...but a list of peoples goes on from it ('Bakan Fidan Alman, İngiliz ve Fransız
# mevkidaşlarıyla', 'Bahçeli Türk de Kürt de'; a helper's review, stop 67).
_TURKISH_LIST_AFTER = re.compile(r"(?:,|\s+(?:ve|ile|de|da))\s+([A-ZÇĞİÖŞÜ]\w+)")
_TURKISH_BOTH = re.compile(r"\s+d[ae]\s+\w+\s+d[ae]\b")  # 'Türk de Kürt de': both.


def ends_a_turkish_surname(text: str, match: Match) -> bool:
    """Whether a Turkish people's word ends a clause or takes a case ending here, as a surname
    does, and no list of peoples goes on from it."""
    if not _TURKISH_SURNAME_END.match(text, match.end) or _TURKISH_BOTH.match(text, match.end):
        return False
    following = _TURKISH_LIST_AFTER.match(text, match.end)
    if following is None:
        return True
    word = following.group(1)
    return not any(is_kind(m, Kind.DEMONYM) and m.end == len(word) for m in find_names(word, "tr"))


# Russian and Ukrainian write a people's noun in small letters ('американец', 'поляки'): one
# capitalised inside a sentence, or after an initial, is a family name ('Ігорю Поляку', 'роман
# Оксани Поляк', 'И. Поляк').
_PEOPLE_NOUNS_IN_SMALL_LETTERS = frozenset({"ru", "uk"})
# The languages whose person's names the rules above read by their own signs.
_NAMES_READ_APART = frozenset({"ar", "de", "tr"}) | _PEOPLE_NOUNS_IN_SMALL_LETTERS
_INITIAL_BEFORE = re.compile(r"(?:^|\s)[А-ЯЁІЇЄҐ]\.\s*$")


def _a_capitalised_people_noun(match: Match, text: str, language: str) -> bool:
    name = text[match.start : match.end]
    return (
        is_kind(match, Kind.DEMONYM)
        and name[:1].isupper()
        and not name.isupper()
        and (
            mid_sentence(text, match.start)
            or bool(_INITIAL_BEFORE.search(text, max(0, match.start - 4), match.start))
        )
        and name.lower() in people_nouns(language)
    )


# A person's name ends at its surname; a name that goes on with a hyphen or another capitalised
# word is a place's, an airport's or an event's ('Madrid-Barajas', 'Shanghai Masters').
_NAME_GOES_ON = re.compile(r"-\w|\s+[A-ZÀ-ÖØ-Þ]\w")
# Capitalised words before a place that are no given names: English's article ('The Washington
# Post' in a Portuguese text).
_NOT_GIVEN_NAMES = frozenset({"The"})


def after_a_role(match: Match, text: str, language: str | None) -> bool:
    """Whether the given name before the match follows a word in small letters that is none of
    the language's most frequent words (an article, a preposition) nor a venue's (a hotel's, a
    museum's, a paper's): a role or a verb ('la bioquímica Adriana Salvador')."""
    base = (language or "en").split("-")[0]
    if base in _DOTTED_NAME_LANGUAGES or base in _NAMES_READ_APART:
        # Read only after a given name and a title (_after_an_arabic_title), as a noun's base
        # after a given name (_after_a_german_given_name) or capitalised inside a sentence
        # (_a_capitalised_people_noun): a person's name wherever it is so.
        return True
    words = line_before(match, text)
    role = words[-3] if len(words) >= 3 else ""
    if role.lower() in _TITLES:
        return True
    return (
        role.isalpha()
        and role.islower()
        and role not in stop_words(base)
        and not _VENUE_WORDS.match(role)
    )


# The places and firms a brand's or a chain's name follows, in the languages of the rule.
_VENUE_WORDS = re.compile(
    r"(?:h[oô]tel|museo|museu|mus[eé]e|museum|diario|jornal|journal|giornale|krant|tidning"
    r"|avis|planta|f[aá]brica|usine|fabbrica|aeropuerto|aeroporto|a[eé]roport|flygplats|estadio"
    r"|est[aá]dio|stade|stadio|stadion|teatro|th[eé][aâ]tre|teater|theater|banco|banque|banca"
    r"|bank|tienda|loja|magasin|negozio|butik|winkel|galer[ií]a|galeria|galerie|galleria"
    r"|casino|cassino|club|clube|restaurante?|ristorante|centro|centre|center|grupo|groupe"
    r"|gruppo|marca|marque|filial|sucursal|agencia|agência|agence|agenzia)$",
    re.IGNORECASE,
)


# Japanese writes a foreign person's names in katakana with a dot between them ('マテウス・
# リマ'): a town's name after a dot and a katakana word that is no place is a surname. The dot
# also sets a headline's rubric apart ('サッカー・ブラジル代表', '首都・キーウ') and joins a
# list ('日本・中国', '米大リーグ・ニューヨーク・ヤンキース'): so never a country's name, nor a
# town's that a noun in kanji or another dot goes on from ('リマ大会'), nor after a place or
# after a katakana word that ends a compound ('大リーグ'). Chinese sets rubrics apart with it
# as often ('直击·巴黎奥运会'), and writes given names with no script of their own: not read
# there.
_DOTTED_NAME_LANGUAGES = frozenset({"ja"})
_GIVEN_NAME_DOT = re.compile(
    r"(?<![\u4e00-\u9fff\u30a1-\u30fa\u30fc・])([\u30a1-\u30fa\u30fc]{2,})・$"
)
_NOUN_OR_DOT_AFTER = re.compile(r"[\u4e00-\u9fff・]")


def _after_a_dotted_given_name(match: Match, text: str, language: str | None) -> bool:
    given = _GIVEN_NAME_DOT.search(text, max(0, match.start - 20), match.start)
    if (
        given is None
        or not is_kind(match, *PLACE_KINDS)
        or _NOUN_OR_DOT_AFTER.match(text, match.end)
    ):
        return False
    word = given.group(1)
    return not any(name.end == len(word) for name in find_names(word, language))


def _in_dictionary(word: str, language: str) -> bool:
    """Whether simplemma's dictionary holds the word as a common word: its lemma in small letters
    ('Banco', 'Ministerio'; not 'Ana', whose lemma is 'Ana'). Not the stop words: jusText's lists
    are a language's most frequent words, given names among them ('antonio', 'jan')."""
    from app.lemmas import DICTIONARIES

    try:
        lemma = DICTIONARIES.get_dictionary(language).get(word.lower())
    except ValueError:  # simplemma has no dictionary of the language.
        return False
    return lemma is not None and lemma[:1].islower()


# A Chinese paper writes an official's, a defendant's or a reporter's name right after the title
# ('原副市长韩国栋', '被告人韩国栋', '记者 韩国栋'): a name of three characters that opens on a
# country's (Han Guodong's 韩国) and that the story writes again is the person's, there and
# wherever it stands ('韩国栋利用职务便利'). Not where the third character makes the country a
# word of its own ('被告人韩国籍男子', '记者中国行', '主教练巴西人'; a helper's review, stop 68).
_CHINESE_TITLE_BEFORE = re.compile(
    r"(?:市长|省长|县长|区长|镇长|乡长|村长|书记|支书|主任|局长|厅长|处长|科长|所长|部长|主席"
    r"|院长|校长|厂长|经理|董事长|总裁|被告人|被告|嫌疑人|记者|通讯员|委员|队长|主教练)\s?$"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_COUNTRY_WORD_ENDS = frozenset("籍人行队方军政企货产媒民驻外总侨文语菜式版区馆站裔代使")


def after_a_chinese_title(match: Match, text: str, language: str | None, story: str) -> bool:
    """Whether a Chinese name opens a person's written after a title ('副市长韩国栋') and
    again in the story."""
    if (language or "").split("-")[0] != "zh" or not is_kind(match, Kind.NAME):
        return False
    if not _CHINESE_TITLE_BEFORE.search(text, max(0, match.start - 5), match.start):
        return False
    third = text[match.end : match.end + 1]
    name = text[match.start : match.end + 1]
    return bool(_HAN.match(third)) and third not in _COUNTRY_WORD_ENDS and story.count(name) > 1
