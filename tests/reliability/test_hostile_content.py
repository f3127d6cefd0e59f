"""Hostile content (issue 7, promise 4): XSS payloads in every field, through every ingest path,
rendered in Chromium. No script runs, no dialog opens, no javascript: link, CSP holds."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.settings import Settings
from tests.processes import start_server

pytestmark = [pytest.mark.e2e, pytest.mark.reliability]

_VECTORS = [
    "<script>alert({n})</script>",
    "<img src=x onerror=alert({n})>",
    "<svg onload=alert({n})>",
    '"><script>alert({n})</script>',
    "'><img src=x onerror=alert({n})>",
    "<iframe src=javascript:alert({n})>",
    "<body onload=alert({n})>",
    '<a href="javascript:alert({n})">x</a>',
    "javascript:alert({n})",
    "JaVaScRiPt:alert({n})",
    "<details open ontoggle=alert({n})>",
    "<math><mtext><script>alert({n})</script>",
    "&lt;script&gt;alert({n})&lt;/script&gt;",
    "<style>*{{background:url(javascript:alert({n}))}}</style>",
    "<input autofocus onfocus=alert({n})>",
    "</title><script>alert({n})</script>",
    "<marquee onstart=alert({n})>",
    "<object data=javascript:alert({n})>",
    "{{{{7*7}}}}<script>alert({n})</script>",
    "<scr<script>ipt>alert({n})</script>",
]
PAYLOADS = [vector.format(n=n) for n in range(11) for vector in _VECTORS]  # 220 payloads
# `make test` opens every third article page (3 is prime to the 20 vectors, so each vector is
# still seen through the JSON lines and through the feed); `make reliability` opens them all.
ARTICLE_STRIDE = int(os.environ.get("GEONEWS_HOSTILE_STRIDE", "3"))


def _jsonl(folder: Path) -> Path:
    path = folder / "hostile.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(
                {
                    "title": f"Hostile {n} {payload}",
                    "body": f"Body {payload} in Ukraine.\n\n{payload}",
                    "byline": payload,
                    "url": payload if n % 3 == 0 else f"https://x.example/{n}",
                    "source": payload if n % 2 else "Hostile Outlet",
                    "published_at": "2023-08-06",
                }
            )
            for n, payload in enumerate(PAYLOADS)
        )
    )
    return path


def _feed(folder: Path) -> Path:
    items = "".join(
        f"<item><title>Feed {n} {_xml(p)}</title><link>{_xml(p)}</link>"
        f"<description>{_xml(p)}</description><author>{_xml(p)}</author></item>"
        for n, p in enumerate(PAYLOADS[:60])
    )
    path = folder / "hostile.rss"
    path.write_text(
        f'<rss version="2.0"><channel><title>{_xml(PAYLOADS[1])}</title>{items}</channel></rss>'
    )
    return path


def _html(folder: Path) -> Path:
    payload = PAYLOADS[1]  # Inline; a raw <iframe> would swallow the page as text.
    path = folder / "hostile.html"
    path.write_text(f"""<html><head><title>Page {payload}</title>
        <meta property="og:site_name" content='{payload}'></head><body><article>
        <h1>Page {payload}</h1>{_PROSE}<p>{payload} {_SENTENCE * 4}</p>{_PROSE}
        </article></body></html>""")
    return path


def _dump(folder: Path) -> Path:
    path = folder / "hostile.txt"
    body = "\n\n".join([_SENTENCE * 3, f"{PAYLOADS[2]} {_SENTENCE * 2}", _SENTENCE * 3])
    path.write_text(
        f" date 2023-08-06 {PAYLOADS[7]} - News\nDump {PAYLOADS[0]}\n\nBy {PAYLOADS[3]}\n{body}\n"
    )
    return path


_SENTENCE = "Officials in Kyiv and Geneva said on Monday that the talks would go on next week. "
_PROSE = "".join(
    f"<p>On day {day} of the talks, delegates from {side} met mediators in Geneva and said that a"
    f" ceasefire along the front near Kyiv would be discussed again after {day + 2} days.</p>"
    for day, side in enumerate(["Ukraine", "Russia", "Turkey", "the United Nations"], 1)
)


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("hostile")
    data_dir = folder / "data"
    archive = open_archive(Settings(data_dir=data_dir))
    report = ingest_paths(archive, [str(p(folder)) for p in (_jsonl, _feed, _html, _dump)])
    assert report.failures == []
    # 220 JSON lines, 60 feed items (those whose link repeats a JSON line's URL update it), a
    # page and a dump.
    assert report.counts["new"] + report.counts["updated"] == 282
    archive.close()
    process, base = start_server(data_dir)
    yield base
    process.terminate()
    process.wait(timeout=10)


# The project's own scripts, as the pages link them.
_STATIC = Path(__file__).resolve().parents[2] / "static"
_OWN_SCRIPTS = [f"/static/{path.name}" for path in _STATIC.glob("*.js")]


def _visit(page: Any, url: str, incidents: list[str]) -> None:
    page.goto(url)
    links = page.eval_on_selector_all(
        "a[href], iframe[src], object[data]",
        "els => els.map(e => e.getAttribute('href') || e.getAttribute('src')"
        " || e.getAttribute('data'))",
    )
    scripted = [link for link in links if (link or "").strip().lower().startswith("javascript")]
    incidents += [f"{url}: link {link}" for link in scripted]
    scripts = page.eval_on_selector_all(
        "script, iframe, object, embed, svg, img[onerror], [onload], [onfocus], [ontoggle]",
        # Our own chart and map, and our own script files (nothing inline).
        "(els, own) => els.filter(e => !e.closest('figure.timeline, figure.world-map')"
        " && !(e.tagName === 'SCRIPT' && e.src && !e.textContent.trim()"
        " && new URL(e.src).origin === location.origin"
        " && own.includes(new URL(e.src).pathname))).length",
        _OWN_SCRIPTS,
    )
    if scripts:
        incidents.append(f"{url}: {scripts} injected elements")


def test_no_payload_runs_on_any_page(hostile_server: str, browser_page: Any) -> None:
    page = browser_page
    incidents: list[str] = []
    page.on(
        "dialog", lambda dialog: (incidents.append(f"dialog: {dialog.message}"), dialog.dismiss())
    )
    page.on(
        "console",
        lambda message: (
            incidents.append(f"console: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    base = hostile_server
    for url in [
        "/",
        "/search?q=hostile",
        "/search?q=feed",
        "/search?q=page",
        "/search?q=dump",
        "/search?q=hostile&copies=all&page=2",
        "/countries",
        "/sources",
        "/dates/2023/8",
        "/dates/2023/8/6",
        "/help",
        "/search?q=" + PAYLOADS[0],
        "/compare?q=hostile&q=" + PAYLOADS[0],
        "/countries/UA",
    ]:
        _visit(page, base + url, incidents)
    total = int(page.request.get(base + "/api/health").json()["articles"])
    # A fresh archive numbers articles 1..n in ingest order: the page and the dump come last.
    for article_id in range(1, total + 1):
        if (article_id - 1) % ARTICLE_STRIDE == 0 or article_id > total - 2:
            _visit(page, f"{base}/articles/{article_id}", incidents)
    assert incidents == []
