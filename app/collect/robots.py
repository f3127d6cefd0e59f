"""robots.txt: read once per site (cached for a while), with Protego, by the rules of RFC 9309.

Protego reads the wildcards and Crawl-delay that real robots.txt files use, which the standard
library's parser does not. A robots.txt that is missing (4xx) allows everything; one that cannot
be read (5xx, no answer) forbids everything for a short while, as the RFC asks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from cachetools import TLRUCache
from protego import Protego

_ALLOW_ALL = ""
_DISALLOW_ALL = "User-agent: *\nDisallow: /\n"
_SITES = 10_000
# How long an unreadable robots.txt keeps a site closed before it is asked for again.
_UNREADABLE_TTL_S = 300.0


@dataclass(frozen=True)
class RobotsFile:
    """What a site answered for /robots.txt: its status (None: no answer) and text."""

    status: int | None
    text: str


RobotsFetch = Callable[[str], RobotsFile]  # robots.txt URL -> what the site answered.


@dataclass(frozen=True)
class _Rules:
    parsed: Protego
    readable: bool


class RobotsRules:
    """Whether our user agent may fetch a URL, and how long a site asks us to wait."""

    def __init__(self, fetch: RobotsFetch, agent: str, ttl_s: float) -> None:
        self._fetch, self._agent, self._ttl_s = fetch, agent.split("/")[0], ttl_s
        self._cache: TLRUCache[str, _Rules] = TLRUCache(_SITES, ttu=self._expiry)
        self._lock = threading.Lock()
        self._site_locks: dict[str, threading.Lock] = {}

    def allows(self, url: str) -> bool:
        """Whether the site's robots.txt lets us fetch `url`."""
        return bool(self._rules(url).parsed.can_fetch(url, self._agent))

    def crawl_delay(self, url: str) -> float:
        """The delay between requests the site asks for (0 when it says nothing)."""
        delay = self._rules(url).parsed.crawl_delay(self._agent)
        return float(delay) if delay else 0.0

    def _rules(self, url: str) -> _Rules:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            site_lock = self._site_locks.setdefault(site, threading.Lock())
        with site_lock:  # Two threads asking about one new site fetch its robots.txt once.
            with self._lock:
                cached = self._cache.get(site)
            if cached is not None:
                return cached
            rules = _read(self._fetch(f"{site}/robots.txt"))
            with self._lock:
                self._cache[site] = rules
            return rules

    def _expiry(self, _site: str, rules: _Rules, now: float) -> float:
        return now + (self._ttl_s if rules.readable else min(self._ttl_s, _UNREADABLE_TTL_S))


def _read(answer: RobotsFile) -> _Rules:
    if answer.status is not None and 200 <= answer.status < 300:
        return _Rules(Protego.parse(answer.text), readable=True)
    if answer.status is not None and 400 <= answer.status < 500:
        return _Rules(Protego.parse(_ALLOW_ALL), readable=True)
    return _Rules(Protego.parse(_DISALLOW_ALL), readable=False)
