"""Files on disk: which to read in a folder, how to name them, and reading with a hard cap.

A folder can hold links to elsewhere, FIFOs and devices, and names that are not UTF-8; none of
them may hang a batch, read past a limit or leave the folders given.
"""

from __future__ import annotations

import fcntl
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from app.readers.detect import UnreadableInput

READ_CHUNK = 1 << 20


class SkippedFile(UnreadableInput):
    """A folder's entry that is not read (a link outside the folder, a FIFO, a device)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(reason)
        self.path = path


def display_name(path: Path | str) -> str:
    """A path as text that can be stored and shown: bytes that are not UTF-8 (which Python keeps
    as lone surrogates) become backslash escapes, '\\xff'."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", "backslashreplace")


def folder_files(folder: Path) -> Iterator[Path | SkippedFile]:
    """The files of a folder and its sub-folders, sorted, without hidden ones; a link that
    leads outside the folder, or an entry that is not a regular file, comes as SkippedFile."""
    root = folder.resolve()
    found: list[Path | SkippedFile] = []
    for directory, subfolders, names in os.walk(folder):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in names + _linked_folders(Path(directory), subfolders):
            checked = _checked(Path(directory) / name, root)
            if checked is not None and not name.startswith("."):
                found.append(checked)
    # In the order of the paths, the same on every machine.
    return iter(sorted(found, key=lambda entry: str(_path_of(entry))))


def _path_of(entry: Path | SkippedFile) -> Path:
    return entry.path if isinstance(entry, SkippedFile) else entry


def _linked_folders(directory: Path, subfolders: list[str]) -> list[str]:
    """os.walk does not follow links to folders; they are checked like linked files."""
    return [name for name in subfolders if (directory / name).is_symlink()]


def _checked(path: Path, root: Path) -> Path | SkippedFile | None:
    """The file, why it is skipped, or None for a link to a folder inside (read there)."""
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root):
            return SkippedFile(
                path, f"a link to {display_name(target)}, outside the folder: skipped"
            )
        if target.is_dir():
            return None
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return SkippedFile(path, f"cannot read: {error.strerror or error}")
    if not stat.S_ISREG(mode):
        return SkippedFile(path, f"not a regular file ({_kind(mode)}): skipped")
    return path


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"))
    return next((name for test, name in kinds if test(mode)), "a device")


def read_capped(path: Path, limit: int) -> bytes:
    """A file's bytes, reading at most limit + 1 of them: a FIFO or a device says nothing true
    of its size, and /dev/zero never ends. A FIFO nobody writes to reads as empty, not forever."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    flags = fcntl.fcntl(descriptor, fcntl.F_GETFL)
    fcntl.fcntl(descriptor, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)  # Wait for a writer's data.
    with os.fdopen(descriptor, "rb") as stream:
        return read_stream_capped(stream, limit)


def read_stream_capped(stream: BinaryIO, limit: int) -> bytes:
    """At most limit + 1 bytes of a stream (one more than allowed tells it is too large)."""
    content = bytearray()
    while len(content) <= limit:
        chunk = stream.read(min(READ_CHUNK, limit + 1 - len(content)))
        if not chunk:
            break
        content += chunk
    return bytes(content)
