"""What a saved page says of itself in markup: headline, outlet, canonical URL, publication day."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from dateutil import parser as dateutil_parser
from lxml import html as lxml_html

_WS = re.compile(r"\s+")
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# Meta tags that state the publication moment, most specific first.
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "publish-date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "original-publish-date",
    "ptime",
)


@dataclass(frozen=True)
class PageMeta:
    """The fields a page states in markup; None where it states nothing."""

    headline_og: str | None
    headlines_h1: list[str]
    site_name: str | None
    canonical_url: str | None
    published_day: date | None
    published_source: str | None


def read_meta(markup: str) -> PageMeta:
    """Parse the page's own statements about itself."""
    doc = lxml_html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", markup))
    day, source = published_day(doc)
    return PageMeta(
        headline_og=_first(doc.xpath('//meta[@property="og:title"]/@content')),
        headlines_h1=[clean(h.text_content()) for h in doc.xpath("//h1")[:3]],
        site_name=_first(doc.xpath('//meta[@property="og:site_name"]/@content')),
        canonical_url=_first(
            doc.xpath('//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content')
        ),
        published_day=day,
        published_source=source,
    )


def clean(text: str) -> str:
    """Whitespace collapsed, no-break spaces as spaces."""
    return _WS.sub(" ", text.replace("\xa0", " ")).strip()


def _first(values: list[str]) -> str | None:
    for value in values:
        if value and clean(value):
            return clean(value)
    return None


def published_day(doc: lxml_html.HtmlElement) -> tuple[date | None, str | None]:
    """The publication day the page states: JSON-LD, then meta tags, then microdata/<time>."""
    for source, value in _published_statements(doc):
        day = to_day(value)
        if day is not None:
            return day, source
    return None, None


def _published_statements(doc: lxml_html.HtmlElement) -> Iterator[tuple[str, str]]:
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        for value in _json_ld_dates(script.text_content()):
            yield "json-ld datePublished", value
    metas = {}
    for meta in doc.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        metas.setdefault(key, meta.get("content"))
    for key in _PUBLISHED_META:
        if metas.get(key):
            yield f"meta {key}", metas[key]
    for el in doc.xpath('//*[@itemprop="datePublished"]'):
        yield "itemprop datePublished", el.get("datetime") or el.get("content") or el.text_content()
    for el in doc.xpath("//time[@datetime]")[:1]:
        yield "first <time datetime>", el.get("datetime")


def _json_ld_dates(text: str) -> Iterator[str]:
    try:
        data = json.loads(text)
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                yield item["datePublished"]
            stack.extend(v for v in item.values() if isinstance(v, list | dict))


def to_day(value: str | None) -> date | None:
    """The calendar day written in a stated timestamp (its own local day, not UTC's)."""
    if not value or not value.strip():
        return None
    iso = _ISO_DAY.match(value)
    try:
        if iso:
            day = date(int(iso[1]), int(iso[2]), int(iso[3]))
        elif value.strip().isdigit():
            return None  # epoch seconds and the like: not a day a reader sees
        else:
            day = dateutil_parser.parse(value, fuzzy=False, ignoretz=True).date()
    except (ValueError, OverflowError):
        return None
    # Placeholders (0001-01-01) and misread two-digit years are no statement.
    return day if 1995 <= day.year <= 2021 else None
