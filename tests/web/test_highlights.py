"""Every query word marked in titles and snippets whatever field it matched, in every language,
and the API's snippet as plain text with the offsets of its hits (issue 22)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from app.search.analysis import TEXT_ANALYZER
from app.search.languages import marked
from app.settings import Settings
from tests.web.explore_corpus import explore_client

EXTRA = (
    {
        "url": "https://de.example/1",
        "language": "de",
        "title": "Neue Sanktionen gegen Russland beschlossen",
        "body": "Die Europäische Union hat am Montag eine weitere Sanktion gegen Russland"
        " beschlossen. Die Minister sagten, die Maßnahmen träfen Banken und Waffenhersteller."
        " Weitere Gespräche sollen im nächsten Monat folgen.",
        "published_at": "2023-06-01",
    },
    {
        "url": "https://ru.example/2",
        "language": "ru",
        "title": "Евросоюз ввёл новые санкции против России",
        "body": "Европейский союз в понедельник ответил санкциями на действия России. Министры"
        " заявили, что меры направлены против банков и компаний.",
        "published_at": "2023-06-02",
    },
    {
        "url": "https://zh.example/3",
        "language": "zh",
        "title": "日本与韩国外长在东京举行会谈",
        "body": "日本外务大臣与韩国外交部长官周三在东京举行会谈，双方就地区安全和经济合作"
        "交换了意见。会谈结束后，两国外长表示将继续加强沟通。",
        "published_at": "2023-06-03",
    },
    {
        "url": "https://en.example/4",
        "language": "en",
        "title": "Ministers <b>meet</b> over grain",
        "body": "Smith said the ministers would meet again. The talks on grain & wheat went on"
        " late into the night, Smith added.",
        "byline": "Jane Smith",
        "published_at": "2023-06-04",
    },
)


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> TestClient:
    return explore_client(settings, tmp_path, EXTRA)


def _items(client: TestClient, q: str) -> list[dict[str, Any]]:
    answer = client.get("/api/search", params={"q": q, "copies": "all", "per_page": 50})
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


def _item(items: list[dict[str, Any]], url: str) -> dict[str, Any]:
    return next(item for item in items if item["url"] == url)


def _marked(text: str, spans: list[list[int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


def _html(text: str, spans: list[list[int]]) -> str:
    """The snippet's HTML as a client would build it from the text and the offsets."""
    pieces, cursor = [], 0
    for start, end in spans:
        pieces += [str(escape(text[cursor:start])), f"<mark>{escape(text[start:end])}</mark>"]
        cursor = end
    return "".join([*pieces, str(escape(text[cursor:]))])


def _terms(word: str, language: str) -> set[str]:
    return {token.text for token in TEXT_ANALYZER(marked(word, language))}


@pytest.mark.parametrize(
    ("query", "url", "language", "in_title", "in_snippet"),
    [
        # A stemmed German word: Sanktionen in the title, Sanktion in the text.
        ("Sanktionen", "https://de.example/1", "de", ["Sanktionen"], ["Sanktion"]),
        # A stemmed Russian word: санкции in the title, санкциями in the text.
        ("санкции", "https://ru.example/2", "ru", ["санкции"], ["санкциями"]),
        # Chinese, searched and marked by pairs of characters.
        ("外长", "https://zh.example/3", "zh", ["外长"], ["外长"]),
        # A word looked for in the byline alone is marked in the text too.
        ("byline:smith meet", "https://en.example/4", "en", ["meet"], ["Smith", "meet"]),
    ],
)
def test_every_query_word_is_marked_in_every_language(
    client: TestClient,
    query: str,
    url: str,
    language: str,
    in_title: list[str],
    in_snippet: list[str],
) -> None:
    with client:
        item = _item(_items(client, query), url)
    assert item["language"].split("-")[0] == language
    assert _marked(item["title"], item["title_highlights"]) == in_title
    assert _marked(item["snippet_text"], item["highlights"]) == in_snippet


def test_the_offsets_give_the_html_snippet_back(client: TestClient) -> None:
    with client:
        items = _items(client, "grain OR ministers OR Russia OR Rusia")
        page = client.get("/search", params={"q": "grain meet"}).text
    assert len(items) >= 4
    for item in items:
        assert item["highlights"]
        assert _html(item["snippet_text"], item["highlights"]) == item["snippet"]
    # Titles are marked on the page, and escaped.
    assert "Ministers &lt;b&gt;<mark>meet</mark>&lt;/b&gt; over <mark>grain</mark>" in page


def test_a_word_under_not_is_never_marked(client: TestClient) -> None:
    with client:
        items = _items(client, "Russia NOT (sanctions AND corridor)")
    # An article on sanctions (and no corridor) matches: sanctions are in it, unmarked.
    assert any("sanctions" in item["snippet_text"] for item in items)
    for item in items:
        words = _marked(item["snippet_text"], item["highlights"])
        words += _marked(item["title"] or "", item["title_highlights"])
        assert words
        for word in words:
            assert _terms(word, "") & _terms("Russia", "")
