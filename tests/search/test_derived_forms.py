"""A query word also finds the words of its language made from it, below the word itself
(app/search/query_languages.py, DerivedForms)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.archive import Archive
from app.present.results import find_articles
from app.search import SearchRequest, query_languages, search
from tests.search.small_archives import archive_of, names_found

ARTICLES = {
    "own": (
        "Cierran la frontera norte por las protestas",
        "Las autoridades cerraron este martes la frontera norte durante doce horas por las "
        "protestas de los transportistas, según informó la aduana.",
    ),
    "border": (
        "Chile y Argentina refuerzan el control fronterizo en los Andes",
        "Los gobiernos de Chile y Argentina acordaron reforzar el control fronterizo en el paso "
        "Cristo Redentor, según informaron este lunes las cancillerías de ambos países.",
    ),
    "tests": (
        "Nouvelle série d'essais de missiles",
        "Le pays a procédé à trois essais de missiles en une semaine, selon l'état-major.",
    ),
    "benin": (
        "Le Bénin vote pour élire son président",
        "Les électeurs du Bénin se sont rendus aux urnes dimanche pour l'élection "
        "présidentielle, selon la commission électorale.",
    ),
    "beninese": (
        "Les élections béninoises se sont tenues dans le calme",
        "Les élections béninoises de dimanche se sont tenues dans le calme, selon les "
        "observateurs de l'Union africaine.",
    ),
    # The verbs and the words that nouns and adjectives a reader asks for are made from.
    "evacuated": (
        "Паводок в Приамурье",
        "Из зоны подтопления эвакуировали 340 человек, сообщили в управлении МЧС.",
    ),
    "adopted": (
        "Рада підтримала законопроєкт",
        "Верховна Рада у четвер ухвалила в першому читанні новий Трудовий кодекс.",
    ),
    "visitors": (
        "Antalya'ya temmuzda rekor ziyaretçi",
        "Rusya'dan gelen turist sayısı temmuzda 780 bine ulaştı.",
    ),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    opened = archive_of(tmp_path_factory.mktemp("derived"), ARTICLES)
    yield opened
    opened.close()


def _ranked(archive: Archive, text: str) -> list[str]:
    """The articles a query finds (by the last part of their URL), best first."""
    return names_found(archive, text)


def test_a_word_finds_the_words_made_from_it_below_itself(archive: Archive) -> None:
    # 'frontera' is es:fronter, 'fronterizo' es:fronteriz; the article that writes the word
    # itself comes first.
    assert _ranked(archive, "frontera") == ["own", "border"]
    assert _ranked(archive, "fronteras") == ["own", "border"]
    # Every word of the query still has to be there, as itself or made from it.
    assert _ranked(archive, "frontera Bolivia") == []


def test_a_derived_word_is_marked_in_the_snippet(archive: Archive) -> None:
    with archive.sessions() as session:
        page = find_articles(session, archive.index, SearchRequest("frontera"))
        snippets = {str(item.snippet) for item in page.items}
    assert any("<mark>fronterizo</mark>" in snippet for snippet in snippets), snippets


def test_a_not_leaves_out_the_word_and_its_forms_not_the_words_made_from_it(
    archive: Archive,
) -> None:
    assert _ranked(archive, "fronterizo NOT frontera") == ["border"]
    assert _ranked(archive, "Chile ANDNOT frontera") == ["border"]
    assert _ranked(archive, "aduana NOT fronterizo") == ["own"]


def test_a_words_own_terms_are_scored_once(archive: Archive) -> None:
    # 'essais' is fr:essais and, by its lemma 'essai', fr:essai, which opens fr:essais.
    from app.search.query import parse_user_query
    from app.search.query_languages import with_derived_words

    with archive.index.view() as view:
        held = frozenset({"es", "fr"})
        for text in ("essais", "frontera"):
            parsed = parse_user_query(text, view.searcher.schema, held)
            words = with_derived_words(parsed.words, view.searcher.reader())
            terms = [(leaf.fieldname, leaf.text) for leaf in words.leaves()]
            assert len(terms) == len(set(terms)), terms


def test_a_short_stem_opens_no_other_words(archive: Archive) -> None:
    # 'info' is es:info, shorter than MIN_DERIVED_STEM: it does not find 'informaron'
    # (es:inform), nor 'informó'.
    assert _ranked(archive, "info") == []


def test_a_stem_that_opens_too_many_words_finds_only_itself(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(query_languages, "MAX_DERIVED", 0)
    # (Written otherwise than the other tests': results are kept by the request's text.)
    assert _ranked(archive, "FRONTERA") == ["own"]


def test_a_query_has_a_budget_of_derived_words(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(query_languages, "MAX_DERIVED_IN_QUERY", 0)
    assert _ranked(archive, "la frontera") == ["own"]


def test_the_words_a_query_stands_for_are_not_counted_against_a_prefixs_limit(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A typed prefix is refused past MAX_EXPANSION words; the derived words of a typed word are
    # capped on their own (MAX_DERIVED) and never refuse the query.
    from app.search import query

    monkeypatch.setattr(query, "MAX_EXPANSION", 0)
    assert _ranked(archive, "Frontera") == ["own", "border"]


def test_the_reading_of_a_query_shows_the_words_made_from_it(archive: Archive) -> None:
    reading = search(archive.index, SearchRequest("frontera aduana", with_reading=True)).reading
    assert reading is not None
    words = {word.typed: word for word in reading.words}
    assert ("fronteriz", "es", 1) in words["frontera"].expansions
    assert all(word != "fronter" for word, _, _ in words["frontera"].expansions)  # Its own.
    excluded = search(archive.index, SearchRequest("aduana NOT frontera", with_reading=True))
    assert excluded.reading is not None
    assert all(not word.expansions for word in excluded.reading.words)


def test_a_places_adjective_finds_the_places_name_below_itself(archive: Archive) -> None:
    # 'béninoises' (fr:beninois) is Benin's adjective (fr:benin): the article about Benin that
    # never writes the adjective is found, after the one that does. French's dictionary lacks
    # the word: it is read so in the language of the query's other word ('élections').
    assert _ranked(archive, "élections béninoises") == ["beninese", "benin"]
    assert _ranked(archive, "béninoises") == ["beninese"]
    # A NOT leaves out the word and its forms, not the place it is the adjective of.
    assert _ranked(archive, "élections NOT béninoises") == ["benin"]
    with archive.sessions() as session:
        page = find_articles(session, archive.index, SearchRequest("élections béninoises"))
        snippets = {str(item.snippet) for item in page.items}
    assert any("<mark>Bénin</mark>" in snippet for snippet in snippets), snippets
    request = SearchRequest("élections béninoises", with_reading=True)
    reading = search(archive.index, request).reading
    assert reading is not None
    words = {word.typed: word for word in reading.words}
    assert ("benin", "fr", 1) in words["béninoises"].expansions


def test_only_a_places_adjective_is_read_as_made_from_the_places_name() -> None:
    def bases(word: str, code: str) -> tuple[str, ...]:
        variants = query_languages.language_variants(word, ("", code), True, True)
        return query_languages.base_terms(word, variants, frozenset({code}))

    assert bases("chilien", "fr") == ("fr:chil",)
    assert bases("canadienses", "es") == ("es:canad",)
    assert bases("российский", "ru") == ("ru:росс",)
    # The ending cut off leaves no country's or region's name: a surname is no 'зелений'
    # (green), tournaments no 'tourner', a first name no month ('julio').
    assert bases("зеленський", "uk") == ()
    assert bases("tournois", "fr") == ()
    assert bases("julián", "es") == ()
    assert bases("paraense", "pt") == ()  # Pará is a state: CLDR names countries and regions.
    assert bases("líbano", "pt") == ()  # A country's own name is no adjective of another's.
    assert bases("françois", "fr") == ()  # A name, listed.


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("эвакуация МЧС", ["evacuated"]),
        ("ухвалення кодексу", ["adopted"]),
        # A people's word no ending tells finds its country's name (the demonyms' table).
        ("Rus turist", ["visitors"]),
    ],
)
def test_a_noun_finds_the_verb_or_word_it_is_made_from(
    archive: Archive, query: str, found: list[str]
) -> None:
    assert _ranked(archive, query) == found
