"""Compounds read as their parts (app/compounds.py), in the index and in queries: German by its
dictionary, Dutch and the Scandinavian languages by how often each part is written as a word."""

from __future__ import annotations

import pytest

from app.compounds import compound_parts
from app.lemmas import words_starting
from app.search import SearchRequest, search
from app.search.analysis import TEXT_ANALYZER
from app.search.languages import marked
from app.search.query import parse_user_query
from app.search.query_languages import ArchiveSplits
from tests.search.small_archives import archive_of, names_found


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("grenzkontrollen", ("grenz", "kontrollen")),  # The first part as the dictionary has it.
        ("bahnverbindungen", ("bahn", "verbindungen")),
        ("arbeitstage", ("arbeits", "tage")),  # A linking 's', not 'Arbeit' and 'Stage'.
        ("krisenstabs", ("krisen", "stabs")),  # Not 'Krisens' and 'Tabs'.
        ("bundestag", ("bundes", "tag")),  # A last part of three letters after a linking 's'.
        ("schulessen", ("schul", "essen")),
        ("vulkanausbrüche", ("vulkan", "ausbrüche")),
        ("landtagswahl", ("landtags", "wahl")),
        ("absichtserklärung", ("absichts", "erklärung")),  # A long first part begins few words.
    ],
)
def test_a_compound_is_read_as_the_nouns_it_is_made_of(word: str, parts: tuple[str, ...]) -> None:
    assert compound_parts(word, "de") == parts


@pytest.mark.parametrize(
    "word",
    [
        "entscheidung",  # A prefix's derivation: no 'Ente' and 'Scheidung'.
        "verhandlungen",
        "landschaft",  # A suffix that is also a noun ('Schaft').
        "konzentrationen",  # Nor 'Ionen'.
        "kontrollen",  # 'Kontre' and 'Ollen' are in the dictionary, but no first part drops 'e'
        "hersteller",  # before a vowel; 'Herse' begins few words, 'Lehre' few but 'Lehrer'.
        "lehrerinnen",
        "kommentar",  # 'Tar' is too short a last part without a linking 's'.
        "ölpreis",  # Too short a word to be read apart.
    ],
)
def test_a_word_that_only_spells_nouns_stays_whole(word: str) -> None:
    assert compound_parts(word, "de") == ()


def test_only_the_compounding_languages_are_read_apart() -> None:
    assert compound_parts("grenzkontrollen", "nl") == ()  # No Dutch words.
    assert compound_parts("grenzkontrollen", "") == ()
    assert compound_parts("railstrike", "") == ()
    assert compound_parts("spoorstaking", "fr") == ()


@pytest.mark.parametrize(
    ("word", "code", "parts"),
    [
        ("spoorstaking", "nl", ("spoor", "staking")),
        ("kinderpsychiatrie", "nl", ("kinder", "psychiatrie")),
        ("arbeidsinspectie", "nl", ("arbeid", "inspectie")),  # A linking 's' left out.
        ("skolebestyrelsen", "da", ("skole", "bestyrelsen")),
        ("publikrekord", "sv", ("publik", "rekord")),
        ("helseministeren", "no", ("helse", "ministeren")),  # Through wordfreq's Bokmål.
        # A linking 's' counts toward the last part's length: no 'skort' (a skirt) of a month.
        ("månedskort", "da", ("måned", "kort")),
        ("vindkraftspark", "sv", ("vindkraft", "park")),
    ],
)
def test_a_compound_is_read_as_the_common_words_it_is_made_of(
    word: str, code: str, parts: tuple[str, ...]
) -> None:
    assert compound_parts(word, code) == parts


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("regering", "nl"),  # A common word is a word: no 'rege' and 'ring',
        ("leveranser", "sv"),  # no 'lever' and 'anser',
        ("samtidig", "da"),  # no 'samt' and 'idig'.
        ("sluitingen", "nl"),  # 'ingen' is no common Dutch word: no 'sluit' and 'ingen'.
        ("onderzoeken", "nl"),  # A function word is no part.
        ("efterskalv", "sv"),
        ("elregning", "da"),  # Nor a part of fewer than four letters.
        ("teleskopet", "sv"),  # 'köpet' unaccented is no part: no 'tele' and 'kopet'.
    ],
)
def test_a_word_that_only_spells_common_words_stays_whole(word: str, code: str) -> None:
    assert compound_parts(word, code) == ()


def test_a_dutch_compound_has_its_parts_indexed_at_its_position() -> None:
    # Written in lower case, as Dutch writes its nouns: German's cue does not apply.
    tokens = TEXT_ANALYZER(marked("de spoorstaking duurt", "nl"), positions=True, mode="index")
    assert [(token.text, token.pos) for token in tokens][:4] == [
        ("nl:de", 0),
        ("nl:spoorstaak", 1),
        ("nl:spoor", 1),
        ("nl:staak", 1),
    ]


def test_the_dictionarys_forms_are_counted_by_their_first_letters() -> None:
    # simplemma keeps its trie in a private attribute (app/lemmas.py): this fails if it moves.
    assert words_starting("de", "Grenz", 10) == 10
    assert words_starting("de", "Grenzkontroll", 100) < 100
    assert words_starting("de", "Xqzv", 10) == 0


def test_a_noun_in_an_article_has_its_parts_indexed_at_its_position() -> None:
    tokens = TEXT_ANALYZER(marked("Die Grenzkontrollen enden", "de"), positions=True, mode="index")
    assert [(token.text, token.pos) for token in tokens] == [
        ("de:die", 0),
        ("de:der", 0),
        ("de:grenzkontroll", 1),
        ("de:grenz", 1),
        ("de:kontroll", 1),
        ("de:end", 2),
    ]
    # Only a word written as a noun: 'geltenden' is no 'Gelte' and 'Enden'.
    tokens = TEXT_ANALYZER(marked("die geltenden Regeln", "de"), mode="index")
    assert "de:end" not in {token.text for token in tokens}


_DUTCH = {
    "compound": (
        "Treinverkeer ligt stil door landelijke spoorstaking",
        "De spoorstaking van woensdag legt het treinverkeer in het hele land stil, melden de "
        "vervoerders. Reizigers wordt aangeraden de reis uit te stellen tot donderdag.",
    ),
    "apart": (
        "Spoorbonden kondigen staking aan",
        "De spoorbonden leggen volgende week het werk neer. De staking duurt een dag, laten de "
        "bonden weten na overleg met hun leden.",
    ),
    "other": (
        "Nieuwe dienstregeling voor bussen in Utrecht",
        "Vanaf maandag rijden de bussen in Utrecht vaker, meldt de vervoerder. Reizigers moeten "
        "wel rekening houden met andere vertrektijden in de ochtend.",
    ),
}


def test_a_part_finds_the_compound_and_the_compound_its_parts(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    archive = archive_of(tmp_path_factory.mktemp("dutch"), _DUTCH)
    try:
        # A word finds the compounds made of it: 'staking' is in both, 'spoor' in both too.
        assert sorted(names_found(archive, "staking")) == ["apart", "compound"]
        assert sorted(names_found(archive, "spoor")) == ["apart", "compound"]
        # The compound finds its parts in other compounds and written apart, below itself.
        assert names_found(archive, "spoorstaking") == ["compound", "apart"]
        assert names_found(archive, "spoorstaking NOT spoorbonden") == ["compound"]
        # What a reader leaves out is the word, not every article holding its parts: 'apart'
        # writes 'spoor' (in 'spoorbonden') and 'staking', but not 'spoorstaking'.
        assert names_found(archive, "staking NOT spoorstaking") == ["apart"]
        assert names_found(archive, "de staking NOT spoorstaking") == ["apart"]
        # Its parts are read once, at full weight: not again against the archive's words.
        request = SearchRequest("spoorstaking", with_reading=True)
        reading = search(archive.index, request).reading
        assert reading is not None
        assert [(each.words, each.language, each.weight) for each in reading.words[0].parts] == [
            (("spoor", "staak"), "nl", 1.0)
        ]
        with archive.index.searcher() as searcher:
            parsed = parse_user_query("spoorstaking", searcher.schema, frozenset({"nl"}))
        assert not [leaf for leaf in parsed.words.leaves() if isinstance(leaf, ArchiveSplits)]
    finally:
        archive.close()


def test_a_run_of_letters_longer_than_any_word_is_not_read_apart() -> None:
    # Reading German's parts inside each part overflowed the stack on a run of 3,000 letters;
    # a run of letters that long is no word (an encoded blob, a keyboard held down).
    run = "Grenz" + "kontrollen" * 300
    assert compound_parts(run.lower(), "de") == ()
    tokens = TEXT_ANALYZER(marked(f"Die {run} enden", "de"), mode="index")
    assert [token.text for token in tokens][-1] == "de:end"
    assert compound_parts("spoor" * 100_000, "nl") == ()
    # The longest compounds the news writes are still read.
    assert compound_parts("arbeitszeitverkürzungsbemühungen", "de") != ()
