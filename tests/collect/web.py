"""A web site on 127.0.0.1 that the tests control: pages by path, and every request it saw."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench.corpus import articles


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


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up (a follower killed mid-request) is no error of the site."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serving(site: Site) -> Iterator[Site]:
    """The site served on a free loopback port for the block's length."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            site.answer(self)

        def log_message(self, *_args: object) -> None:
            pass

    server = _QuietServer(("127.0.0.1", 0), Handler)
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
        f"<item><title>{escape(name)}</title><link>{site.url(path)}</link>"
        f"<guid>{site.url(path)}</guid><description>{escape(summary)}</description></item>"
        for path, name, summary in items
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>{site.url('/')}</link>{entries}</channel></rss>"
    ).encode()


def news_page(title: str, body: str, outlet: str = "Test Outlet") -> bytes:
    """An article page as outlets publish them: a title, the outlet's name, paragraphs."""
    paragraphs = "".join(f"<p>{escape(part)}</p>" for part in body.split("\n\n") if part)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f'</title><meta property="og:site_name" content="{escape(outlet)}"></head><body>'
        f"<article><h1>{escape(title)}</h1>{paragraphs}</article></body></html>"
    ).encode()


def generated_news(site: Site, count: int, seed: int) -> list[str]:
    """`count` generated article pages served under /news/N; returns their paths."""
    paths = []
    for number, article in enumerate(articles(count, seed=seed)):
        path = f"/news/{number}"
        site.pages[path] = Page(news_page(article["title"], article["body"]))
        paths.append(path)
    return paths
