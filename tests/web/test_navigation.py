"""Issue 20, "Broken": undated articles last, the dates overview, plural wording, pages past
the end, the header search keeping filters, and "reported with" links meaning both countries."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.settings import Settings
from app.web.app import create_app

BOTH = "Russia and Ukraine held talks in Moscow and Kyiv about the grain corridor."
ARTICLES = [
    {"title": "Undated talks", "body": BOTH, "url": "https://example.org/undated"},
    {"title": "Talks in 2021", "body": BOTH, "published_at": "2021-03-02"},
    {"title": "Talks in 2023", "body": BOTH, "published_at": "2023-05-06"},
    {
        "title": "Russia alone",
        "body": "Russia held a parade in Moscow.",
        "published_at": "2023-05-09",
    },
    {
        "title": "Ukraine alone",
        "body": "Ukraine held elections in Kyiv.",
        "published_at": "2022-01-09",
    },
]


@pytest.fixture
def small(settings: Settings, tmp_path: Path) -> Iterator[TestClient]:
    path = tmp_path / "small.jsonl"
    path.write_text("\n".join(json.dumps(article) for article in ARTICLES))
    archive = open_archive(settings)
    ingest_paths(archive, [str(path)])
    archive.close()
    with TestClient(create_app(settings)) as client:
        yield client


def _titles(html: str) -> list[str]:
    return re.findall(r'class="result-title"[^>]*><a href="[^"]+">([^<]+)</a>', html)


def test_undated_articles_come_last_newest_and_oldest(small: TestClient) -> None:
    home = _titles(small.get("/").text)
    newest = _titles(small.get("/search", params={"sort": "newest"}).text)
    oldest = _titles(small.get("/search", params={"sort": "oldest"}).text)
    api = small.get("/api/search", params={"sort": "newest"}).json()["items"]
    assert home[0] == newest[0] == "Russia alone"
    assert home[-1] == newest[-1] == oldest[-1] == "Undated talks"
    assert oldest[0] == "Talks in 2021"
    assert [item["published_at"] is None for item in api] == [False] * 4 + [True]


def test_dates_menu_opens_an_overview_of_years(small: TestClient) -> None:
    home = small.get("/").text
    page = small.get("/dates")
    assert 'href="/dates">Dates</a>' in home
    assert page.status_code == 200
    years = re.findall(r'href="/dates/(\d{4})"><span class="year">', page.text)
    assert years == ["2023", "2022", "2021"]
    assert "2 articles" in page.text
    assert "1 article<" in page.text


def test_counts_agree_with_their_noun(small: TestClient) -> None:
    year = small.get("/dates/2021").text
    assert "1 article<" in year
    assert "1 articles" not in year
    assert "0 articles" in year
    for path in ("/", "/dates", "/dates/2022/1", "/dates/2022/1/9", "/countries/UA"):
        assert not re.search(r"\b1 (articles|stories)\b", small.get(path).text), path


def test_results_say_which_of_how_many(small: TestClient) -> None:
    page = small.get("/search", params={"q": "talks"}).text
    assert "Results 1–3 of 3 stories" in page
    one = small.get("/search", params={"q": "parade"}).text
    assert "Results 1–1 of 1 story" in one


def test_a_page_past_the_end_says_so_and_nothing_else(small: TestClient) -> None:
    page = small.get("/search", params={"q": "parade", "page": 3}).text
    assert "Page 3 is past the end" in page
    assert 'href="?q=parade">Go to the last page' in page
    assert "No article matches" not in page
    assert "No article matches" in small.get("/search", params={"q": "zebra"}).text


def test_no_matches_leave_no_stray_timing_beside_the_empty_count(small: TestClient) -> None:
    page = small.get("/search", params={"q": "zebra"}).text
    assert 'class="took"' not in page
    assert 'class="took"' in small.get("/search", params={"q": "talks"}).text


def test_the_header_search_offers_to_keep_the_filters(small: TestClient) -> None:
    filtered = small.get("/search", params={"q": "talks", "country": "RU", "from": "2023"}).text
    assert 'name="within" value="country=RU&amp;from=2023" checked' in filtered
    assert "Keep the filters: about Russia, dated 2023 to …" in filtered
    kept = small.get(
        "/search", params={"q": "parade", "within": "country=RU&from=2023"}, follow_redirects=False
    )
    assert kept.status_code == 303
    assert kept.headers["location"] == "/search?q=parade&country=RU&from=2023"
    assert 'name="within"' not in small.get("/").text  # Nothing to keep.


def test_reported_with_links_mean_both_countries(small: TestClient) -> None:
    country = small.get("/countries/RU").text
    link = re.search(
        r'href="(/search\?[^"]*country=UA[^"]*)">Ukraine <span class="n">(\d+)', country
    )
    assert link is not None
    href, count = link.group(1).replace("&amp;", "&"), int(link.group(2))
    assert "country_mode=all" in href
    found = small.get(href).text
    assert f"of {count} stories" in found
    assert count == 3
    assert "About <strong>all</strong> of these" in found
    any_of = small.get("/search", params=[("country", "RU"), ("country", "UA")]).text
    assert "of 5 stories" in any_of
    assert "About <strong>any</strong> of these" in any_of
    api = small.get(
        "/api/search", params=[("country", "RU"), ("country", "UA"), ("country_mode", "all")]
    )
    assert api.json()["total"] == 3
