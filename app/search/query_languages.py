"""A query's words in every language the archive holds (see app/search/languages.py).

The parser is given whole lower-cased words (no stemming), so each word can then be analysed
in each language: a word becomes either of its terms (its English analysis, as before, its
stem in each held language whose script it is written in, and in a few its lemma's stem), a
phrase one phrase per language, all its words in that language, and a word of an unspaced
script the phrase of its pairs.
"""

from __future__ import annotations

import copy
from functools import lru_cache, partial
from itertools import pairwise
from typing import Any

from whoosh import matching, query
from whoosh.fields import Schema

from app.compounds import COMPOUNDING, SPLIT_IN_ARCHIVE, archive_split
from app.countries import territory_names
from app.enrich.geo.demonyms import demonyms
from app.search.analysis import TEXT_ANALYZER
from app.search.inflection import LEMMA_STEMMED, knows_word
from app.search.languages import (
    APOSTROPHES,
    LanguageAnalyzer,
    compound_terms,
    lemma_term_of,
    marked,
    stemmed_languages,
    term_of,
)
from app.search.postings import PostingCache, segments
from app.search.whoosh_types import Searcher

LANGUAGE_FIELDS = frozenset({"title", "lead", "body"})  # The fields indexed in a language.
_QUERY_WORDS = LanguageAnalyzer(stem=False, pairs=False, fold=False, apostrophes=True)
# The words the parser made of a word with apostrophes before it kept them whole ('iran', 's').
_APOSTROPHE_PARTS = LanguageAnalyzer(stem=False, pairs=False, fold=False)
_WORD_SCHEMAS: dict[int, tuple[Schema, Schema]] = {}


def word_schema(schema: Schema) -> Schema:
    """`schema` with whole words for the parser in the fields indexed in a language."""
    kept = _WORD_SCHEMAS.get(id(schema))
    if kept is not None and kept[0] is schema:
        return kept[1]
    fields = {}
    for name, field in schema.items():
        fields[name] = copy.copy(field)
        if name in LANGUAGE_FIELDS:
            fields[name].analyzer = _QUERY_WORDS
    if len(_WORD_SCHEMAS) > 64:  # A handful of index schemas live at once.
        _WORD_SCHEMAS.clear()
    _WORD_SCHEMAS[id(schema)] = (schema, Schema(**fields))
    return _WORD_SCHEMAS[id(schema)][1]


def in_languages(words: Any, languages: frozenset[str]) -> Any:
    """The parsed query with each word of a language field in English and in `languages`."""
    codes = ("", *sorted(languages))
    expanded = words.accept(partial(_expanded, codes, spoken_languages(words, codes)))
    # Whoosh's normalize copies every boosted term of a wide tree (most of a parse's time):
    # only a dropped stop word needs it.
    if any(leaf is query.NullQuery for leaf in expanded.leaves()):
        return expanded.normalize()
    return expanded


def languages_held(searcher: Searcher, cache: PostingCache) -> frozenset[str]:
    """The languages some article of the index was stemmed in (read once per segment, kept in
    the index's own cache: a segment's id is unique only within its index)."""
    held: set[str] = set()
    for reader, _ in segments(searcher):
        held |= cache.of_segment(reader, "languages", partial(_stemmed_in, reader))
    return frozenset(held)


def _stemmed_in(reader: Any) -> frozenset[str]:
    return frozenset(
        code
        for code in stemmed_languages()
        if next(iter(reader.expand_prefix("body", f"{code}:")), None)
    )


def spoken_languages(words: Any, codes: tuple[str, ...]) -> frozenset[str]:
    """The languages whose dictionaries know a word of the query: the language a name or a
    new word in it is most likely declined in ('Серпухов' beside 'убийство активиста')."""
    texts = [
        str(leaf.text).lower()
        for leaf in words.leaves()
        if isinstance(leaf, query.Term) and leaf.fieldname in LANGUAGE_FIELDS
    ]
    return frozenset(code for code in codes if any(knows_word(text, code) for text in texts))


def _expanded(codes: tuple[str, ...], spoken: frozenset[str], node: Any) -> Any:
    field = getattr(node, "fieldname", None)
    if field not in LANGUAGE_FIELDS:
        return node
    if isinstance(node, query.Term):
        variants = language_variants(str(node.text), codes, tokenize=True, removestops=True)
        whole = _either([_words(field, terms, 1, node.boost) for terms in variants])
        whole = _or_apart(field, variants, node.boost, whole)
        whole = _or_derived(field, str(node.text), variants, spoken, node.boost, whole)
        whole = _or_archive_parts(codes, node, _or_compound_parts(codes, node, whole))
        return _or_its_parts(codes, spoken, node, whole)
    if isinstance(node, query.Phrase):
        # A phrase keeps its stop words: they are indexed, and "at the end of" means them.
        variants = language_variants(" ".join(node.words), codes, tokenize=True, removestops=False)
        return _either([_words(field, terms, node.slop, node.boost) for terms in variants])
    if isinstance(node, query.Prefix | query.Wildcard):
        variants = language_variants(str(node.text), codes, tokenize=False, removestops=False)
        return _either([type(node)(field, terms[0], boost=node.boost) for terms in variants])
    return node


@lru_cache(maxsize=8192)
def language_variants(
    text: str, codes: tuple[str, ...], tokenize: bool, removestops: bool
) -> tuple[tuple[str, ...], ...]:
    """The terms of `text` in each language, English first, each different sequence once;
    none where English drops it (a stop word in a word query). A word (not a phrase) of a
    language of LEMMA_STEMMED is also the stem of its lemma, where that differs from its own
    stem: articles have it indexed at each word's position, so a form the stemmer cuts apart
    from another ('superó', 'superaron') finds it through their shared lemma."""
    found: dict[tuple[str, ...], None] = {}
    for code in codes:
        tokens = TEXT_ANALYZER(
            marked(text, code), mode="query", tokenize=tokenize, removestops=removestops
        )
        terms = tuple(token.text for token in tokens)
        if not terms and not code:
            return ()
        if terms:
            found.setdefault(terms, None)
        if removestops and len(terms) == 1 and code in LEMMA_STEMMED:
            for form in _arabic_article_forms(text.lower()) if code == "ar" else (text.lower(),):
                for term in (term_of(form, code), lemma_term_of(form, code)):
                    if term is not None:
                        found.setdefault((term,), None)
            if code == "ar" and (plural := _arabic_sound_plural(text.lower())):
                # Its stem alone: the lemma of a plural made up so may be another word's
                # ('الأولات' is read as 'ذو').
                found.setdefault((term_of(plural, code) or plural,), None)
    return tuple(found)


# Arabic's Snowball stemmer reads a word apart with its article and without ('الفيضانات' is
# 'فيضان', 'فيضانات' 'يضانا': it takes the bare word's first letter ف for the conjunction 'and'),
# and the news writes both; a word is looked up as both, each with its lemma's stem.
# An article after 'and', 'with', 'as' or 'so' leaves four letters at least: 'والدين' (parents)
# is no 'and the religion'.
_ARABIC_ARTICLES = (("وال", 4), ("بال", 4), ("كال", 4), ("فال", 4), ("لل", 3), ("ال", 3))


def _arabic_article_forms(word: str) -> tuple[str, ...]:
    bare = _arabic_bare(word)
    if bare is None:
        return (word,)  # 'بالصين': too short to be read without it.
    return tuple(dict.fromkeys((word, bare, "ال" + bare)))


def _arabic_bare(word: str) -> str | None:
    """The word without the article written onto it (itself if it has none; None if what is
    left would be too short)."""
    for article, least in _ARABIC_ARTICLES:
        if word.startswith(article):
            return word[len(article) :] if len(word) - len(article) >= least else None
    return word


def _arabic_sound_plural(word: str) -> str | None:
    """A word not in -ة as its plural in -ات with the article, which Snowball stems by the
    plural's ending alone where it cuts a last -ان off the singular: 'الفيضان' is 'فيض',
    'الفيضانات' 'فيضان' (floods), 'البرلمانات' 'برلمان'."""
    bare = _arabic_bare(word)
    if bare is None or len(bare) < 3 or bare.endswith(("ة", "ات")):
        return None
    return "ال" + bare + "ات"


def _or_its_parts(codes: tuple[str, ...], spoken: frozenset[str], node: Any, whole: Any) -> Any:
    """A word with apostrophes analysed whole ('Almanya'nın' is 'almanya' in Turkish), or its
    parts each found as a word: a language that splits the word there would otherwise need
    them side by side ('Iran's' finds a French 'en Iran', 'l'Iran' a French 'Iran')."""
    text = str(node.text)
    parts = (
        [token.text for token in _APOSTROPHE_PARTS(text)]
        if any(mark in text for mark in APOSTROPHES)
        else []
    )
    if len(parts) < 2:
        return whole
    each = [
        _expanded(codes, spoken, query.Term(node.fieldname, part, boost=node.boost))
        for part in parts
    ]
    kept = [part for part in each if part is not query.NullQuery]
    if not kept:
        return whole
    together = kept[0] if len(kept) == 1 else query.And(kept)
    return together if whole is query.NullQuery else query.Or([whole, together])


# A run of a script written without spaces (Chinese, Japanese, Thai …) a reader types may join
# two words the story writes apart: a name and a title ('高村首相' where the story has
# '高村誠一首相', '习近平主席' for '习近平国家主席'), a place and what is in it. Such a run of four
# characters or more also finds its pairs in order with a few pairs between them, all but the
# pair across one place where the run splits in two words of two characters or more, at
# DERIVED_BOOST; the whole run, as the story writes it, scores above. Runs longer than
# _APART_MAX_PAIRS pairs (a sentence) stay whole. No segmenter finds the place: a reader's run is
# mostly two or three words a dictionary may not know (a name), and each split costs a phrase.
_APART_SLOP = 6  # Pair positions from one part to the next: a given name, a title of office.
_APART_MAX_PAIRS = 8


def _or_apart(field: str, variants: tuple[tuple[str, ...], ...], boost: float, whole: Any) -> Any:
    if whole is query.NullQuery or field not in DERIVED_FIELDS:
        return whole
    apart = [
        RunApart(
            field, [*pairs[:cut], *pairs[cut + 1 :]], slop=_APART_SLOP, boost=boost * DERIVED_BOOST
        )
        for pairs in variants
        if 3 <= len(pairs) <= _APART_MAX_PAIRS and _is_run_of_pairs(pairs)
        for cut in range(1, len(pairs) - 1)
    ]
    return query.Or([whole, *apart]) if apart else whole


def _is_run_of_pairs(terms: tuple[str, ...]) -> bool:
    """Whether the terms are the overlapping character pairs of one unspaced run."""
    return all(len(term) == 2 and ":" not in term for term in terms) and all(
        one[1] == two[0] for one, two in pairwise(terms)
    )


class RunApart(query.Phrase):  # type: ignore[misc]
    """A run's pairs with a word of the story between two of its words (_or_apart): dropped
    under a NOT, where what a reader leaves out is the run as written."""


def _or_compound_parts(codes: tuple[str, ...], node: Any, whole: Any) -> Any:
    """A compound as itself or as all its parts, wherever they stand ('Grenzkontrollen' finds
    'Kontrollen an der Grenze', 'spoorstaking' 'de spoorbonden ... staking': an article's
    compounds have their parts indexed too)."""
    for code in COMPOUNDING.intersection(codes):
        parts = compound_terms(str(node.text).lower(), code)
        if parts and whole is not query.NullQuery:
            each = [query.Term(node.fieldname, term, boost=node.boost) for term in parts]
            whole = query.Or([whole, CompoundParts(each)])
    return whole


class CompoundParts(query.And):  # type: ignore[misc]
    """A compound's parts, all of them (_or_compound_parts): dropped under a NOT, where what a
    reader leaves out is the word, not every article that writes its parts somewhere."""


def _or_archive_parts(codes: tuple[str, ...], node: Any, whole: Any) -> Any:
    """A compound of a language without a decompounding dictionary that its list of common
    words does not split either as itself or, at half weight, as its parts where this archive
    holds them (ArchiveSplits). Not in the lead, as derived words are not: it opens the body,
    where they are found."""
    if whole is query.NullQuery or node.fieldname not in DERIVED_FIELDS:
        return whole
    text = str(node.text).lower()
    splits = [
        ArchiveSplits(node.fieldname, text, code, boost=node.boost * DERIVED_BOOST)
        for code in SPLIT_IN_ARCHIVE.keys() & set(codes)
        if not compound_terms(text, code)  # Split by frequency already, at full weight.
    ]
    return query.Or([whole, *splits]) if splits else whole


class ArchiveSplits(query.Term):  # type: ignore[misc]
    """A word of a SPLIT_IN_ARCHIVE language read as its two parts, both found in the same
    field, where the articles of this archive hold each part as a word of the language
    (ArchiveCounts; app/compounds.py: archive_split): 'stormschade' finds 'de storm ... veel
    schade'. Resolved once per search (with_derived_words); matches nothing before."""

    def __init__(self, fieldname: str, text: str, code: str, boost: float) -> None:
        super().__init__(fieldname, text, boost=boost)
        self.code = code

    def __eq__(self, other: object) -> bool:
        return super().__eq__(other) and self.code == getattr(other, "code", None)

    def __hash__(self) -> int:
        return hash((super().__hash__(), self.code))

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        return matching.NullMatcher()

    def part_terms(self, lookups: ArchiveCounts) -> tuple[str, str] | None:
        """The terms of the word's parts as the archive reads it (app/compounds.py)."""
        return archive_split(
            str(self.text), self.code, lambda word: term_of(word, self.code), lookups.articles
        )

    def resolved(self, lookups: ArchiveCounts) -> Any:
        """The parts together, or None where the archive reads the word as no compound."""
        parts = lookups.parts_of(self)
        if parts is None:
            return None
        field, boost = self.fieldname, self.boost
        return query.And([query.Term(field, term, boost=boost) for term in parts])


class ArchiveCounts:
    """How many articles hold a term in their bodies, or else in their titles (a language's
    words in this archive, for ArchiveSplits: a headline may be all a short story writes of a
    word), each looked up once per search, and at most MAX_SPLIT_LOOKUPS in all: a long query
    of long words stays a search of a few hundred lookups."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self.counts: dict[str, int] = {}
        self.split: dict[tuple[str, str], tuple[str, str] | None] = {}

    def articles(self, term: str) -> int:
        if term not in self.counts:
            if len(self.counts) >= MAX_SPLIT_LOOKUPS:
                return 0
            reader = self.reader
            self.counts[term] = reader.doc_frequency("body", term) or reader.doc_frequency(
                "title", term
            )
        return self.counts[term]

    def parts_of(self, node: ArchiveSplits) -> tuple[str, str] | None:
        key = (str(node.text), node.code)
        if key not in self.split:
            self.split[key] = node.part_terms(self)
        return self.split[key]


MAX_SPLIT_LOOKUPS = 1000


class DerivedForms(query.Prefix):  # type: ignore[misc]
    """The other words of a language whose stem opens with a query word's stem ('es:fronter'
    finds 'fronterizo', 'fr:oppos' 'opposition', 'de:evakuier' 'evakuiert'): a reader asks for
    a word the story writes as a word made from it. None where the stem opens too many words to
    be telling; the word's own terms (its stem, its lemma's stem) are left to themselves, not
    scored twice. Resolved into those words once per search (with_derived_words), as Whoosh
    would look them up again at each step."""

    def __init__(self, fieldname: str, text: str, own: frozenset[str], boost: float) -> None:
        super().__init__(fieldname, text, boost=boost)
        self.own = frozenset(term.encode() for term in own)

    def _btexts(self, ixreader: Any) -> Any:
        found = []
        for word in ixreader.expand_prefix(self.fieldname, self.text):
            if word not in self.own:
                found.append(word)
                if len(found) > MAX_DERIVED:
                    return []
        return found


# A stem of five letters at least: shorter ones open unrelated words (French 'mar', of 'mars',
# opens 'marin' and 'march', of 'marché'). A stem that opens more than MAX_DERIVED words of its
# language is a root too common to say which a reader meant. Their matches weigh DERIVED_BOOST
# of the word's own.
MIN_DERIVED_STEM = 5
MAX_DERIVED = 40
# And at most this many in a whole query, so that a long query in several languages stays a
# search of a few hundred words (the first words' first).
MAX_DERIVED_IN_QUERY = 200
DERIVED_BOOST = 0.5
_FEW_LANGUAGES = 3
DERIVED_FIELDS = frozenset({"title", "body"})


def _or_derived(
    field: str,
    word: str,
    variants: tuple[tuple[str, ...], ...],
    spoken: frozenset[str],
    boost: float,
    whole: Any,
) -> Any:
    """The word, or a word derived from it (derived_stems). Not in the lead: it opens the body,
    where they are found (each field's words are a walk of its term table)."""
    if whole is query.NullQuery or field not in DERIVED_FIELDS:
        return whole
    stems, own = derived_stems(word, variants, spoken)
    derived = [DerivedForms(field, stem, own, boost=boost * DERIVED_BOOST) for stem in stems]
    derived += [
        MadeFrom(field, term, boost=boost * DERIVED_BOOST)
        for term in base_terms(word, variants, spoken)
    ]
    return query.Or([whole, *derived]) if derived else whole


def derived_stems(
    word: str, variants: tuple[tuple[str, ...], ...], spoken: frozenset[str]
) -> tuple[list[str], frozenset[str]]:
    """The stems whose words a word also finds (language_variants gave its `variants`), and its
    own terms, which those words leave out: its stem in each language whose dictionary knows
    it. A word none knows (a name, a new word) is derived in the languages of the query's other
    words (`spoken`), or in every language of its script where those are few (Greek, the Arabic
    script's): among the Latin script's many, it would open words of no kin to it in most."""
    own = _own_terms(variants)
    stems = {
        term: term.partition(":")[0]
        for term in own
        if ":" in term and len(term.partition(":")[2]) >= MIN_DERIVED_STEM
    }
    knowing = [stem for stem, code in stems.items() if knows_word(word, code)]
    if not knowing:
        knowing = [stem for stem, code in stems.items() if code in spoken]
    if not knowing and len(stems) <= _FEW_LANGUAGES:
        knowing = list(stems)
    made_from = [
        made
        for stem in knowing
        if knows_word(word, stems[stem])
        for made in _verb_stems(stem)
        if len(made.partition(":")[2]) >= MIN_DERIVED_STEM
    ]
    return sorted({*knowing, *made_from}), own


# A noun made from a verb, whose stem is not the start of the verb's forms: a reader asks for
# the noun ('эвакуация', 'ухвалення') where the story writes the verb ('эвакуировали',
# 'ухвалила'). The noun stem's ending (Snowball's, or the Ukrainian stripper's) and what the
# verb's stems open with instead: Russian -ация of -ировать/-овать, -ание/-ение of the verb's
# stem ('голосование', 'голосовали'); Ukrainian -ення/-ання ('ухвалення', 'ухвалила';
# 'підписання', 'підписали') and -ація of -ювати/-увати and their participles ('евакуація',
# 'евакуювали', 'евакуйовані'). Only where the language's dictionary knows the query word, and
# only stems of MIN_DERIVED_STEM letters: no library reads a word's derivation in these
# languages (simplemma gives each its own lemma). A blind cut of a stem's last letters, measured
# on every written set in one archive, found 10 more of 2,516 queries and 651 more results,
# most of them other words ('électeur' opening 'électrique'); French -aire (budgétaire, budget)
# was left out, as it opens other words as often ('populaire' population, 'commentaire'
# comment).
_VERB_STEMS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ru": (("ац", ("ир", "ов")), ("ан", ("а",)), ("ен", ("",))),
    "uk": (("енн", ("",)), ("анн", ("",)), ("ац", ("ув", "юв", "йов", "ов"))),
}


def _verb_stems(term: str) -> list[str]:
    code, _, stem = term.partition(":")
    for ending, starts in _VERB_STEMS.get(code, ()):
        if stem.endswith(ending):
            return [f"{code}:{stem[: -len(ending)]}{start}" for start in starts]
    return []


def _own_terms(variants: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(terms[0] for terms in variants if len(terms) == 1)


# The endings that make a people's or a place's adjective from the place's name, in the stems
# Snowball leaves them on ('béninoises' of 'Bénin', 'chilien' of 'Chili', 'canadienses' of
# 'Canadá', 'mexicano' of 'México', 'brasileiro' of 'Brasil', 'российский' of 'Россия'), each
# with how many letters it cuts: a reader asks for the adjective where the story names the
# place. The stem less them (or that stem's own stem: 'ливанск' less 'ск' is 'ливан', whose
# stem 'лива' is Lebanon's) is also found, a whole term at DERIVED_BOOST, where it is the term
# of a country's or a continent's one-word name in the language (Babel's CLDR names), the
# shortest cut first ('ливанск' is no 'лив', Libya): so 'tournois' is no 'tourner', 'Julián'
# no 'julio', 'Зеленський' no 'зелений'. Only in the languages whose dictionary knows the word
# or the query's other words: an English 'Frances' is no Francia. Snowball's own steps cut none
# of these endings, and no library reads a word's derivation in these languages.
_ADJECTIVE_ENDINGS: dict[str, tuple[tuple[str, int], ...]] = {
    "fr": (("ois", 3), ("ien", 3), ("een", 3), ("ain", 3)),
    "es": (("en", 2), ("an", 2), ("iens", 4)),
    "pt": (("an", 2), ("ens", 3), ("eir", 3)),
    "ca": (("an", 2), ("ens", 3)),
    "it": (("an", 2), ("es", 2)),
    "ru": (("ск", 2), ("йск", 3), ("ийск", 4), ("анск", 4)),
    "uk": (("ськ", 3), ("йськ", 4), ("ійськ", 5), ("анськ", 5)),
}
# The stems of names and words of those endings that are no adjective of the place they would
# be read as ('François', 'turquoise', 'barbeiro', 'Albanese', 'кубанский' of the Kuban).
_NOT_ADJECTIVES = frozenset({
    "francois", "turquois", "barbeir", "albanes", "males", "frances", "georges", "mondain",
    "mundan", "malsain", "кубанск", "кубанськ",
})  # fmt: skip
# CLDR's 'World' ('Monde', 'Mundo', 'Світ'): 'mondain' is of no place.
_NOT_PLACES = frozenset({"001"})


@lru_cache(maxsize=64)
def _place_terms(code: str) -> frozenset[str]:
    """The terms of the one-word names of countries and continents in a language (CLDR)."""
    territories = territory_names(code).items()
    names = (n for place, n in territories if n.isalpha() and place not in _NOT_PLACES)
    return frozenset(term for name in names if (term := term_of(name.lower(), code)))


@lru_cache(maxsize=8192)
def base_terms(
    word: str, variants: tuple[tuple[str, ...], ...], spoken: frozenset[str]
) -> tuple[str, ...]:
    """The terms of the places a query word is the adjective of, by _ADJECTIVE_ENDINGS, in the
    languages whose dictionary knows it or the query's other words, none of them one of its own
    terms, nor of a word that is itself a place's name ('Líbano' is no 'Líbia')."""
    own = _own_terms(variants)
    found: dict[str, None] = {}
    for term in sorted(own):
        code, _, stem = term.partition(":")
        if not code or stem in _NOT_ADJECTIVES or not (knows_word(word, code) or code in spoken):
            continue
        places = _place_terms(code)
        if term in places:
            continue
        named = _country_of_people(code).get(word.lower())
        if named is not None and named not in own:
            found.setdefault(named, None)  # 'Rus' is of Rusya, 'Japaner' of Japan.
            continue
        for ending, cut in _ADJECTIVE_ENDINGS.get(code, ()):
            if not stem.endswith(ending):
                continue
            bare = stem[:-cut]
            place = next((t for t in (f"{code}:{bare}", term_of(bare, code)) if t in places), None)
            if place is not None and place not in own:
                found.setdefault(place, None)
                break
    return tuple(found)


@lru_cache(maxsize=64)
def _country_of_people(code: str) -> dict[str, str]:
    """Each form of a country's adjective or people's noun in a language (the archive's table of
    them: app/enrich/data/demonyms.csv, 'Rus', 'Alman', 'Japaner', 'американца') -> the term of
    the country's one-word name there ('tr:rusya'): the irregular ones no ending tells."""
    names = territory_names(code)
    found: dict[str, str] = {}
    for alias in demonyms(code):
        name = names.get(alias.code or "", "")
        if name.isalpha() and (term := term_of(name.lower(), code)):
            found.setdefault(alias.text.lower(), term)
    return found


class MadeFrom(query.Term):  # type: ignore[misc]
    """The term of the place a query word is the adjective of (base_terms): matched as any
    term, but dropped under a NOT (with_derived_words), as the words made from a word are."""


def with_derived_words(words: Any, reader: Any) -> Any:
    """The parsed query with each DerivedForms replaced by the words it stands for in this
    index (looked up once, where Whoosh would look them up again to match, score and mark) and
    each ArchiveSplits by the parts it reads as here, or dropped where they stand for none, and
    under a NOT, as a compound's parts and the words a word is made from are: what a reader
    leaves out is the word and its forms, not every word made from it or it is made from, nor
    every article holding its parts."""

    budget = [MAX_DERIVED_IN_QUERY]
    counts = ArchiveCounts(reader)

    def resolved(node: Any, negated: bool) -> Any:
        if isinstance(node, ArchiveSplits):
            return None if negated else node.resolved(counts)
        if isinstance(node, CompoundParts | MadeFrom | RunApart) and negated:
            return None
        if isinstance(node, DerivedForms):
            found = [] if negated else [term.decode() for term in node._btexts(reader)]
            found = found[: max(budget[0], 0)]
            budget[0] -= len(found)
            terms = [query.Term(node.fieldname, term, boost=node.boost) for term in found]
            if not terms:
                return None
            return terms[0] if len(terms) == 1 else query.Or(terms)
        if isinstance(node, query.Not):
            return query.Not(_or_null(node.query, not negated), boost=node.boost)
        if isinstance(node, query.AndNot):
            return query.AndNot(_or_null(node.a, negated), _or_null(node.b, not negated))
        if isinstance(node, query.AndMaybe):
            return query.AndMaybe(_or_null(node.a, negated), _or_null(node.b, negated))
        if isinstance(node, query.compound.CompoundQuery):
            children = [resolved(child, negated) for child in node.subqueries]
            kept = [child for child in children if child is not None]
            if len(kept) == len(node.subqueries) and all(
                new is old for new, old in zip(kept, node.subqueries, strict=True)
            ):
                return node
            if not kept:
                return None
            changed = copy.copy(node)
            changed.subqueries = kept
            return changed
        return node

    def _or_null(node: Any, negated: bool) -> Any:
        found = resolved(node, negated)
        return query.NullQuery if found is None else found

    return _or_null(words, negated=False)


def _words(field: str, terms: tuple[str, ...], slop: int, boost: float) -> Any:
    if len(terms) == 1:
        return query.Term(field, terms[0], boost=boost)
    return query.Phrase(field, list(terms), slop=slop, boost=boost)


def _either(variants: list[Any]) -> Any:
    if not variants:
        return query.NullQuery
    return variants[0] if len(variants) == 1 else query.Or(variants)
