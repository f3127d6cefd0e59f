"""Browsing pages: countries, dates, outlets, search facets and timeline (app/web/browse.py)."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.both_databases


@pytest.fixture
def browser(seeded_client: TestClient) -> TestClient:
    return seeded_client


def test_seed_countries_and_outlet_country_in_the_api(browser: TestClient) -> None:
    with browser as client:
        item = client.get("/api/search", params={"q": "arms factories"}).json()["items"][0]
    countries = item["countries"]
    assert countries[0] == {
        "code": "KP",
        "name": "North Korea",
        "mentions": countries[0]["mentions"],
        "primary": True,
    }
    assert {"RU", "UA", "US", "CN", "KR"} <= {c["code"] for c in countries}
    assert item["source"]["country"] == "IL"


def test_countries_page_lists_counts_and_links(browser: TestClient) -> None:
    with browser as client:
        page = client.get("/countries")
        by_name = client.get("/countries", params={"sort": "name"})
    assert page.status_code == 200
    assert 'href="/countries/KP">North Korea</a>' in page.text
    assert '<a href="/search?country=KP">2</a>' in page.text
    assert by_name.text.index("Australia") < by_name.text.index("Zimbabwe")


def test_country_page(browser: TestClient) -> None:
    with browser as client:
        page = client.get("/countries/kp")
        missing = client.get("/countries/XX")
    assert "<h1>North Korea" in page.text
    assert "Kim Jong Un tells North Korea arms factories" in page.text
    assert "Most often reported with" in page.text
    assert "Russia" in page.text
    assert missing.status_code == 404


def test_month_calendar_and_day_page(browser: TestClient) -> None:
    with browser as client:
        month = client.get("/dates/2023/8")
        day = client.get("/dates/2023/8/6")
        year = client.get("/dates/2023")
    day_cell = '<a href="/dates/2023/8/6"><span class="day">6</span>'
    assert day_cell + ' <span class="n">2</span>' in month.text  # AP's 5 Aug, 22:31 EDT is the 5th.
    assert 'rel="prev" href="/dates/2023/7"' in month.text
    assert "Kim Jong Un tells North Korea arms factories" in day.text
    assert 'rel="next" href="/dates/2023/8/7"' in day.text
    assert "August" in year.text


def test_search_facets_toggle_filters(browser: TestClient) -> None:
    with browser as client:
        page = client.get("/search", params={"q": "Korea"})
        filtered = client.get("/search", params={"q": "Korea", "country": "KP", "from": "2023-08"})
    assert 'href="?q=Korea&amp;country=KP"' in page.text
    assert "About (countries)" in page.text
    assert "Published in (outlet&#39;s country)" in page.text
    assert 'aria-current="true"' in filtered.text
    assert 'href="?q=Korea&amp;from=2023-08"' in filtered.text  # The link that removes KP.
    assert "Matches per day" in filtered.text
    assert "<svg" in filtered.text


def test_timeline_as_csv_and_json(browser: TestClient) -> None:
    with browser as client:
        rows = list(
            csv.reader(io.StringIO(client.get("/search/timeline.csv", params={"q": "Korea"}).text))
        )
        data = client.get("/api/timeline", params={"q": "Korea"}).json()
    assert rows[0][1] == "count"
    assert sum(int(count) for _, count in rows[1:]) == sum(p["count"] for p in data["points"])
    assert data["unit"] in ("day", "month", "year")


def test_bad_filters_are_400(browser: TestClient) -> None:
    with browser as client:
        page = client.get("/search", params={"country": "ZZ"})
        api = client.get("/api/search", params={"from": "2023-13"})
    assert page.status_code == 400
    assert "not a country code" in page.text
    assert api.status_code == 400
    assert "not a real date" in api.json()["detail"]


def test_api_facets(browser: TestClient) -> None:
    with browser as client:
        facets = client.get("/api/search", params={"q": "Korea"}).json()["facets"]
    assert set(facets) == {
        "countries",
        "source_countries",
        "sources",
        "years",
        "months",
        "languages",
    }
    assert facets["countries"][0]["code"] in ("KP", "KR")
    assert all(set(row) == {"code", "name", "count"} for row in facets["countries"])
    counts = [row["count"] for rows in facets.values() for row in rows]
    assert counts
    assert all(type(count) is int for count in counts)  # 3, never 3.0
