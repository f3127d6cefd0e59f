"""The search page's controls make one form (the header's, `form="site-search"`): each Apply
and the Search button send the words in the box, every field as typed and the rest of the
search. The fields are read off the page and sent as a browser without script sends them."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.settings import Settings
from app.web.app import create_app
from tests.web.explore_corpus import explore_client

FORM = "site-search"


class _Fields(HTMLParser):
    """The successful controls of one form, in page order, and its submit buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.in_form = False
        self.fields: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "form":
            self.in_form = found.get("id") == FORM
        elif tag in ("input", "button") and (found.get("form") == FORM or self.in_form):
            self.fields.append({"tag": tag, **found})

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.in_form = False


def submit(
    client: TestClient, page: str, typed: dict[str, str], button: int, untick: bool = False
) -> list[tuple[str, str]]:
    """The address a browser ends on after typing `typed` and pressing submit button number
    `button` of the form (0: Search, then each Apply); `untick` unticks "keep the filters"."""
    parser = _Fields()
    parser.feed(page)
    pairs, buttons = [], 0
    for field in parser.fields:
        name, kind = field.get("name", ""), field.get("type", "text")
        if field["tag"] == "button" or kind == "submit":
            if buttons == button and name:
                pairs.append((name, field.get("value", "")))
            buttons += 1
        elif kind == "checkbox":
            if "checked" in field and not untick:
                pairs.append((name, field.get("value", "on")))
        elif name:
            pairs.append((name, typed.get(field.get("id", ""), field.get("value", ""))))
    answer = client.get("/search?" + urlencode(pairs), follow_redirects=True)
    assert answer.status_code == 200, answer.text[:300]
    assert answer.url.path == "/search"
    return list(answer.url.params.multi_items())


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> TestClient:
    return explore_client(settings, tmp_path)


def test_more_filters_apply_keeps_a_date_typed_beside_it(client: TestClient) -> None:
    with client:
        page = client.get("/search", params={"q": "Russia", "country": "RU", "sort": "newest"})
        ended = submit(client, page.text, {"from": "2023-02-01", "byline": "smith"}, button=2)
    assert ended == [
        ("q", "Russia"),
        ("sort", "newest"),
        ("country", "RU"),
        ("from", "2023-02-01"),
        ("byline", "smith"),
    ]


def test_the_date_apply_sends_the_words_typed_in_the_box(client: TestClient) -> None:
    with client:
        page = client.get("/search", params={"q": "Russia"}).text
        ended = submit(client, page, {"q": "Ukraine", "to": "2023-06-30"}, button=1)
    assert ended == [("q", "Ukraine"), ("to", "2023-06-30")]  # No empty fields.


def test_the_search_button_keeps_typed_fields_and_the_filters_unless_unticked(
    client: TestClient,
) -> None:
    with client:
        page = client.get("/search", params={"q": "Russia", "country": "RU", "lang": "es"}).text
        kept = submit(client, page, {"q": "grain", "domain": "example.org"}, button=0)
        dropped = submit(client, page, {"q": "grain"}, button=0, untick=True)
        plain = client.get("/search", params={"q": "Russia"}).text
        typed = submit(client, plain, {"q": "grain", "from": "2023-01-01"}, button=0)
    assert kept == [
        ("q", "grain"),
        ("country", "RU"),
        ("lang", "es"),
        ("domain", "example.org"),
    ]
    assert dropped == [("q", "grain")]
    assert typed == [("q", "grain"), ("from", "2023-01-01")]  # Empty fields left out.


def test_a_filter_emptied_on_the_search_page_is_gone(client: TestClient) -> None:
    with client:
        page = client.get("/search", params={"q": "Russia", "from": "2023-02-01"}).text
        cleared = submit(client, page, {"q": "grain", "from": ""}, button=0)
    assert cleared == [("q", "grain")]


def test_every_byline_and_domain_is_kept_though_a_field_shows_the_first(
    client: TestClient,
) -> None:
    with client:
        page = client.get("/search", params={"byline": ["smith", "jones"], "domain": "a.org"})
        ended = submit(client, page.text, {"from": "2023"}, button=1)
    assert sorted(ended) == [
        ("byline", "jones"),
        ("byline", "smith"),
        ("domain", "a.org"),
        ("from", "2023"),
    ]


def test_empty_parameters_are_read_as_absent(client: TestClient) -> None:
    empty = "q=Russia&from=&to=&byline=&domain=&min_words=&max_words=&captured_from=&captured_to="
    with client:
        with_empties = client.get("/api/search?" + empty).json()
        without = client.get("/api/search?q=Russia").json()
    assert with_empties["total"] == without["total"] > 0


def test_another_pages_header_keeps_its_filters_from_within(
    settings: Settings, tmp_path: Path
) -> None:
    row = '{"title": "Talks", "body": "Russia and Ukraine held talks in Moscow."}\n'
    (tmp_path / "one.jsonl").write_text(row, encoding="utf-8")
    archive = open_archive(settings)
    ingest_paths(archive, [str(tmp_path / "one.jsonl")])
    archive.close()
    with TestClient(create_app(settings)) as client:
        page = client.get("/countries/RU").text
        kept = submit(client, page, {"q": "talks"}, button=0)
        dropped = submit(client, page, {"q": "talks"}, button=0, untick=True)
    assert kept == [("q", "talks"), ("country", "RU")]
    assert dropped == [("q", "talks")]
