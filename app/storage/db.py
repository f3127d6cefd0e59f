"""The database connection: engines with SQLite's pragmas, sessions, and migrations."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.settings import MIGRATIONS_DIR, Settings

WRITES_OPTION = "geonews_writes"


def create_db_engine(database_url: str) -> Engine:
    """An engine; for SQLite: WAL, foreign keys on, and a wait on a busy lock."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if url.database:
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30})
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, open transactions, so SAVEPOINTs work.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: a commit (an acknowledged article) survives a power cut, not only a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # A writer takes the write lock when it begins. A deferred transaction that read first and
    # writes later gets SQLITE_BUSY at once when another writer committed meanwhile (WAL): the
    # busy timeout does not cover that, and the error would reach the user.
    immediate = connection.get_execution_options().get(WRITES_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def session_factory(engine: Engine, writes: bool = False) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit (pages render after the commit).

    `writes`: sessions that store; on SQLite their transactions take the write lock at once.
    """
    bind = engine.execution_options(**{WRITES_OPTION: True}) if writes else engine
    return sessionmaker(bind, expire_on_commit=False)


def alembic_config(engine: Engine) -> Config:
    """Alembic's configuration, pointed at our migrations and this engine."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


class SchemaChange(StrEnum):
    """What a migration did: made a new database, upgraded one, or found it current."""

    CREATED = "created"
    UPGRADED = "upgraded"
    CURRENT = "current"


def migrate(engine: Engine) -> SchemaChange:
    """Bring the schema to the newest migration (the app never calls create_all)."""
    if is_up_to_date(engine):
        return SchemaChange.CURRENT
    with engine.connect() as connection:
        empty = not MigrationContext.configure(connection).get_current_heads()
    command.upgrade(alembic_config(engine), "head")
    return SchemaChange.CREATED if empty else SchemaChange.UPGRADED


def is_up_to_date(engine: Engine) -> bool:
    """Whether the database is at the newest migration."""
    script = ScriptDirectory.from_config(alembic_config(engine))
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_heads()
    return set(current) == set(script.get_heads())


def engine_for(settings: Settings) -> Engine:
    """The engine for these settings."""
    return create_db_engine(settings.database_url)
