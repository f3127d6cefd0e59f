"""A Dutch or Scandinavian compound in a query also finds its parts written apart, where the
archive's articles of its language hold each part (app/compounds.py: archive_splits;
app/search/query_languages.py: ArchiveSplits)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.archive import Archive
from app.compounds import archive_splits
from app.search import SearchRequest, search
from app.search.languages import term_of
from app.web.app import create_app
from tests.search.small_archives import archive_of, names_found

ARTICLES = {
    "apart": (
        "Zware storm trekt over de kust van Zeeland",
        "Een zware storm heeft dinsdag langs de kust van Zeeland voor veel schade gezorgd. "
        "Daken werden van huizen geblazen en bomen vielen op wegen, meldt de veiligheidsregio. "
        "Verzekeraars verwachten honderden meldingen van bewoners in de komende dagen.",
    ),
    "whole": (
        "Verzekeraars tellen de stormschade in Friesland",
        "De stormschade in Friesland loopt volgens verzekeraars op tot tientallen miljoenen "
        "euro. Vooral boeren in het noorden van de provincie meldden ingestorte schuren.",
    ),
    "one_part": (
        "Storm legt treinverkeer in het noorden stil",
        "Door de storm reden dinsdag in het noorden van het land urenlang geen treinen, meldt "
        "de spoorbeheerder. Reizigers werd aangeraden thuis te blijven.",
    ),
    "market": (
        "Arbetslösheten sjunker i Skåne",
        "Arbetet med att få fler unga i jobb ger resultat, enligt Arbetsförmedlingen. "
        "Marknaden för lager och logistik i Malmö har vuxit snabbt under våren.",
    ),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    opened = archive_of(tmp_path_factory.mktemp("splits"), ARTICLES)
    yield opened
    opened.close()


def test_a_compound_finds_its_parts_written_apart_below_itself(archive: Archive) -> None:
    # The article that writes the compound first; one with 'storm' alone is no match.
    assert names_found(archive, "stormschade") == ["whole", "apart"]
    # Each word of a query still has to be there.
    assert names_found(archive, "stormschade Zeeland") == ["apart"]
    assert names_found(archive, "stormschade Limburg") == []


def test_parts_joined_by_a_linking_letter(archive: Archive) -> None:
    # Swedish 'arbet|s|marknad': 'arbetet' and 'marknaden' in the article.
    assert names_found(archive, "arbetsmarknaden") == ["market"]


def test_not_leaves_out_the_compound_only(archive: Archive) -> None:
    # What a reader leaves out is the word, not every article with its parts somewhere.
    assert sorted(names_found(archive, "storm NOT stormschade")) == ["apart", "one_part"]


def test_the_reading_names_the_parts(archive: Archive) -> None:
    reading = search(archive.index, SearchRequest("stormschade", with_reading=True)).reading
    assert reading is not None
    (word,) = reading.words
    assert [(each.words, each.language, each.weight) for each in word.parts] == [
        (("storm", "schade"), "nl", 0.5)
    ]


def _splits(word: str, code: str, held: set[str]) -> list[tuple[str, str]]:
    return archive_splits(word, code, lambda part: term_of(part, code), lambda t: t in held)


def test_a_function_word_is_no_part() -> None:
    held = {term_of(word, "nl") for word in ("onder", "zoek", "over", "heid", "storm", "schade")}
    assert _splits("onderzoek", "nl", held) == []  # type: ignore[arg-type]
    assert _splits("overheid", "nl", held) == []  # type: ignore[arg-type]
    assert _splits("stormschade", "nl", held) == [("nl:storm", "nl:schade")]  # type: ignore[arg-type]


def test_only_where_the_archive_holds_both_parts() -> None:
    held = {"nl:storm"}
    assert _splits("stormschade", "nl", held) == []
    # Nor in a language without such splits (German's compounds are read by its dictionary).
    assert _splits("stormschade", "de", {"de:storm", "de:schad"}) == []


def test_the_page_and_the_api_name_the_parts(archive: Archive) -> None:
    with TestClient(create_app(archive.settings)) as client:
        page = client.get("/search", params={"q": "stormschade"}).text
        api = client.get("/api/search", params={"q": "stormschade"}).json()
    assert "also finds its parts written apart, at half weight: <code>storm</code> + " in page
    (word,) = api["query"]["words"]
    assert word["parts"] == [{"words": ["storm", "schade"], "language": "nl", "weight": 0.5}]
