"""`geonews backup` and `geonews restore`: a consistent copy of the archive, taken while it runs.

The index is copied first, under its write lock, then the database through SQLite's online
backup API. So the copy's index is never ahead of its database: a restore catches it up from
the change log (invariant 4), as any start does.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from app.archive import Archive, open_archive
from app.archive.stats import archive_stats
from app.search import replace_index_folder
from app.settings import Settings

DATABASE_FILE = "geonews.db"
INDEX_FOLDER = "index"
MANIFEST = "manifest.json"


class BackupError(RuntimeError):
    """A backup or restore that cannot be done; the message says why."""


@dataclass(frozen=True)
class BackupSummary:
    folder: Path
    articles: int


def backup(archive: Archive, folder: Path) -> BackupSummary:
    """Write a consistent copy of the archive into a new folder."""
    database = _sqlite_path(archive.settings)
    if folder.exists() and any(folder.iterdir()):
        raise BackupError(f"{folder} is not empty; name a new folder.")
    folder.mkdir(parents=True, exist_ok=True)
    archive.index.copy_to(folder / INDEX_FOLDER)
    _copy_database(database, folder / DATABASE_FILE)
    stats = archive_stats(archive)
    (folder / MANIFEST).write_text(json.dumps({k: str(v) for k, v in stats.items()}, indent=2))
    return BackupSummary(folder, int(str(stats["articles"])))


def restore(settings: Settings, folder: Path) -> BackupSummary:
    """Put a backup in place of the archive (stop the server first), then catch the index up."""
    database = _sqlite_path(settings)
    if not (folder / DATABASE_FILE).exists() or not (folder / INDEX_FOLDER).is_dir():
        raise BackupError(
            f"{folder} holds no GeoNews backup ({DATABASE_FILE} and {INDEX_FOLDER}/)."
        )
    database.parent.mkdir(parents=True, exist_ok=True)
    _copy_database(folder / DATABASE_FILE, database)
    staged = settings.index_path.with_name(settings.index_path.name + ".restore")
    shutil.rmtree(staged, ignore_errors=True)
    shutil.copytree(folder / INDEX_FOLDER, staged)
    replace_index_folder(staged, settings.index_path)
    archive = open_archive(settings)
    try:
        articles = int(str(archive_stats(archive)["articles"]))
    finally:
        archive.close()
    return BackupSummary(folder, articles)


def _copy_database(source_path: Path, target_path: Path) -> None:
    """Copy an SQLite database through its online backup API (consistent while others write)."""
    source = sqlite3.connect(source_path)
    target = sqlite3.connect(target_path)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def _sqlite_path(settings: Settings) -> Path:
    url = make_url(settings.database_url)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise BackupError("backup and restore copy SQLite archives; for PostgreSQL use pg_dump.")
    return Path(url.database)
