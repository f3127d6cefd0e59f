"""Whose turn it is to apply the change log to an index: one process at a time per archive.

Without it every server worker (and a CLI ingest) read the index's position, queued for
Whoosh's write lock, and then wrote again from that stale position what the one before had
just committed: N workers did N times the work, and a posted article waited behind every
copy of it. A process that holds the turn reads the position inside it, so one that waited
finds nothing left to do. The lock is an flock on a file beside the index folder (not inside:
a reindex swaps the folder), released by the kernel when its holder dies.

A posted article waiting for the turn is urgent: while it waits it holds a shared lock on a
second file, and a catch-up that sees it (Turn.urgent_waiting) commits what it has written so
far and lets it in before going on. Without that a catch-up of a CLI ingest's 400 articles,
applied pass after pass, re-took the turn the moment it let go (a waiter only looks every
_RETRY_S) and a post waited for all of it: 40 s on two busy cores (issue 23).
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

# As long as a writer waits for Whoosh's own lock: a CLI bulk catch-up can hold the turn
# for minutes, and a server's indexer retries at its next round.
TURN_TIMEOUT_S = 60.0
_RETRY_S = 0.02
# A turn held longer than this is logged: whoever waits for it (a server's posted article)
# waits as long. Issue 23's cause was found this way (README, promise 2).
SLOW_HOLD_S = 1.0
# How long a catch-up that was cut short waits for the urgent waiter to take the turn: longer
# than a waiter's poll, even on busy cores where it may not be scheduled at once.
LET_IN_S = 1.0
log = logging.getLogger("geonews.indexer")


class TurnNotTaken(RuntimeError):
    """Another process held the turn for longer than we were willing to wait."""


def turn_file(index_path: Path) -> Path:
    return index_path.with_name(index_path.name + ".catchup.lock")


def urgent_file(index_path: Path) -> Path:
    return index_path.with_name(index_path.name + ".catchup.urgent")


@dataclass
class Turn:
    """A turn being held: what its holder did with it, for the log."""

    index_path: Path
    waited_s: float
    done: str = "nothing"

    def urgent_waiting(self) -> bool:
        """Whether a posted article waits for this turn (holds the urgent file's shared lock)."""
        descriptor = _open(urgent_file(self.index_path))
        try:
            return not _try_lock(descriptor)
        finally:
            os.close(descriptor)

    def let_urgent_in(self) -> None:
        """After letting go of the turn: wait (a little) until the urgent waiters have it."""
        give_up = time.monotonic() + LET_IN_S
        while self.urgent_waiting() and time.monotonic() < give_up:
            time.sleep(_RETRY_S)


@contextmanager
def catch_up_turn(
    index_path: Path, timeout: float = TURN_TIMEOUT_S, urgent: bool = False
) -> Iterator[Turn]:
    """Hold the archive's catch-up turn; wait up to `timeout` seconds for it (0: do not wait).
    An urgent asker (a posted article) makes the holder cut its catch-up short."""
    descriptor = _open(turn_file(index_path))
    try:
        asked = time.monotonic()
        if not _try_lock(descriptor):
            with _waiting_urgently(index_path) if urgent else nullcontext():
                _wait_for(descriptor, asked + timeout)
        taken = time.monotonic()
        turn = Turn(index_path, waited_s=taken - asked)
        yield turn
        _log_hold(turn, time.monotonic() - taken)
    finally:
        os.close(descriptor)  # Closing releases the lock.


def _wait_for(descriptor: int, deadline: float) -> None:
    while not _try_lock(descriptor):
        if time.monotonic() >= deadline:
            raise TurnNotTaken("another process is applying the change log to the index")
        time.sleep(_RETRY_S)


@contextmanager
def _waiting_urgently(index_path: Path) -> Iterator[None]:
    descriptor = _open(urgent_file(index_path))
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH)  # Shared: any number of posts may wait.
        yield
    finally:
        os.close(descriptor)


def _open(path: Path) -> int:
    return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)


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
