"""The world map, the comparison of queries and the phone's filters disclosure, in Chromium."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def page(module_browser: Any) -> Iterator[Any]:
    context = module_browser.new_context(viewport={"width": 1366, "height": 900})
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", ["/", "/countries", "/search?q=said"])
def test_the_map_has_a_link_per_country_that_filters(server: str, page: Any, path: str) -> None:
    page.goto(server + path)
    figure = page.locator("figure.world-map")
    links = figure.locator("svg a")
    listed = {name.split(": ")[0] for name in links.evaluate_all("a => a.map(l => l.ariaLabel)")}
    assert len(listed) == links.count() > 10
    assert figure.locator("svg a use").first.bounding_box()["width"] > 0  # Shapes were drawn.
    # China: a country whose middle is on its own shape (Russia's is in Kazakhstan).
    china = figure.get_by_role("link", name="China:", exact=False)
    count = int(china.get_attribute("aria-label").split(": ")[1].split(" ")[0].replace(",", ""))
    china.click()
    page.wait_for_url("**country=CN**")
    assert parse_qs(urlsplit(page.url).query)["country"] == ["CN"]
    assert f"of {count:,} " in page.locator(".count").inner_text() or count <= 10


def test_the_comparison_draws_each_query_and_its_points_search(server: str, page: Any) -> None:
    page.goto(server + "/search?q=Korea")
    page.get_by_role("link", name="Compare with other queries").click()
    page.wait_for_url("**/compare?**")
    assert page.get_by_label("Query 1").input_value() == "Korea"
    page.get_by_label("Query 2").fill("Russia")
    page.get_by_label("Query 3").fill("Trump")
    page.get_by_role("button", name="Compare").click()
    page.wait_for_url("**q=Trump**")
    figure = page.locator("figure.compare")
    figure.screenshot(path=str(ARTIFACTS / "compare-chart.png"))
    assert figure.locator("svg path.series").count() == 3
    assert figure.locator(".series-legend li").all_inner_texts()[1].startswith("Russia")
    point = figure.locator("svg a").first
    point.click()
    page.wait_for_url("**/search?**")
    query = parse_qs(urlsplit(page.url).query)
    assert query["q"][0] in ("Korea", "Russia", "Trump")
    assert query["from"][0] <= query["to"][0]


def test_on_a_phone_the_filters_are_a_shut_disclosure(server: str, page: Any) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server + "/search?q=said")
    facet = page.locator("aside.facets .facet a").first
    summary = page.locator("summary", has_text=re.compile(r"^Filters"))
    assert summary.is_visible()
    assert not facet.is_visible()
    box = summary.bounding_box()
    assert box["y"] < page.locator(".results").bounding_box()["y"]
    summary.click()
    assert facet.is_visible()
    page.set_viewport_size({"width": 1366, "height": 900})
    page.reload()
    assert not page.locator("summary", has_text=re.compile(r"^Filters")).is_visible()
    assert page.locator("aside.facets .facet a").first.is_visible()
