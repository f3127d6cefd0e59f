"""Politeness: one request at a time per host, a pause between them, a cap on all at once."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

# A host that asks for a longer pause than this (Retry-After, Crawl-delay) is not waited for in
# a working thread: the fetch fails as "resting" and the follower tries again later.
MAX_WAIT_S = 30.0


class HostResting(Exception):
    """The host asked us to stay away for `seconds` more."""

    def __init__(self, host: str, seconds: float) -> None:
        super().__init__(f"{host} asked us to wait {seconds:.0f} s before the next request")
        self.seconds = seconds


class HostGate:
    """Turns to talk to each host, in one process (each follower or server process has one)."""

    def __init__(self, delay_s: float, concurrency: int) -> None:
        self._delay_s = delay_s
        self._everyone = threading.BoundedSemaphore(concurrency)
        self._lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self._next_at: dict[str, float] = {}

    @contextmanager
    def turn(self, host: str) -> Iterator[None]:
        """Wait for the host to be free and its pause to pass, then hold it for one request."""
        with self._host_lock(host):
            wait = self._next_at.get(host, 0.0) - time.monotonic()
            if wait > MAX_WAIT_S:
                raise HostResting(host, wait)
            if wait > 0:
                time.sleep(wait)
            with self._everyone:
                try:
                    yield
                finally:
                    self.hold_off(host, self._delay_s)

    def hold_off(self, host: str, seconds: float) -> None:
        """No request to `host` for `seconds` from now (a longer pause already set stays)."""
        with self._lock:
            until = time.monotonic() + seconds
            self._next_at[host] = max(self._next_at.get(host, 0.0), until)

    def _host_lock(self, host: str) -> threading.Lock:
        with self._lock:
            return self._host_locks.setdefault(host, threading.Lock())
