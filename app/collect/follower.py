"""`geonews follow`: poll the due feeds, fetch the new items' pages, store them, again and again.

Fetching runs in a few threads (GEONEWS_FETCH_CONCURRENCY; the host gate keeps them one at a
time per host); storing runs in this thread, one item per transaction, each recording the item's
new state with the article (see app/collect/queue.py): a follower killed at any moment starts
again where it stood, having lost nothing and stored nothing twice.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, zip_longest
from typing import Protocol, TypeVar
from urllib.parse import urlsplit

from sqlalchemy import func, select

from app.archive import Archive
from app.collect.fetcher import Fetcher
from app.collect.pages import fetch_page, store_page
from app.collect.polling import poll_feed, record_poll
from app.collect.queue import due_feeds, due_items
from app.indexing.turns import TurnNotTaken
from app.moments import utc_now
from app.storage.models import Feed, FeedItem

log = logging.getLogger("geonews.follow")
PAGES_PER_ROUND = 500
# Fetching threads at most (one per host in a round, see Follower._in_threads).
FETCH_THREADS = 64
# The index catches up at least this often while a round stores (new articles searchable soon).
CATCH_UP_EVERY_S = 1.5
# A feed added while the follower sleeps (`geonews feeds add`) is polled within this.
LONGEST_SLEEP_S = 5.0
# After a round failed as a whole (the database unreachable), the next begins after this.
RETRY_S = 10.0


class _HasUrl(Protocol):
    @property
    def url(self) -> str: ...


U = TypeVar("U", bound=_HasUrl)
R = TypeVar("R")


@dataclass
class RoundReport:
    """What one round did: feeds polled (and failed), items found, pages and summaries stored."""

    counts: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    # The round took as many pages as a round may: more are waiting.
    backlog: bool = False

    def summary(self) -> str:
        """'2 feeds polled (0 failed), 5 new items: 4 pages, 1 summary, 0 failed'."""
        c = self.counts
        return (
            f"{c['polled']} feeds polled ({c['feed failed']} failed), {c['new items']} new items:"
            f" {c['page']} pages, {c['summary']} summaries, {c['failed']} failed"
        )


class Follower:
    """Polls and fetches for one archive with one fetcher."""

    def __init__(self, archive: Archive, fetcher: Fetcher) -> None:
        self.archive, self.fetcher = archive, fetcher
        self._caught_up_at = time.monotonic()

    def run_once(self, now: datetime | None = None) -> RoundReport:
        """Poll every due feed, then fetch and store every due page, then catch the index up."""
        report = RoundReport()
        self._poll_due(now or utc_now(), report)
        self._fetch_due(now or utc_now(), report)
        self._catch_up(force=True)
        return report

    def run(self, stop: threading.Event, on_round: Callable[[RoundReport], None]) -> None:
        """Rounds until `stop` is set, sleeping until the next feed or page is due."""
        while not stop.is_set():
            try:
                report = self.run_once()
                # With a backlog the next round begins at once: a pause between rounds
                # stalled the storing for a few seconds every 500 pages.
                sleep_s = 0.0 if report.backlog else self._sleep_s()
            except Exception:  # The database away or a bug: try again, never stop following.
                log.exception("a round of following failed; the next begins in %s s", RETRY_S)
                stop.wait(RETRY_S)
                continue
            if report.counts:
                on_round(report)
            stop.wait(sleep_s)

    def _poll_due(self, now: datetime, report: RoundReport) -> None:
        with self.archive.sessions() as session:
            feeds = due_feeds(session, now)
        settings = self.archive.settings
        polled = self._in_threads(
            feeds, lambda feed: poll_feed(self.fetcher, feed, settings), report
        )
        for feed, outcome in polled:
            with self.archive.writing_sessions.begin() as session:
                fresh = record_poll(session, feed, outcome, now, settings)
            report.counts["polled"] += 1
            report.counts["new items"] += fresh
            if outcome.error is not None:
                report.counts["feed failed"] += 1
                report.failures.append(f"{feed.url}: {outcome.error}")

    def _fetch_due(self, now: datetime, report: RoundReport) -> None:
        with self.archive.sessions() as session:
            items = due_items(session, now, PAGES_PER_ROUND)
        report.backlog = len(items) >= PAGES_PER_ROUND
        max_bytes = self.archive.settings.max_item_bytes
        fetched = self._in_threads(items, lambda i: fetch_page(self.fetcher, i, max_bytes), report)
        for item, got in fetched:
            outcome = store_page(self.archive, item, got, now)
            report.counts[outcome] += 1
            if outcome == "failed":
                report.failures.append(f"{item.url}: {getattr(got, 'reason', 'not stored')}")
            self._catch_up()

    def _in_threads(
        self, work: list[U], job: Callable[[U], R], report: RoundReport
    ) -> Iterator[tuple[U, R]]:
        """(work, result) pairs as the threads finish them; hosts taken in turn, so that one
        busy host does not hold every thread. A job that fails in a way nobody foresaw is
        reported and left due, to be tried again next round; the others go on.

        A thread per host (up to FETCH_THREADS): a thread spends most of its time waiting for
        its host's pause, and the gate's cap (GEONEWS_FETCH_CONCURRENCY) bounds the requests
        actually made at once. With only as many threads as that cap, each waiting out a
        pause, forty hosts were fetched at a tenth of the pace their pauses allow."""
        if not work:
            return
        hosts = len({_host(one.url) for one in work})
        threads = max(self.archive.settings.fetch_concurrency, min(hosts, FETCH_THREADS))
        with ThreadPoolExecutor(threads, thread_name_prefix="fetch") as pool:
            futures: dict[Future[R], U] = {
                pool.submit(job, one): one for one in _hosts_in_turn(work)
            }
            for future in as_completed(futures):
                one = futures[future]
                try:
                    result = future.result()
                except Exception as error:  # A bug on one page must not stop the follower.
                    log.exception("following %s failed", one.url)
                    report.counts["failed"] += 1
                    report.failures.append(f"{one.url}: {type(error).__name__}: {error}")
                    continue
                yield one, result

    def _catch_up(self, force: bool = False) -> None:
        if not force and time.monotonic() - self._caught_up_at < CATCH_UP_EVERY_S:
            return
        with suppress(TurnNotTaken):  # Another process (the server's indexer) is at it.
            self.archive.catch_up_index(bulk_allowed=False)
        self._caught_up_at = time.monotonic()

    def _sleep_s(self) -> float:
        with self.archive.sessions() as session:
            feed_due = session.scalar(select(func.min(Feed.next_due_at)))
            item_due = session.scalar(
                select(func.min(FeedItem.next_try_at)).where(
                    FeedItem.state.in_(("pending", "summary"))
                )
            )
        due = [moment for moment in (feed_due, item_due) if moment is not None]
        if not due:
            return LONGEST_SLEEP_S
        seconds = (min(due) - utc_now()).total_seconds()
        return max(1.0, min(LONGEST_SLEEP_S, seconds))


def _host(url: str) -> str:
    return urlsplit(url).hostname or ""


def _hosts_in_turn(work: Iterable[U]) -> list[U]:
    by_host: dict[str, list[U]] = defaultdict(list)
    for one in work:
        by_host[_host(one.url)].append(one)
    rounds = zip_longest(*by_host.values())
    return [one for one in chain.from_iterable(rounds) if one is not None]
