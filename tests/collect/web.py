"""A web site on 127.0.0.1 that the tests control: pages by path, and every request it saw."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    """What the site answers at one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # Answers 304 to a request that names it.
    delay_s: float = 0.0


@dataclass(frozen=True)
class Seen:
    """A request the site received."""

    path: str
    headers: dict[str, str]


class Site:
    """The site's pages (change them at will) and the requests it has answered."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.seen: list[Seen] = []
        self.port = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def hits(self, path: str) -> int:
        """How many requests asked for `path`."""
        return sum(1 for seen in self.seen if seen.path == path)

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        self.seen.append(Seen(handler.path, {k.lower(): v for k, v in handler.headers.items()}))
        page = self.pages.get(handler.path)
        if page is None:
            handler.send_response(404)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        time.sleep(page.delay_s)
        if page.etag and handler.headers.get("If-None-Match") == page.etag:
            handler.send_response(304)
            handler.send_header("ETag", page.etag)
            handler.end_headers()
            return
        handler.send_response(page.status)
        handler.send_header("Content-Type", page.content_type)
        handler.send_header("Content-Length", str(len(page.body)))
        if page.etag:
            handler.send_header("ETag", page.etag)
        for name, value in page.headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(page.body)


@contextmanager
def serving(site: Site) -> Iterator[Site]:
    """The site served on a free loopback port for the block's length."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            site.answer(self)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def rss(site: Site, items: list[tuple[str, str, str]], title: str = "Test Outlet") -> bytes:
    """An RSS feed of (path, title, summary) items linking to the site's pages."""
    entries = "".join(
        f"<item><title>{name}</title><link>{site.url(path)}</link><guid>{site.url(path)}</guid>"
        f"<description>{summary}</description></item>"
        for path, name, summary in items
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>{site.url('/')}</link>{entries}</channel></rss>"
    ).encode()
