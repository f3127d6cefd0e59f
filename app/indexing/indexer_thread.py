"""The server's indexer: a background thread that applies new change-log rows to the index.

Woken at once by HTTP ingests; otherwise it looks every few seconds, so changes made by other
processes (a CLI ingest, another server) also reach this process's index (invariant 4).
"""

from __future__ import annotations

import logging
import threading

from app.archive import Archive

POLL_SECONDS = 2.0
log = logging.getLogger("geonews.indexer")


class IndexerThread:
    """Runs Archive.catch_up_index() at start, when woken, or every POLL_SECONDS, until stopped."""

    def __init__(self, archive: Archive, poll_seconds: float = POLL_SECONDS) -> None:
        self.archive = archive
        self.poll_seconds = poll_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
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
        while not self._stop.is_set():
            try:
                self.archive.catch_up_index(bulk_allowed=False)
                # Changes from this or another process: open the new searcher before a user does.
                self.archive.index.warm()
            except Exception:  # Keep serving; the next round retries and check --repair fixes.
                log.exception("index catch-up failed; will retry")
            self._wake.wait(self.poll_seconds)
            self._wake.clear()
