"""`geonews serve --follow` as a user runs it: a feed added while it serves is followed, its
item searchable over HTTP within seconds, and the follower ends with the server."""

from __future__ import annotations

import json
import time
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.collect.conftest import article_page
from tests.collect.web import Page, Site, rss
from tests.processes import Geonews, descendants, start_server
from tests.reliability.killing import kill_parent

FOLLOWING = {"GEONEWS_FETCH_ALLOW_PRIVATE": "true", "GEONEWS_FETCH_DELAY_S": "0"}
# The follower looks for due feeds at least every 5 s; then one page, stored and indexed.
SEARCHABLE_WITHIN_S = 20.0  # Slack for a loaded test machine.


def test_serve_follow_makes_a_new_item_searchable_and_ends_with_the_server(
    tmp_path: Path, site: Site
) -> None:
    site.pages["/feed.xml"] = Page(rss(site, [("/news/harbour", "Harbour", "Boats are back.")]))
    site.pages["/news/harbour"] = article_page("harbour")
    data_dir = tmp_path / "data"
    process, base = start_server(data_dir, "--follow", env=FOLLOWING)
    try:
        assert len(descendants(process.pid)) >= 1  # The follower, in a process of its own.
        added = Geonews(data_dir, **FOLLOWING)("feeds", "add", site.url("/feed.xml"))
        assert added.returncode == 0, added.stderr
        found, found_at = _searched_until_found(base, "Valparaíso", time.monotonic())
        assert found["url"] == site.url("/news/harbour")
        assert found["capture"]["format"] == "web"
        stored_at = datetime.fromisoformat(found["ingested_at"])
        # Stored to the second: searchable within 5 s of being stored, give or take that second.
        assert (found_at - stored_at).total_seconds() < 6
    finally:
        kill_parent(process)  # kill -9: asserts the follower ends with it within 5 s.


def _searched_until_found(base: str, words: str, started: float) -> tuple[dict[str, Any], datetime]:
    """The first article a search finds, and when; fails after SEARCHABLE_WITHIN_S."""
    query = urllib.parse.urlencode({"q": words})
    while time.monotonic() - started < SEARCHABLE_WITHIN_S:
        with urllib.request.urlopen(f"{base}/api/search?{query}", timeout=10) as response:
            items = json.load(response)["items"]
        if items:
            return items[0], datetime.now(UTC)
        time.sleep(0.1)
    raise AssertionError(f"nothing found for {words!r} within {SEARCHABLE_WITHIN_S:.0f} s")
