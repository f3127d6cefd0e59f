"""Render the non-English text-dump set (bench/intl_dumps/) from saved news pages.

Run: python -m bench.make_intl_dumps   (writes bench/intl_dumps/{whole,from_title}/ and manifest)

The pages are other extractors' saved test pages (trafilatura, newspaper4k, Postlight Parser,
GoOse), none from the corpora kept aside for judging; SOURCES.md names each one. Their markup
lives in bench/intl_dumps/cache/ (git ignores it: pages are the publishers' copyright); the
dumps made from it are committed, so the evaluation runs without the cache. Each page is rendered
the way bench.make_dumps renders the development set, with its header and capture-day rules.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlparse

from bench.dump_pages import MODES, RENDER_DUMP, Page, registrable_domain, render_tool
from bench.make_dumps import DumpHeader, _outlet_name, capture_day, render
from bench.page_meta import read_meta

INTL_DIR = Path(__file__).resolve().parent / "intl_dumps"
CACHE_DIR = INTL_DIR / "cache"
INTL_GOLD_PATH = Path(__file__).resolve().parent / "intl_dumps_gold.jsonl"
MANIFEST = INTL_DIR / "manifest.jsonl"
CORPUS = "intl_test_pages"


@dataclass(frozen=True)
class IntlPage:
    """One saved page: its cache file, language, and the day it was saved when its markup
    states no publication day a reader could use (the capture then falls on that day); `url` is
    the address the fixture's own test gives, for markup that states none (as bench.make_dumps
    falls back on the corpus's address), or the og:url a canonical path is resolved against."""

    id: str
    cache_file: str
    language: str
    saved: date
    url: str | None = None


# Saved days: from the fixture's own timestamp or the newest item the page lists.
PAGES = (
    IntlPage("infobae_terremoto", "infobae.html", "es", date(2026, 8, 25)),
    IntlPage("eluniverso_repatriar", "eluniverso.html", "es", date(2026, 8, 25)),
    IntlPage("lemonde_perspectives", "lemonde.html", "fr", date(2019, 5, 7)),
    IntlPage("chinadaily_experts", "chinadaily.html", "zh", date(2023, 11, 17)),
    IntlPage("vnexpress_khanhly", "vnexpress.html", "vi", date(2015, 10, 13)),
    IntlPage("rnz_witzel", "rnz.html", "de", date(2019, 5, 7)),
    IntlPage("sueddeutsche_flixbus", "sueddeutsche.html", "de", date(2019, 6, 19)),
    IntlPage("afpbb_nigeria", "afpbb.html", "ja", date(2018, 6, 19)),
    IntlPage("prachatai_dna", "prachatai.html", "th", date(2019, 1, 22)),
    IntlPage("yomiuri_barcelona", "yomiuri.html", "ja", date(2019, 4, 11)),
    IntlPage(
        "xinhua_drugs",
        "xinhua.html",
        "zh",
        date(2023, 11, 17),
        "http://www.news.cn/fortune/2023-11/17/c_1129981476.htm",
    ),
    IntlPage(
        "ultimahora_infanta",
        "ultimahora.html",
        "es",
        date(2014, 1, 9),
        "http://ultimahora.es/mallorca/noticia/noticias/local/fiscalia-anticorrupcion-estudia-recurre-imputacion-infanta.html",
    ),
    IntlPage(
        "radiocanada_kpmg",
        "radiocanada.html",
        "fr",
        date(2017, 3, 13),
        "http://ici.radio-canada.ca/nouvelle/1022038/kpmg-comptables-fiscalite-impots-paradis-fiscaux-juge-bocock-cocktail",
    ),
    IntlPage("nikkei_hotline", "nikkei.html", "ja", date(2018, 6, 20)),
    IntlPage("computerbase_htc", "computerbase.html", "de", date(2019, 6, 21)),
    IntlPage("futurezone_lyft", "futurezone.html", "de", date(2019, 5, 8)),
    IntlPage("revolutionpermanente_bernanos", "revolutionpermanente.html", "fr", date(2020, 1, 7)),
    IntlPage(
        "heise_lithium",
        "heise.html",
        "de",
        date(2019, 8, 21),
        "https://www.heise.de/newsticker/meldung/Lithium-aus-dem-Schredder-4451133.html",
    ),
    IntlPage("franceculture_parole", "franceculture.html", "fr", date(2020, 1, 14)),
    IntlPage("spiegel_albtraum", "spiegel.html", "de", date(2019, 12, 15)),
)


def header_for(page: IntlPage) -> DumpHeader:
    """Outlet and capture day, by bench.make_dumps's rules (the saved day stands in for the
    corpus-wide fallback day there)."""
    path = CACHE_DIR / page.cache_file
    markup: str = render_tool().decode(path.read_bytes())
    meta = read_meta(markup)
    url = meta.canonical_url or page.url
    if page.url and url and not urlparse(url).netloc:
        # A canonical link written as a path: resolved against the page's full address.
        url = urljoin(page.url, url)
    domain = registrable_domain(url)
    day = meta.published_day
    as_page = Page(page.id, CORPUS, path, url, None)
    capture = capture_day(as_page, day) if day else page.saved
    return DumpHeader(
        id=page.id,
        corpus=CORPUS,
        site=_outlet_name(meta.site_name, domain),
        domain=domain,
        url=url,
        capture_date=capture.isoformat(),
        stated_day=day.isoformat() if day else None,
        stated_day_source=meta.published_source,
    )


def committed_headers() -> dict[str, DumpHeader]:
    """The manifest rows already committed, by page id."""
    if not MANIFEST.is_file():
        return {}
    rows = [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line]
    return {row["id"]: DumpHeader(**row) for row in rows}


def make_all() -> list[DumpHeader]:
    """Render every cached page in both modes and write the manifest. A page whose markup is
    not in this checkout's cache keeps its committed dumps and manifest row, so a page can be
    added without the markup of every earlier one (the cache is not in git)."""
    headers = []
    committed = committed_headers()
    for page in PAGES:
        path = CACHE_DIR / page.cache_file
        if not path.is_file():
            headers.append(committed[page.id])
            continue
        header = header_for(page)
        as_page = Page(page.id, CORPUS, path, header.url, None)
        for mode in MODES:
            target = INTL_DIR / mode / f"{page.id}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(render(as_page, header, mode), encoding="utf-8")
        headers.append(header)
    MANIFEST.write_text(
        "".join(json.dumps(asdict(h), ensure_ascii=False) + "\n" for h in headers),
        encoding="utf-8",
    )
    return headers


def main() -> None:
    committed = committed_headers()
    missing = [p for p in PAGES if not (CACHE_DIR / p.cache_file).is_file()]
    unrenderable = [p.cache_file for p in missing if p.id not in committed]
    if unrenderable or not RENDER_DUMP.is_file():
        sys.exit(f"no markup in {CACHE_DIR} (see SOURCES.md) or no renderer: {unrenderable}")
    headers = make_all()
    kept = f" ({len(missing)} kept as committed: no markup in the cache)" if missing else ""
    print(f"{len(headers)} pages x {len(MODES)} modes -> {INTL_DIR}{kept}")


if __name__ == "__main__":
    main()
