"""One process applies the change log at a time; one that waited finds nothing left to do. A
posted article is written ahead of the change log, or its answer says when it will be found."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.archive import Archive
from app.archive.ingest import ingest_items
from app.drafts import RawItem
from app.indexing.consistency import find_drift
from app.indexing.indexer import expected_delay, index_pending_changes, write_now
from app.indexing.positions import index_position
from app.indexing.turns import TurnNotTaken, catch_up_turn
from app.search import SearchRequest, search
from tests.indexing.test_indexer import _results

ARTICLE = {
    "url": "https://posted.example/1",
    "title": "Zanzibarian spice harvest",
    "body": "The spice harvest on the islands was larger this year, growers said. " * 5,
}


def test_a_catch_up_waits_for_the_turn_and_then_finds_nothing_left(
    seeded_archive: Archive,
) -> None:
    archive = seeded_archive
    before = _results(archive)
    with catch_up_turn(archive.index.path), pytest.raises(TurnNotTaken):
        index_pending_changes(archive.sessions, archive.index, wait=0)
    assert index_pending_changes(archive.sessions, archive.index, wait=0) == 0
    assert _results(archive) == before


def test_a_posted_article_is_written_ahead_of_the_change_log_and_again_in_order(
    seeded_archive: Archive,
) -> None:
    archive = seeded_archive
    item = RawItem(json.dumps(ARTICLE).encode(), "api", "jsonl", "application/json")
    report = ingest_items(archive, [item], catch_up=False)
    before = index_position(archive.index)
    assert write_now(archive.sessions, archive.index, set(report.article_ids), wait=1)
    assert index_position(archive.index) == before  # The change itself is still to apply.
    assert search(archive.index, SearchRequest(text="Zanzibarian")).total == 1
    assert archive.catch_up_index(bulk_allowed=False) == 1
    assert search(archive.index, SearchRequest(text="Zanzibarian")).total == 1
    assert find_drift(archive).clean


def test_a_post_that_cannot_have_the_turn_is_told_when_it_will_be_searchable(
    seeded_archive: Archive,
) -> None:
    archive = seeded_archive
    item = RawItem(json.dumps(ARTICLE).encode(), "api", "jsonl", "application/json")
    report = ingest_items(archive, [item], catch_up=False)
    with catch_up_turn(archive.index.path):
        assert not write_now(archive.sessions, archive.index, set(report.article_ids), wait=0)
    assert expected_delay(archive.sessions, archive.index) > 0


def test_an_urgent_asker_is_seen_by_the_holder_and_let_in(seeded_archive: Archive) -> None:
    path = seeded_archive.index.path
    taken = threading.Event()

    def post() -> None:
        with catch_up_turn(path, timeout=10, urgent=True):
            taken.set()
            time.sleep(0.2)

    with catch_up_turn(path) as turn:
        assert not turn.urgent_waiting()
        poster = threading.Thread(target=post)
        poster.start()
        _until(turn.urgent_waiting)
    turn.let_urgent_in()
    # The holder waited until the post had the lock (it leaves the urgent queue once it has it;
    # its thread marks `taken` a moment later).
    assert not turn.urgent_waiting()
    assert taken.wait(5)
    poster.join()


def test_a_catch_up_lets_a_posted_article_in_before_it_ends(seeded_archive: Archive) -> None:
    archive = seeded_archive
    items = [
        RawItem(json.dumps(_bulk_article(n)).encode(), "cli", "jsonl", "application/json")
        for n in range(60)
    ]
    stored = ingest_items(archive, items, catch_up=False).article_ids
    assert len(stored) == len(items)
    post = json.dumps({**ARTICLE, "title": "Kilwa"}).encode()
    posted = ingest_items(
        archive, [RawItem(post, "api", "jsonl", "application/json")], catch_up=False
    ).article_ids
    catch_up = threading.Thread(
        target=index_pending_changes, args=(archive.sessions, archive.index, None, False)
    )
    catch_up.start()
    _until(lambda: _held(archive.index.path))
    assert write_now(archive.sessions, archive.index, set(posted), wait=10)
    applied_then = index_position(archive.index).last
    assert search(archive.index, SearchRequest(text="Kilwa")).total == 1
    catch_up.join()
    assert applied_then < index_position(archive.index).last  # In before the catch-up ended.
    assert search(archive.index, SearchRequest(text="Spice")).total == len(stored) + 1
    assert find_drift(archive).clean


def _bulk_article(n: int) -> dict[str, str]:
    words = " ".join(f"w{n}x{k}" for k in range(40))
    return {"url": f"https://bulk.example/{n}", "title": f"Spice {n}", "body": f"Spice. {words}."}


def _held(path: Path) -> bool:
    try:
        with catch_up_turn(path, timeout=0):
            return False
    except TurnNotTaken:
        return True


def _until(condition: Callable[[], bool], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "waited too long"
        time.sleep(0.01)


def test_a_server_looking_leaves_young_changes_to_the_process_that_made_them(
    seeded_archive: Archive,
) -> None:
    """A follower indexes what it stores; a server worker doing it for it would hold its own
    searches meanwhile. Changes left waiting too long are applied all the same."""
    archive = seeded_archive
    item = RawItem(json.dumps(ARTICLE).encode(), "api", "jsonl", "application/json")
    ingest_items(archive, [item], catch_up=False)
    assert archive.catch_up_index(bulk_allowed=False, leave_young_s=60) == 0
    assert search(archive.index, SearchRequest(text="Zanzibarian")).total == 0
    assert archive.catch_up_index(bulk_allowed=False, leave_young_s=0.001) == 1
    assert search(archive.index, SearchRequest(text="Zanzibarian")).total == 1
