"""Whose turn it is to apply the change log to an index: one process at a time per archive.

Without it every server worker (and a CLI ingest) read the index's position, queued for
Whoosh's write lock, and then wrote again from that stale position what the one before had
just committed: N workers did N times the work, and a posted article waited behind every
copy of it. A process that holds the turn reads the position inside it, so one that waited
finds nothing left to do. The lock is an flock on a file beside the index folder (not inside:
a reindex swaps the folder), released by the kernel when its holder dies.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

# As long as a writer waits for Whoosh's own lock: a CLI bulk catch-up can hold the turn
# for minutes, and a server's indexer retries at its next round.
TURN_TIMEOUT_S = 60.0
_RETRY_S = 0.02
# A turn held longer than this is logged: whoever waits for it (a server's posted article)
# waits as long. Issue 23's cause was found this way (README, promise 2).
SLOW_HOLD_S = 1.0
log = logging.getLogger("geonews.indexer")


class TurnNotTaken(RuntimeError):
    """Another process held the turn for longer than we were willing to wait."""


def turn_file(index_path: Path) -> Path:
    return index_path.with_name(index_path.name + ".catchup.lock")


@dataclass
class Turn:
    """A turn being held: what its holder did with it, for the log."""

    waited_s: float
    done: str = "nothing"


@contextmanager
def catch_up_turn(index_path: Path, timeout: float = TURN_TIMEOUT_S) -> Iterator[Turn]:
    """Hold the archive's catch-up turn; wait up to `timeout` seconds for it (0: do not wait)."""
    descriptor = os.open(turn_file(index_path), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        asked = time.monotonic()
        while not _try_lock(descriptor):
            if time.monotonic() >= asked + timeout:
                raise TurnNotTaken("another process is applying the change log to the index")
            time.sleep(_RETRY_S)
        taken = time.monotonic()
        turn = Turn(waited_s=taken - asked)
        yield turn
        _log_hold(turn, time.monotonic() - taken)
    finally:
        os.close(descriptor)  # Closing releases the lock.


def _log_hold(turn: Turn, held_s: float) -> None:
    level = logging.WARNING if held_s > SLOW_HOLD_S else logging.DEBUG
    message = "catch-up turn held %.2f s (after waiting %.2f s) by process %d: %s"
    log.log(level, message, held_s, turn.waited_s, os.getpid(), turn.done)


def _try_lock(descriptor: int) -> bool:
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
