"""A WARC file cut into its records, checking each record's Content-Length before trusting it.

warcio reads a record's block by its declared Content-Length: a negative one stops the whole
file, and one larger than the file swallows every record after it. Here each record's length is
checked against what follows it (the block must end in CRLF CRLF, then EOF or the next record);
a record that fails is reported, and reading resumes at the next record's first line. Gzipped
WARC files are read one gzip member (one record, by the standard's advice) at a time.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_LENGTH = re.compile(rb"^content-length:[ \t]*(-?\d+)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_NEXT_RECORD = re.compile(rb"\nWARC/1\.[01]\r?\n")
_RECORD_END = b"\r\n\r\n"


@dataclass(frozen=True)
class BrokenRecord:
    """A record whose length cannot be trusted: its number, and why."""

    number: int
    reason: str


def record_bytes(content: bytes, max_bytes: int) -> Iterator[bytes | BrokenRecord]:
    """Each record's bytes (headers and block) in order, or why a record was skipped."""
    number = 0
    for member in _members(content, max_bytes):
        for found in _split(member, number):
            number += 1
            yield found


def _members(content: bytes, max_bytes: int) -> Iterator[bytes]:
    """The content itself, or each gzip member's bytes (at most max_bytes + 1 of them)."""
    if content[:2] != b"\x1f\x8b":
        yield content
        return
    rest = content
    while rest:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            member = decompressor.decompress(rest, max_bytes + 1)
        except zlib.error as error:
            raise ValueError(f"broken gzip data in the WARC file ({error})") from None
        yield member
        if not decompressor.eof:  # Over the limit, or cut off: the rest cannot be found.
            return
        rest = decompressor.unused_data.lstrip(b"\x00")


def _split(data: bytes, numbered: int) -> Iterator[bytes | BrokenRecord]:
    start = 0
    while start < len(data):
        numbered += 1
        end, reason = _record_end(data, start)
        if reason is None:
            yield data[start:end]
            start = end
            continue
        yield BrokenRecord(numbered, reason)
        following = _NEXT_RECORD.search(data, start + 1)
        start = following.start() + 1 if following else len(data)


def _record_end(data: bytes, start: int) -> tuple[int, str | None]:
    """Where the record at `start` ends, or why its length is not to be trusted."""
    headers_end = _HEADER_END.search(data, start)
    if headers_end is None:
        return len(data), "a record cut off in its headers"
    declared = _LENGTH.search(data, start, headers_end.start() + 2)
    if declared is None:
        return len(data), "a record without Content-Length"
    length = int(declared.group(1))
    block_end = headers_end.end() + length
    if length < 0 or block_end > len(data):
        return len(data), f"Content-Length {length:,} does not fit the file"
    if data[block_end : block_end + 4] != _RECORD_END:
        return len(data), f"Content-Length {length:,} does not end where the record does"
    end = block_end + 4
    while data[end : end + 2] == b"\r\n":  # Some writers leave extra blank lines.
        end += 2
    return end, None
