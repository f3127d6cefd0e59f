"""The index folder: opened (or created) safely, swapped for a rebuilt one, and a swap that a
crash cut short completed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from whoosh import index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex

from app.search.schema import build_schema


class UnsafeIndexFolder(RuntimeError):
    """The index folder is writable by others; Whoosh unpickles from it, so we refuse it."""


def open_index_folder(path: Path) -> FileIndex:
    """The index in `path`, created empty if there is none (after finishing a swap a crash cut
    short); refused when others can write to the folder."""
    finish_interrupted_swap(path)
    path.mkdir(parents=True, exist_ok=True)
    if path.stat().st_mode & 0o022:
        raise UnsafeIndexFolder(f"{path} is writable by other users; fix with chmod go-w")
    storage = FileStorage(str(path), supports_mmap=False)
    if index.exists(storage):
        return storage.open_index()
    return storage.create_index(build_schema())


def replace_index_folder(new: Path, current: Path) -> None:
    """Swap a freshly built index in for the current one (a rename, then the old is removed)."""
    old = _old_folder(current)
    shutil.rmtree(old, ignore_errors=True)
    if current.exists():
        os.replace(current, old)
    os.replace(new, current)
    shutil.rmtree(old, ignore_errors=True)


def finish_interrupted_swap(current: Path) -> None:
    """Complete a swap that a crash cut between its two renames (the index folder is missing).

    Only a finished build is ever renamed, so with the current folder gone the new one is whole;
    failing that, the old one is put back. Either way the catch-up brings it up to date.
    """
    if current.exists():
        return
    for candidate in (current.with_name(current.name + ".new"), _old_folder(current)):
        if candidate.exists():
            os.replace(candidate, current)
            return


def _old_folder(current: Path) -> Path:
    return current.with_name(current.name + ".old")
