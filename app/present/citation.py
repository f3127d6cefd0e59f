"""Citations of an archived article: APA, Chicago, BibTeX and RIS, each naming the outlet's
publication date, the day the reader accessed it, and the archive's copy: its stable link and the
day it was archived (the original address may change or vanish; the archive's does not)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.storage.models import Article


@dataclass(frozen=True)
class Cited:
    """What every style needs, worked out once."""

    author: str | None
    title: str
    outlet: str
    published: date | None
    # The day the archive's copy shows the page: when it was saved if known, else when this
    # archive stored it (a text dump states no capture, but its copy here dates from then).
    archived: date
    accessed: date
    original_url: str | None
    stable_url: str


def cited(article: Article, stable_url: str, accessed: date) -> Cited:
    """The parts of a citation of `article`, found at `stable_url`, read on `accessed`."""
    published, captured = article.published, article.captured
    archived = captured.local().date() if captured else article.ingested.local().date()
    return Cited(
        author=article.byline,
        title=article.title or "Untitled article",
        outlet=article.source.name if article.source else "Unknown outlet",
        published=published.local().date() if published else None,
        archived=archived,
        accessed=accessed,
        original_url=article.url,
        stable_url=stable_url,
    )


def _long(day: date | None) -> str:
    return f"{day:%B} {day.day}, {day.year}" if day else "n.d."


def apa(c: Cited) -> str:
    """APA 7 for a news article, archived copy as the retrieval address."""
    when = f"{c.published.year}, {c.published:%B} {c.published.day}" if c.published else "n.d."
    lead = f"{c.author}. ({when}). {c.title}." if c.author else f"{c.title}. ({when})."
    archived = f"Archived {_long(c.archived)}"
    return f"{lead} {c.outlet}. {archived}; retrieved {_long(c.accessed)}, from {c.stable_url}"


def chicago(c: Cited) -> str:
    """Chicago notes-bibliography for a news article."""
    author = f"{c.author}. " if c.author else ""
    original = f" {c.original_url}." if c.original_url else ""
    return (
        f'{author}"{c.title}." {c.outlet}, {_long(c.published)}.{original}'
        f" Archived {_long(c.archived)} at {c.stable_url}. Accessed {_long(c.accessed)}."
    )


def bibtex(c: Cited, key: str) -> str:
    """A BibTeX @misc entry (braces in values are dropped: they would end the field)."""
    fields = {
        "author": c.author,
        "title": c.title,
        "howpublished": c.outlet,
        "year": str(c.published.year) if c.published else None,
        "date": c.published.isoformat() if c.published else None,
        "url": c.stable_url,
        "urldate": c.accessed.isoformat(),
        "note": _note(c),
    }
    lines = [f"  {k} = {{{_braceless(v)}}}," for k, v in fields.items() if v]
    return "@misc{" + key + ",\n" + "\n".join(lines) + "\n}"


def ris(c: Cited) -> str:
    """RIS for reference managers (Zotero, EndNote): a newspaper article record."""
    tags = [
        ("TY", "NEWS"),
        ("AU", c.author),
        ("TI", c.title),
        ("T2", c.outlet),
        ("DA", c.published.strftime("%Y/%m/%d") if c.published else None),
        ("PY", str(c.published.year) if c.published else None),
        ("UR", c.stable_url),
        ("Y2", c.accessed.strftime("%Y/%m/%d")),
        ("N1", _note(c)),
    ]
    lines = [f"{tag}  - {' '.join(value.split())}" for tag, value in tags if value]
    return "\r\n".join([*lines, "ER  - ", ""])


def _note(c: Cited) -> str:
    """Where the original was (when known) and when the archive's copy was made."""
    archived = f"archived {c.archived.isoformat()}"
    return f"Original: {c.original_url}; {archived}" if c.original_url else archived.capitalize()


def _braceless(value: str) -> str:
    return " ".join(value.replace("{", "").replace("}", "").split())
