"""Pages and API through the TestClient, with the lifespan running (app/web)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.settings import DEMO_CORPUS, Settings
from app.web.app import create_app

pytestmark = pytest.mark.both_databases

SEED_TITLE = "Kim Jong Un tells North Korea arms factories to boost capacity"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def seeded_client(settings: Settings, seed_path: Path, tmp_path: Path) -> TestClient:
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(
        json.dumps(
            {
                "title": f"Hostile {HOSTILE}",
                "body": f"Body with {HOSTILE} inside.\n\nSecond paragraph.",
                "byline": HOSTILE,
                "url": "javascript:alert(1)",
                "source": HOSTILE,
            }
        )
    )
    archive = open_archive(settings)
    ingest_paths(archive, [str(seed_path), str(hostile)])
    archive.close()
    return TestClient(create_app(settings))


def _seed_id(client: TestClient) -> int:
    items = client.get("/api/search", params={"q": "Kim Jong Un arms factories"}).json()["items"]
    return int(items[0]["id"])


def test_home_lists_latest_and_has_a_search_box(seeded_client: TestClient) -> None:
    with seeded_client as client:
        page = client.get("/")
    assert page.status_code == 200
    assert SEED_TITLE in page.text
    assert '<input id="q" name="q"' in page.text
    assert "2 articles in the archive" in page.text


def test_the_search_box_example_finds_articles_in_the_demo_corpus(settings: Settings) -> None:
    archive = open_archive(settings)
    ingest_paths(archive, [str(DEMO_CORPUS)], fmt="jsonl", source_name="Wikinews")
    archive.close()
    with TestClient(create_app(settings)) as client:
        box = re.search(
            r'<input id="q" name="q"[^>]*placeholder="e.g. ([^"]*)"', client.get("/").text
        )
        assert box is not None
        example = html.unescape(box[1])
        assert client.get("/api/search", params={"q": example}).json()["total"] >= 3, example


def test_search_page_highlights_and_links(seeded_client: TestClient) -> None:
    with seeded_client as client:
        page = client.get("/search", params={"q": "arms factories"})
        article_id = _seed_id(client)
    assert page.status_code == 200
    assert f'href="/articles/{article_id}"' in page.text
    assert "<mark>factories</mark>" in page.text
    assert "1 article" in page.text


def test_article_page_shows_every_field_and_its_source_line(seeded_client: TestClient) -> None:
    with seeded_client as client:
        article_id = _seed_id(client)
        page = client.get(f"/articles/{article_id}")
    text = page.text
    assert f"<h1>{SEED_TITLE}" in text
    assert "The Jerusalem Post (Israel)" in text
    assert '<dd class="byline">Reuters</dd>' in text
    assert '<time datetime="2023-08-06T09:28">6 August 2023 09:28' in text
    assert '<dd class="captured">6 August 2023</dd>' in text
    assert "<h2>North Korea&#39;s growing weapons arsenal</h2>" in text
    assert "Published: AUGUST 6, 2023 09:28" in text  # The line the date came from.
    assert re.search(r"<th scope=\"row\">published_at</th><td>line 5</td>", text)
    assert "Photo captions" in text


def test_original_is_served_as_plain_text(seeded_client: TestClient, seed_path: Path) -> None:
    with seeded_client as client:
        article_id = _seed_id(client)
        page = client.get(f"/articles/{article_id}")
        link = re.search(r'href="(/articles/\d+/captures/\d+)"', page.text)
        assert link is not None
        original = client.get(link.group(1))
    assert original.content == seed_path.read_bytes()
    assert original.headers["content-type"].startswith("text/plain")


def test_everything_shown_is_escaped(seeded_client: TestClient) -> None:
    with seeded_client as client:
        hostile_id = client.get("/api/search", params={"q": "hostile"}).json()["items"][0]["id"]
        pages = [
            client.get("/"),
            client.get("/search", params={"q": "hostile"}),
            client.get(f"/articles/{hostile_id}"),
            client.get("/search", params={"q": HOSTILE}),
        ]
    for page in pages:
        assert "<script>alert" not in page.text
        assert "<img src=x" not in page.text
        assert 'href="javascript:' not in page.text


def test_security_headers(client: TestClient) -> None:
    page = client.get("/")
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "Search help" in page.text


def test_pages_name_an_icon_that_is_served(client: TestClient) -> None:
    # Without one, browsers ask for /favicon.ico on every first visit and log its 404.
    icon = re.search(r'<link rel="icon" href="([^"]+)"', client.get("/").text)
    assert icon is not None
    answer = client.get(icon[1])
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("image/svg+xml")


def test_query_boxes_take_the_direction_of_what_is_typed(client: TestClient) -> None:
    # An Arabic or Persian query then reads right to left in the box, as it does in the headline.
    for path in ("/search?q=%D8%AF%D9%85%D8%B4%D9%82", "/compare?q=a&q=b"):
        boxes = re.findall(r'<input id="q\d*" name="q"[^>]*>', client.get(path).text)
        assert boxes, path
        assert all('dir="auto"' in box for box in boxes), path


def test_bad_query_is_a_readable_400_page(client: TestClient) -> None:
    page = client.get("/search", params={"q": "(((Kim"})
    assert page.status_code == 400
    assert "We could not run this search" in page.text
    assert "never closed" in page.text


def test_bad_parameter_is_a_readable_400_page(client: TestClient) -> None:
    page = client.get("/search", params={"q": "Kim", "page": "two"})
    assert page.status_code == 400
    assert "text/html" in page.headers["content-type"]
    assert "page" in page.text


@pytest.mark.parametrize("q", ["title:", "Kim title:", "(byline:)", "author: Smith", "published:"])
def test_a_field_with_nothing_after_it_is_a_readable_400(client: TestClient, q: str) -> None:
    page = client.get("/search", params={"q": q})
    api = client.get("/api/search", params={"q": q})
    assert page.status_code == api.status_code == 400
    assert "has nothing after it" in api.json()["detail"]
    assert "has nothing after it" in page.text
    assert "fields such as <code>title:missile</code>" in page.text  # The query syntax's help.


def test_words_before_a_colon_that_name_no_field_are_searched(client: TestClient) -> None:
    assert client.get("/search", params={"q": "Note: talks"}).status_code == 200


@pytest.mark.parametrize("q", ['title:"grain corridor"', "title:(grain)", "title:(grain OR Kim)"])
def test_a_field_before_a_phrase_or_a_group_is_searched(client: TestClient, q: str) -> None:
    assert client.get("/search", params={"q": q}).status_code == 200
    assert client.get("/api/search", params={"q": q}).status_code == 200


@pytest.mark.parametrize(
    ("params", "said"),
    [
        ({"q": "Kim", "from": "2019-13"}, "&#39;from&#39;: &#39;2019-13&#39; is not a real date."),
        ({"q": "Kim", "to": "yesterday"}, "&#39;to&#39;: &#39;yesterday&#39; is not a date"),
        ({"q": "Kim", "from": "2020", "to": "2019"}, "is after"),
        ({"q": "published:2019-13"}, "is not a real date"),
    ],
)
def test_a_bad_date_gets_help_on_dates_not_on_query_syntax(
    client: TestClient, params: dict[str, str], said: str
) -> None:
    page = client.get("/search", params=params)
    assert page.status_code == 400
    assert said in page.text
    assert "<code>2019-08-06</code>" in page.text
    assert "AND / OR / NOT" not in page.text


def test_a_bad_filter_value_offers_the_search_without_filters(client: TestClient) -> None:
    page = client.get("/search", params={"q": "Kim", "country": "XYZ"})
    assert page.status_code == 400
    assert "is not a country code" in page.text
    assert '<a href="?q=Kim">search without filters</a>' in page.text
    assert "AND / OR / NOT" not in page.text


def test_missing_article_is_a_404_page(client: TestClient) -> None:
    page = client.get("/articles/999999")
    assert page.status_code == 404
    assert "There is no article 999999." in page.text


def test_api_article_shape(seeded_client: TestClient) -> None:
    with seeded_client as client:
        data = client.get(f"/api/articles/{_seed_id(client)}").json()
    assert data["title"] == SEED_TITLE
    assert data["source"] == {"name": "The Jerusalem Post", "domain": "jpost.com", "country": "IL"}
    assert data["byline"] == "Reuters"
    assert data["published_at"] == "2023-08-06T09:28"
    assert data["captured_at"] == "2023-08-06"
    assert data["ingested_at"].endswith("+00:00")
    assert data["body"].startswith("North Korean leader Kim Jong Un has instructed")
    assert data["body"].endswith("Russia and North Korea have denied those claims.")
    assert data["capture"]["format"] == "text"
    assert len(data["capture"]["sha256"]) == 64
    assert data["copies"] == []
    expected_keys = {
        "id",
        "url",
        "title",
        "source",
        "byline",
        "published_at",
        "captured_at",
        "ingested_at",
        "language",
        "countries",
        "word_count",
        "external_id",
        "capture",
        "group_id",
        "summary_only",
        "body",
        "copies",
    }
    assert set(data) == expected_keys


def test_api_search_shape_and_errors(seeded_client: TestClient) -> None:
    with seeded_client as client:
        data = client.get("/api/search", params={"q": "factories", "per_page": 5}).json()
        bad = client.get("/api/search", params={"q": "*tion"})
        missing = client.get("/api/articles/424242")
        health = client.get("/api/health").json()
    assert set(data) == {"items", "total", "page", "per_page", "facets", "took_ms", "query"}
    assert data["total"] == 1
    assert "<mark>factories</mark>" in data["items"][0]["snippet"]
    assert bad.status_code == 400
    assert "wildcard" in bad.json()["detail"]
    assert missing.status_code == 404
    assert health == {
        "status": "ok",
        "articles": 2,
        "last_change": 2,
        "index_last_change": 2,
        "index_lag": 0,
    }


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    q=st.text(max_size=200)
    | st.sampled_from(["published:[2023 TO 2024]", "country:kp", '"a b"~3']),
    page=st.integers(min_value=-5, max_value=10**6),
    sort=st.sampled_from(["relevance", "newest", "oldest", "bogus"]),
    country=st.lists(st.text(max_size=4) | st.sampled_from(["KP", "US"]), max_size=3),
    date_from=st.text(max_size=12) | st.sampled_from(["2023", "2023-08", "2023-08-06"]),
    copies=st.sampled_from(["", "all", "x"]),
)
def test_no_query_gives_a_server_error(
    client: TestClient,
    q: str,
    page: int,
    sort: str,
    country: list[str],
    date_from: str,
    copies: str,
) -> None:
    params = {
        "q": q,
        "page": page,
        "sort": sort,
        "country": country,
        "from": date_from,
        "copies": copies,
    }
    for path in ("/search", "/api/search", "/api/timeline", "/search.atom"):
        response = client.get(path, params=params)
        assert response.status_code in (200, 400, 422), (path, params)
