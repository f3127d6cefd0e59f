"""Every facet value on demand (issue 22): the top values inline, then a link to the whole
list as a page and as JSON; ties ordered by name; counts that a click returns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.present.facet_lists import INLINE_VALUES, facet_values
from app.search import Facets
from app.settings import Settings
from app.web.api_models import FacetAnswer
from tests.web.explore_corpus import ROWS, explore_client

# Ten more outlets, and a copy of the first story in a sixteenth (past the inline 12).
OUTLETS = tuple(
    {
        "url": f"https://example.net/{letter}",
        "title": f"Outlet {letter} reports on talks in Kyiv number {i}",
        "body": f"Report {letter}: officials in Kyiv and Moscow spoke on {i} March.",
        "source": f"Outlet {letter}",
        "published_at": f"2023-03-{i + 10:02d}",
        "language": "en",
    }
    for i, letter in enumerate("ABCDEFGHIJ")
)
COPY = {
    "url": "https://example.com/copy",
    "title": ROWS[0][1],
    "body": ROWS[0][2] + " Reported by the Wire Copy desk.",
    "source": "Wire Copy",
    "published_at": ROWS[0][4],
    "language": "en",
}
EXTRA = (*OUTLETS, COPY)


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> TestClient:
    return explore_client(settings, tmp_path, EXTRA)


def test_ties_are_ordered_by_name_not_code() -> None:
    codes = ["PT", "SD", "VE", "VN", "XK", "YE", "RU"]
    counts = [(code, 2 if code == "RU" else 1) for code in codes]
    facets = Facets(counts, [], [], [], [], [], [])
    labels = [value.label for value in facet_values(facets, "country")]
    assert labels == ["Russia", "Kosovo", "Portugal", "Sudan", "Venezuela", "Vietnam", "Yemen"]


def test_a_value_left_out_inline_is_reachable(client: TestClient) -> None:
    with client:
        page = client.get("/search").text
        listed = client.get("/api/search/facets/source").json()
        full = client.get("/search/facets/source").text
    inline = re.findall(r'href="\?source=([^"&]+)"', page)
    assert len(inline) == INLINE_VALUES
    assert 'href="/search/facets/source?">Show all 16</a>' in page
    names = [value["name"] for value in listed["values"]]
    assert len(names) == 16
    hidden = [name for name in names if name.replace(" ", "+") not in inline]
    assert hidden
    for name in hidden:
        assert f'href="/search?source={name.replace(" ", "+")}"' in full


@pytest.mark.parametrize("copies", ["", "all"])
def test_every_count_is_what_its_click_returns(client: TestClient, copies: str) -> None:
    """A story with two copies set in Türkiye (Istanbul) counts once, as its click shows one
    story, beside the Spanish story set in Estambul (and the copy counts too when every copy is
    shown)."""
    with client:
        for facet in ("country", "source", "lang"):
            url = f"/api/search/facets/{facet}"
            listed = client.get(url, params={"copies": copies}).json()["values"]
            for value in listed:
                click = client.get("/api/search", params={facet: value["value"], "copies": copies})
                assert click.json()["total"] == value["count"], (facet, value)
        turkey = client.get("/api/search", params={"country": "TR", "copies": copies}).json()
    counted = {item["code"]: item for item in turkey["facets"]["countries"]}
    assert counted["TR"] == {
        "code": "TR",
        "name": "Türkiye",
        "count": 3 if copies else 2,
    }


def test_the_facet_page_keeps_the_search_and_orders_by_name(client: TestClient) -> None:
    with client:
        by_name = client.get("/api/search/facets/source?q=Kyiv&order=name").json()["values"]
        page = client.get("/search/facets/lang", params={"q": "Rusia"}).text
        unknown = client.get("/api/search/facets/byline")
        bad = client.get("/api/search/facets/source", params={"lang": "??"})
    assert [v["name"] for v in by_name] == sorted(v["name"] for v in by_name)
    assert {v["count"] for v in by_name} == {1}
    assert 'href="/search?q=Rusia&amp;lang=es"' in page
    assert "Spanish" in page
    assert unknown.status_code == 404
    assert bad.status_code == 400


def test_the_facet_json_matches_its_model(client: TestClient) -> None:
    with client:
        answer = client.get("/api/search/facets/country", params={"q": "Kyiv"}).json()
    FacetAnswer.model_validate(answer, strict=True)
