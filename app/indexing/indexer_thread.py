"""The server's indexer: a background thread that applies new change-log rows to the index.

Woken at once by HTTP ingests; otherwise it looks every few seconds, so changes made by other
processes (a CLI ingest, another worker) also reach this process's index (invariant 4). Only
one process applies the change log at a time (app/indexing/turns.py); the others see its
commit within CHECK_SECONDS and reopen their searchers before a user's request has to.
"""

from __future__ import annotations

import logging
import threading
import time

from app.archive import Archive
from app.indexing.turns import TurnNotTaken

POLL_SECONDS = 2.0
# While another process commits to this index (a follower or a CLI ingest, which index what
# they store), a look that was not woken leaves it the changes younger than this: a worker
# applying them would hold its own searches as long (one interpreter), and the writer would
# wait for the turn. A server whose index no one else writes (a replica) applies them at once.
LEAVE_YOUNG_S = 3.0
# How often the index is looked at for another process's commit: a stat of its folder.
CHECK_SECONDS = 0.25
SLOW_PASS_S = 2.0  # A catch-up slower than this is logged, with how much it applied.
log = logging.getLogger("geonews.indexer")


class IndexerThread:
    """Runs Archive.catch_up_index() at start, when woken, or every POLL_SECONDS, until stopped."""

    def __init__(self, archive: Archive, poll_seconds: float = POLL_SECONDS) -> None:
        self.archive = archive
        self.poll_seconds = poll_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._state: tuple[int, int] | None = None  # The index as last seen.
        self._others_at = float("-inf")  # When another process was last seen committing.
        self._thread = threading.Thread(target=self._run, name="geonews-indexer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """Ask for a catch-up now (after an HTTP ingest committed)."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        due = 0.0
        while not self._stop.is_set():
            if self._wake.is_set() or time.monotonic() >= due:
                others = time.monotonic() - self._others_at < LEAVE_YOUNG_S
                leave_young = others and not self._wake.is_set()
                self._wake.clear()
                self._catch_up(leave_young_s=LEAVE_YOUNG_S if leave_young else 0.0)
                due = time.monotonic() + self.poll_seconds
            try:
                self._note_others()
                # Changes from this or another process: open the new searcher before a user does.
                self.archive.index.warm()
            except Exception:
                log.exception("reopening the searcher failed; will retry")
            self._wake.wait(CHECK_SECONDS)

    def _note_others(self) -> None:
        """Notice a commit made since the last look (after our own catch-up: another's)."""
        state = self.archive.index.latest_state()
        if self._state is not None and state != self._state:
            self._others_at = time.monotonic()
        self._state = state

    def _catch_up(self, leave_young_s: float) -> None:
        started = time.monotonic()
        try:
            applied = self.archive.catch_up_index(bulk_allowed=False, leave_young_s=leave_young_s)
        except TurnNotTaken:  # Another process's long catch-up: it applies ours too.
            log.info("another process is still catching the index up; will look again")
            return
        except Exception:  # Keep serving; the next round retries and check --repair fixes.
            log.exception("index catch-up failed; will retry")
            return
        if applied:
            self._state = self.archive.index.latest_state()  # Our own commit.
        took = time.monotonic() - started
        if took > SLOW_PASS_S:
            log.warning("index catch-up applied %d changes in %.1f s", applied, took)
