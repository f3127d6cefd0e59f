"""Ingest: reader -> extractor -> enrichment -> store, item by item, then the index catches up.

One bad item never aborts the batch (invariant 6): it is reported with where it came from and why.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice

from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from app.archive import Archive
from app.child_processes import end_with_parent
from app.drafts import ExtractionError, RawItem
from app.enrich import EnrichedArticle, enrich
from app.extract import extract
from app.lazy_patterns import compile_all
from app.readers import Limits, ReadFailure, read_inputs
from app.storage.store import Outcome, store_article

COMMIT_EVERY = 200
WINDOW = 32  # Items handed to the worker processes at a time (bounds memory).
MAX_WORKERS = 2
log = logging.getLogger("geonews.ingest")
OUTCOMES = ("new", "updated", "unchanged", "duplicate", "failed")
# Called in the transaction that stores an item, with the stored article's id: what the caller
# records about the item (the follower's queue) commits with the article or not at all.
OnStored = Callable[[Session, RawItem, int], None]


class StorageError(RuntimeError):
    """The archive itself could not be written (disk full, read-only, I/O error): not one item's
    fault, so the batch stops. Batches committed before stay; nothing after is half-written."""


@dataclass(frozen=True)
class Failure:
    """An item that was not stored: where it is, and why."""

    where: str
    reason: str


@dataclass
class IngestReport:
    """What an ingest did, item by item summed up."""

    counts: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        """'3 new, 0 updated, 1 unchanged, 0 duplicate, 1 failed'."""
        return ", ".join(f"{self.counts[name]} {name}" for name in OUTCOMES)


def ingest_paths(
    archive: Archive,
    paths: Iterable[str],
    *,
    fmt: str = "auto",
    source_name: str | None = None,
    on_item: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest every item of the given files, folders or '-', then catch the index up."""
    items = read_inputs(paths, fmt, Limits.of(archive.settings))
    return ingest_items(archive, items, source_name=source_name, on_item=on_item)


def ingest_items(
    archive: Archive,
    items: Iterable[RawItem | ReadFailure],
    *,
    source_name: str | None = None,
    on_item: Callable[[str], None] | None = None,
    catch_up: bool = True,
    on_stored: OnStored | None = None,
) -> IngestReport:
    """Store each item in batches (one savepoint per item), then apply the changes to the index."""
    report = IngestReport()
    started = time.perf_counter()
    # Closed here, not when collected: a failed batch shuts the worker pool down before it reports.
    with closing(prepare_all(items, source_name)) as prepared_items:
        _store_all(archive, prepared_items, report, on_item, on_stored)
    if catch_up:
        _catch_up_index(archive)
    report.seconds = time.perf_counter() - started
    return report


def _store_all(
    archive: Archive,
    prepared_items: Iterator[tuple[RawItem | ReadFailure, Prepared]],
    report: IngestReport,
    on_item: Callable[[str], None] | None,
    on_stored: OnStored | None = None,
) -> None:
    session = archive.writing_sessions()
    try:
        session.begin()
        for count, (item, prepared) in enumerate(prepared_items, 1):
            outcome = _store_one(session, item, prepared, report, on_stored)
            report.counts[outcome] += 1
            if on_item:
                on_item(outcome)
            if count % COMMIT_EVERY == 0:
                session.commit()
                session.begin()
        session.commit()
    except OperationalError as error:
        raise StorageError(f"the database could not be written: {_first_cause(error)}") from error
    finally:
        session.close()


def _catch_up_index(archive: Archive) -> None:
    try:
        archive.catch_up_index()
    except OSError as error:
        raise StorageError(
            f"the articles are stored, but the index could not be written ({error});"
            " it catches up at the next start, ingest or `geonews check --repair`"
        ) from error


Prepared = EnrichedArticle | Failure  # The enriched article, or why the item failed.


def prepare(item: RawItem | ReadFailure, source_name: str | None = None) -> Prepared:
    """Extraction and enrichment of one item (pure: it runs in worker processes)."""
    if isinstance(item, ReadFailure):
        return Failure(item.where, item.reason)
    try:
        return enrich(extract(item), item.source_name or source_name, item.source_country)
    except ExtractionError as error:
        return Failure(item.where, str(error))
    except Exception as error:  # Invariant 6: an input we did not foresee fails alone.
        log.exception("extraction failed on %s", item.where)
        return Failure(item.where, f"could not be read: {type(error).__name__}: {error}")


def prepare_all(
    items: Iterable[RawItem | ReadFailure], source_name: str | None
) -> Generator[tuple[RawItem | ReadFailure, Prepared], None, None]:
    """Items with their prepared articles, in order. Extraction is most of the work, so
    windows of items go to a process per spare core while this one stores the last window."""
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    windows = _windows(items, WINDOW)
    first = next(windows, [])
    if workers < 2 or len(first) < WINDOW:
        for item in chain(first, *windows):
            yield item, prepare(item, source_name)
        return
    task = partial(prepare, source_name=source_name)
    compile_all()  # Once here, not once in each process forked below.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=end_with_parent, initargs=(os.getpid(),)
    ) as pool:
        pending = pool.map(task, first, chunksize=4)
        window = first
        for upcoming in windows:
            # Extract the next window while this one is stored.
            next_pending = pool.map(task, upcoming, chunksize=4)
            yield from zip(window, pending, strict=True)
            window, pending = upcoming, next_pending
        yield from zip(window, pending, strict=True)


def _windows(
    items: Iterable[RawItem | ReadFailure], size: int
) -> Iterator[list[RawItem | ReadFailure]]:
    iterator = iter(items)
    while window := list(islice(iterator, size)):
        yield window


def _store_one(
    session: Session,
    item: RawItem | ReadFailure,
    prepared: Prepared,
    report: IngestReport,
    on_stored: OnStored | None = None,
) -> str:
    if isinstance(prepared, Failure):
        report.failures.append(prepared)
        return "failed"
    assert isinstance(item, RawItem)
    try:
        with session.begin_nested():
            outcome, article_id = store_article(session, prepared, item)
            if on_stored is not None:
                on_stored(session, item, article_id)
    except OperationalError as error:  # The database, not the item: disk full, read-only, I/O.
        raise StorageError(f"the database could not be written: {_first_cause(error)}") from error
    except (SQLAlchemyError, ValueError) as error:  # ValueError: UnicodeError and the like.
        # Invariant 6: one item the database refuses fails alone; its savepoint is rolled back.
        cause = getattr(error, "orig", None) or error
        reason = f"could not be stored: {type(error).__name__}: {cause}"
        report.failures.append(Failure(item.where, reason))
        return "failed"
    report.article_ids.append(article_id)
    return str(Outcome(outcome))


def _first_cause(error: BaseException) -> str:
    """The first database error of a chain: after SQLite rolls back on a full disk, the failed
    ROLLBACK TO SAVEPOINT ("no such savepoint") hides the error that says why."""
    first: BaseException = error
    while error.__context__ is not None:
        error = error.__context__
        if isinstance(error, OperationalError):
            first = error
    return str(getattr(first, "orig", None) or first)
