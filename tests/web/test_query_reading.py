"""The result set stated in words above the results, and "how this query was read" on the
search page and as the API's `query` (issue 22)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.search.analysis import TEXT_ANALYZER
from app.search.languages import marked
from app.settings import Settings
from tests.web.explore_corpus import explore_client


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> TestClient:
    return explore_client(settings, tmp_path)


def _query(client: TestClient, **params: str) -> dict[str, Any]:
    answer = client.get("/api/search", params=params)
    assert answer.status_code == 200, answer.text
    reading: dict[str, Any] = answer.json()["query"]
    return reading


def _word(reading: dict[str, Any], typed: str) -> dict[str, Any]:
    return next(word for word in reading["words"] if word["typed"] == typed)


def test_each_word_is_shown_with_its_fields_and_terms(client: TestClient) -> None:
    text = 'corridors "grain corridor"~3 title:sanctions NOT wheat the source:wire'
    with client:
        reading = _query(client, q=text)
    assert reading["read_as"] == (
        'corridors AND "grain corridor"~3 AND title:sanctions AND NOT wheat AND the AND source:wire'
    )
    corridors = _word(reading, "corridors")
    assert corridors["fields"] == ["title", "lead", "body"]
    assert {"text": "corridor", "language": "en"} in corridors["terms"]
    phrase = _word(reading, '"grain corridor"~3')
    assert (phrase["kind"], phrase["slop"]) == ("phrase", 3)
    assert {"text": "grain corridor", "language": "en"} in phrase["terms"]
    assert _word(reading, "sanctions")["fields"] == ["title"]
    assert _word(reading, "wheat")["excluded"] is True
    assert _word(reading, "the")["terms"] == []  # Too common: left out.
    assert _word(reading, "wire")["terms"] == [{"text": "wire", "language": None}]


def test_a_word_is_read_in_each_language_the_archive_holds(client: TestClient) -> None:
    with client:
        reading = _query(client, q="conversaciones")
    languages = {term["language"]: term["text"] for term in reading["words"][0]["terms"]}
    assert languages["es"] == _stem("conversaciones", "es")
    assert languages["en"] == _stem("conversaciones", "")


def _stem(word: str, language: str) -> str:
    return next(token.text for token in TEXT_ANALYZER(marked(word, language))).split(":")[-1]


def test_a_prefix_lists_the_words_it_stands_for_with_their_articles(client: TestClient) -> None:
    with client:
        reading = _query(client, q="di*")
        lines = client.get("/search.jsonl", params={"copies": "all"}).text.splitlines()
    expected: dict[tuple[str, str], int] = {}
    for field in ("title", "lead", "body"):  # Articles holding each word, field by field.
        held: dict[tuple[str, str], int] = {}
        for article in map(json.loads, lines):
            text = article["title"] if field == "title" else article["body"]
            text = text.split("\n\n")[0] if field == "lead" else text
            # As the indexer analyses it: with the stems of lemmas ('diz' for 'disse').
            analysed = TEXT_ANALYZER(marked(text, article["language"]), mode="index")
            for term in {t.text for t in analysed}:
                language, _, word = term.rpartition(":")
                if word.startswith("di"):
                    key = (word, language or "en")
                    held[key] = held.get(key, 0) + 1
        for key, count in held.items():
            expected[key] = max(expected.get(key, 0), count)
    expansions = _word(reading, "di*")["expansions"]
    found = {(e["word"], e["language"]): e["articles"] for e in expansions}
    assert len(found) >= 3
    assert found == expected


def test_filters_and_dates_are_echoed_as_applied(client: TestClient) -> None:
    params = {
        "q": "corridor published:2023-02",
        "from": "2023",
        "country": "ua",
        "lang": "ES",
        "min_words": "5",
        "sort": "title",
    }
    with client:
        reading = _query(client, **params)
    assert reading["filters"]["country"] == ["UA"]
    assert reading["filters"]["lang"] == ["es"]
    assert reading["filters"]["min_words"] == 5
    # `from` and the query's own published: together.
    assert (reading["published_from"], reading["published_to"]) == ("2023-02-01", "2023-02-28")
    assert reading["sort"] == "title"


def test_the_sentence_states_the_whole_result_set_on_the_page_and_in_the_api(
    client: TestClient,
) -> None:
    params = {"q": "Rusia OR Russia", "country": "RU", "from": "2023", "to": "2023"}
    with client:
        api = client.get("/api/search", params=params).json()
        page = client.get("/search", params={**params, "sort": "newest"}).text
    sentence = api["query"]["sentence"]
    assert sentence.startswith(f"{api['total']} stories matching “Rusia OR Russia”")
    assert "about Russia" in sentence
    assert "published in 2023" in sentence
    assert sentence.endswith("best matches first.")
    shown = re.search(r'<p class="result-sentence">(.*?)</p>', page)
    assert shown is not None
    assert shown.group(1).replace("&#34;", '"').endswith("published in 2023, newest first.")
    assert "How this query was read" in page
    assert "<code>rusia or russia</code>" in page.lower()


def test_the_reading_of_an_empty_query_says_there_are_no_words(client: TestClient) -> None:
    with client:
        reading = _query(client)
        page = client.get("/search").text
    assert (reading["read_as"], reading["words"]) == ("", [])
    assert reading["sentence"].endswith("newest first.")
    assert "No words: every article the filters keep." in page


def _current_sort(page: str) -> tuple[str | None, list[str]]:
    control = re.search(r'<nav class="sort".*?</nav>', page, re.S)
    assert control is not None
    current = re.search(r'<span class="current" aria-current="true">(.*?)</span>', control[0])
    return (current[1] if current else None), re.findall(r"sort=(\w+)", control[0])


def test_the_sort_control_marks_the_order_the_results_are_in(client: TestClient) -> None:
    with client:
        without_words = client.get("/search", params={"country": "RU"}).text
        with_words = client.get("/search", params={"q": "Russia"}).text
    current, offered = _current_sort(without_words)
    assert current == "newest"  # What the sentence says: nothing to rank by relevance.
    assert "relevance" not in offered
    current, offered = _current_sort(with_words)
    assert current == "relevance"
    assert "newest" in offered


def _advice(page: str) -> str:
    found = re.search(r'<p class="empty">(.*?)</p>', page, re.S)
    assert found is not None
    return " ".join(found[1].split())


@pytest.mark.parametrize(
    ("params", "advice"),
    [
        # The example prefix is the user's own longest word, in its own script.
        ({"q": "санкциями"}, "No article matches. Try a prefix such as <code>санкци*</code>."),
        (
            {"q": "zzyzx qwertyuiop", "country": "RU"},
            "No article matches. Try fewer words, a prefix such as <code>qwerty*</code> or"
            ' <a href="?q=zzyzx+qwertyuiop">the search without filters</a>.',
        ),
        # No words: no advice on words; a prefix already: no other prefix offered.
        ({"lang": "ru", "from": "1901"}, 'Try <a href="?">the search without filters</a>.'),
        ({"q": "zzyzx*"}, "No article matches."),
        ({"q": "朝鲜人民"}, "No article matches."),  # Searched by runs of characters.
    ],
)
def test_the_advice_on_no_match_fits_the_search(
    client: TestClient, params: dict[str, str], advice: str
) -> None:
    with client:
        page = client.get("/search", params=params).text
        sentence = client.get("/api/search", params=params).json()["query"]["sentence"]
    assert _advice(page).endswith(advice)
    assert "sanction*" not in _advice(page)
    assert sentence.startswith("0 ")
    assert "first." not in sentence  # No order of nothing.
