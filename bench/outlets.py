"""Simulated news outlets for bench/load_follow.py: one HTTP server per outlet, each on an
address of its own in 127.0.0.0/8 (Linux routes all of it to loopback), so that the follower's
politeness treats them as distinct hosts, as it would real outlets.

Each outlet serves an RSS feed of its newest items, their article pages and a robots.txt. The
outlets publish together at `rate` articles a second, taken in turn; when they open, each has
already published `backlog_s` seconds' worth (a follower added to a running server finds a
feed's recent items first). Every page carries a marker word of its own, found nowhere else,
so the bench can tell when that article becomes searchable.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench.corpus import articles

FEED_ITEMS = 50  # Items a feed lists, the newest first (real feeds list 20 to 100).
MARKER = "followmark"
SEED = 20261130  # Not the archive's seed: these texts are new to it.
AUTHORS = ["Maria Keller", "Tomasz Nowak", "Aisha Bello", "Kenji Sato", "Laura Costa"]


@dataclass(frozen=True)
class Story:
    """One article an outlet publishes: its page's parts."""

    number: int
    title: str
    paragraphs: list[str]
    outlet: str
    author: str

    @property
    def marker(self) -> str:
        return f"{MARKER}{self.number}"


def stories(count: int) -> list[Story]:
    """`count` articles of the bench corpus (real sentences recombined), each with its marker."""
    rng = random.Random(SEED)
    made = []
    for number, article in enumerate(articles(count, seed=SEED)):
        paragraphs = str(article["body"]).split("\n\n")
        where = rng.randrange(len(paragraphs))
        marker = f"{MARKER}{number}"
        paragraphs[where] += f" The reference of this report is {marker}."
        title, outlet = str(article["title"]), str(article["source"])
        made.append(Story(number, title, paragraphs, outlet, rng.choice(AUTHORS)))
    return made


class Outlets:
    """`hosts` outlets publishing `stories` at `rate` a second from open(); close() when done."""

    def __init__(self, hosts: int, stories: list[Story], rate: float, backlog_s: float) -> None:
        self.stories, self.rate, self.backlog_s = stories, rate, backlog_s
        self.hosts = hosts
        self.opened_at: float | None = None  # time.time() of open(); nothing published before.
        self._servers = [_server(self, host) for host in range(hosts)]
        self._threads = [threading.Thread(target=s.serve_forever) for s in self._servers]
        for thread in self._threads:
            thread.start()

    def feed_urls(self) -> list[str]:
        return [f"{_base(server)}/world/rss.xml" for server in self._servers]

    def open(self) -> None:
        """Publishing starts (with the backlog already out)."""
        self.opened_at = time.time()

    def published(self, host: int) -> list[Story]:
        """The host's stories out by now, the newest first."""
        if self.opened_at is None:
            return []
        out = int((time.time() - self.opened_at + self.backlog_s) * self.rate)
        numbers = range(host, min(out, len(self.stories)), self.hosts)
        return [self.stories[n] for n in reversed(numbers)]

    def published_at(self, story: Story) -> datetime:
        assert self.opened_at is not None
        seconds = self.opened_at - self.backlog_s + story.number / self.rate
        return datetime.fromtimestamp(seconds, UTC)

    def close(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join()


class _OutletServer(ThreadingHTTPServer):
    daemon_threads = True
    outlets: Outlets
    host_number: int


def _server(outlets: Outlets, host: int) -> _OutletServer:
    server = _OutletServer((f"127.0.0.{2 + host}", 0), _Handler)
    server.outlets, server.host_number = outlets, host
    return server


def _base(server: ThreadingHTTPServer) -> str:
    address, port = server.server_address[:2]
    return f"http://{address!s}:{port}"


class _Handler(BaseHTTPRequestHandler):
    server: _OutletServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        outlets, host = self.server.outlets, self.server.host_number
        if self.path == "/robots.txt":
            self._send("text/plain", b"User-agent: *\nDisallow: /account/\n")
        elif self.path == "/world/rss.xml":
            feed = _feed(outlets, host, _base(self.server))
            self._send("application/rss+xml; charset=utf-8", feed.encode())
        elif (story := _story_at(outlets, host, self.path)) is not None:
            page = _page(story, outlets.published_at(story), _base(self.server) + self.path)
            self._send("text/html; charset=utf-8", page.encode())
        else:
            self.send_error(404)

    def _send(self, content_type: str, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: a line per request would be thousands."""


def _story_at(outlets: Outlets, host: int, path: str) -> Story | None:
    name = Path(path).stem.removeprefix(MARKER)
    if not path.startswith("/world/") or not name.isdigit():
        return None
    number = int(name)  # Pages stay up once published, as outlets' pages do.
    published = {story.number for story in outlets.published(host)}
    return outlets.stories[number] if number in published else None


def _url(base: str, story: Story) -> str:
    return f"{base}/world/{story.marker}.html"


def _feed(outlets: Outlets, host: int, base: str) -> str:
    items = []
    for story in outlets.published(host)[:FEED_ITEMS]:
        url = _url(base, story)
        items.append(
            f"<item><title>{escape(story.title)}</title><link>{url}</link>"
            f'<guid isPermaLink="true">{url}</guid>'
            f"<pubDate>{format_datetime(outlets.published_at(story))}</pubDate>"
            f"<description>{escape(story.paragraphs[0])}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Outlet {host}: World</title><link>{base}/</link>"
        f"<description>World news</description>{''.join(items)}</channel></rss>"
    )


def _page(story: Story, published: datetime, url: str) -> str:
    when = published.isoformat(timespec="seconds")
    shown = published.strftime("%d %B %Y, %H:%M UTC")
    text = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in story.paragraphs)
    title, outlet = escape(story.title), escape(story.outlet)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}'
        f'</title><link rel="canonical" href="{url}"><meta property="og:title" content="{title}">'
        f'<meta property="og:site_name" content="{outlet}">'
        f'<meta property="article:published_time" content="{when}"></head><body>'
        '<header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/business/">'
        'Business</a> <a href="/sport/">Sport</a></nav></header><main><article>'
        f'<h1>{title}</h1><p class="byline">By {escape(story.author)}</p>'
        f'<time datetime="{when}">{shown}</time>{text}</article>'
        '<aside><h2>Most read</h2><ul><li><a href="/world/">More world news</a></li></ul></aside>'
        f"</main><footer>&copy; {outlet}. <a href='/account/'>Subscribe</a></footer></body></html>"
    )
