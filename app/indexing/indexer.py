"""The indexer: applies change-log rows to the search index, after the last one it applied.

Invariant 4: the index records inside its own commit the id of the last change it applied, so
any process can catch it up and a crash between the database and index commits loses nothing.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import takewhile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.indexing.positions import (
    ChangePosition,
    count_pending,
    current_position,
    index_position,
    oldest_pending,
)
from app.indexing.turns import TURN_TIMEOUT_S, TurnNotTaken, catch_up_turn
from app.moments import Moment, utc_now
from app.search import IndexCommit, IndexDocument, SearchIndex, replace_index_folder
from app.search.languages import load_base_forms
from app.storage.models import Article, Change

BATCH_SIZE = 500  # Changes read from the database at a time.
BULK_THRESHOLD = 2500  # With this many changes waiting, the index is built by a process per core.
# Changes per index commit in bulk: one writer across many batches. Whoosh's commit merges
# segments in one process, so committing every 5,000 changes made the index step of a
# 100,000-article ingest take twice as long as a whole rebuild.
BULK_COMMIT_CHANGES = 50_000
# Changes per commit otherwise: a server's pass is seen by the other workers as soon as it
# commits, so its articles become searchable a few seconds apart rather than all at the end.
QUICK_COMMIT_CHANGES = 50
# A quick pass looks for a waiting post (write_now) every this many articles: analysing one
# took up to a tenth of a second in a worker thread sharing its interpreter with 16 clients.
URGENT_CHECK_ARTICLES = 2
# For a post's estimate: a server looks every 2 s and other workers reopen within 0.25 s;
# 150 changes took 3.8 s to apply on two cores busy with 16 clients (README, promise 2).
POLL_AND_REOPEN_S = 2.5
SECONDS_PER_CHANGE = 0.025


def index_pending_changes(
    sessions: sessionmaker[Session],
    search_index: SearchIndex,
    progress: Callable[[int], None] | None = None,
    bulk_allowed: bool = True,
    wait: float = TURN_TIMEOUT_S,
    leave_young_s: float = 0.0,
) -> int:
    """Bring the index up to date with the change log; returns how many changes were applied.

    Each commit is made holding the archive's catch-up turn (app/indexing/turns.py), waiting
    up to `wait` seconds for it. Changes that commit out of order (PostgreSQL) are picked up
    later as gaps (app/indexing/positions.py). With `leave_young_s`, nothing is done while
    every waiting change is younger than that: the process that made them is catching up.
    """
    if leave_young_s and _all_young(sessions, search_index, leave_young_s):
        return 0
    applied, bulk = 0, None
    while True:
        with catch_up_turn(search_index.path, wait) as turn:
            # Read inside the turn: whoever held it before may have applied these changes.
            position = index_position(search_index)
            bulk = _bulk_or_not(sessions, position, bulk_allowed) if bulk is None else bulk
            if bulk is None:  # Nothing to do: no writer (and its lock) is taken.
                return 0
            stop = None if bulk else turn.urgent_waiting  # A quick pass lets a waiting post in.
            pass_ = _Pass(_per_commit(bulk, bulk_allowed), progress, stop)
            if bulk:
                _open_dictionaries(sessions)
            with search_index.writing(bulk=bulk, quick=not bulk) as commit:
                _write_changes(sessions, commit, position, pass_)
            turn.done = pass_.summary(bulk)
        applied += pass_.applied
        if pass_.cut_short:
            turn.let_urgent_in()
        elif pass_.applied < pass_.limit:
            return applied


def write_now(
    sessions: sessionmaker[Session], search_index: SearchIndex, article_ids: set[int], wait: float
) -> bool:
    """Write these articles into the index now, ahead of their place in the change log (a
    server's posted article: it would otherwise wait for every change before it); False if the
    turn was not had within `wait` seconds (the change log's catch-up brings them).

    Safe out of order: the articles are read inside the turn, so their state is the newest,
    never older than what a catch-up applied; the position is recorded unchanged, and the
    catch-up that reaches their changes writes them again, in a commit of its own.
    """
    try:
        with catch_up_turn(search_index.path, wait, urgent=True) as turn:
            position = index_position(search_index)
            with sessions() as session:
                documents, deleted = _documents_for(session, article_ids)
            with search_index.writing(quick=True) as commit:
                commit.write(documents, deleted)
                commit.position = position.to_json()
            turn.done = f"{len(article_ids)} posted articles written ahead of the change log"
    except TurnNotTaken:
        return False
    return True


def _all_young(sessions: sessionmaker[Session], search_index: SearchIndex, age_s: float) -> bool:
    with sessions() as session:
        oldest = oldest_pending(session, index_position(search_index))
    return oldest is None or oldest > utc_now() - timedelta(seconds=age_s)


def _per_commit(bulk: bool, bulk_allowed: bool) -> int:
    if bulk:
        return BULK_COMMIT_CHANGES
    # A server's pass is short, so a post waits little for the turn; a CLI's commits stay as
    # large as before (each commit is a segment, which searches go through one by one).
    return BATCH_SIZE if bulk_allowed else QUICK_COMMIT_CHANGES


def expected_delay(sessions: sessionmaker[Session], search_index: SearchIndex) -> float:
    """Seconds until the changes not yet applied are, at the rate measured under load (the
    answer to a post that could not be indexed at once)."""
    with sessions() as session:
        waiting = count_pending(session, index_position(search_index))
    return round(POLL_AND_REOPEN_S + waiting * SECONDS_PER_CHANGE, 1)


def _bulk_or_not(
    sessions: sessionmaker[Session], position: ChangePosition, bulk_allowed: bool
) -> bool | None:
    """Whether the waiting changes are many enough for a bulk build; None if none wait."""
    with sessions() as session:
        waiting = count_pending(session, position)
    return bulk_allowed and waiting >= BULK_THRESHOLD if waiting else None


def _pending(
    sessions: sessionmaker[Session], position: ChangePosition, limit: int
) -> list[tuple[int, int]]:
    """The next `limit` changes after the position, as (change id, article id)."""
    with sessions() as session:
        query = select(Change.id, Change.article_id).where(position.pending())
        return [(row[0], row[1]) for row in session.execute(query.order_by(Change.id).limit(limit))]


@dataclass
class _Pass:
    """One commit's worth of changes: how many at most, what it applied, why it stopped."""

    limit: int
    progress: Callable[[int], None] | None = None
    # Asked between groups of articles; True makes the pass commit what it has and stop.
    stop: Callable[[], bool] | None = None
    applied: int = 0
    cut_short: bool = False

    def stops(self) -> bool:
        self.cut_short = self.stop is not None and self.stop()
        return self.cut_short

    def count(self, changes: int) -> None:
        if self.progress and changes > 0:
            self.progress(changes)

    def summary(self, bulk: bool) -> str:
        cut = ", cut short for a posted article" if self.cut_short else ""
        return f"{self.applied} changes applied{' in bulk' if bulk else ''}{cut}"


def _write_changes(
    sessions: sessionmaker[Session], commit: IndexCommit, position: ChangePosition, pass_: _Pass
) -> None:
    """Write up to `pass_.limit` pending changes into the commit, a group of articles at a
    time; the position after them is recorded on the commit (none if nothing was written).

    Each article is written once per commit, in its state when read (a commit cannot replace
    what it wrote itself, see ArticleWrittenTwice); one changed again meanwhile is written
    again by the next catch-up. A pass cut short records the changes before the first
    article it did not write.
    """
    changes = _pending(sessions, position, pass_.limit)
    article_ids = list(dict.fromkeys(article_id for _, article_id in changes))
    written: set[int] = set()
    for start in range(0, len(article_ids), BATCH_SIZE):
        batch = article_ids[start : start + BATCH_SIZE]
        with sessions() as session:
            documents, _ = _documents_for(session, set(batch))
        by_id = {document.article_id: document for document in documents}
        if not _write_in_steps(commit, batch, by_id, written, pass_):
            break
    done = list(takewhile(lambda change: change[1] in written, changes))
    pass_.count(len(done) - len(written))  # Changes to articles written once already.
    if done:
        commit.position = position.advanced(change_id for change_id, _ in done).to_json()
    pass_.applied = len(done)


def _write_in_steps(
    commit: IndexCommit,
    article_ids: list[int],
    by_id: dict[int, IndexDocument],
    written: set[int],
    pass_: _Pass,
) -> bool:
    """Write these articles in order (those not in `by_id` were deleted), looking for a waiting
    post every few (analysing an article is the work); False when the pass was cut short."""
    step = max(1, len(article_ids)) if pass_.stop is None else URGENT_CHECK_ARTICLES
    for start in range(0, len(article_ids), step):
        if written and pass_.stops():
            return False
        piece = article_ids[start : start + step]
        commit.write([by_id[i] for i in piece if i in by_id], {i for i in piece if i not in by_id})
        written.update(piece)
        pass_.count(len(piece))
    return True


def _documents_for(session: Session, article_ids: set[int]) -> tuple[list[IndexDocument], set[int]]:
    articles = session.scalars(select(Article).where(Article.id.in_(article_ids))).all()
    documents = [index_document(article) for article in articles]
    return documents, article_ids - {article.id for article in articles}


def index_document(article: Article) -> IndexDocument:
    """What the index holds for an article."""
    return IndexDocument(
        article_id=article.id,
        title=article.title,
        body=article.body,
        byline=article.byline,
        source=article.source.name if article.source else None,
        source_country=article.source.country if article.source else None,
        countries=tuple(country.code for country in article.countries),
        published_at=_as_shown(article.published),
        sort_date=article.published_at or article.captured_at or article.ingested_at,
        version=article.content_sha256,
        group_id=article.group_id or article.id,
        language=article.language,
        domain=article.source.domain if article.source else None,
        word_count=article.word_count,
        captured_at=article.captured_at,
    )


def _as_shown(moment: Moment | None) -> datetime | None:
    """The publication time on the outlet's own clock: a day filter means the day it printed."""
    return moment.local().replace(tzinfo=None) if moment else None


def rebuild_index(sessions: sessionmaker[Session], index_path: Path) -> int:
    """Build a new index from the articles beside the current one, then swap it in.

    Changes committed while it builds are applied by the next catch-up: the new index records
    the change-log position read before it started, and applying a change twice is harmless.
    """
    building = index_path.with_name(index_path.name + ".new")
    shutil.rmtree(building, ignore_errors=True)  # Left by an interrupted rebuild.
    with sessions() as session:
        position = current_position(session)
    _open_dictionaries(sessions)
    fresh = SearchIndex(building)
    try:
        indexed = fresh.build(_all_documents(sessions), position.to_json())
    finally:
        fresh.close()
    replace_index_folder(building, index_path)
    return indexed


def _open_dictionaries(sessions: sessionmaker[Session]) -> None:
    """Open the lemma dictionaries of the archive's languages before a bulk writer forks its
    processes: each would otherwise open (on a new machine, build) every one itself."""
    with sessions() as session:
        load_base_forms(session.scalars(select(Article.language).distinct()))


def _all_documents(sessions: sessionmaker[Session]) -> Iterator[IndexDocument]:
    after = 0
    while batch := _article_batch(sessions, after):
        yield from (index_document(article) for article in batch)
        after = batch[-1].id


def _article_batch(sessions: sessionmaker[Session], after: int) -> list[Article]:
    with sessions() as session:
        query = select(Article).where(Article.id > after).order_by(Article.id).limit(BATCH_SIZE)
        return list(session.scalars(query).all())
