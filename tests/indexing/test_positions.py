"""Following the change log: no change is skipped when ids commit out of order
(app/indexing/positions.py).

The integration test commits a change with a lower id after a higher one was applied, on
purpose, on SQLite and on PostgreSQL (where a sequence makes this happen on its own).
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update

from app.archive import Archive
from app.archive.ingest import ingest_items
from app.drafts import RawItem
from app.enrich import EnrichedArticle, enrich
from app.extract import extract
from app.indexing.positions import GAP_PATIENCE_S, MAX_GAPS, ChangePosition, index_position
from app.search import SearchRequest, search
from app.storage.models import Change
from app.storage.store import store_article


def test_ids_passed_over_are_kept_as_gaps_until_they_show_up() -> None:
    position = ChangePosition().advanced([1, 2, 5], now=100.0)
    assert (position.last, dict(position.gaps)) == (5, {3: 100.0, 4: 100.0})
    later = position.advanced([4, 7], now=110.0)
    assert (later.last, dict(later.gaps)) == (7, {3: 100.0, 6: 110.0})
    assert ChangePosition.from_json(later.to_json()) == later


def test_a_gap_never_filled_is_let_go_after_a_while() -> None:
    position = ChangePosition().advanced([1, 3], now=0.0)
    assert position.advanced([4], now=GAP_PATIENCE_S + 1).gaps == {}


def _item(number: int) -> tuple[RawItem, EnrichedArticle]:
    text = f"Outoforder{number} talks\n\nDelegates met in Vienna for round {number} of talks."
    item = RawItem(text.encode(), f"test-{number}", "text", "text/plain")
    return item, enrich(extract(item), None)


@pytest.mark.both_databases
def test_a_change_committed_late_with_a_lower_id_is_not_skipped(archive: Archive) -> None:
    late_item, late = _item(1)
    early_item, _ = _item(2)
    slow = archive.writing_sessions()
    if archive.engine.dialect.name == "postgresql":
        slow.begin()
        store_article(slow, late, late_item)
        slow.flush()  # Takes its change id from the sequence; the transaction stays open.
        ingest_items(archive, [early_item], catch_up=False)  # Commits a higher id first.
    else:
        # SQLite has one writer at a time, so the order is staged: the early change moves up
        # to id 2, then the slow transaction's change takes id 1 and stays uncommitted.
        ingest_items(archive, [early_item], catch_up=False)
        with archive.writing_sessions.begin() as session:
            session.execute(update(Change).values(id=2))
        slow.begin()
        store_article(slow, late, late_item)
        slow.flush()
        slow.execute(update(Change).where(Change.id == 3).values(id=1))
    late_id = slow.scalar(select(func.min(Change.id)))
    archive.catch_up_index()
    assert search(archive.index, SearchRequest("Outoforder2")).total == 1
    assert late_id in index_position(archive.index).gaps

    slow.commit()  # The lower id becomes visible only now.
    slow.close()
    archive.catch_up_index()
    assert search(archive.index, SearchRequest("Outoforder1")).total == 1
    assert index_position(archive.index).gaps == {}


def test_a_huge_jump_keeps_only_the_newest_gaps() -> None:
    position = ChangePosition().advanced([1, 10_000_000], now=0.0)
    assert len(position.gaps) == MAX_GAPS
    assert min(position.gaps) == 10_000_000 - MAX_GAPS
