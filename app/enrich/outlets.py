"""Outlets: the table (app/enrich/data/outlets.csv) of names, aliases, domains and home countries,
and the one place a name or address is resolved to an outlet."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

OUTLETS_CSV = Path(__file__).resolve().parent / "data" / "outlets.csv"


@dataclass(frozen=True)
class Outlet:
    """A known outlet: its display name, web domain and home country (ISO alpha-2 or None)."""

    name: str
    domain: str | None
    country: str | None


@lru_cache
def _outlets_by_key() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    with OUTLETS_CSV.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            outlet = Outlet(row["name"], row["domain"] or None, row["country"] or None)
            for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
                table[_key(name)] = outlet
    return table


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def find_outlet(name: str) -> Outlet | None:
    """The known outlet with this name or alias, or None."""
    return _outlets_by_key().get(_key(name))


@lru_cache
def _outlets_by_domain() -> dict[str, Outlet]:
    return {o.domain: o for o in _outlets_by_key().values() if o.domain}


def find_outlet_by_domain(domain: str) -> Outlet | None:
    """The known outlet at this web domain (or a subdomain of it), or None."""
    parts = domain.casefold().split(".")
    for start in range(len(parts) - 1):
        outlet = _outlets_by_domain().get(".".join(parts[start:]))
        if outlet is not None:
            return outlet
    return None


def outlet_at_start(text: str) -> tuple[Outlet, str] | None:
    """The longest known outlet name that begins `text`, with the words it matched."""
    words = text.split()
    for length in range(min(len(words), 8), 0, -1):
        candidate = " ".join(words[:length])
        outlet = find_outlet(candidate)
        if outlet is not None:
            return outlet, candidate
    return None


_SITE_SEPARATOR = re.compile(r"\s+[-|–—:·]\s+")
_MAX_SITE_NAME_WORDS = 6


def outlet_name_in(header: str) -> str | None:
    """The outlet's name at the start of a header or feed title, without what follows it
    ('The Jerusalem Post - Israel News Health…', 'BBC News - World'); None if unclear."""
    known = outlet_at_start(header)
    if known is not None:
        return known[0].name
    parts = _SITE_SEPARATOR.split(header.strip(), maxsplit=1)
    if len(parts) == 2 and 1 <= len(parts[0].split()) <= _MAX_SITE_NAME_WORDS:
        return parts[0]
    return None  # A name we cannot tell from a menu is left unknown, not guessed.


def resolve_outlet(name: str | None, url: str | None) -> Outlet | None:
    """The outlet by its stated name, else by the URL's domain; unknown stays None."""
    domain = _domain(url)
    if name:
        # A feed's title names its outlet, perhaps with a tagline: 'BBC News - World'.
        name = name if find_outlet(name) else outlet_name_in(name) or name
        return find_outlet(name) or Outlet(name, domain, None)
    if domain:
        return find_outlet_by_domain(domain) or Outlet(domain, domain, None)
    return None


def with_stated_country(
    outlet: Outlet | None, stated_name: str | None, country: str | None
) -> Outlet | None:
    """The outlet with the country its container states (a followed feed's --country), when
    it is the outlet the container names and the outlet list knows no country for it. A page
    that names another outlet (an aggregator's feed, a wire story) keeps its own, unknown."""
    if outlet is None or outlet.country or not country or not stated_name:
        return outlet
    named = resolve_outlet(stated_name, None)
    if named is None or named.name != outlet.name:
        return outlet
    return Outlet(outlet.name, outlet.domain, country)


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
