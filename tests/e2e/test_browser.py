"""A new user in Chromium: search from the home page, open the article, read its title and date."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e


def test_search_from_home_and_open_the_article(server: str, browser_page: Any) -> None:
    page = browser_page
    page.goto(server + "/")
    page.screenshot(path=str(ARTIFACTS / "home.png"))
    page.get_by_label("Search the archive").fill("Kim Jong Un arms factories")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?q=*")
    page.screenshot(path=str(ARTIFACTS / "search.png"))
    first = page.locator(".result-title a").first
    assert first.inner_text() == "Kim Jong Un tells North Korea arms factories to boost capacity"
    assert page.locator(".result mark").count() >= 3

    first.click()
    page.wait_for_url("**/articles/*")
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    assert page.locator("h1").inner_text() == (
        "Kim Jong Un tells North Korea arms factories to boost capacity"
    )
    assert page.locator("dd.published time").inner_text() == (
        "6 August 2023 09:28 (time zone not stated)"
    )
    assert page.locator("dd.outlet").inner_text() == "The Jerusalem Post (Israel)"


def test_bad_query_shows_a_message_in_the_browser(server: str, browser_page: Any) -> None:
    page = browser_page
    page.goto(server + "/")
    page.get_by_label("Search the archive").fill('"unclosed phrase')
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=*")
    page.screenshot(path=str(ARTIFACTS / "bad-query.png"))
    assert "We could not run this search" in page.get_by_role("alert").inner_text()


def test_filter_by_country_and_dates_then_browse(server: str, browser_page: Any) -> None:
    page = browser_page
    page.goto(server + "/search?q=Korea")
    page.locator("aside.facets .facet").get_by_role("link", name="North Korea").click()
    page.wait_for_url("**country=KP**")
    assert page.locator(".facet a.active").first.inner_text().startswith("☑")
    page.get_by_label("Published from").fill("2023-08-06")
    page.get_by_label("to", exact=True).fill("2023-08-06")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**from=2023-08-06**")
    page.screenshot(path=str(ARTIFACTS / "search-filtered.png"), full_page=True)
    titles = page.locator(".result-title a").all_inner_texts()
    assert "Kim Jong Un tells North Korea arms factories to boost capacity" in titles
    assert page.locator(".active-filters").inner_text().count("×") == 2

    page.get_by_role("link", name="Countries", exact=True).click()
    page.locator("#country-list").get_by_role("link", name="North Korea").click()
    page.wait_for_url("**/countries/KP")
    page.screenshot(path=str(ARTIFACTS / "country.png"), full_page=True)
    assert "North Korea" in page.locator("h1").inner_text()

    page.goto(server + "/dates/2023/8")
    page.screenshot(path=str(ARTIFACTS / "month.png"), full_page=True)
    page.locator("td.has a").first.click()
    page.wait_for_url("**/dates/2023/8/*")
    assert page.locator(".result").count() >= 1


def test_sort_paginate_related_csv_and_atom(server: str, browser_page: Any) -> None:
    import feedparser

    page = browser_page
    page.goto(server + "/search?q=said")
    page.get_by_role("link", name="newest", exact=True).click()
    page.wait_for_url("**sort=newest**")
    dates = page.locator(".result time, .result .published").all_inner_texts()
    assert dates
    page.get_by_role("link", name="Next →").click()
    page.wait_for_url("**page=2**")
    assert page.locator(".pagination [aria-current=page]").inner_text() == "2"
    assert page.locator(".count").inner_text().startswith("Results 11–20 of")
    page.screenshot(path=str(ARTIFACTS / "search-page-2.png"), full_page=True)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV", exact=True).last.click()
    csv_text = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert csv_text.startswith("id,url,title")
    assert csv_text.count("\n") > 10

    atom_link = page.get_by_role("link", name="Atom feed").get_attribute("href")
    assert atom_link is not None
    feed = feedparser.parse(page.request.get(urljoin(page.url, atom_link)).body())  # A path.
    assert not feed.bozo
    assert len(feed.entries) > 5

    page.goto(server + "/search?q=Kim+Jong+Un+arms+factories")
    page.locator(".result-title a").first.click()
    page.wait_for_url("**/articles/*")
    related = page.locator(".related a").first
    title = related.inner_text()
    related.click()
    page.wait_for_url("**/articles/*")
    assert page.locator("h1").inner_text().startswith(title[:20])


def test_pages_work_without_javascript(server: str, chromium_path: str) -> None:
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM_ARGS

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(server + "/")
        page.get_by_label("Search the archive").fill("arms factories")
        page.get_by_role("button", name="Search").click()
        page.wait_for_url("**/search?q=*")
        assert page.locator(".result").count() >= 1
        page.locator("aside.facets .facet").get_by_role("link", name="North Korea").click()
        page.wait_for_url("**country=KP**")
        assert page.locator(".facet a.active").count() == 1
        browser.close()


@pytest.mark.parametrize(
    ("outlet", "language", "direction", "name"),
    [("Arabic", "ar", "rtl", "arabic"), ("Chinese", "zh-Hans", "ltr", "chinese")],
)
def test_an_article_in_another_script_reads_in_its_own_direction(
    server: str, browser_page: Any, outlet: str, language: str, direction: str, name: str
) -> None:
    page = browser_page
    page.goto(f"{server}/search?source=Example+{outlet}+News")
    page.locator(".result-title a").first.click()
    page.wait_for_url("**/articles/*")
    page.screenshot(path=str(ARTIFACTS / f"article-{name}.png"), full_page=True)
    body = page.locator("div.body")
    assert (body.get_attribute("lang"), body.get_attribute("dir")) == (language, direction)
    assert page.locator("h1").get_attribute("dir") == direction
    # The browser lays the text out in that direction: Arabic paragraphs start at the right.
    paragraph = body.locator("p").first
    assert paragraph.evaluate("p => getComputedStyle(p).direction") == direction
    # Its column starts where the headline does: at the right for Arabic, at the left for Chinese.
    headline, column = page.locator("h1").bounding_box(), body.bounding_box()
    assert headline is not None
    assert column is not None
    if direction == "rtl":
        right = headline["x"] + headline["width"]
        assert column["x"] + column["width"] == pytest.approx(right, abs=1)
    else:
        assert column["x"] == pytest.approx(headline["x"], abs=1)
