"""Ingest: reader -> extractor -> enrichment -> store, item by item, then the index catches up.

One bad item never aborts the batch (invariant 6): it is reported with where it came from and why.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.archive import Archive
from app.drafts import ExtractionError, RawItem
from app.enrich import enrich
from app.extract import extract
from app.readers import Limits, ReadFailure, read_inputs
from app.store import Outcome, store_article

COMMIT_EVERY = 200
OUTCOMES = ("new", "updated", "unchanged", "duplicate", "failed")


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
    fmt: str = "auto",
    source_name: str | None = None,
    on_item: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest every item of the given files, folders or '-', then catch the index up."""
    settings = archive.settings
    limits = Limits(settings.max_item_bytes, settings.max_items_per_file)
    items = read_inputs(paths, fmt, limits)
    return ingest_items(archive, items, source_name, on_item)


def ingest_items(
    archive: Archive,
    items: Iterable[RawItem | ReadFailure],
    source_name: str | None = None,
    on_item: Callable[[str], None] | None = None,
    catch_up: bool = True,
) -> IngestReport:
    """Store each item in batches (one savepoint per item), then apply the changes to the index."""
    report = IngestReport()
    started = time.perf_counter()
    session = archive.sessions()
    try:
        session.begin()
        for count, item in enumerate(items, 1):
            outcome = _ingest_one(session, item, source_name, report)
            report.counts[outcome] += 1
            if on_item:
                on_item(outcome)
            if count % COMMIT_EVERY == 0:
                session.commit()
                session.begin()
        session.commit()
    finally:
        session.close()
    if catch_up:
        archive.catch_up_index()
    report.seconds = time.perf_counter() - started
    return report


def _ingest_one(
    session: Session, item: RawItem | ReadFailure, source_name: str | None, report: IngestReport
) -> str:
    if isinstance(item, ReadFailure):
        report.failures.append(Failure(item.where, item.reason))
        return "failed"
    try:
        enriched = enrich(extract(item), item.source_name or source_name)
        with session.begin_nested():
            outcome, article_id = store_article(session, enriched, item)
    except ExtractionError as error:
        report.failures.append(Failure(item.where, str(error)))
        return "failed"
    except SQLAlchemyError as error:
        cause = getattr(error, "orig", None) or error
        reason = f"could not be stored: {type(error).__name__}: {cause}"
        report.failures.append(Failure(item.where, reason))
        return "failed"
    report.article_ids.append(article_id)
    return str(Outcome(outcome))
