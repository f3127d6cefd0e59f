"""`geonews backup` and `geonews restore`: a consistent copy of the archive, taken while it runs.

The index is copied first, under its write lock, then the database through SQLite's online
backup API. So the copy's index is never ahead of its database: a restore catches it up from
the change log (invariant 4), as any start does.

Whoosh unpickles what it reads from an index, so a restore installs only a backup that is as it
was written: every file listed in the manifest with its SHA-256, nothing added, and nothing
that another user could have written (the rule an index folder itself follows).
"""

from __future__ import annotations

import hashlib
import json
import os
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
    manifest = {"archive": {k: str(v) for k, v in stats.items()}, "sha256": _checksums(folder)}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2))
    return BackupSummary(folder, int(str(stats["articles"])))


def restore(settings: Settings, folder: Path) -> BackupSummary:
    """Put a backup in place of the archive (stop the server first), then catch the index up."""
    database = _sqlite_path(settings)
    if not (folder / DATABASE_FILE).exists() or not (folder / INDEX_FOLDER).is_dir():
        raise BackupError(
            f"{folder} holds no GeoNews backup ({DATABASE_FILE} and {INDEX_FOLDER}/)."
        )
    verify_backup(folder)
    database.parent.mkdir(parents=True, exist_ok=True)
    _copy_database(folder / DATABASE_FILE, database)
    # Staged as '<index>.new', the name a start's recovery (finish_interrupted_swap) puts in
    # place when a crash cuts the swap between its two renames.
    staged = settings.index_path.with_name(settings.index_path.name + ".new")
    shutil.rmtree(staged, ignore_errors=True)
    shutil.copytree(folder / INDEX_FOLDER, staged)
    replace_index_folder(staged, settings.index_path)
    archive = open_archive(settings)
    try:
        articles = int(str(archive_stats(archive)["articles"]))
    finally:
        archive.close()
    return BackupSummary(folder, articles)


def verify_backup(folder: Path) -> None:
    """Refuse a backup whose files differ from its manifest, or that others could write."""
    try:
        listed = json.loads((folder / MANIFEST).read_text())["sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        raise BackupError(f"{folder} has no manifest of checksums; it is not restored.") from None
    _check_owner(folder)
    found = _checksums(folder)
    if found != listed:
        changed = sorted(set(found) ^ set(listed) | {n for n in found if found[n] != listed.get(n)})
        raise BackupError(
            f"{folder} is not as it was written (differs: {', '.join(changed[:5])}); not restored."
        )


def _checksums(folder: Path) -> dict[str, str]:
    """The SHA-256 of every file of a backup but its manifest, by path inside it."""
    sums: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink() or not (path.is_file() or path.is_dir()):
            sums[name] = "not a file"  # Never in a backup we wrote: the check then fails.
        elif path.is_file() and name != MANIFEST:
            with path.open("rb") as stream:
                sums[name] = hashlib.file_digest(stream, "sha256").hexdigest()
    return sums


def _check_owner(folder: Path) -> None:
    """The index's rule: files another user wrote, or could write, are not opened."""
    for path in [folder, *folder.rglob("*")]:
        status = path.lstat()
        if status.st_uid not in (os.getuid(), 0) or status.st_mode & 0o022:
            raise BackupError(
                f"{path} belongs to, or is writable by, another user; not restored"
                " (fix with chown and chmod go-w if you trust it)."
            )


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
