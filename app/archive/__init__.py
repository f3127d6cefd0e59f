"""The archive as one object: settings, database, sessions and search index, opened together."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.indexing.indexer import index_pending_changes, rebuild_index
from app.indexing.turns import TURN_TIMEOUT_S
from app.search import SearchIndex
from app.settings import Settings
from app.storage.db import engine_for, migrate, session_factory


@dataclass
class Archive:
    """Everything a command or the web app needs to read and write the archive."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    index: SearchIndex
    # Sessions that store articles (see db.session_factory).
    writing_sessions: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.writing_sessions = session_factory(self.engine, writes=True)

    def catch_up_index(
        self, bulk_allowed: bool = True, wait: float = TURN_TIMEOUT_S, leave_young_s: float = 0.0
    ) -> int:
        """Apply the change-log rows the index has not seen yet (invariant 4), waiting up to
        `wait` seconds for another process's catch-up to end (TurnNotTaken after that); none
        while all are younger than `leave_young_s` seconds.

        A server's background thread passes bulk_allowed=False: bulk writing forks processes.
        """
        applied = index_pending_changes(
            self.sessions,
            self.index,
            bulk_allowed=bulk_allowed,
            wait=wait,
            leave_young_s=leave_young_s,
        )
        if applied:  # Save the new segments' facet data now, so that no server start reads it.
            self.index.save_facet_data()
        return applied

    def close(self) -> None:
        """Release the searcher and database connections."""
        self.index.close()
        self.engine.dispose()


def open_archive(settings: Settings, catch_up: bool = True) -> Archive:
    """Migrate the database if needed, open the index, and bring the index up to date."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = engine_for(settings)
    migrate(engine)
    sessions = session_factory(engine)
    index = SearchIndex(settings.index_path)
    if not index.has_current_schema():
        # The index is derived (invariant 1): one built by an older version is rebuilt.
        index.close()
        rebuild_index(sessions, settings.index_path)
        index = SearchIndex(settings.index_path)
    archive = Archive(settings, engine, sessions, index)
    if catch_up:
        archive.catch_up_index()
    return archive
