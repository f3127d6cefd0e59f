"""The five tasks of the side-by-side with Datasette (issue 22), walked in Chromium with their
clicks counted: search; narrow to a country and a year; see the coverage over time; read an
article; export the result set as CSV and JSON. Datasette took 13 clicks for the five; the
counts are written to test-artifacts/five-tasks-clicks.json."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import ARTIFACTS

pytestmark = pytest.mark.e2e
DATASETTE_CLICKS = 13  # The five tasks over the same articles in Datasette 0.65.
EARLIER_CLICKS = 8  # GeoNews before issue 22: the walk must not get longer.


class Walk:
    """A page and the clicks (submits and Back included) each task took."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.clicks: dict[str, int] = {}
        self.task = ""

    def start(self, task: str) -> None:
        self.task = task
        self.clicks[task] = 0

    def click(self, target: Any) -> None:
        target.click()
        self.clicks[self.task] += 1

    def back(self) -> None:
        self.page.go_back()
        self.clicks[self.task] += 1

    def download(self, target: Any) -> str:
        with self.page.expect_download() as download:
            self.click(target)
        return Path(download.value.path()).read_text(encoding="utf-8")


def test_the_five_tasks_take_fewer_clicks_than_in_datasette(server: str, browser_page: Any) -> None:
    walk = Walk(browser_page)
    browser_page.goto(server + "/")
    _search(walk)
    stories = _narrow_to_a_country_and_a_year(walk)
    _see_the_coverage_over_time(walk)
    _read_an_article(walk)
    _export(walk, stories)
    ARTIFACTS.mkdir(exist_ok=True)
    counted = {**walk.clicks, "total": sum(walk.clicks.values())}
    (ARTIFACTS / "five-tasks-clicks.json").write_text(json.dumps(counted, indent=2))
    assert counted["total"] <= EARLIER_CLICKS < DATASETTE_CLICKS
    assert max(walk.clicks.values()) <= 3


def _search(walk: Walk) -> None:
    walk.start("search")
    walk.page.get_by_label("Search the archive").fill("North Korea weapons")
    walk.click(walk.page.get_by_role("button", name="Search"))
    walk.page.wait_for_url("**/search?q=*")
    assert walk.page.locator(".result").count() >= 2


def _narrow_to_a_country_and_a_year(walk: Walk) -> int:
    """Two facet clicks; returns how many stories the sentence above the results says."""
    walk.start("narrow to a country and a year")
    page = walk.page
    walk.click(page.locator("aside.facets .facet").get_by_role("link", name="North Korea"))
    page.wait_for_url("**country=KP**")
    walk.click(page.locator("#facet-years + ul").get_by_role("link", name=re.compile(r"^2023\b")))
    page.wait_for_url("**from=2023**")
    sentence = page.locator(".result-sentence").inner_text()
    assert "about North Korea" in sentence
    assert "published in 2023" in sentence
    return int(sentence.split()[0].replace(",", ""))


def _see_the_coverage_over_time(walk: Walk) -> None:
    walk.start("coverage over time")  # The timeline of the matches is above them.
    timeline = walk.page.locator("figure.timeline svg")
    assert timeline.is_visible()
    assert timeline.locator("a rect.bar").count() >= 1
    walk.page.screenshot(path=str(ARTIFACTS / "five-tasks-results.png"), full_page=True)


def _read_an_article(walk: Walk) -> None:
    walk.start("read an article")
    title = walk.page.locator(".result-title a").first
    heading = title.inner_text()
    walk.click(title)
    walk.page.wait_for_url("**/articles/*")
    assert walk.page.locator("h1").inner_text() == heading


def _export(walk: Walk, stories: int) -> None:
    """Back to the results, then their CSV and JSON lines: every story, in the same order."""
    walk.start("export CSV and JSON")
    walk.back()
    exports = walk.page.locator("p.exports")
    rows = list(csv.DictReader(io.StringIO(walk.download(exports.get_by_role("link", name="CSV")))))
    lines = walk.download(exports.get_by_role("link", name="JSON lines")).splitlines()
    assert len(rows) == len(lines) == stories
    assert [int(row["id"]) for row in rows] == [json.loads(line)["id"] for line in lines]
