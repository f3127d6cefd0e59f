"""Readers: files, folders and stdin -> raw items (bytes + where they came from).

The format is detected from the content unless the caller forces one.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.drafts import RawItem

FORMATS = ("auto", "text", "jsonl")
_CONTENT_TYPES = {"text": "text/plain", "jsonl": "application/json"}
_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read into items, and why."""

    origin: str
    reason: str
    position: str | None = None

    @property
    def where(self) -> str:
        return f"{self.origin} ({self.position})" if self.position else self.origin


def read_inputs(
    paths: Iterable[str], fmt: str = "auto", max_bytes: int = 10_000_000
) -> Iterator[RawItem | ReadFailure]:
    """Every item in the given files, folders (recursive) and '-' (stdin), in order."""
    for path in paths:
        if path == "-":
            yield from _read_bytes(sys.stdin.buffer.read(), "<stdin>", fmt, max_bytes)
        else:
            yield from _read_path(Path(path), fmt, max_bytes)


def _read_path(path: Path, fmt: str, max_bytes: int) -> Iterator[RawItem | ReadFailure]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if not any(part.startswith(".") for part in child.relative_to(path).parts):
                yield from _read_file(child, fmt, max_bytes)
    elif path.exists():
        yield from _read_file(path, fmt, max_bytes)
    else:
        yield ReadFailure(str(path), "no such file or folder")


def _read_file(path: Path, fmt: str, max_bytes: int) -> Iterator[RawItem | ReadFailure]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield ReadFailure(str(path), _too_large(size, max_bytes))
            return
        content = path.read_bytes()
    except OSError as error:
        yield ReadFailure(str(path), f"cannot read: {error.strerror or error}")
        return
    yield from _read_bytes(content, str(path), fmt, max_bytes)


def _read_bytes(
    content: bytes, origin: str, fmt: str, max_bytes: int
) -> Iterator[RawItem | ReadFailure]:
    if len(content) > max_bytes:
        yield ReadFailure(origin, _too_large(len(content), max_bytes))
        return
    problem = _unreadable(content)
    if problem:
        yield ReadFailure(origin, problem)
        return
    detected = detect_format(content) if fmt == "auto" else fmt
    if detected == "jsonl":
        yield from _json_lines(content, origin)
    else:
        yield RawItem(content, origin, detected, _CONTENT_TYPES[detected])


def _too_large(size: int, max_bytes: int) -> str:
    return f"{size:,} bytes is over the limit of {max_bytes:,} (GEONEWS_MAX_ITEM_BYTES)"


def _unreadable(content: bytes) -> str | None:
    if not content.strip():
        return "empty file"
    head = content[:_SNIFF_BYTES]
    if b"\x00" in head:
        return "binary file (NUL bytes), not text"
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    if controls > len(head) // 20:
        return "binary file (control bytes), not text"
    return None


def detect_format(content: bytes) -> str:
    """'jsonl' for JSON objects one per line, else 'text' (a page dump)."""
    start = content.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return "jsonl" if start == b"{" else "text"


def _json_lines(content: bytes, origin: str) -> Iterator[RawItem]:
    for number, line in enumerate(content.splitlines(), 1):
        if line.strip():
            yield RawItem(line, origin, "jsonl", _CONTENT_TYPES["jsonl"], f"line {number}")
