"""A Dutch or Scandinavian compound in a query also finds its parts written apart, where the
archive's articles of its language hold each part (app/compounds.py: archive_split;
app/search/query_languages.py: ArchiveSplits)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from whoosh import query

from app.archive import Archive
from app.compounds import archive_split
from app.search import SearchRequest, search
from app.search.languages import term_of
from app.search.postings import PostingCache
from app.search.query import FIELD_BOOSTS, parse_user_query
from app.search.query_languages import languages_held, with_derived_words
from app.web.app import create_app
from tests.search.small_archives import archive_of, names_found

ARTICLES = {
    "apart": (
        "Zware ijzel treft de kust van Zeeland",
        "Een zware ijzel heeft dinsdag langs de kust van Zeeland voor veel schade gezorgd. "
        "Daken werden van huizen geblazen en bomen vielen op wegen, meldt de veiligheidsregio. "
        "Verzekeraars verwachten honderden meldingen van bewoners in de komende dagen.",
    ),
    "whole": (
        "Verzekeraars tellen de ijzelschade in Friesland",
        "De ijzelschade in Friesland loopt volgens verzekeraars op tot tientallen miljoenen "
        "euro. Vooral boeren in het noorden van de provincie meldden ingestorte schuren.",
    ),
    "one_part": (
        "IJzel legt treinverkeer in het noorden stil",
        "Door de ijzel reden dinsdag in het noorden van het land urenlang geen treinen, meldt "
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
    # The article that writes the compound first; one with 'ijzel' alone is no match.
    assert names_found(archive, "ijzelschade") == ["whole", "apart"]
    # Each word of a query still has to be there.
    assert names_found(archive, "ijzelschade Zeeland") == ["apart"]
    assert names_found(archive, "ijzelschade Limburg") == []


def test_parts_joined_by_a_linking_letter(archive: Archive) -> None:
    # Swedish 'arbet|s|marknad': 'arbetet' and 'marknaden' in the article.
    assert names_found(archive, "arbetsmarknaden") == ["market"]


def test_not_leaves_out_the_compound_only(archive: Archive) -> None:
    # What a reader leaves out is the word, not every article with its parts somewhere.
    assert sorted(names_found(archive, "ijzel NOT ijzelschade")) == ["apart", "one_part"]


def test_the_reading_names_the_parts(archive: Archive) -> None:
    reading = search(archive.index, SearchRequest("ijzelschade", with_reading=True)).reading
    assert reading is not None
    (word,) = reading.words
    assert [(each.words, each.language, each.weight) for each in word.parts] == [
        (("ijzel", "schade"), "nl", 0.5)
    ]


def _split(word: str, code: str, counts: dict[str, int]) -> tuple[str, str] | None:
    return archive_split(
        word, code, lambda part: term_of(part, code), lambda term: counts.get(term, 0)
    )


def _counts(code: str, **words: int) -> dict[str, int]:
    """Articles holding each word's term (a word's own spelling where the analysis drops it)."""
    return {term_of(word, code) or word: count for word, count in words.items()}


def test_a_function_word_is_no_part() -> None:
    counts = _counts("nl", onder=90, zoek=20, over=90, heid=1, storm=5, schade=8)
    assert _split("onderzoek", "nl", counts) is None
    assert _split("overheid", "nl", counts) is None
    assert _split("stormschade", "nl", counts) == ("nl:storm", "nl:schade")
    # Nor a cut whose term is a function word's: 'förs' is stemmed as 'för' ('försvaret' is no
    # 'för' and 'var', which nearly every Swedish article holds).
    counts = _counts("sv", för=95, var=90, försvaret=3)
    assert _split("försvaret", "sv", counts) is None


def test_a_word_the_archive_writes_whole_more_often_stays_whole() -> None:
    # 'rege' and 'ring' are held by far fewer articles than 'regering' itself.
    counts = _counts("nl", regering=400, rege=2, ring=30)
    assert _split("regering", "nl", counts) is None
    # Of the cuts whose parts are words, the one whose parts are held most.
    counts = _counts("nl", storm=50, schade=40, storms=1, chade=1)
    assert _split("stormschade", "nl", counts) == ("nl:storm", "nl:schade")


def test_only_where_the_archive_holds_both_parts() -> None:
    assert _split("stormschade", "nl", _counts("nl", storm=5)) is None
    # Nor in a language without such splits (German's compounds are read by its dictionary).
    assert _split("stormschade", "de", {"de:storm": 5, "de:schad": 5}) is None


def test_a_match_on_the_parts_weighs_half_the_words(archive: Archive) -> None:
    # 'apart' holds both parts (and 'ijzel' twice), 'whole' the compound once: half weight
    # keeps the word's own article first, however often its parts are written.
    scored = search(archive.index, SearchRequest("ijzelschade", per_page=10)).ids
    assert len(scored) == 2
    with archive.index.searcher() as searcher:
        (node,) = [
            leaf
            for leaf in _split_nodes(searcher, "ijzelschade")
            if isinstance(leaf, query.Term) and leaf.text == "nl:ijzel"
        ]
    assert node.boost == pytest.approx(0.5 * FIELD_BOOSTS["body"])


def _split_nodes(searcher: Any, text: str) -> list[Any]:
    parsed = parse_user_query(text, searcher.schema, languages_held(searcher, PostingCache()))
    resolved = with_derived_words(parsed.words, searcher.reader())
    return [leaf for leaf in resolved.leaves() if getattr(leaf, "fieldname", "") == "body"]


def test_an_excluded_compound_reads_without_its_parts(archive: Archive) -> None:
    reading = search(
        archive.index, SearchRequest("ijzel NOT ijzelschade", with_reading=True)
    ).reading
    assert reading is not None
    excluded = next(word for word in reading.words if word.typed == "ijzelschade")
    assert excluded.excluded
    assert excluded.parts == ()


def test_the_page_and_the_api_name_the_parts(archive: Archive) -> None:
    with TestClient(create_app(archive.settings)) as client:
        page = client.get("/search", params={"q": "ijzelschade"}).text
        api = client.get("/api/search", params={"q": "ijzelschade"}).json()
    assert "also finds its parts written apart, at half weight: <code>ijzel</code> + " in page
    (word,) = api["query"]["words"]
    assert word["parts"] == [{"words": ["ijzel", "schade"], "language": "nl", "weight": 0.5}]
