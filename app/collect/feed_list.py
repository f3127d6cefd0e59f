"""The feeds to follow: added, listed, removed, imported from a list or an OPML file."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from lxml import etree
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.countries import is_country_code
from app.moments import utc_now
from app.storage.models import Feed, FeedItem

DEFAULT_EVERY_S = 15 * 60
MIN_EVERY_S = 60  # Polling a feed more often than this is not polite.
_EVERY = re.compile(r"^\s*(\d+)\s*(s|m|h|d)?\s*$", re.IGNORECASE)
_UNIT_S = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class FeedListError(ValueError):
    """A feed that cannot be added: the message says why."""


@dataclass(frozen=True)
class FeedLine:
    """A feed found in an imported file: its URL and, in OPML, the outlet's name."""

    url: str
    name: str | None = None


def parse_every(text: str) -> int:
    """'15m', '2h', '1d', '90s' or a number of seconds -> seconds (at least a minute)."""
    match = _EVERY.match(text)
    if match is None:
        raise FeedListError(f"{text!r} is not an interval such as 15m, 2h or 1d")
    seconds = int(match.group(1)) * _UNIT_S[(match.group(2) or "s").lower()]
    if seconds < MIN_EVERY_S:
        raise FeedListError(f"{text!r} is too often: poll a feed at most once a minute")
    return seconds


def feed_url(text: str) -> str:
    """The feed's address, normalised (scheme and host in lower case, default port and fragment
    dropped), so that one feed is not followed twice under two spellings."""
    # By hand rather than with courlan: importing courlan before trafilatura changes how
    # trafilatura's own import goes, and its normalisation also reorders query parameters.
    text = text.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise FeedListError(f"{text!r} is not a valid address") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise FeedListError(f"{text!r} is not an http or https address")
    if len(text) > 2000:
        raise FeedListError("the address is longer than 2,000 characters")
    default = {"http": 80, "https": 443}[scheme]
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    host = host if port in (None, default) else f"{host}:{port}"
    return urlunsplit((scheme, host, parts.path or "/", parts.query, ""))


def add_feed(
    session: Session,
    url: str,
    *,
    name: str | None = None,
    country: str | None = None,
    every_s: int = DEFAULT_EVERY_S,
) -> Feed:
    """Add a feed to follow (due at once); FeedListError if it is followed already or invalid."""
    address = feed_url(url)
    code = country.strip().upper() if country else None
    if code is not None and not is_country_code(code):
        raise FeedListError(f"{country!r} is not an ISO 3166-1 alpha-2 country code")
    if session.scalar(select(Feed.id).where(Feed.url == address)) is not None:
        raise FeedListError(f"{address} is followed already")
    now = utc_now()
    feed = Feed(
        url=address,
        kind="feed",
        name=(name or "").strip()[:200] or None,
        country=code,
        every_s=every_s,
        added_at=now,
        next_due_at=now,
        failures=0,
    )
    session.add(feed)
    session.flush()
    return feed


def remove_feed(session: Session, url: str) -> bool:
    """Stop following a feed (its stored articles stay); False if it was not followed."""
    feed = session.scalar(select(Feed).where(Feed.url == feed_url(url)))
    if feed is None:
        return False
    session.execute(delete(FeedItem).where(FeedItem.feed_id == feed.id))
    session.delete(feed)
    return True


def list_feeds(session: Session) -> list[Feed]:
    """Every followed feed, in the order they were added."""
    return list(session.scalars(select(Feed).order_by(Feed.id)))


def items_by_state(session: Session) -> dict[int, Counter[str]]:
    """Each feed's items counted by state (pending, summary, done, failed), by feed id."""
    rows = session.execute(
        select(FeedItem.feed_id, FeedItem.state, func.count()).group_by(
            FeedItem.feed_id, FeedItem.state
        )
    )
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for feed_id, state, count in rows:
        counts[feed_id][state] = count
    return counts


def interval_text(seconds: int) -> str:
    """A poll interval as `--every` takes it: 90s, 15m, 2h, 1d."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def feeds_in_file(content: bytes) -> list[FeedLine]:
    """The feeds an OPML file lists (with their names), or one URL a line (# for comments)."""
    if content.lstrip().startswith(b"<"):
        return _opml_feeds(content)
    lines = content.decode("utf-8", errors="replace").splitlines()
    return [FeedLine(line.strip()) for line in lines if line.strip() and line.strip()[0] != "#"]


def _opml_feeds(content: bytes) -> list[FeedLine]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as error:
        raise FeedListError(f"not a readable OPML file: {error}") from None
    found = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl")
        if url:
            found.append(FeedLine(url, outline.get("title") or outline.get("text")))
    return found
