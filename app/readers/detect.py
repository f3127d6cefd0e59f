"""What an input is: its format, told from its first bytes; gzip opened with a size cap."""

from __future__ import annotations

import re
import zlib

_SNIFF = 4096
_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_FEED = re.compile(rb"<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]", re.IGNORECASE)
# Control bytes other than tab, newlines, form feed and carriage return.
_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])


class UnreadableInput(ValueError):
    """An input that holds nothing we can read; the message says why."""


def detect_format(content: bytes) -> str:
    """'warc', 'feed', 'html', 'jsonl', 'json' (an array) or 'text' (a page dump)."""
    head = content[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"<"):
        if _FEED.search(head):
            return "feed"
        if _HTML.search(head):
            return "html"
    return "text"


# Documents people save news in that are none of our formats, told by their first bytes: named
# in the refusal, so the user knows what to do (an RTF file begins with '{' and would otherwise
# be read as JSON lines, a line at a time).
_OTHER_FORMATS = (
    (b"{\\rtf", "an RTF document, not plain text: save it as plain text or as a web page"),
    (b"%PDF-", "a PDF document: save its text, or the page it came from, instead"),
    (b"PK\x03\x04", "a ZIP archive (a .zip, .docx or .epub file): unpack it or save its text"),
)


def check_readable(content: bytes) -> None:
    """Refuse empty and binary inputs (text dumps, pages and feeds are text), and documents of
    formats we do not read."""
    if not content.strip():
        raise UnreadableInput("empty file")
    start = content[:16].lstrip(b"\xef\xbb\xbf \t\r\n")
    for magic, what in _OTHER_FORMATS:
        if start.startswith(magic):
            raise UnreadableInput(what)
    head = content[:_SNIFF]
    if b"\x00" in head:
        raise UnreadableInput("binary file (NUL bytes), not text")
    # Counted by deleting them, in C: a loop over the bytes cost more than reading the file.
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > len(head) // 20:
        raise UnreadableInput("binary file (control bytes), not text")


# Windows saves "Unicode" text as UTF-16 (Notepad, Word's plain text): its NUL bytes made it a
# "binary file". Read by its byte-order mark, or without one where every other byte of the start
# is NUL (Latin text), and handed on as UTF-8.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_WIDE_SAMPLE = 512
_WIDE_DECLARED = re.compile(
    r"""((?:charset|encoding)\s*=\s*["']?)utf-?(?:16|32)(?:-?[lb]e)?""", re.I
)


def as_utf8(content: bytes) -> bytes:
    """UTF-16 or UTF-32 text as UTF-8; any other bytes as they are."""
    encoding, start = _wide_encoding(content)
    if encoding is None:
        return content
    try:
        text = content[start:].decode(encoding)
    except UnicodeDecodeError:
        return content  # Not text after all: refused as binary.
    # A page or feed that declares its UTF-16 would be read so again: it is UTF-8 now.
    head = _WIDE_DECLARED.sub(r"\g<1>utf-8", text[:_SNIFF])
    return (head + text[_SNIFF:]).encode("utf-8")


def _wide_encoding(content: bytes) -> tuple[str | None, int]:
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return encoding, len(bom)
    sample = content[:_WIDE_SAMPLE]
    even, odd = sample[0::2], sample[1::2]
    if len(sample) >= 16 and odd.count(0) == len(odd) and even.count(0) < len(even) // 4:
        return "utf-16-le", 0
    if len(sample) >= 16 and even.count(0) == len(even) and odd.count(0) < len(odd) // 4:
        return "utf-16-be", 0
    return None, 0


def is_gzip(content: bytes) -> bool:
    return content[:2] == b"\x1f\x8b"


GUNZIP_CHUNK = 1 << 20


def gunzip(content: bytes, max_bytes: int) -> bytes:
    """Decompress every member (WARC and concatenated files have many), refusing output past
    `max_bytes` (a decompression bomb) or a cut-off file. Output comes a chunk at a time, so a
    bomb is refused having taken no more memory than the limit."""
    output = bytearray()
    rest = content
    while rest:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pending = rest
        while True:
            try:
                data = decompressor.decompress(pending, GUNZIP_CHUNK)
            except zlib.error as error:
                raise UnreadableInput(f"broken gzip data ({error})") from None
            output += data
            if len(output) > max_bytes:
                raise UnreadableInput(f"gzip expands past the limit of {max_bytes:,} bytes")
            pending = decompressor.unconsumed_tail
            if not data and not pending:
                break
        if not decompressor.eof:
            raise UnreadableInput("truncated gzip file (it ends before its data does)")
        rest = decompressor.unused_data.lstrip(b"\x00")
    return bytes(output)


def gzip_head(content: bytes, size: int = 64) -> bytes:
    """The first bytes of a gzip file's content (to tell a WARC without unpacking it)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(content, size)
    except zlib.error:
        return b""
