"""The timeline in Chromium: bars with axes, a bar narrowing the search to its period, the share
of all articles on a country's page."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e


def test_a_bar_narrows_the_dates_to_its_period(server: str, browser_page: Any) -> None:
    page = browser_page
    page.goto(server + "/search?q=Russia")
    figure = page.locator("figure.timeline")
    figure.screenshot(path=str(ARTIFACTS / "timeline-search.png"))
    assert figure.locator("text.axis-title").count() == 2
    assert figure.locator("text.axis").count() >= 3
    bars = figure.locator("svg a")
    tallest = max(
        range(bars.count()),
        key=lambda n: float(bars.nth(n).locator("rect").get_attribute("height")),
    )
    title = bars.nth(tallest).locator("title").text_content()
    bars.nth(tallest).click()
    page.wait_for_url("**from=**")
    query = parse_qs(urlsplit(page.url).query)
    assert query["q"] == ["Russia"]
    assert query["from"][0] <= query["to"][0]
    page.screenshot(path=str(ARTIFACTS / "timeline-narrowed.png"), full_page=True)
    shown = int(title.split(": ")[1].split(" ")[0].replace(",", ""))
    published = page.locator(".result .published").all_inner_texts()
    assert 0 < len(published) <= shown
    for words in published:  # '12 September 2019', maybe with a time after it.
        stated = datetime.strptime(" ".join(words.split()[:3]) + " +0000", "%d %B %Y %z")
        day = stated.date().isoformat()
        assert query["from"][0] <= day <= query["to"][0]


def test_a_country_timeline_as_share_of_all_articles(server: str, browser_page: Any) -> None:
    page = browser_page
    page.goto(server + "/countries/RU")
    page.locator("figure.timeline").get_by_role("link", name="Share").click()
    page.wait_for_url("**timeline=share**")
    figure = page.locator("figure.timeline")
    figure.screenshot(path=str(ARTIFACTS / "timeline-country-share.png"))
    assert "Share of all articles" in figure.locator("figcaption").inner_text()
    assert "%" in figure.locator("text.axis").first.text_content()
    figure.locator("summary").click()
    assert figure.locator("table tbody tr").count() == figure.locator("svg a").count()
