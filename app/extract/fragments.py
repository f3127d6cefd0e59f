"""HTML fragments (feed content, summaries) -> paragraphs of plain text."""

from __future__ import annotations

import lxml.html
from lxml import etree

from app.extract import layout

_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "dd", "dt"}
_DROP = ("script", "style", "noscript", "iframe", "object", "embed", "form")


def html_paragraphs(fragment: str) -> list[str]:
    """The text of an HTML fragment, one paragraph per block element (never any markup)."""
    if "<" not in fragment:
        return text_paragraphs(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return text_paragraphs(fragment)
    for element in root.xpath("|".join(f"//{tag}" for tag in _DROP)):
        element.drop_tree()
    blocks = [_text(element) for element in root.iter() if element.tag in _BLOCKS]
    paragraphs = [block for block in blocks if block]
    return paragraphs or text_paragraphs(root.text_content())


def _text(element: etree._Element) -> str:
    if any(child.tag in _BLOCKS for child in element.iterdescendants()):
        return ""  # Its blocks speak for themselves.
    return " ".join(element.text_content().split())


def text_paragraphs(text: str) -> list[str]:
    """Plain text -> paragraphs (a blank line between two), spaces tidied."""
    parts = (" ".join(part.split()) for part in text.replace("\r", "").split("\n\n"))
    return [part for part in parts if part]


def without_trailing_furniture(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the page furniture a feed's text may end on: a labelled link to
    another story ('Related: …', 'Lire aussi : …', 'Leia também: …'), a sign-up line. The
    labels, in every language, are those page dumps are read with (layout)."""
    end = len(paragraphs)
    while end and _is_furniture(paragraphs[end - 1]):
        end -= 1
    return paragraphs[:end]


def _is_furniture(paragraph: str) -> bool:
    return (
        layout.is_furniture(paragraph)
        or layout.is_footer(paragraph)
        or layout.is_related_link(paragraph)
    )
