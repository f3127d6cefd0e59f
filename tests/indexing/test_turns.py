"""One process applies the change log at a time; one that waited finds nothing left to do."""

from __future__ import annotations

import pytest

from app.archive import Archive
from app.indexing.indexer import index_pending_changes
from app.indexing.turns import TurnNotTaken, catch_up_turn
from tests.indexing.test_indexer import _results


def test_a_catch_up_waits_for_the_turn_and_then_finds_nothing_left(
    seeded_archive: Archive,
) -> None:
    archive = seeded_archive
    before = _results(archive)
    with catch_up_turn(archive.index.path), pytest.raises(TurnNotTaken):
        index_pending_changes(archive.sessions, archive.index, wait=0)
    assert index_pending_changes(archive.sessions, archive.index, wait=0) == 0
    assert _results(archive) == before
