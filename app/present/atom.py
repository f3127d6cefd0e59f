"""The newest matches of a search as an Atom feed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from app.present.safe_text import xml_text
from app.storage.models import Article

ATOM = "http://www.w3.org/2005/Atom"


@dataclass(frozen=True)
class FeedLinks:
    """Where the feed lives, the page it follows, and how to link one article."""

    self_url: str
    page_url: str
    article_url: Callable[[int], str]


def atom_feed(articles: list[Article], title: str, links: FeedLinks) -> bytes:
    """The feed document, UTF-8 with its XML declaration."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "title", title)
    _text(feed, "id", links.self_url)
    _text(feed, "updated", _stamp(max((a.updated_at for a in articles), default=None)))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=xml_text(links.self_url))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=xml_text(links.page_url))
    for article in articles:
        _entry(feed, article, links.article_url(article.id))
    document: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return document


def _entry(feed: ET.Element, article: Article, link: str) -> None:
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    _text(entry, "title", article.title or "Untitled article")
    _text(entry, "id", link)
    ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=xml_text(link))
    _text(entry, "updated", _stamp(article.updated_at))
    if article.published is not None:
        _text(entry, "published", _stamp(article.published.utc))
    if article.byline:
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        _text(author, "name", article.byline)
    _text(entry, "summary", " ".join(article.body.split()[:80]))


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = xml_text(text)


def _stamp(moment: datetime | None) -> str:
    moment = moment or datetime.now(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat() + "Z"
