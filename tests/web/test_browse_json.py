"""Every browsing page is also JSON: `.json` twins and Accept, typed in /openapi.json."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

PAGES = {
    "/countries": "CountriesAnswer",
    "/countries/KP": "CountryAnswer",
    "/sources": "SourcesAnswer",
    "/dates": "DatesAnswer",
    "/dates/2023": "YearAnswer",
    "/dates/2023/8": "MonthAnswer",
    "/dates/2023/8/6": "DayAnswer",
    "/feeds": "FeedsAnswer",
}
TEMPLATES = {
    "/countries": "/countries",
    "/countries/KP": "/countries/{code}",
    "/sources": "/sources",
    "/dates": "/dates",
    "/dates/2023": "/dates/{year}",
    "/dates/2023/8": "/dates/{year}/{month}",
    "/dates/2023/8/6": "/dates/{year}/{month}/{day}",
    "/feeds": "/feeds",
}


@pytest.fixture
def client(seeded_client: TestClient) -> TestClient:
    return seeded_client


def test_each_page_has_a_json_twin_it_links_to(client: TestClient) -> None:
    with client:
        for path in PAGES:
            page, twin = client.get(path), client.get(path + ".json")
            assert twin.status_code == 200, path
            assert twin.headers["content-type"] == "application/json"
            assert f'href="{path}.json' in page.text, path


def test_the_json_says_what_the_pages_say(client: TestClient) -> None:
    with client:
        countries = client.get("/countries.json").json()
        by_name = client.get("/countries.json", params={"sort": "name"}).json()
        korea = client.get("/countries/kp.json").json()
        year = client.get("/dates/2023.json").json()
        month = client.get("/dates/2023/8.json").json()
        day = client.get("/dates/2023/8/6.json").json()
    assert {"code": "KP", "name": "North Korea", "count": 2} in countries["countries"]
    assert by_name["sort"] == "name"
    assert [c["name"] for c in by_name["countries"]] == sorted(
        c["name"] for c in by_name["countries"]
    )
    assert korea["total"] == 2
    assert sum(p["count"] for p in korea["timeline"]["points"]) == 2
    assert any(a["title"].startswith("Kim Jong Un tells") for a in korea["latest"])
    assert len(year["months"]) == 12
    assert {"day": "2023-08-06", "count": 2} in month["days"]
    assert len(month["days"]) == 31
    assert month["total"] == sum(d["count"] for d in month["days"])
    assert day["total"] == 2
    assert {a["published_at"][:10] for a in day["items"]} == {"2023-08-06"}


def test_accept_json_gets_the_json_and_caches_keep_both(client: TestClient) -> None:
    with client:
        as_json = client.get("/sources", headers={"Accept": "application/json"})
        as_page = client.get("/sources", headers={"Accept": "text/html,application/json;q=0.9"})
        twin = client.get("/sources.json")
    assert as_json.json() == twin.json()
    assert as_page.headers["content-type"].startswith("text/html")
    for answer in (as_json, as_page):  # Compressed answers also vary by Accept-Encoding.
        assert "Accept" in answer.headers["vary"].replace(" ", "").split(",")


def test_json_errors_are_json(client: TestClient) -> None:
    with client:
        missing = client.get("/countries/XX.json")
        not_a_year = client.get("/dates/abc.json")
        no_month = client.get("/dates/2023/13.json")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "'XX' is not a country code."}
    assert not_a_year.status_code == 422
    assert "year" in not_a_year.json()["detail"]
    assert no_month.status_code == 404


def test_openapi_types_every_page_and_twin(client: TestClient) -> None:
    with client:
        paths = client.get("/openapi.json").json()["paths"]
    for path, model in PAGES.items():
        ref = {"$ref": f"#/components/schemas/{model}"}
        page = paths[TEMPLATES[path]]["get"]["responses"]["200"]["content"]
        twin = paths[TEMPLATES[path] + ".json"]["get"]["responses"]["200"]["content"]
        assert page["application/json"]["schema"] == ref
        assert "text/html" in page
        assert twin == {"application/json": {"schema": ref}}
