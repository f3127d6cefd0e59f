"""Publication dates of HTML pages: structured metadata first, then htmldate on the markup.

Metadata (JSON-LD, <meta>, <time>) keeps the stated time and offset. htmldate answers to the
day, never after the capture date: first from the markup alone, then from dates printed in the
page's text; the evidence says which.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import lxml.html
from htmldate import find_date

from app.drafts import Evidence
from app.extract.month_names import MONTH_NUMBERS
from app.extract.printed_dates import parse_date
from app.extract.utc_stamps import local_day
from app.moments import Moment

_META_NAMES = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
)


def publication_date(
    html: str, url: str | None = None, captured: Moment | None = None, tree: Any = None
) -> tuple[Moment, Evidence] | None:
    """The page's publication date and where it was found, or None (`tree`: the page as
    lxml.html.fromstring parses it, when the caller has it already)."""
    if tree is None:
        try:
            tree = lxml.html.fromstring(html)
        except (ValueError, lxml.etree.ParserError):
            return None
    for place, text in _stated_dates(tree):
        moment = parse_date(text)
        if moment is not None:
            return local_day(moment, Evidence(place, text), url, html)
    return _htmldate(tree, url, captured, extensive=False) or _htmldate(
        tree, url, captured, extensive=True
    )


def _stated_dates(tree: Any) -> Iterator[tuple[str, str]]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        for value in _json_ld_dates(script.text_content()):
            yield "JSON-LD datePublished", value
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_NAMES:
            yield f"<meta {key}>", meta.get("content")
    for time_tag in tree.xpath('//time[@datetime][@itemprop="datePublished" or @pubdate]'):
        yield "<time datetime>", time_tag.get("datetime")


def _json_ld_dates(text: str) -> Iterator[str]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # Broken or absurdly nested JSON-LD: no dates there.
        return
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            value = node.get("datePublished")
            if isinstance(value, str):
                yield value
            stack.extend(v for v in node.values() if isinstance(v, list | dict))


def _htmldate(
    tree: Any, url: str | None, captured: Moment | None, extensive: bool
) -> tuple[Moment, Evidence] | None:
    latest = captured.utc.date() if captured else datetime.now(UTC).date()
    found = find_date(
        tree,
        url=url,
        original_date=True,
        extensive_search=extensive,
        outputformat="%Y-%m-%d",
        max_date=latest.isoformat(),
    )
    if not found or (found.endswith("-01-01") and not _writes_new_years_day(tree, found[:4])):
        return None
    day = datetime.strptime(found, "%Y-%m-%d")  # noqa: DTZ007 (a day, no time to zone)
    place = "page text (htmldate)" if extensive else "page markup (htmldate)"
    return Moment.day(day), Evidence(place, found)


def _writes_new_years_day(tree: Any, year: str) -> bool:
    """Whether the page writes 1 January of `year` as a day. htmldate answers the 1st of
    January for a year it found alone, a copyright year among them ('© 2016'); that is not
    a day the page was published, so such an answer is kept only where the day is written."""
    text = " ".join(tree.xpath("//text()[not(ancestor::script or ancestor::style)]"))
    if f"{year}-01-01" in text or re.search(rf"\b0?1(?P<sep>[./])0?1(?P=sep){year}\b", text):
        return True
    names = "|".join(name for name, number in MONTH_NUMBERS.items() if number == 1)
    return bool(re.search(rf"\b(?:(?:{names})\.? 0?1\b|0?1\.? (?:{names})\b)", text, re.I))
