"""WARC files: every HTML response becomes a raw item with its target URI and capture date."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from app.extract.printed_dates import parse_date
from app.moments import Moment
from app.readers.warc_records import BrokenRecord, record_bytes

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class WarcPage:
    """An HTML page found in a WARC file."""

    content: bytes
    content_type: str
    url: str
    captured: Moment | None
    record_number: int


def warc_pages(content: bytes, max_items: int, max_bytes: int) -> Iterator[WarcPage | BrokenRecord]:
    """Each HTML response (or resource) record, or a record skipped for its broken length;
    raises ValueError for a broken archive."""
    count = 0
    for number, found in enumerate(record_bytes(content, max_bytes), 1):
        record = found if isinstance(found, BrokenRecord) else _one_record(found, number)
        if isinstance(record, BrokenRecord):
            yield record
            continue
        page = _page(record, number)
        if page is None:
            continue
        count += 1
        if count > max_items:
            raise OverflowError(f"more than {max_items:,} pages; the rest were not read")
        yield page


def _one_record(data: bytes, number: int) -> Any:
    """warcio's record for one record's bytes, or why it cannot be read."""
    try:
        return next(iter(ArchiveIterator(io.BytesIO(data))))
    except (ArchiveLoadFailed, StopIteration) as error:
        return BrokenRecord(number, f"not a readable WARC record ({error or 'empty'})")


def _page(record: Any, number: int) -> WarcPage | None:
    rec_type = record.rec_type
    if rec_type not in ("response", "resource"):
        return None
    if rec_type == "response":
        http = record.http_headers
        if http is None or http.get_statuscode() != "200":
            return None
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    headers = record.rec_headers
    date = headers.get_header("WARC-Date")
    return WarcPage(
        content=record.content_stream().read(),
        content_type=content_type,
        url=headers.get_header("WARC-Target-URI") or "",
        captured=parse_date(date) if date else None,
        record_number=number,
    )
