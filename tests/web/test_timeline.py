"""The timeline chart (app/present/timeline.py, templates/_timeline.html): units by span, axes,
bars that link to their period, the share of all articles, one bucket drawn narrow."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from app.present.timeline import (
    WIDEST_BAR,
    bounds,
    period_name,
    roll_up,
    timeline,
    with_totals,
)


def test_the_unit_follows_the_span() -> None:
    assert timeline([("2023-08-01", 1), ("2023-09-30", 1)]).unit == "day"
    weeks = timeline([("2023-08-06", 1), ("2023-11-20", 2)])
    assert weeks.unit == "week"
    assert weeks.points[0] == ("2023-07-31", 1)  # Named by its Monday.
    assert weeks.points[-1] == ("2023-11-20", 2)
    assert timeline([("2023-08-06", 1), ("2024-01-15", 1)]).unit == "month"
    assert timeline([("2001-01-01", 1), ("2023-01-01", 4)]).unit == "year"


def test_periods_have_bounds_and_names() -> None:
    assert bounds("week", "2023-07-31") == (date(2023, 7, 31), date(2023, 8, 6))
    assert bounds("month", "2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert bounds("year", "2023") == (date(2023, 1, 1), date(2023, 12, 31))
    assert period_name(*bounds("week", "2023-07-31")) == "31 Jul–6 Aug 2023"
    assert period_name(*bounds("month", "2023-12")) == "Dec 2023"
    assert period_name(*bounds("day", "2023-08-06")) == "6 Aug 2023"
    assert period_name(*bounds("year", "2023")) == "2023"


def test_axes_are_round_and_labelled() -> None:
    chart = timeline([("2023-08-06", 3), ("2023-08-20", 7)]).chart()
    assert [tick.label for tick in chart.y_ticks] == ["0", "2", "4", "6", "8"]
    assert chart.x_ticks[0].label == "6 Aug 2023"
    assert all(" 2023" not in tick.label for tick in chart.x_ticks[1:])
    tallest = max(chart.bars, key=lambda bar: bar.height)
    assert tallest.label == "20 Aug 2023: 7 articles"


def test_share_of_all_articles() -> None:
    found = with_totals(
        timeline([("2023-08-06", 1), ("2023-08-07", 3)]), [("2023-08-06", 4), ("2023-08-07", 6)]
    )
    chart = found.chart(share=True)
    assert chart.share
    assert chart.bars[1].label == "7 Aug 2023: 3 articles, 50.0% of all 6"
    assert chart.y_ticks[-1].label.endswith("%")
    assert not timeline([("2023-08-06", 1)]).chart(share=True).share  # No totals: counts.


@pytest.mark.parametrize("unit", ["day", "week", "month", "year"])
def test_each_day_is_summed_into_the_period_holding_it(unit: str) -> None:
    first = date(2023, 12, 25)
    day_counts = [((first + timedelta(days=n)).isoformat(), n + 1) for n in range(0, 400, 3)]
    rolled = roll_up(day_counts, unit)
    for period, total in rolled.items():
        start, end = bounds(unit, period)
        held = [n for day, n in day_counts if start <= date.fromisoformat(day) <= end]
        assert total == sum(held), period
    assert sum(rolled.values()) == sum(n for _, n in day_counts)


def test_totals_hold_every_day_of_each_period_shown() -> None:
    """Every article's days span years; each week of the timeline takes all of its own seven,
    those of its first and last week included."""
    every = [((date(2020, 1, 1) + timedelta(days=n)).isoformat(), 1) for n in range(1500)]
    found = with_totals(timeline([("2023-08-09", 1), ("2023-12-20", 2)]), every)
    assert found.unit == "week"
    assert found.totals == (7,) * len(found.points)


def test_one_bucket_is_a_narrow_bar_in_the_middle() -> None:
    (bar,) = timeline([("2023-08-06", 5)]).chart().bars
    assert bar.width == WIDEST_BAR
    assert abs(bar.x + bar.width / 2 - (46 + 720 / 2)) < 0.01


@pytest.fixture
def client(seeded_client: TestClient) -> TestClient:
    return seeded_client


def test_the_page_links_each_bar_to_its_period(client: TestClient) -> None:
    with client:
        search = client.get("/search", params={"q": "Korea"}).text
        country = client.get("/countries/KP").text
        share = client.get("/countries/KP", params={"timeline": "share"}).text
    assert (
        'href="/search?q=Korea&amp;from=2023-08-06&amp;to=2023-08-06"><title>6 Aug 2023: 1 article'
        in search
    )
    assert "<summary>As a table</summary>" in search
    assert 'class="axis-title"' in search
    assert 'href="/search?country=KP&amp;from=2023-08-05&amp;to=2023-08-05"' in country
    assert '<a href="?timeline=share">Share</a>' in country
    assert "Share of all articles per day" in share
    assert '<a href="?">Counts</a>' in share
    assert "% of all" in share
