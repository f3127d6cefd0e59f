"""Outlets: the table (app/enrich/data/outlets.csv) of names, aliases, domains and home countries,
and the one place a name or address is resolved to an outlet."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from babel.core import get_global

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


def resolve_outlet(name: str | None, url: str | None, title: str | None = None) -> Outlet | None:
    """The outlet by its stated name, else by the URL's domain; unknown stays None. A stated
    name that is no name (a copyright line, the headline, a page title with its tagline) is
    passed over for the domain."""
    domain = _domain(url)
    if name:
        at_start = outlet_at_start(name)
        known = find_outlet(name) or (at_start[0] if at_start else None)
        if known is not None:
            return known
        stated = stated_outlet_name(name, domain, title)
        if stated is not None:
            return Outlet(stated, domain, None)
        if domain is None:
            return None
    if domain:
        return find_outlet_by_domain(domain) or Outlet(domain, domain, None)
    return None


# A site name is a few words: pages also state their copyright line, an address, or their
# own title as `og:site_name` (trafilatura reads it as given), which the domain names better.
_NOT_A_NAME = re.compile(
    r"©|\bcopyright\b|\ball rights reserved\b|\btel\.|\b(?:fax|phone)\b\W*\+?\d", re.IGNORECASE
)
_NAME_PARTS = re.compile(r"\s+[-|–—:·]\s+|\s*[|｜]\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+")
_MAX_SITE_NAME_CHARS = 40
# A name with no tagline beside it may be longer ('El Sol de San Juan del Río').
_MAX_WHOLE_NAME_WORDS = 8
_MAX_WHOLE_NAME_CHARS = 60
_HEADLINE_SHARE = 0.6


def stated_outlet_name(name: str, domain: str | None, title: str | None) -> str | None:
    """The outlet's name in a stated site name, or None where it names no outlet: the part
    spelled like the domain ('… ｜ PR TIMES' at prtimes.jp), else its short first part ('BBC
    News - World'), else the whole name if short; never a copyright line or the headline."""
    name = " ".join(name.split())
    if _NOT_A_NAME.search(name):
        return None
    label = _letters(domain.split(".")[0]) if domain is not None else ""
    if len(label) >= 3 and _letters(name) == label:  # Spelled like the domain: no headline.
        return name
    if _is_headline(name, title):
        return None
    parts = [part for part in _NAME_PARTS.split(name) if part]
    if not _short(name):  # A name, then a tagline of sentences: 'Agency (UNN). All the news…'
        pieces = (piece.rstrip(".。") for part in parts for piece in _SENTENCE_END.split(part))
        parts = [piece for piece in pieces if piece]
    if len(label) >= 3:
        for part in parts:
            if _letters(part) == label:
                return part
    if len(parts) > 1 and _short(parts[0]) and not _is_headline(parts[0], title):
        return parts[0]
    if len(parts) == 1 and _short(name, words=_MAX_WHOLE_NAME_WORDS, chars=_MAX_WHOLE_NAME_CHARS):
        return name
    return name if domain is None else None


def _short(name: str, words: int = _MAX_SITE_NAME_WORDS, chars: int = _MAX_SITE_NAME_CHARS) -> bool:
    return len(name.split()) <= words and len(name) <= chars


def _is_headline(name: str, title: str | None) -> bool:
    """The name holds the page's headline, or is most of it (a title often ends with its
    site's name, which is no reason to doubt the name)."""
    if not title:
        return False
    name_key, title_key = _key(name), _key(title)
    if len(title_key) >= 12 and title_key in name_key:
        return True
    title_parts = [_key(part) for part in re.split(_TITLE_SUFFIX_SEPARATOR, title)]
    if len(title_parts) > 1 and title_parts[-1] == name_key:
        return False  # 'Clima | El Sol de San Juan del Río': the title ends with the name.
    long_enough = len(name.split()) >= 3 or len(name) >= 20  # Not 'Yahoo' of 'Yahoo UK'.
    return (
        long_enough and name_key in title_key and len(name_key) > _HEADLINE_SHARE * len(title_key)
    )


def _letters(text: str) -> str:
    """Letters and digits without accents, as a domain spells a name ('Río': rio)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in folded if character.isalnum())


_TITLE_SUFFIX_SEPARATOR = r"\s+[-|–—·]\s+|\s*[|｜]\s*"
_MIN_HEADLINE_CHARS = 8  # What is left must still be a headline, not a section name.


def without_outlet_suffix(title: str | None, outlet: Outlet | None) -> str | None:
    """The headline without its outlet's name where a page title ends with it ('How
    Butterflies Get Their Shine | WIRED', '… - اليوم السابع'): the name is shown beside it."""
    if not title or outlet is None:
        return title
    for name in dict.fromkeys(filter(None, (outlet.name, outlet.domain))):
        suffix = re.compile(f"(?:{_TITLE_SUFFIX_SEPARATOR}){re.escape(name)}\\s*$", re.IGNORECASE)
        headline = suffix.sub("", title)
        if headline != title and len(headline.strip()) >= _MIN_HEADLINE_CHARS:
            return headline
    return title


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


def domain_country(url: str | None) -> str | None:
    """The country of the address's country-code domain ('lanacion.com.ar', 'actu.fr'), where
    most news sites of a country are; None for other domains. Only the address tells, not the
    outlet table's country: international outlets (Al Jazeera, Euronews, DW) write for readers
    abroad. The country codes sold as brands ('.tv', '.io', 'example.co') are no place, as
    Google's list of generic country-code domains has them, unless under a second-level label
    of their country ('elheraldo.com.co')."""
    labels = (_domain(url) or "").rstrip(".").split(".")
    suffix = labels[-1]
    if len(suffix) != 2 or not (suffix.isascii() and suffix.isalpha()):
        return None
    if suffix in _BRAND_SUFFIXES and not (len(labels) > 2 and labels[-2] in _SECOND_LEVEL):
        return None
    code = "GB" if suffix == "uk" else suffix.upper()
    return code if code in get_global("territory_languages") else None


_BRAND_SUFFIXES = frozenset(
    {"ad", "ai", "as", "bz", "cc", "cd", "co", "dj", "fm", "io", "la", "me", "ms", "nu", "sc",
     "sr", "su", "tv", "tk", "ws"}
)  # fmt: skip
_SECOND_LEVEL = frozenset({"ac", "co", "com", "edu", "gob", "gov", "net", "nic", "org"})


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
