"""`geonews export --format warc`: the archive's originals written back out as a WARC file."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable
from typing import Any, BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from app.present.safe_text import header_text
from app.storage.models import Article, Capture


def write_warc(articles: Iterable[Article], out: BinaryIO) -> int:
    """One record per article's latest capture: web captures as they were recorded, other HTML
    pages as responses, the rest as resources."""
    writer = WARCWriter(out, gzip=True)
    count = 0
    for article in articles:
        capture = article.latest_capture
        if capture is None:
            continue
        if capture.format == "web":  # Already a WARC response record, kept as fetched.
            out.write(gzip.compress(capture.content))
            count += 1
            continue
        record = _record(writer, article, capture)
        writer.write_record(record)
        record.raw_stream.close()  # warcio buffers each record in a temporary file.
        count += 1
    return count


def _record(writer: WARCWriter, article: Article, capture: Capture) -> Any:
    uri = header_text(article.url or "") or f"urn:geonews:article:{article.id}"
    captured = article.captured.utc if article.captured else capture.stored_at
    headers = {
        "WARC-Date": captured.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "WARC-Source-URI": header_text(capture.origin)[:2000],
    }
    content_type = header_text(capture.content_type)
    if capture.format == "html" and article.url:
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        kind, described = "response", {"http_headers": http}
    else:
        kind, described = "resource", {"warc_content_type": content_type}
    payload = io.BytesIO(capture.content)
    return writer.create_warc_record(
        uri, kind, payload=payload, warc_headers_dict=headers, **described
    )
