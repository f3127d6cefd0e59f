"""Filters, facets and timelines over a small archive with known countries, outlets and dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.archive import Archive
from app.archive.ingest import ingest_paths
from app.present.timeline import timeline
from app.search import Filters, QueryError, SearchRequest, search

pytestmark = pytest.mark.both_databases

ARTICLES = [
    (
        "Kyiv reports drone attack",
        "Ukraine said Russia launched drones at Kyiv.",
        "Kyiv Post",
        "2023-08-06",
    ),
    (
        "Seoul and Tokyo hold talks",
        "South Korea and Japan discussed trade.",
        "The Korea Herald",
        "2023-08-20",
    ),
    (
        "Pyongyang fires missile",
        "North Korea fired a missile toward Japan.",
        "The Korea Herald",
        "2023-09-02",
    ),
    ("Moscow hosts summit", "Russia hosted leaders from Iran and China.", "TASS", "2024-01-15"),
    ("Undated note on Iran", "Iran said it would respond.", "TASS", None),
]


@pytest.fixture
def small_archive(archive: Archive, tmp_path: Path) -> Archive:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        "\n".join(
            json.dumps({"title": t, "body": b, "source": s, **({"published_at": d} if d else {})})
            for t, b, s, d in ARTICLES
        )
    )
    assert ingest_paths(archive, [str(path)]).counts["new"] == len(ARTICLES)
    return archive


def _titles(archive: Archive, **filters: object) -> set[str]:
    found = search(archive.index, SearchRequest(per_page=50, filters=Filters.parse(**filters)))  # type: ignore[arg-type]
    with archive.sessions() as session:
        from app.present.results import load_articles

        return {a.title or "" for a in load_articles(session, found.ids)}


def test_country_filter_means_any_of(small_archive: Archive) -> None:
    assert _titles(small_archive, countries=["KP"]) == {"Pyongyang fires missile"}
    assert _titles(small_archive, countries=["KP", "UA"]) == {
        "Pyongyang fires missile",
        "Kyiv reports drone attack",
    }


def test_outlet_and_outlet_country_filters(small_archive: Archive) -> None:
    assert _titles(small_archive, sources=["TASS"]) == {
        "Moscow hosts summit",
        "Undated note on Iran",
    }
    assert _titles(small_archive, source_countries=["KR"]) == {
        "Seoul and Tokyo hold talks",
        "Pyongyang fires missile",
    }


def test_date_bounds_accept_years_months_and_days(small_archive: Archive) -> None:
    assert len(_titles(small_archive, date_from="2023", date_to="2023")) == 3
    assert _titles(small_archive, date_from="2023-09") == {
        "Pyongyang fires missile",
        "Moscow hosts summit",
    }
    assert _titles(small_archive, date_from="2023-08-06", date_to="2023-08-06") == {
        "Kyiv reports drone attack"
    }


def test_filters_combine_with_a_query(small_archive: Archive) -> None:
    request = SearchRequest("missile OR drones", filters=Filters.parse(date_to="2023-08"))
    assert search(small_archive.index, request).total == 1


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"countries": ["XX"]}, "not a country code"),
        ({"date_from": "2023-02-30"}, "not a real date"),
        ({"date_from": "last week"}, "write 2023"),
        ({"date_from": "2024", "date_to": "2023"}, "is after"),
    ],
)
def test_bad_filters_say_why(filters: dict[str, object], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        Filters.parse(**filters)  # type: ignore[arg-type]


def test_facet_counts(small_archive: Archive) -> None:
    facets = search(small_archive.index, SearchRequest(with_facets=True)).facets
    assert facets is not None
    countries = dict(facets.countries)
    assert countries["RU"] == 2
    assert countries["JP"] == 2
    assert countries["IR"] == 2
    assert dict(facets.sources) == {"TASS": 2, "The Korea Herald": 2, "Kyiv Post": 1}
    assert dict(facets.source_countries) == {"KR": 2, "RU": 2, "UA": 1}
    assert facets.years == [("2023", 3), ("2024", 1)]
    assert facets.months == [("2023-08", 2), ("2023-09", 1), ("2024-01", 1)]


def test_facets_follow_the_filters(small_archive: Archive) -> None:
    request = SearchRequest(filters=Filters.parse(countries=["JP"]), with_facets=True)
    facets = search(small_archive.index, request).facets
    assert facets is not None
    assert dict(facets.countries) == {"JP": 2, "KR": 1, "KP": 1}


def test_timeline_picks_its_unit_and_fills_gaps() -> None:
    days = timeline([("2023-08-06", 1), ("2023-08-08", 2)])
    assert days.unit == "day"
    assert days.points == [("2023-08-06", 1), ("2023-08-07", 0), ("2023-08-08", 2)]
    months = timeline([("2023-08-06", 1), ("2024-01-15", 1)])
    assert months.unit == "month"
    assert len(months.points) == 6
    years = timeline([("2001-01-01", 1), ("2023-01-01", 4)])
    assert (years.unit, years.points[0], years.points[-1]) == ("year", ("2001", 1), ("2023", 4))
    assert timeline([]).points == []


def test_a_day_is_the_day_the_outlet_printed(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "late.jsonl"
    record = {
        "title": "Late story",
        "body": "Filed late.",
        "published_at": "2023-08-05T22:31-04:00",
    }
    path.write_text(json.dumps(record))
    ingest_paths(archive, [str(path)])
    assert _titles(archive, date_from="2023-08-05", date_to="2023-08-05") == {"Late story"}
    assert _titles(archive, date_from="2023-08-06", date_to="2023-08-06") == set()
