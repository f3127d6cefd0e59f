"""Promise 1 for the follower: killed with kill -9 at random moments while it stores a feed's
items, and started again each time, it ends with every item stored exactly once.

A local site serves two feeds that share some items, and a page for each item (a few answer
404: their feed summaries are kept instead). After every kill the database is sound and keeps
every article stored before; in the end each item is one article, every feed item is done, and
`geonews check` finds database and index in agreement. `make reliability` kills 50 times;
`make test` fewer (GEONEWS_KILLS).
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.collect.web import Page, Site, generated_news, rss, serving
from tests.processes import Geonews
from tests.reliability.killing import (
    KILLS,
    Stored,
    assert_survived,
    kill_parent,
    start_in_own_group,
    stored_count,
)

pytestmark = pytest.mark.reliability

# Enough items that the follower is still storing at each kill.
ITEMS = max(60, 8 * KILLS)
MISSING_PAGES = 5  # Items whose page answers 404: stored from the feed.


@pytest.fixture
def site() -> Iterator[Site]:
    """Two feeds (the second lists half of the first's items again), pages for the items."""
    with serving(Site()) as running:
        paths = generated_news(running, ITEMS, seed=21)
        for path in paths[:MISSING_PAGES]:
            del running.pages[path]
        items = [(path, f"Item {path}", f"The summary of {path}.") for path in paths]
        for name, listed in (("/first.xml", items), ("/second.xml", items[::2])):
            body = rss(running, listed)
            running.pages[name] = Page(body, content_type="application/rss+xml")
        yield running


def test_kill_9_while_following_loses_and_doubles_nothing(tmp_path: Path, site: Site) -> None:
    data_dir = tmp_path / "data"
    # A pause between pages keeps the follower storing across several kills.
    geonews = Geonews(data_dir, GEONEWS_FETCH_ALLOW_PRIVATE="true", GEONEWS_FETCH_DELAY_S="0.1")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{site.url('/first.xml')}\n{site.url('/second.xml')}\n")
    assert geonews("feeds", "import", str(feeds)).returncode == 0
    rng = random.Random(5)
    known: Stored = {}
    for _ in range(KILLS):
        process = start_in_own_group(geonews, "follow")
        if rng.random() < 0.3:  # Anywhere: starting, polling, queueing, storing.
            time.sleep(rng.uniform(0.5, 4.0))
        else:  # While it stores pages.
            _wait_for_more_than(len(known), data_dir, process)
            time.sleep(rng.uniform(0.0, 1.5))
        kill_parent(process)
        known = assert_survived(data_dir, known)

    finished = geonews("follow", "--once")
    assert finished.returncode == 0, finished.stderr
    stored = assert_survived(data_dir, known)
    assert sorted(url for url, _ in stored.values()) == sorted(
        site.url(f"/news/{number}") for number in range(ITEMS)
    )
    states = _item_states(data_dir)
    assert len(states) == ITEMS  # An item both feeds list is queued once.
    assert {state for state, _, _ in states} == {"done"}
    assert {article_id for _, article_id, _ in states} == set(stored)
    assert sum(summary for _, _, summary in states) == MISSING_PAGES
    check = geonews("check")
    assert (check.returncode, check.stdout.strip()) == (0, "database and index agree")


def _wait_for_more_than(count: int, data_dir: Path, process: subprocess.Popen[bytes]) -> None:
    """Until the follower has stored more than `count` articles (or everything is stored)."""
    deadline = time.monotonic() + 30
    while stored_count(data_dir) <= count < ITEMS and time.monotonic() < deadline:
        assert process.poll() is None, "the follower ended on its own"
        time.sleep(0.05)


def _item_states(data_dir: Path) -> list[tuple[str, int, int]]:
    """Each feed item's state, article and whether that article is only the feed's summary."""
    with sqlite3.connect(data_dir / "geonews.db") as connection:
        query = (
            "SELECT feed_items.state, feed_items.article_id, articles.summary_only"
            " FROM feed_items LEFT JOIN articles ON articles.id = feed_items.article_id"
        )
        return [(row[0], row[1], row[2]) for row in connection.execute(query)]
