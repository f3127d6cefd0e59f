"""RSS and Atom feeds: one raw item per <item>/<entry>, its XML kept as the original."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

_ENTRY_TAGS = {"item", "entry"}


def _parser() -> etree.XMLParser:
    # No entity expansion, no network, no huge trees: an XML bomb stays a small failure.
    # A new parser per feed, so its error log speaks of that feed only.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, recover=True, load_dtd=False
    )


class FeedEntry:
    """An entry's own XML and what its feed says about it: the outlet's name, the language."""

    def __init__(
        self, xml: bytes, feed_kind: str, feed_name: str | None, feed_language: str | None = None
    ) -> None:
        self.xml = xml
        self.feed_kind = feed_kind
        self.feed_name = feed_name
        self.feed_language = feed_language


def feed_entries(content: bytes, max_items: int) -> Iterator[FeedEntry]:
    """Each entry of a feed. Broken XML yields the entries before the break, then raises
    ValueError saying where it broke (so the failure is reported and nothing good is lost)."""
    parser = _parser()
    root = etree.fromstring(_declared_or_utf8(content), parser)
    if root is None:
        raise ValueError("not readable as XML")
    kind = "atom" if etree.QName(root).localname == "feed" else "rss"
    channel = _channel_fields(root)
    name = channel.get("publicationName") or channel.get("title")
    language = channel.get("language") or _xml_lang(root)
    count = 0
    for count, element in enumerate(_entries(root), 1):
        if count > max_items:
            raise OverflowError(f"more than {max_items:,} entries; the rest were not read")
        yield FeedEntry(etree.tostring(element, encoding="utf-8"), kind, name, language)
    fatal = [error for error in parser.error_log if error.level_name == "FATAL"]
    if fatal:
        raise ValueError(
            f"broken XML at line {fatal[0].line}: {fatal[0].message}; "
            f"the {count} entries before it were read"
        )


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


# What a feed states about itself before its first entry. A channel's title may name a section
# of the outlet ('Science twis') where PRISM's publicationName names the outlet ('Science').
_CHANNEL_FIELDS = {"title", "publicationName", "language"}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _channel_fields(root: etree._Element) -> dict[str, str]:
    """The feed's own title, publication name and language (RSS <language>, dc:language),
    each the first stated, in any namespace."""
    fields: dict[str, str] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = etree.QName(element).localname
        if name in _ENTRY_TAGS:
            break
        if name in _CHANNEL_FIELDS and name not in fields and (element.text or "").strip():
            fields[name] = " ".join(element.text.split())
    return fields


def _xml_lang(root: etree._Element) -> str | None:
    """An Atom feed's language: xml:lang on its root element."""
    return (root.get(_XML_LANG) or "").strip() or None
