"""Security at the HTTP edge: headers on every response (no inline script, no framing, no
sniffing) and cross-site writes refused."""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]


class ResponseStartMiddleware:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware, and streaming-safe) that changes
    the head of every HTTP response in `on_start`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_changed(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                self.on_start(scope, message)
            await send(message)

        try:
            await self.app(scope, receive, send_changed)
        except Exception:
            answer = None if started else self.error_response(scope)
            if answer is not None:
                await answer(scope, receive, send_changed)
            raise

    def on_start(self, scope: Scope, message: Message) -> None:
        raise NotImplementedError

    def error_response(self, scope: Scope) -> Response | None:
        """What to answer when the app raised before its answer began (None: nothing here)."""
        return None


class SecurityHeadersMiddleware(ResponseStartMiddleware):
    """The security headers on every response, a server error's included: Starlette makes its
    error response outside every middleware, without them, so the error is answered here and
    then goes on to be logged."""

    def on_start(self, scope: Scope, message: Message) -> None:
        message["headers"] = [*message.get("headers", []), *_HEADERS]

    def error_response(self, scope: Scope) -> Response | None:
        return _server_error(scope)


def _server_error(scope: Scope) -> Response:
    """A 500 in the shape of the route's other errors: JSON for the API, else a short page."""
    if str(scope.get("path", "")).startswith("/api/"):
        return JSONResponse({"detail": "Internal server error."}, 500)
    page = "<!doctype html><title>Server error</title><p>Something went wrong on our side.</p>"
    return HTMLResponse(page, 500)


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class CrossSiteWriteMiddleware:
    """Refuses a write (POST and the like) that a browser sends from another site.

    The bearer token already guards writes; this also stops a page elsewhere from using a
    browser that holds one. Browsers say where a request comes from (Sec-Fetch-Site, Origin);
    scripts and the CLI send neither and pass.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        writes = scope["type"] == "http" and scope["method"] not in SAFE_METHODS
        if writes and is_cross_site(Headers(scope=scope)):
            refusal = JSONResponse({"detail": "Cross-site writes are refused."}, 403)
            await refusal(scope, receive, send)
            return
        await self.app(scope, receive, send)


def is_cross_site(headers: Headers) -> bool:
    """Whether a browser sent this request from a page of another site."""
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site not in ("same-origin", "none")
    origin = headers.get("origin")
    if origin is None:
        return False
    return origin == "null" or urlsplit(origin).netloc != headers.get("host", "")
