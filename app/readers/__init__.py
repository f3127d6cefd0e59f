"""Readers: files, folders and stdin -> raw items (bytes + where they came from).

The format is detected from the content (gzip is opened first) unless the caller forces one.
One unreadable input becomes a ReadFailure naming it; it never stops the others.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app import record_fields
from app.drafts import Located, RawItem, parse_json
from app.readers.detect import (
    UnreadableInput,
    as_utf8,
    check_readable,
    detect_format,
    gunzip,
    gzip_head,
    is_gzip,
)
from app.readers.feeds import feed_entries
from app.readers.files import (
    SkippedFile,
    display_name,
    folder_files,
    read_capped,
    read_stream_capped,
)
from app.readers.markdown import is_markdown_post, markdown_record
from app.readers.mhtml import is_mhtml, saved_page
from app.readers.tables import NoHeader, decoded, is_article_table, table_rows
from app.readers.warc import warc_pages
from app.readers.warc_records import BrokenRecord
from app.settings import Settings

SINGLE_ITEM_FORMATS = ("text", "html", "markdown")
CONTENT_TYPES = {
    "text": "text/plain",
    "html": "text/html",
    "feed": "application/xml",
    "jsonl": "application/json",
    "json": "application/json",
}


@dataclass(frozen=True)
class ReadFailure(Located):
    """An input (or an item inside one) that could not be read, and why."""

    origin: str
    reason: str
    position: str | None = None


_DEFAULTS = Settings.model_fields  # One source for the limits' defaults: the settings.


@dataclass(frozen=True)
class Limits:
    """How much one item, and one file (feeds, JSON lines and WARC hold many), may hold."""

    max_item_bytes: int = _DEFAULTS["max_item_bytes"].default
    max_file_bytes: int = _DEFAULTS["max_file_bytes"].default
    max_items: int = _DEFAULTS["max_items_per_file"].default

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        """The limits the settings configure (GEONEWS_MAX_*)."""
        return cls(settings.max_item_bytes, settings.max_file_bytes, settings.max_items_per_file)


def read_inputs(
    paths: Iterable[str], fmt: str = "auto", limits: Limits | None = None
) -> Iterator[RawItem | ReadFailure]:
    """Every item in the given files, folders (recursive) and '-' (stdin), in order."""
    limits = limits or Limits()
    for path in paths:
        if path == "-":
            content = read_stream_capped(sys.stdin.buffer, limits.max_file_bytes)
            yield from read_bytes(content, "<stdin>", fmt, limits)
        elif _is_web_address(path) and not Path(path).exists():
            # As text, not a Path: a Path would fold the address's "//" into one slash.
            yield ReadFailure(display_name(path), WEB_ADDRESS_ADVICE)
        else:
            yield from _read_path(Path(path), fmt, limits)


WEB_ADDRESS_ADVICE = "a web address, not a file: fetch pages with `geonews capture URL`"


def _is_web_address(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


def _read_path(path: Path, fmt: str, limits: Limits) -> Iterator[RawItem | ReadFailure]:
    if path.is_dir():
        for child in folder_files(path):
            if isinstance(child, SkippedFile):
                yield ReadFailure(display_name(child.path), str(child))
            else:
                yield from _read_file(child, fmt, limits)
    elif path.exists():
        yield from _read_file(path, fmt, limits)
    else:
        yield ReadFailure(display_name(path), "no such file or folder")


def _read_file(path: Path, fmt: str, limits: Limits) -> Iterator[RawItem | ReadFailure]:
    origin = display_name(path)
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            yield ReadFailure(origin, _too_large(size, limits.max_file_bytes, "FILE"))
            return
        content = read_capped(path, limits.max_file_bytes)
    except OSError as error:
        yield ReadFailure(origin, f"cannot read: {error.strerror or error}")
        return
    yield from read_bytes(content, origin, fmt, limits)


def read_bytes(
    content: bytes, origin: str, fmt: str = "auto", limits: Limits | None = None
) -> Iterator[RawItem | ReadFailure]:
    """The items in one input's bytes."""
    limits = limits or Limits()
    try:
        if len(content) > limits.max_file_bytes:
            raise UnreadableInput(_too_large(len(content), limits.max_file_bytes, "FILE"))
        if is_gzip(content) and (fmt == "warc" or gzip_head(content).startswith(b"WARC/")):
            fmt = "warc"  # warcio reads gzipped records itself, one at a time.
        elif is_gzip(content):
            content = gunzip(content, limits.max_file_bytes)
        if fmt != "warc":
            content = as_utf8(content)
            check_readable(content)
        detected = detect_format(content) if fmt == "auto" else fmt
        if fmt == "auto" and origin.lower().endswith(_MARKDOWN_SUFFIXES):
            detected = "markdown"  # Also when it opens with '[' (a badge) or '{' (a template).
        elif fmt == "auto" and detected == "text" and is_mhtml(content):
            detected = "mhtml"
        elif fmt == "auto" and detected == "text" and _is_markdown(content, origin):
            detected = "markdown"
        elif fmt == "auto" and detected == "text" and _is_table(content, origin):
            detected = "csv"
        if detected in SINGLE_ITEM_FORMATS and len(content) > limits.max_item_bytes:
            raise UnreadableInput(_too_large(len(content), limits.max_item_bytes))
    except UnreadableInput as error:
        yield ReadFailure(origin, str(error))
        return
    yield from _split(content, origin, detected, limits)


def _split(
    content: bytes, origin: str, fmt: str, limits: Limits
) -> Iterator[RawItem | ReadFailure]:
    try:
        if fmt == "jsonl":
            yield from _json_lines(content, origin, limits)
        elif fmt == "json":
            yield from _json_array(content, origin, limits)
        elif fmt == "feed":
            yield from _feed(content, origin, limits)
        elif fmt == "warc":
            yield from _warc(content, origin, limits)
        elif fmt == "csv":
            yield from _table(content, origin, limits)
        elif fmt == "mhtml":
            yield _saved_page(content, origin, limits)
        elif fmt == "markdown":
            record = markdown_record(decoded(content))
            if "title" in record:
                data = json.dumps(record, ensure_ascii=False).encode()
                yield RawItem(data, origin, "jsonl", "text/markdown")
            else:  # No title to give: its words read as a text dump's, which may have none.
                yield RawItem(record["body"].encode(), origin, "text", "text/markdown")
        else:
            yield RawItem(content, origin, fmt, CONTENT_TYPES[fmt])
    except (ValueError, OverflowError) as error:
        yield ReadFailure(origin, str(error))


def _json_lines(content: bytes, origin: str, limits: Limits) -> Iterator[RawItem | ReadFailure]:
    first = next((line for line in content.splitlines() if line.strip()), b"")
    if _parsed(first) is None and (document := _parsed(content)) is not None:
        # One JSON document over many lines, not a line an article: an article written
        # out with indents, or an API's answer holding a list of them.
        yield from _json_records(document, origin, limits)
        return
    number = 0
    for number, line in enumerate(content.splitlines(), 1):
        if number > limits.max_items:
            raise OverflowError(f"more than {limits.max_items:,} lines; the rest were not read")
        if len(line) > limits.max_item_bytes:
            yield ReadFailure(
                origin, _too_large(len(line), limits.max_item_bytes), f"line {number}"
            )
        elif _may_hold_a_list(line) and (records := _article_list(_parsed(line))) is not None:
            # A line that is an API's answer (NewsAPI's, as curl saves it): its articles.
            for count, record in enumerate(records, 1):
                data = json.dumps(record, ensure_ascii=False).encode()
                where = f"line {number}, item {count}"
                yield RawItem(data, origin, "jsonl", CONTENT_TYPES["jsonl"], where)
        elif line.strip():
            yield RawItem(line, origin, "jsonl", CONTENT_TYPES["jsonl"], f"line {number}")


def _json_array(content: bytes, origin: str, limits: Limits) -> Iterator[RawItem | ReadFailure]:
    yield from _json_records(parse_json(content), origin, limits)


# Where APIs and exports put their list of articles in the object they answer with (NewsAPI's
# 'articles', Media Cloud's 'results', Guardian's 'response' → 'results', 'items', 'data').
_LIST_KEYS = ("articles", "results", "items", "data", "stories", "docs", "response", "news")


def _json_records(document: object, origin: str, limits: Limits) -> Iterator[RawItem | ReadFailure]:
    records = _article_list(document)
    if records is None and isinstance(document, dict):
        data = json.dumps(document, ensure_ascii=False).encode()
        if len(data) > limits.max_item_bytes:
            yield ReadFailure(origin, _too_large(len(data), limits.max_item_bytes))
        else:
            yield RawItem(data, origin, "jsonl", CONTENT_TYPES["json"])
        return
    if records is None:
        raise ValueError("a JSON array of article objects is expected")
    if len(records) > limits.max_items:
        raise OverflowError(f"{len(records):,} items is over the limit of {limits.max_items:,}")
    for number, record in enumerate(records, 1):
        data = json.dumps(record, ensure_ascii=False).encode()
        if len(data) > limits.max_item_bytes:
            where = f"item {number}"
            yield ReadFailure(origin, _too_large(len(data), limits.max_item_bytes), where)
        else:
            yield RawItem(data, origin, "jsonl", CONTENT_TYPES["json"], f"item {number}")


def _article_list(document: object, depth: int = 0) -> list[object] | None:
    """The list of articles a JSON document is, or holds under one of _LIST_KEYS (at most two
    objects deep: {'response': {'results': [...]}}); None for an object that is no such list.
    An object with a title of its own is an article, whatever lists it holds ('items' of
    pictures); a list holding no object is none of articles."""
    if isinstance(document, list):
        return document
    if not isinstance(document, dict) or depth > 1 or _titled(document):
        return None
    for key in _LIST_KEYS:
        found = _article_list(document.get(key), depth + 1)
        if found is not None and any(isinstance(item, dict) for item in found):
            return found
    return None


def _titled(document: dict[str, object]) -> bool:
    return any(str(name).lower() in _TITLE_NAMES for name in document)


_TITLE_NAMES = {name.lower() for name in record_fields.TITLE}


def _may_hold_a_list(line: bytes) -> bool:
    """Whether a JSON line may be an answer holding articles (looked for by bytes first: a line
    an article, the common case, is parsed once, by the extractor)."""
    return any(key in line for key in _LIST_KEY_BYTES)


_LIST_KEY_BYTES = tuple(f'"{key}"'.encode() for key in _LIST_KEYS)


def _parsed(content: bytes) -> object | None:
    try:
        return parse_json(content)
    except ValueError:
        return None


# A table by its name, or by a first row naming a title and a text column ('headline,body').
_TABLE_SUFFIXES = (".csv", ".tsv", ".csv.gz", ".tsv.gz")


def _is_table(content: bytes, origin: str) -> bool:
    if origin.lower().endswith(_TABLE_SUFFIXES):
        return True
    first_line = decoded(content[:4096]).split("\n", 1)[0]
    return is_article_table(first_line)


def _table(content: bytes, origin: str, limits: Limits) -> Iterator[RawItem | ReadFailure]:
    try:
        for number, record in table_rows(decoded(content), limits.max_items, limits.max_item_bytes):
            if len(record) > limits.max_item_bytes:
                where = f"row {number}"
                yield ReadFailure(origin, _too_large(len(record), limits.max_item_bytes), where)
            else:
                yield RawItem(record, origin, "jsonl", "text/csv", f"row {number}")
    except NoHeader as error:
        yield ReadFailure(origin, str(error))
    except csv.Error as error:  # A stray quote, a NUL: the rows after it cannot be told apart.
        yield ReadFailure(origin, f"a table that cannot be read on: {error}")


_MARKDOWN_SUFFIXES = (".md", ".markdown", ".md.gz")


def _is_markdown(content: bytes, origin: str) -> bool:
    return origin.lower().endswith(_MARKDOWN_SUFFIXES) or is_markdown_post(content)


def _saved_page(content: bytes, origin: str, limits: Limits) -> RawItem | ReadFailure:
    page = saved_page(content)
    if len(page.html) > limits.max_item_bytes:
        return ReadFailure(origin, _too_large(len(page.html), limits.max_item_bytes))
    return RawItem(page.html, origin, "html", page.content_type, url=page.url, captured=page.saved)


def _feed(content: bytes, origin: str, limits: Limits) -> Iterator[RawItem]:
    for number, entry in enumerate(feed_entries(content, limits.max_items), 1):
        yield RawItem(
            entry.xml,
            origin,
            "feed",
            f"application/{entry.feed_kind}+xml",
            f"item {number}",
            source_name=entry.feed_name,
            language=entry.feed_language,
        )


def _warc(content: bytes, origin: str, limits: Limits) -> Iterator[RawItem | ReadFailure]:
    for page in warc_pages(content, limits.max_items, limits.max_file_bytes):
        if isinstance(page, BrokenRecord):
            yield ReadFailure(origin, page.reason, f"record {page.number}")
            continue
        if len(page.content) > limits.max_item_bytes:
            where = f"record {page.record_number}"
            yield ReadFailure(origin, _too_large(len(page.content), limits.max_item_bytes), where)
            continue
        yield RawItem(
            page.content,
            origin,
            "html",
            page.content_type,
            f"record {page.record_number}",
            url=page.url,
            captured=page.captured,
        )


def _too_large(size: int, max_bytes: int, kind: str = "ITEM") -> str:
    return f"{size:,} bytes is over the limit of {max_bytes:,} (GEONEWS_MAX_{kind}_BYTES)"


__all__ = ["Limits", "ReadFailure", "detect_format", "read_bytes", "read_inputs"]
