"""The world map on the home page, /countries and search pages (templates/_world_map.html):
a link per country the shapes draw, its name and count in words, the filter applied."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from lxml import html

from app.present.world_map import shapes

MAP_LINKS = '//figure[@class="world-map"]/svg/a'


def _map_links(page: str) -> dict[str, tuple[str, dict[str, list[str]]]]:
    """Each country link of the page's map: code -> (its words, its query)."""
    links = html.fromstring(page).xpath(MAP_LINKS)
    found = {}
    for link in links:
        code = link.find("use").get("href").rsplit("#", 1)[1]
        found[code] = (link.get("aria-label"), parse_qs(urlsplit(link.get("href")).query))
        assert urlsplit(link.get("href")).path == "/search"
        assert link.findtext("title") == link.get("aria-label")
    return found


def _drawn(counts: list[dict[str, object]]) -> dict[str, str]:
    drawn = shapes()[0]
    return {
        str(c["code"]): f"{c['name']}: {c['count']:,} article{'s' if c['count'] != 1 else ''}"
        for c in counts
        if c["code"] in drawn and int(str(c["count"])) > 0
    }


@pytest.mark.parametrize("path", ["/", "/countries"])
def test_every_country_with_articles_is_a_link_to_its_search(
    seeded_client: TestClient, path: str
) -> None:
    with seeded_client as client:
        page = client.get(path).text
        counts = client.get("/countries.json").json()["countries"]
    links = _map_links(page)
    assert {code: words for code, (words, _) in links.items()} == _drawn(counts)
    assert all(query == {"country": [code]} for code, (_, query) in links.items())
    assert "Map: Natural Earth" in page


def test_a_search_maps_its_matches_and_adds_the_filter(seeded_client: TestClient) -> None:
    with seeded_client as client:
        page = client.get("/search", params={"q": "Korea", "country": "KP"}).text
        facets = client.get("/api/search", params={"q": "Korea", "country": "KP"}).json()
    links = _map_links(page)
    assert {code: words for code, (words, _) in links.items()} == _drawn(
        facets["facets"]["countries"]
    )
    _, query = links["RU"]
    assert query["q"] == ["Korea"]
    assert query["country"] == ["KP", "RU"]
    # The chosen country is marked, and its link takes the filter away again.
    chosen = html.fromstring(page).xpath(MAP_LINKS + '[@aria-current="true"]')
    assert [link.find("use").get("class") for link in chosen] == ["l5 active"]
    assert "country" not in links["KP"][1]
