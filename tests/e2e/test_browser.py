"""A new user in Chromium: search from the home page, open the article, read its title and date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.archive import open_archive
from app.ingest import ingest_paths
from app.settings import Settings
from tests.conftest import DUMPS
from tests.e2e.conftest import ARTIFACTS, start_server

pytestmark = pytest.mark.e2e


@pytest.fixture
def server(tmp_path: Path, seed_path: Path) -> Iterator[str]:
    data_dir = tmp_path / "data"
    archive = open_archive(Settings(data_dir=data_dir))
    ingest_paths(archive, [str(seed_path), str(DUMPS)])
    archive.close()
    process, base = start_server(data_dir)
    yield base
    process.terminate()
    process.wait(timeout=10)


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
    page.get_by_role("link", name="North Korea").first.click()
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
    page.get_by_role("link", name="North Korea").first.click()
    page.wait_for_url("**/countries/KP")
    page.screenshot(path=str(ARTIFACTS / "country.png"), full_page=True)
    assert "North Korea" in page.locator("h1").inner_text()

    page.goto(server + "/dates/2023/8")
    page.screenshot(path=str(ARTIFACTS / "month.png"), full_page=True)
    page.locator("td.has a").first.click()
    page.wait_for_url("**/dates/2023/8/*")
    assert page.locator(".result").count() >= 1
