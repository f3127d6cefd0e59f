"""Searches side by side (app/search/searchers.py): none waits for another, each reads a whole
state of the index while commits land, and searchers are closed once no search uses them."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor

from app.archive import Archive
from app.archive.ingest import ingest_items
from app.drafts import RawItem
from app.indexing.indexer import rebuild_index
from app.search import SearchRequest, search
from app.search.searchers import MAX_SEARCHERS


def _articles(start: int, count: int, body: str = "harbour cranes") -> list[RawItem]:
    return [
        RawItem(
            json.dumps(
                {"url": f"https://example.org/{n}", "title": f"Port {n}", "body": f"{body} {n}"}
            ).encode(),
            "test",
            "jsonl",
            "application/json",
        )
        for n in range(start, start + count)
    ]


def test_a_search_in_progress_does_not_hold_up_another(archive: Archive) -> None:
    ingest_items(archive, _articles(0, 3))
    finished = threading.Event()

    def other_search() -> None:
        search(archive.index, SearchRequest("harbour"))
        finished.set()

    with archive.index.view():  # A slow search, still reading.
        thread = threading.Thread(target=other_search)
        thread.start()
        assert finished.wait(timeout=30), "the second search waited for the first"
    thread.join()


def test_searches_beside_commits_each_see_a_whole_state(archive: Archive) -> None:
    """Every search answers for one commit or the next: never a part of one, never an error."""
    ingest_items(archive, _articles(0, 20))
    stop = threading.Event()
    seen: list[int] = []

    def keep_searching() -> None:
        while not stop.is_set():
            results = search(archive.index, SearchRequest("harbour", per_page=100))
            assert len(results.ids) == results.total
            seen.append(results.total)

    with ThreadPoolExecutor(4) as pool:
        searching = [pool.submit(keep_searching) for _ in range(4)]
        for batch in range(5):  # Each batch is one commit of 10 articles.
            ingest_items(archive, _articles(20 + 10 * batch, 10))
        stop.set()
        for future in searching:
            future.result()  # Re-raises what failed in a search.
    assert seen
    assert set(seen) <= {20 + 10 * batch for batch in range(6)}
    assert search(archive.index, SearchRequest("harbour")).total == 70


def test_an_updated_article_is_found_by_its_new_words_only(archive: Archive) -> None:
    ingest_items(archive, _articles(0, 1, body="old wording"))
    assert search(archive.index, SearchRequest("wording")).total == 1
    with archive.index.view() as before:  # A search that began before the update...
        ingest_items(archive, _articles(0, 1, body="new phrasing"))
        # ...keeps reading the state it began with, while new searches see the update.
        assert search(archive.index, SearchRequest("phrasing")).total == 1
        assert search(archive.index, SearchRequest("wording")).total == 0
        assert not before.searcher.up_to_date()
        with archive.index.searcher() as after:
            assert before.searcher.doc_count_all() < after.doc_count_all()


def test_searchers_are_bounded_and_closed(archive: Archive) -> None:
    ingest_items(archive, _articles(0, 3))
    with ThreadPoolExecutor(MAX_SEARCHERS * 2) as pool:
        pages = [SearchRequest("harbour", page=n % 7 + 1, per_page=1) for n in range(64)]
        totals = list(pool.map(lambda request: search(archive.index, request).total, pages))
    assert set(totals) == {3}
    pool_state = archive.index._pool
    current = pool_state._current
    assert current is not None
    assert 1 <= len(current.idle) <= MAX_SEARCHERS
    ingest_items(archive, _articles(3, 1))  # A commit: the next search swaps generations.
    search(archive.index, SearchRequest("harbour"))
    assert current.retired
    assert current.idle == []


def test_idle_searchers_of_an_old_state_are_reopened_then_closed_with_the_index(
    archive: Archive,
) -> None:
    ingest_items(archive, _articles(0, 3))
    with archive.index.view(), archive.index.view(), archive.index.view():
        pass  # Three searchers, idle now.
    ingest_items(archive, _articles(3, 1))  # A commit: the idle searchers become spares...
    assert search(archive.index, SearchRequest("harbour")).total == 4  # ...one reopened.
    spares = [lane.searcher for lane in archive.index._pool._spares]
    assert len(spares) == 2
    archive.index.close()
    assert all(searcher.reader().is_closed for searcher in spares)


def test_spares_of_a_replaced_index_folder_are_closed(archive: Archive) -> None:
    ingest_items(archive, _articles(0, 3))
    with archive.index.view(), archive.index.view(), archive.index.view():
        pass  # Three searchers of this folder, idle now.
    old = [lane.searcher for lane in archive.index._pool._current.idle]  # type: ignore[union-attr]
    rebuild_index(archive.sessions, archive.settings.index_path)  # A new folder.
    assert search(archive.index, SearchRequest("harbour")).total == 3
    assert all(searcher.reader().is_closed for searcher in old)
    assert archive.index._pool._spares == []
