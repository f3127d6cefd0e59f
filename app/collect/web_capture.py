"""A fetched page kept as the archive keeps web captures: the whole HTTP response (status,
headers, body as sent) in one WARC response record, which `geonews export --format warc` writes
back out as it is. Extraction reads the page out of it (app/extract/web.py)."""

from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from app.collect.fetched import Fetched, FetchFailed
from app.drafts import RawItem
from app.moments import Moment, Precision

WEB_FORMAT = "web"
WARC_TYPE = "application/warc"
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def web_capture(
    fetched: Fetched,
    max_bytes: int,
    source_name: str | None = None,
    source_country: str | None = None,
) -> RawItem:
    """The response as a raw item of format 'web', or FetchFailed when it holds no page (the
    outlet's name and country as a followed feed states them)."""
    if fetched.media_type not in _HTML_TYPES:
        shown = fetched.media_type or "no type"
        raise FetchFailed(fetched.url, f"not a web page ({shown})", permanent=True)
    fetched.payload(max_bytes)  # Refuses a body that expands past the limit.
    captured = Moment.from_aware(fetched.fetched_at.replace(microsecond=0), Precision.SECOND)
    return RawItem(
        warc_response(fetched),
        fetched.requested,
        WEB_FORMAT,
        WARC_TYPE,
        source_name=source_name,
        source_country=source_country,
        url=fetched.url,
        captured=captured,
    )


def warc_response(fetched: Fetched) -> bytes:
    """One uncompressed WARC response record holding the response."""
    # The body is kept as it came over the connection once de-chunked: a Transfer-Encoding
    # header would tell a WARC reader to de-chunk it again.
    headers = [(k, v) for k, v in fetched.headers if k.lower() != "transfer-encoding"]
    status = f"{fetched.status} {fetched.reason}".strip()
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    warc_headers = {"WARC-Date": fetched.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")}
    if fetched.address:
        warc_headers["WARC-IP-Address"] = fetched.address
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    record = writer.create_warc_record(
        fetched.url,
        "response",
        payload=io.BytesIO(fetched.body),
        length=len(fetched.body),
        http_headers=http,
        warc_headers_dict=warc_headers,
    )
    writer.write_record(record)
    return out.getvalue()
