"""RSS and Atom feeds: one raw item per <item>/<entry>, its XML kept as the original."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

# No entity expansion, no network, no huge trees: an XML bomb stays a small failure.
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, recover=True, load_dtd=False
)
_ENTRY_TAGS = {"item", "entry"}


class FeedEntry:
    """An entry's own XML and what its feed says about it."""

    def __init__(self, xml: bytes, feed_kind: str, feed_title: str | None) -> None:
        self.xml = xml
        self.feed_kind = feed_kind
        self.feed_title = feed_title


def feed_entries(content: bytes, max_items: int) -> Iterator[FeedEntry]:
    """Each entry of a feed; raises ValueError when no feed can be read at all."""
    root = etree.fromstring(_declared_or_utf8(content), _PARSER)
    if root is None:
        raise ValueError("not readable as XML")
    kind = "atom" if etree.QName(root).localname == "feed" else "rss"
    title = _feed_title(root)
    for count, element in enumerate(_entries(root), 1):
        if count > max_items:
            raise OverflowError(f"more than {max_items:,} entries; the rest were not read")
        yield FeedEntry(etree.tostring(element, encoding="utf-8"), kind, title)


def _declared_or_utf8(content: bytes) -> bytes:
    """Feeds that declare no encoding yet are not UTF-8 are, in practice, Windows-1252."""
    if re.match(rb"\s*<\?xml[^>]*encoding=", content):
        return content
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace").encode("utf-8")
    return content


def _entries(root: etree._Element) -> Iterator[etree._Element]:
    for element in root.iter():
        if isinstance(element.tag, str) and etree.QName(element).localname in _ENTRY_TAGS:
            yield element


def _feed_title(root: etree._Element) -> str | None:
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = etree.QName(element).localname
        if name in _ENTRY_TAGS:
            return None
        if name == "title" and (element.text or "").strip():
            return " ".join(element.text.split())
    return None
