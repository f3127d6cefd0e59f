"""The follower as a process of its own: `geonews follow`, and beside the server with
`geonews serve --follow` (a child that ends with the server, however the server ends)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from multiprocessing.process import BaseProcess
from types import FrameType

from app.archive import open_archive
from app.child_processes import end_with_parent
from app.collect.fetcher import Fetcher
from app.collect.follower import Follower, RoundReport
from app.settings import Settings, get_settings


def follow(settings: Settings, *, once: bool, on_round: Callable[[RoundReport], None]) -> None:
    """Follow the archive's feeds: one round (once), or rounds until SIGTERM or SIGINT."""
    archive = open_archive(settings)
    fetcher = Fetcher(settings)
    try:
        follower = Follower(archive, fetcher)
        if once:
            on_round(follower.run_once())
            return
        stop = threading.Event()
        _stop_on_signals(stop)
        follower.run(stop, on_round)
    finally:
        fetcher.close()
        archive.close()


def start_beside_server() -> BaseProcess:
    """The follower in a child process (a fresh interpreter: the server's threads and open
    files are not forked into it)."""
    context = multiprocessing.get_context("spawn")
    child = context.Process(
        target=_follow_as_child, args=(os.getpid(),), name="geonews-follow", daemon=True
    )
    child.start()
    return child


def _follow_as_child(parent_pid: int) -> None:
    end_with_parent(parent_pid)
    follow(get_settings(), once=False, on_round=lambda report: print(report.summary(), flush=True))


def _stop_on_signals(stop: threading.Event) -> None:
    def stop_now(_signal: int, _frame: FrameType | None) -> None:
        stop.set()

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, stop_now)
