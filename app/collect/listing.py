"""What a feed or a news sitemap lists: one item per entry or <url>, keyed as its feed keys it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from app.extract.feed import entry_link_and_id
from app.extract.json_feed import is_json_feed, json_feed_items
from app.readers.detect import gunzip, is_gzip
from app.readers.feeds import feed_entries

_FEED_ROOTS = {"rss", "feed", "RDF"}
_SITEMAP_ROOTS = {"urlset", "sitemapindex"}
_SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"


class NotAListing(ValueError):
    """A document that is neither a feed nor a sitemap."""


@dataclass(frozen=True)
class ListedItem:
    """An article a feed lists: its key (the entry's id, else its link), its page, and the
    entry's XML (a JSON Feed item's JSON) to keep as a summary when the page cannot be fetched
    (None in a sitemap)."""

    key: str
    url: str
    entry: bytes | None = None


@dataclass(frozen=True)
class Listing:
    """A feed's or sitemap's items; a sitemap index lists other sitemaps instead."""

    kind: str  # 'feed' or 'sitemap'
    items: list[ListedItem]
    sitemaps: list[str]


def read_listing(content: bytes, max_items: int, max_bytes: int) -> Listing:
    """The items of a feed (RSS, Atom, JSON Feed) or a sitemap (urlset, or an index of
    sitemaps)."""
    if is_gzip(content):
        content = gunzip(content, max_bytes)
    if is_json_feed(content):
        return Listing("feed", _json_feed_items(content, max_items), [])
    root_name = _root_name(content)
    if root_name in _SITEMAP_ROOTS:
        return _sitemap(content, max_items)
    if root_name in _FEED_ROOTS:
        return Listing("feed", list(_feed_items(content, max_items)), [])
    raise NotAListing(f"neither a feed nor a sitemap (the document is <{root_name or '?'}>)")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, recover=True, load_dtd=False
    )


def _root_name(content: bytes) -> str | None:
    try:
        root = etree.fromstring(content, _parser())
    except etree.XMLSyntaxError:
        return None
    return etree.QName(root).localname if root is not None else None


def _feed_items(content: bytes, max_items: int) -> Iterator[ListedItem]:
    try:
        for entry in feed_entries(content, max_items):
            link, entry_id = entry_link_and_id(entry.xml.decode("utf-8"))
            if link:
                yield ListedItem(entry_id or link, link, entry.xml)
    except (ValueError, OverflowError):
        return  # The entries before the break were listed; the next poll reads the rest.


def _json_feed_items(content: bytes, max_items: int) -> list[ListedItem]:
    try:
        items = json_feed_items(content, max_items)
    except ValueError as error:
        raise NotAListing(str(error)) from None
    return [ListedItem(item.id, item.url.strip(), entry) for item, entry in items if item.url]


def _sitemap(content: bytes, max_items: int) -> Listing:
    root = etree.fromstring(content, _parser())
    is_index = etree.QName(root).localname == "sitemapindex"
    locations = [
        " ".join((loc.text or "").split())
        for loc in root.iter(f"{{{_SITEMAP}}}loc", "loc")
        if (loc.text or "").strip()
    ][:max_items]
    if is_index:
        return Listing("sitemap", [], locations)
    return Listing("sitemap", [ListedItem(url, url) for url in locations], [])
