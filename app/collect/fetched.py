"""What a fetch gives: the response as received, or why there is none."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from app.readers.detect import UnreadableInput, gunzip

_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class Fetched:
    """One HTTP response as it came: status, headers in order, body as sent (still encoded)."""

    requested: str  # The URL asked for; `url` is where the redirects, if any, ended.
    url: str
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: datetime
    address: str | None = None  # The IP address the body came from.

    def header(self, name: str) -> str | None:
        """The first header of that name (any case), or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def media_type(self) -> str:
        return (self.header("Content-Type") or "").split(";")[0].strip().lower()

    def payload(self, max_bytes: int) -> bytes:
        """The body with its Content-Encoding undone (gzip or deflate), at most max_bytes."""
        encoding = (self.header("Content-Encoding") or "").strip().lower()
        try:
            if encoding in ("gzip", "x-gzip"):
                return gunzip(self.body, max_bytes)
            if encoding == "deflate":
                return _inflate(self.body, max_bytes)
        except UnreadableInput as error:
            raise FetchFailed(self.url, str(error), permanent=True) from None
        return self.body

    def max_age(self) -> float | None:
        """How long the response says it stays fresh (Cache-Control: max-age), if it says."""
        match = _MAX_AGE.search(self.header("Cache-Control") or "")
        return float(match.group(1)) if match else None


class FetchError(Exception):
    """A fetch that gave no usable response: the URL and why."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason = url, reason


class FetchRefused(FetchError):
    """Not fetched on purpose: robots.txt, a private address, a scheme other than http(s)."""


class FetchFailed(FetchError):
    """Fetched without success: no answer, an error status, a body too large, a redirect loop.

    `retry_after` is the pause the site asked for (429, 503); `permanent` failures (404, 410,
    too large) are not worth trying again soon."""

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        retry_after: float | None = None,
        permanent: bool = False,
        status: int | None = None,
    ) -> None:
        super().__init__(url, reason)
        self.retry_after, self.permanent, self.status = retry_after, permanent, status


def retry_after_s(value: str | None, now: datetime) -> float | None:
    """Retry-After in seconds: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def _inflate(body: bytes, max_bytes: int) -> bytes:
    # Servers send deflate both with and without the zlib header.
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
        decompressor = zlib.decompressobj(wbits)
        try:
            data = decompressor.decompress(body, max_bytes + 1)
        except zlib.error:
            continue
        if len(data) > max_bytes:
            raise UnreadableInput(f"deflate expands past the limit of {max_bytes:,} bytes")
        return data
    raise UnreadableInput("broken deflate data")
