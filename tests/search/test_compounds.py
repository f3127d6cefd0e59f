"""German compounds read as their parts (app/compounds.py), in the index and in queries."""

from __future__ import annotations

import pytest

from app.compounds import compound_parts
from app.lemmas import words_starting
from app.search.analysis import TEXT_ANALYZER
from app.search.languages import marked


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


def test_only_german_is_read_apart() -> None:
    assert compound_parts("grenzkontrollen", "nl") == ()
    assert compound_parts("grenzkontrollen", "") == ()


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
