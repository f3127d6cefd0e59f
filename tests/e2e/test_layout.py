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


@pytest.mark.parametrize("script", [True, False], ids=["script", "no-script"])
def test_every_control_of_the_search_page_sends_the_whole_search(
    server: str, module_browser: Any, script: bool
) -> None:
    context = module_browser.new_context(
        java_script_enabled=script, viewport={"width": 1366, "height": 900}
    )
    page = context.new_page()
    # A date, then a byline, then the field filters' Apply: the date goes too.
    page.goto(server + "/search?q=Korea&country=KP")
    page.get_by_label("Published from").fill("2023-01-01")
    page.locator(".more-filters summary").click()
    page.get_by_label("Byline contains").fill("reuters")
    page.locator(".more-filters").get_by_role("button", name="Apply").click()
    page.wait_for_url("**byline=**")
    assert page.url.endswith("/search?q=Korea&country=KP&from=2023-01-01&byline=reuters")
    # New words and a date, then the date's Apply: the new words go, not the old ones.
    page.get_by_label("Search the archive").fill("factories")
    page.get_by_label("to", exact=True).fill("2023-12-31")
    page.locator(".refine-panel > .filters").get_by_role("button", name="Apply").click()
    page.wait_for_url("**q=factories**")
    assert page.url.endswith(
        "/search?q=factories&country=KP&from=2023-01-01&to=2023-12-31&byline=reuters"
    )
    assert "Kim Jong Un tells North Korea arms factories" in page.locator(".results").inner_text()
    # The Search button with nothing to keep: no empty fields in the address, with script or
    # without (the server answers the search page's fields with the address of the search).
    page.goto(server + "/search?q=Korea")
    page.get_by_label("Search the archive").fill("factories")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url("**q=factories**")
    assert page.url.endswith("/search?q=factories")
    assert page.locator(".result").count() >= 1
    context.close()


@pytest.mark.parametrize("path", ["/search?q=Korea", "/search?q=Korea&country=KP&from=2019"])
def test_a_phone_shows_the_first_result_on_its_first_screen(
    server: str, module_browser: Any, path: str
) -> None:
    page = module_browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(server + path)
    name = "first-screen-filtered" if "country" in path else "first-screen"
    page.screenshot(path=str(ARTIFACTS / f"{name}-phone.png"))
    first = page.locator(".result").first
    title, meta = first.locator(".result-title").bounding_box(), first.locator(".result-meta")
    meta_box = meta.bounding_box()
    assert title is not None
    assert meta_box is not None
    assert meta_box["y"] + meta_box["height"] <= 844, (title, meta_box)
    # The folded filters are there, one click away.
    page.get_by_text("Dates and more filters").click()
    assert page.get_by_label("Published from").is_visible()
    page.close()


def test_sort_links_keep_each_order_on_one_line(server: str, module_browser: Any) -> None:
    for width in (1366, 1024, 390):
        page = module_browser.new_page(viewport={"width": width, "height": 900})
        page.goto(server + "/search?q=Korea")
        heights = page.locator(".sort a").evaluate_all(
            "links => links.map(link => link.getClientRects().length)"
        )
        assert len(heights) == 8, width
        assert set(heights) == {1}, (width, heights)  # One box each: none wrapped.
        page.close()
