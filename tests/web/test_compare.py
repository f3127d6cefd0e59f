"""Queries compared over time on one chart (app/web/compare.py): each line the query's own
timeline, on the periods of all of them, with the same filters; as a page and as JSON."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient
from lxml import html

QUERIES = ["Korea", "Russia", "missile*"]


def _sum(points: list[dict[str, object]]) -> int:
    return sum(int(str(point["count"])) for point in points)


def test_each_line_holds_its_query_matches_with_the_filters(seeded_client: TestClient) -> None:
    with seeded_client as client:
        for filters in ({}, {"from": "2023"}):
            answer = client.get("/compare.json", params={"q": QUERIES, **filters}).json()
            assert [line["q"] for line in answer["queries"]] == QUERIES
            periods = [p["period"] for p in answer["all_articles"]]
            for line in answer["queries"]:
                alone = client.get("/api/timeline", params={"q": line["q"], **filters}).json()
                assert [p["period"] for p in line["points"]] == periods
                assert _sum(line["points"]) == line["total"] == _sum(alone["points"])
            every = client.get("/api/timeline", params=filters).json()
            assert _sum(answer["all_articles"]) <= _sum(every["points"])


def test_the_page_draws_a_line_per_query_and_points_that_search(seeded_client: TestClient) -> None:
    with seeded_client as client:
        page = client.get("/compare", params={"q": QUERIES, "timeline": "share"})
        answer = client.get("/compare.json", params={"q": QUERIES}).json()
    assert page.status_code == 200
    tree = html.fromstring(page.text)
    svg = tree.xpath('//figure[contains(@class, "compare")]/svg')[0]
    assert len(svg.xpath("path")) == len(QUERIES)
    assert "Share of all articles" in tree.xpath("//figcaption")[0].text_content()
    points = svg.xpath("a")
    expected = sum(1 for line in answer["queries"] for p in line["points"] if p["count"])
    assert len(points) == expected
    for point in points:
        query = parse_qs(urlsplit(point.get("href")).query)
        assert query["q"][0] in QUERIES
        assert query["from"][0] <= query["to"][0]
        assert point.findtext("title").startswith(f"“{query['q'][0]}”")
    rows = tree.xpath('//details[@class="timeline-table"]//tbody/tr')
    assert len(rows) == len(answer["all_articles"])
    assert [
        i.get("value") for i in tree.xpath('//form[@class="compare-form"]//input[@name="q"]')
    ] == QUERIES


def test_the_search_page_links_to_a_comparison(seeded_client: TestClient) -> None:
    with seeded_client as client:
        page = client.get("/search", params={"q": "Korea", "country": "KP"}).text
        link = html.fromstring(page).xpath('//a[text()="Compare with other queries"]')[0]
        target = client.get(link.get("href"))
    assert parse_qs(urlsplit(link.get("href")).query) == {"q": ["Korea"], "country": ["KP"]}
    assert target.status_code == 200
    assert "Each with the filters: about North Korea" in target.text


def test_bad_comparisons_are_readable_400s(seeded_client: TestClient) -> None:
    with seeded_client as client:
        empty = client.get("/compare")
        too_many = client.get("/compare.json", params={"q": ["a", "b", "c", "d"]})
        bad = client.get("/compare", params={"q": ["Korea", '"unclosed']})
    assert empty.status_code == 200
    assert "Type up to three queries" in empty.text
    assert too_many.status_code == 400
    assert too_many.json() == {"detail": "Compare at most 3 queries at once."}
    assert bad.status_code == 400
    assert "“&#34;unclosed”" in bad.text or "“&quot;unclosed”" in bad.text
