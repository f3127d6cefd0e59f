"""Render the development set's text dumps from real saved pages.

Run: python -m bench.make_dumps   (writes bench/dumps/, which git ignores)

Each page of article_extraction_benchmark and newspaper_fixtures is rendered twice with
../shared/tools/render_dump.py: `from_title/` (the dump starts at the headline, as the seed does)
and `whole/` (the page's whole visible text). The header names the outlet by the page's
og:site_name, else its registrable domain. `manifest.jsonl` lists what was made and with what
header. Output depends only on the input files, so every run makes the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from bench.dump_pages import (
    DUMPS_DIR,
    MODES,
    RENDER_DUMP,
    Page,
    corpora_present,
    list_pages,
    page_html,
    registrable_domain,
)
from bench.page_meta import read_meta

MANIFEST = DUMPS_DIR / "manifest.jsonl"
# A page without a stated day is captured on a fixed day just after its corpus was gathered
# (newspaper's fixtures are from 2013-2015, the benchmark's pages from 2019-2020), so that
# year-less dates on the page resolve to the page's era, as a capture at the time would have.
_FALLBACK_CAPTURE = {
    "newspaper_fixtures": date(2015, 3, 2),
    "article_extraction_benchmark": date(2020, 3, 2),
}


@dataclass(frozen=True)
class DumpHeader:
    """What a page's dumps were made with, and the facts the gold and the report need."""

    id: str
    corpus: str
    site: str
    domain: str | None
    url: str | None
    capture_date: str
    stated_day: str | None
    stated_day_source: str | None


def header_for(page: Page) -> DumpHeader:
    """Outlet and capture date for a page's dump header."""
    meta = read_meta(page_html(page))
    url = page.url if page.corpus == "article_extraction_benchmark" else meta.canonical_url
    url = url or page.url
    domain = registrable_domain(url)
    day = meta.published_day
    return DumpHeader(
        id=page.id,
        corpus=page.corpus,
        site=_outlet_name(meta.site_name, domain),
        domain=domain,
        url=url,
        capture_date=capture_day(page, day).isoformat(),
        stated_day=day.isoformat() if day else None,
        stated_day_source=meta.published_source,
    )


def _outlet_name(site_name: str | None, domain: str | None) -> str:
    """og:site_name unless it is missing or only an address; then the domain."""
    if site_name and not site_name.lower().startswith(("http", "www.")):
        return site_name
    return domain or "Unknown Outlet"


def capture_day(page: Page, published: date | None) -> date:
    """A realistic capture: the publication day plus 0-3 days, fixed by a hash of the page id.

    Real dumps are saved soon after publication; a spread of 0-3 days exercises the reading of
    'yesterday'-style and year-less dates without any randomness between runs."""
    if published is None:
        return _FALLBACK_CAPTURE[page.corpus]
    lag = hashlib.sha256(page.id.encode()).digest()[0] % 4
    return published + timedelta(days=lag)


def render(page: Page, header: DumpHeader, mode: str) -> str:
    """One dump, as render_dump.py prints it."""
    command = [
        sys.executable,
        str(RENDER_DUMP),
        str(page.path),
        "--outlet",
        header.site,
        "--capture-date",
        header.capture_date,
    ]
    if mode == "from_title":
        command.append("--from-title")
    done = subprocess.run(command, capture_output=True, text=True, check=True, encoding="utf-8")
    return done.stdout


def make_page(page: Page) -> DumpHeader:
    """Write both dumps of one page."""
    header = header_for(page)
    for mode in MODES:
        target = page.dump_path(mode)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render(page, header, mode), encoding="utf-8")
    return header


def make_all() -> list[DumpHeader]:
    """Render every page and write the manifest; returns the headers in page order."""
    pages = list_pages()
    with ThreadPoolExecutor(max_workers=4) as pool:
        headers = list(pool.map(make_page, pages))
    MANIFEST.write_text(
        "".join(json.dumps(asdict(h), ensure_ascii=False) + "\n" for h in headers),
        encoding="utf-8",
    )
    return headers


def read_manifest() -> list[DumpHeader]:
    """The headers of the dumps on disk, making the dumps first when they are missing."""
    if not MANIFEST.exists():
        make_all()
    lines = MANIFEST.read_text(encoding="utf-8").splitlines()
    return [DumpHeader(**json.loads(line)) for line in lines if line.strip()]


def main() -> None:
    if not corpora_present():
        print("../shared/corpora (or ../shared/tools/render_dump.py) is missing: no dumps made")
        return
    headers = make_all()
    domains = {h.domain or h.site for h in headers}
    print(f"{len(headers)} pages x {len(MODES)} modes -> {DUMPS_DIR}; {len(domains)} domains")


if __name__ == "__main__":
    main()
