"""HTTP at the edge: HEAD answered like GET, caching said on every answer, redirects that stay
on this site, and absolute links from an address we trust (not from the Host header).

Pure ASGI middleware, like app/web/security.py: cheaper than BaseHTTPMiddleware, streaming-safe.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.settings import Settings
from app.web.security import ResponseStartMiddleware

# Static files are not versioned by name, so a day, not a year: a new release shows by tomorrow.
STATIC_CACHE = "public, max-age=86400"
# Pages and the API change with every ingest: a cache must ask again (it may keep a copy).
PAGE_CACHE = "no-cache"


class HeadAsGetMiddleware:
    """Answers HEAD as GET without the body (FastAPI's GET routes refuse HEAD with 405)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "HEAD":
            await self.app({**scope, "method": "GET"}, receive, _HeadOnly(send))
        else:
            await self.app(scope, receive, send)


class _HeadOnly:
    """Sends a response's head, and in place of its body one empty body message."""

    def __init__(self, send: Send) -> None:
        self.send, self.body_sent = send, False

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.body":
            if self.body_sent:
                return
            self.body_sent = True
            message = {"type": "http.response.body", "body": b"", "more_body": False}
        await self.send(message)


class CacheControlMiddleware(ResponseStartMiddleware):
    """Adds Cache-Control to answers that do not set one, and keeps redirects on this site."""

    def on_start(self, scope: Scope, message: Message) -> None:
        policy = STATIC_CACHE if scope["path"].startswith("/static/") else PAGE_CACHE
        headers = MutableHeaders(scope=message)
        headers.setdefault("cache-control", policy)
        if "location" in headers:
            headers["location"] = relative_location(headers["location"])


class ApiCorsMiddleware(ResponseStartMiddleware):
    """Lets pages of the configured sites read the API's GET answers (CORS). Only simple reads:
    no credentials and no preflight, so a write never gains a cross-site path."""

    def __init__(self, app: ASGIApp, origins: list[str]) -> None:
        super().__init__(app)
        self.origins = frozenset(origins)

    def on_start(self, scope: Scope, message: Message) -> None:
        if scope["method"] not in ("GET", "HEAD") or not scope["path"].startswith("/api/"):
            return
        origin = Headers(scope=scope).get("origin")
        headers = MutableHeaders(scope=message)
        headers.add_vary_header("Origin")
        if "*" in self.origins:
            headers["access-control-allow-origin"] = "*"
        elif origin in self.origins:
            headers["access-control-allow-origin"] = origin


def relative_location(location: str) -> str:
    """A redirect's address without scheme and host: Starlette builds them from the Host header,
    which anyone can set, so an absolute one could send a visitor to another site."""
    parts = urlsplit(location)
    if not parts.netloc:
        return location
    path = "/" + parts.path.lstrip("/")  # '//evil.example' would be another site again.
    return path + (f"?{parts.query}" if parts.query else "")


def public_base_url(request: Request, settings: Settings) -> str:
    """The address absolute links start with: GEONEWS_BASE_URL, else the request's own when
    its Host is one of GEONEWS_ALLOWED_HOSTS, else the address the server listens on."""
    if settings.base_url:
        return settings.base_url.rstrip("/")
    if settings.allowed_hosts:  # TrustedHostMiddleware has already refused any other Host.
        return str(request.base_url).rstrip("/")
    host, port = request.scope.get("server") or ("127.0.0.1", 80)
    return f"{request.url.scheme}://{_host_part(host)}:{port}"


def _host_part(host: str) -> str:
    return f"[{host}]" if ":" in host else host
