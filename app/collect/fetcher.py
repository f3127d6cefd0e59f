"""The polite, careful HTTP client of the follower and of captures.

Every request names the archive (GEONEWS_FETCH_USER_AGENT), asks robots.txt first, waits its
turn for the host, and reads at most the item limit. Redirects are followed here, one hop at a
time, so that each hop is checked again like the first: scheme, robots.txt, and (in the
network layer, app/collect/addresses.py) the address connected to.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx2

from app.collect.addresses import ForbiddenAddress, GuardedBackend, GuardedTransport, Resolver
from app.collect.fetched import Fetched, FetchError, FetchFailed, FetchRefused, retry_after_s
from app.collect.politeness import HostGate, HostResting
from app.collect.robots import RobotsFile, RobotsRules
from app.settings import Settings

_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_LATER = {429, 503}
_ROBOTS_MAX_BYTES = 512_000  # RFC 9309 asks crawlers to read at least 500 KiB.
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/feed+json,*/*;q=0.5"
)


class Fetcher:
    """Fetches pages and feeds for one process; close() when done."""

    def __init__(self, settings: Settings, resolver: Resolver | None = None) -> None:
        from app.collect.addresses import system_resolver

        backend = GuardedBackend(resolver or system_resolver, settings.fetch_allow_private)
        self._client = httpx2.Client(
            transport=GuardedTransport(backend, settings.fetch_concurrency),
            timeout=httpx2.Timeout(
                settings.fetch_read_timeout_s, connect=settings.fetch_connect_timeout_s
            ),
            headers={
                "User-Agent": settings.fetch_agent,
                "Accept": _ACCEPT,
                "Accept-Encoding": "gzip, deflate",
            },
            trust_env=False,
        )
        self._settings = settings
        # The whole of one answer must arrive within this (a server trickling bytes forever).
        self._deadline_s = settings.fetch_connect_timeout_s + 3 * settings.fetch_read_timeout_s
        self.gate = HostGate(settings.fetch_delay_s, settings.fetch_concurrency)
        self.robots = RobotsRules(
            self._robots_file, settings.fetch_user_agent, settings.fetch_robots_ttl_s
        )

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        """The response at `url` after redirects: 2xx, or 304 when the conditions hold."""
        conditions = {"If-None-Match": etag, "If-Modified-Since": last_modified}
        headers = {name: value for name, value in conditions.items() if value}
        seen: list[str] = []
        current = url
        while True:
            _check_scheme(current)
            if not self.robots.allows(current):
                raise FetchRefused(current, "robots.txt does not allow it")
            fetched = self._one_hop(url, current, headers, self._settings.max_item_bytes)
            location = fetched.header("Location")
            if fetched.status not in _REDIRECTS or not location:
                return self._checked(fetched)
            seen.append(current)
            current = urljoin(current, location.strip())
            if current in seen:
                raise FetchFailed(url, f"a redirect loop ({len(seen)} hops)", permanent=True)
            if len(seen) > self._settings.fetch_max_redirects:
                raise FetchFailed(url, f"more than {len(seen) - 1} redirects", permanent=True)

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def _checked(self, fetched: Fetched) -> Fetched:
        status = fetched.status
        if 200 <= status < 300 or status == 304:
            return fetched
        if status in _RETRY_LATER:
            wait = retry_after_s(fetched.header("Retry-After"), fetched.fetched_at)
            self.gate.hold_off(_host(fetched.url), min(wait or 0.0, self._max_wait))
            raise FetchFailed(fetched.url, f"HTTP {status}", retry_after=wait, status=status)
        permanent = 400 <= status < 500 and status not in (408, 425)
        raise FetchFailed(fetched.url, f"HTTP {status}", permanent=permanent, status=status)

    @property
    def _max_wait(self) -> float:
        return self._settings.fetch_max_backoff_s

    def _one_hop(
        self, requested: str, url: str, headers: dict[str, str], max_bytes: int
    ) -> Fetched:
        host = _host(url)
        try:
            with self.gate.turn(host):
                fetched = self._request(requested, url, headers, max_bytes)
        except ForbiddenAddress as error:
            raise FetchRefused(url, str(error)) from None
        except HostResting as error:
            raise FetchFailed(url, str(error), retry_after=error.seconds) from None
        except httpx2.HTTPError as error:
            raise FetchFailed(url, _said(error)) from None
        delay = self.robots.crawl_delay(url) if not url.endswith("/robots.txt") else 0.0
        if delay:
            self.gate.hold_off(host, min(delay, self._max_wait))
        return fetched

    def _request(
        self, requested: str, url: str, headers: dict[str, str], max_bytes: int
    ) -> Fetched:
        started = time.monotonic()
        with self._client.stream("GET", url, headers=headers) as response:
            # Asked before the body is read: once it is, the connection goes back to the pool,
            # where another thread may close it (the pool holds GEONEWS_FETCH_CONCURRENCY).
            stream = response.extensions.get("network_stream")
            address = stream.get_extra_info("server_addr") if stream is not None else None
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchFailed(url, _too_large(int(declared), max_bytes), permanent=True)
            body = bytearray()
            for chunk in response.iter_raw():
                body += chunk
                if len(body) > max_bytes:
                    raise FetchFailed(url, _too_large(len(body), max_bytes), permanent=True)
                if time.monotonic() - started > self._deadline_s:
                    raise FetchFailed(url, f"no whole answer within {self._deadline_s:.0f} s")
        self._client.cookies.clear()  # No session follows us from page to page.
        return Fetched(
            requested=requested,
            url=url,
            status=response.status_code,
            reason=response.reason_phrase,
            headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.headers.raw],
            body=bytes(body),
            fetched_at=datetime.now(UTC),
            address=str(address[0]) if address else None,
        )

    def _robots_file(self, robots_url: str) -> RobotsFile:
        """robots.txt, following redirects like any page (a private address is refused)."""
        current, hops = robots_url, 0
        try:
            while True:
                _check_scheme(current)
                fetched = self._one_hop(robots_url, current, {}, _ROBOTS_MAX_BYTES)
                location = fetched.header("Location")
                if fetched.status not in _REDIRECTS or not location or hops >= 5:
                    break
                current, hops = urljoin(current, location.strip()), hops + 1
            text = fetched.payload(_ROBOTS_MAX_BYTES).decode("utf-8", errors="replace")
        except FetchRefused:
            raise
        except FetchError:
            return RobotsFile(None, "")
        return RobotsFile(fetched.status, text)


def _check_scheme(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(url, "only http and https addresses are fetched")


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _said(error: httpx2.HTTPError) -> str:
    name = type(error).__name__
    return f"{name}: {error}" if str(error) else name


def _too_large(size: int, max_bytes: int) -> str:
    return f"{size:,} bytes is over the limit of {max_bytes:,} (GEONEWS_MAX_ITEM_BYTES)"
