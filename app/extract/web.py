"""Web captures (format 'web'): the page inside a WARC response record, read as an HTML page."""

from __future__ import annotations

import io

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from app.drafts import ExtractionError, RawItem
from app.extract.printed_dates import parse_date

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# A backstop only: the fetcher refused bodies that expand past the item limit.
_MAX_PAGE_BYTES = 256 * 1024 * 1024


def page_in_capture(item: RawItem) -> RawItem:
    """The captured page as an 'html' item, with the URL and date of its capture."""
    try:
        record = next(iter(ArchiveIterator(io.BytesIO(item.content))), None)
    except ArchiveLoadFailed as error:
        raise ExtractionError(f"not a readable web capture ({error})") from None
    http = record.http_headers if record is not None else None
    if record is None or record.rec_type != "response" or http is None:
        raise ExtractionError("not a web capture (a WARC response record)")
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        raise ExtractionError(f"the capture is an HTTP {status} answer, not a page")
    content_type = http.get_header("Content-Type") or "text/html"
    if content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        raise ExtractionError(f"the capture is {content_type}, not a web page")
    body = record.content_stream().read(_MAX_PAGE_BYTES)
    date = record.rec_headers.get_header("WARC-Date")
    return RawItem(
        body,
        item.origin,
        "html",
        content_type,
        item.position,
        source_name=item.source_name,
        url=record.rec_headers.get_header("WARC-Target-URI") or item.url,
        captured=parse_date(date) if date else item.captured,
    )
