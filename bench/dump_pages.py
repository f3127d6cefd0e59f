"""The pages behind the text-dump development set: where they are, their gold bodies, their dumps.

Only two corpora feed the set: article_extraction_benchmark (gold articleBody per page) and
newspaper_fixtures (expected text per page). Other corpora in ../shared/corpora are held out.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from urllib.parse import urlparse

from tld import get_fld

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPORA = SHARED / "corpora"
RENDER_DUMP = SHARED / "tools" / "render_dump.py"
AEB = CORPORA / "article_extraction_benchmark"
NEWSPAPER = CORPORA / "newspaper_fixtures"
DUMPS_DIR = Path(__file__).resolve().parent / "dumps"
GOLD_PATH = Path(__file__).resolve().parent / "dumps_gold.jsonl"
MODES = ("from_title", "whole")

# newspaper_fixtures names a few expected texts differently from their pages.
_NEWSPAPER_TEXT_NAMES = {"cnn_article": "cnn"}
_DOMAIN_FILE = re.compile(r"^(?P<domain>.+\.[a-z]{2,})(?P<n>\d+)$")


@dataclass(frozen=True)
class Page:
    """One saved page of the set, with the body text its corpus gives as gold (if any)."""

    id: str
    corpus: str
    path: Path
    url: str | None
    gold_body: str | None

    def dump_path(self, mode: str) -> Path:
        """Where the page's dump in that mode is written."""
        return DUMPS_DIR / mode / f"{self.id}.txt"


def corpora_present() -> bool:
    """True when both source corpora and the renderer are on disk."""
    return AEB.is_dir() and NEWSPAPER.is_dir() and RENDER_DUMP.is_file()


def list_pages() -> list[Page]:
    """Every page of both corpora, in a stable order."""
    return _benchmark_pages() + _newspaper_pages()


def _benchmark_pages() -> list[Page]:
    gold = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page(
            id=f"aeb/{key[:16]}",
            corpus="article_extraction_benchmark",
            path=AEB / "html" / f"{key}.html.gz",
            url=item["url"],
            gold_body=item["articleBody"],
        )
        for key, item in sorted(gold.items())
    ]


def _newspaper_pages() -> list[Page]:
    urls = (NEWSPAPER / "fulltext_url_list.txt").read_text(encoding="utf-8").split()
    pages = []
    for path in sorted((NEWSPAPER / "html").glob("*.html")):
        stem = path.stem
        text_name = _NEWSPAPER_TEXT_NAMES.get(stem, stem.removesuffix("_article"))
        text_path = NEWSPAPER / "text" / f"{text_name}.txt"
        body = text_path.read_text(encoding="utf-8") if text_path.exists() else None
        url = _url_of(stem, urls)
        pages.append(Page(f"newspaper/{stem}", "newspaper_fixtures", path, url, body))
    return pages


def _url_of(stem: str, urls: list[str]) -> str | None:
    """The n-th listed URL of the file's domain (files are named <domain><n>)."""
    match = _DOMAIN_FILE.match(stem)
    if match is None:
        return None
    domain, n = match["domain"], int(match["n"])
    hits = [u for u in urls if (urlparse(u).hostname or "").endswith(domain)]
    return hits[n - 1] if len(hits) >= n else f"http://www.{domain}/"


def registrable_domain(url: str | None) -> str | None:
    """The registrable domain of a URL (news.bbc.co.uk -> bbc.co.uk), or None."""
    if not url:
        return None
    found = get_fld(url, fail_silently=True)
    return str(found) if found else None


@cache
def render_tool() -> ModuleType:
    """../shared/tools/render_dump.py, imported by path (it is not part of this repository)."""
    spec = importlib.util.spec_from_file_location("render_dump", RENDER_DUMP)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_html(page: Page) -> str:
    """The page's markup as text (gunzipped, decoded the way the renderer decodes it)."""
    raw = page.path.read_bytes()
    if page.path.suffix == ".gz":
        raw = gzip.decompress(raw)
    decoded: str = render_tool().decode(raw)
    return decoded
