"""Every page at a desktop and a phone size: nothing scrolls sideways, and a screenshot of each
for a person to look at (test-artifacts/). Also the navigation issue 20 asked for, in Chromium."""

from __future__ import annotations

import json
import urllib.request
from typing import Any

import pytest

from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e

SIZES = {"desktop": (1366, 900), "phone": (390, 844)}
PAGES = {
    "home": "/",
    "search": "/search?q=Korea",
    "search-filtered": "/search?q=said&country=RU&country=UA&country_mode=all&from=2019",
    "search-page-2": "/search?q=said&page=2",
    "search-past-end": "/search?q=said&page=900",
    "bad-query": '/search?q="unclosed',
    # One long word, echoed in the headline: it must wrap, not widen the page.
    "long-query": "/search?q=" + "a" * 1500,
    "countries": "/countries",
    "country": "/countries/KP",
    "sources": "/sources",
    "dates": "/dates",
    "year": "/dates/2023",
    "month": "/dates/2023/8",
    "day": "/dates/2023/8/6",
    "help": "/help",
    "compare": "/compare?q=Korea&q=Russia&q=Trump",
    "not-found": "/articles/999999",
}


def _article_path(server: str) -> str:
    query = server + "/api/search?q=Kim+Jong+Un+arms+factories"
    with urllib.request.urlopen(query) as answer:
        return f"/articles/{json.load(answer)['items'][0]['id']}"


@pytest.fixture(params=list(SIZES))
def sized_page(request: pytest.FixtureRequest, browser_page: Any) -> tuple[Any, str]:
    width, height = SIZES[request.param]
    browser_page.set_viewport_size({"width": width, "height": height})
    return browser_page, request.param


def test_no_page_scrolls_sideways(server: str, sized_page: tuple[Any, str]) -> None:
    page, size = sized_page
    wide = []
    for name, path in {**PAGES, "article": _article_path(server)}.items():
        page.goto(server + path)
        page.screenshot(path=str(ARTIFACTS / f"{name}-{size}.png"), full_page=True)
        widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if widths[0] > widths[1]:
            wide.append((name, widths))
    assert wide == []


def test_the_header_and_its_help_link_stay_in_the_dark_header(
    server: str, sized_page: tuple[Any, str]
) -> None:
    page, _ = sized_page
    page.goto(server + "/search?q=Korea&country=KP")
    header = page.locator(".site-header").bounding_box()
    help_link = page.get_by_role("link", name="Search help").bounding_box()
    assert header is not None
    assert help_link is not None
    assert header["y"] <= help_link["y"]
    assert help_link["y"] + help_link["height"] <= header["y"] + header["height"]
    assert help_link["x"] + help_link["width"] <= header["x"] + header["width"]


def test_header_search_keeps_the_filters(server: str, browser_page: Any) -> None:
    page = browser_page
    page.goto(server + "/search?q=Korea&country=KP&from=2023")
    assert page.get_by_label("Keep the filters", exact=False).is_checked()
    page.get_by_label("Search the archive").fill("factories")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url("**q=factories**")
    assert "country=KP" in page.url
    assert "from=2023" in page.url
    assert "About North Korea" in page.locator(".active-filters").inner_text()

    page.get_by_label("Keep the filters", exact=False).uncheck()
    page.get_by_label("Search the archive").fill("missile")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url("**q=missile**")
    assert "country=" not in page.url


def test_results_come_before_facets_and_can_be_skipped_to(server: str, browser_page: Any) -> None:
    page = browser_page
    page.goto(server + "/search?q=said")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to results"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    first = page.locator(".result-title a").first.inner_text()
    assert page.evaluate("document.activeElement.textContent") == first
    facets = page.locator("aside.facets").bounding_box()
    results = page.locator(".search-results").bounding_box()
    assert facets is not None
    assert results is not None
    assert facets["x"] < results["x"]  # Shown on the left at desktop size all the same.
    assert page.locator(".count").inner_text().startswith("Results 1–10 of")


def test_date_presets_and_the_dates_overview(server: str, browser_page: Any) -> None:
    page = browser_page
    page.goto(server + "/search?q=said&from=2023")
    assert page.get_by_label("Published from").get_attribute("type") == "date"
    assert page.get_by_label("Published from").input_value() == "2023-01-01"
    page.get_by_role("link", name="Past year").click()
    page.wait_for_url("**from=*")
    assert page.locator(".presets [aria-current]").inner_text() == "Past year"

    page.goto(server + "/")
    page.get_by_role("link", name="Dates", exact=True).click()
    page.wait_for_url("**/dates")
    page.locator(".year-list a").first.click()
    page.wait_for_url("**/dates/2*")
    assert "articles" in page.locator(".month-grid").inner_text()
