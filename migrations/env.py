"""Alembic environment: runs against the engine the app hands over, or GEONEWS settings."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from app.settings import get_settings
from app.storage.db import create_db_engine
from app.storage.models import Base

config = context.config
target_metadata = Base.metadata


def _engine() -> Engine:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_db_engine(get_settings().database_url)
    return engine


def run_migrations_online() -> None:
    with _engine().connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
