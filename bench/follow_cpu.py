"""`python -m bench.follow_cpu [--hosts 40] [--pages 480] [--runs 3] [--data DIR]`: the
follower's CPU time per stored article, in-process, as `geonews follow --once` spends it.

Simulated outlets (bench/outlets.py) run in a child process, every page published before the
round starts; the follower runs one round in this process against a fresh archive (or a copy
of --data), with the pause per host that makes 40 hosts give 20 pages a second, as in `make
bench-follow`, so its index catches up as often and in commits as large. CPU time, not wall
time: on a machine busy with other work it still measures this code (all of this process's
threads: fetching, extraction, storing, indexing). The best of `--runs` rounds is reported,
the first of them also warming up what loads once per process. `--profile FILE` writes the
main thread's profile (pstats, in CPU time) of the best round: everything but the fetching
threads (profiling slows it: measure without).
"""

from __future__ import annotations

import argparse
import cProfile
import multiprocessing
import os
import shutil
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import wraps
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from bench.outlets import Outlets, stories

RATE = 20.0  # Pages a second the follower may fetch, all hosts together (as bench-follow).


@dataclass(frozen=True)
class Round:
    """One measured round."""

    stored: int
    cpu_s: float
    main_cpu_s: float  # The storing thread's alone (extraction, storing, indexing).
    wall_s: float
    profile: cProfile.Profile | None
    parts: dict[str, float] = field(default_factory=dict)  # CPU seconds of the storing thread.

    def line(self) -> str:
        per = self.cpu_s / self.stored * 1000
        parts = {**self.parts, "fetching threads": self.cpu_s - self.main_cpu_s}
        parts["other"] = self.main_cpu_s - sum(self.parts.values())
        split = ", ".join(f"{name} {s / self.stored * 1000:.1f}" for name, s in parts.items())
        return (
            f"{self.stored} stored, {self.cpu_s:.2f} s CPU, {per:.1f} ms an article ({split}),"
            f" {self.wall_s:.1f} s wall"
        )


@contextmanager
def _timed(parts: defaultdict[str, float]) -> Iterator[None]:
    """The storing thread's CPU time in each part, the functions that do it wrapped meanwhile:
    extraction and enrichment, storing in the database (what _store_all does besides
    preparing, commits included), and the index's catch-ups."""
    from app.archive import Archive, ingest

    originals = [(ingest, "prepare"), (ingest, "_store_all"), (Archive, "catch_up_index")]
    saved = [getattr(owner, name) for owner, name in originals]
    names = ["extraction", "storing", "index"]
    for (owner, name), function, part in zip(originals, saved, names, strict=True):
        setattr(owner, name, _timer(function, part, parts))
    try:
        yield
    finally:
        for (owner, name), function in zip(originals, saved, strict=True):
            setattr(owner, name, function)
        parts["storing"] -= parts["extraction"]


def _timer(
    function: Callable[..., Any], part: str, parts: defaultdict[str, float]
) -> Callable[..., Any]:
    @wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            parts[part] += time.thread_time() - started

    return timed


def _serve_outlets(hosts: int, pages: int, pipe: Connection) -> None:
    outlets = Outlets(hosts, stories(pages), RATE, backlog_s=pages / RATE + 1)
    outlets.open()
    pipe.send(outlets.feed_urls())
    pipe.recv()  # Until told to stop.
    outlets.close()


def _one_round(feed_urls: list[str], hosts: int, data: Path | None, profiled: bool) -> Round:
    from app.archive import open_archive
    from app.collect.feed_list import add_feed
    from app.collect.fetcher import Fetcher
    from app.collect.follower import Follower
    from app.settings import Settings

    with tempfile.TemporaryDirectory(prefix="follow-cpu-") as folder:
        if data is not None:
            shutil.copytree(data, folder, dirs_exist_ok=True)
        os.environ["GEONEWS_DATA_DIR"] = folder
        os.environ["GEONEWS_FETCH_ALLOW_PRIVATE"] = "true"
        os.environ["GEONEWS_FETCH_DELAY_S"] = str(hosts / RATE)
        settings = Settings()
        archive = open_archive(settings)
        with archive.writing_sessions.begin() as session:
            for url in feed_urls:
                add_feed(session, url)
        fetcher = Fetcher(settings)
        try:
            follower = Follower(archive, fetcher)
            # Timed by the thread's CPU clock: waiting (for pages, fsync) is not work.
            profile = cProfile.Profile(time.thread_time) if profiled else None
            parts: defaultdict[str, float] = defaultdict(float)
            cpu, main, wall = time.process_time(), time.thread_time(), time.perf_counter()
            with _timed(parts):
                run = follower.run_once
                report = run() if profile is None else profile.runcall(run)
            cpu, main = time.process_time() - cpu, time.thread_time() - main
            wall = time.perf_counter() - wall
        finally:
            fetcher.close()
            archive.close()
    if report.failures:
        print("failures:", *report.failures[:5], sep="\n  ")
    return Round(report.counts["page"], cpu, main, wall, profile, parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=40)
    parser.add_argument("--pages", type=int, default=480)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, default=None, help="an archive to copy (not --data)")
    parser.add_argument("--profile", type=Path, default=None, help="pstats file of the best run")
    args = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    child = context.Process(target=_serve_outlets, args=(args.hosts, args.pages, theirs))
    child.start()
    try:
        feed_urls = ours.recv()
        rounds = []
        for _ in range(args.runs):
            rounds.append(_one_round(feed_urls, args.hosts, args.data, args.profile is not None))
            print(rounds[-1].line(), flush=True)
    finally:
        ours.send("stop")
        child.join()
    best = min(rounds, key=lambda one: one.cpu_s / max(1, one.stored))
    print("best:", best.line())
    if args.profile and best.profile:
        best.profile.dump_stats(args.profile)


if __name__ == "__main__":
    main()
