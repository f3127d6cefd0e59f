"""Enrichment: what a draft needs before storage (outlet, fingerprints, counts)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.drafts import ArticleDraft
from app.enrich.copies import Signature, text_signature
from app.enrich.date_sanity import reject_implausible_dates
from app.enrich.field_bounds import MAX_OUTLET, repair_fields, storable
from app.enrich.geo.tagger import CountryMention, tag_countries
from app.enrich.outlets import Outlet, find_outlet, find_outlet_by_domain
from app.moments import Moment

_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class EnrichedArticle:
    """A draft with everything derived from it that storage and search use."""

    draft: ArticleDraft
    outlet: Outlet | None
    countries: list[CountryMention]
    signature: Signature | None
    text_fingerprint: str
    content_sha256: str
    word_count: int


def enrich(draft: ArticleDraft, source_name: str | None = None) -> EnrichedArticle:
    """Repair what cannot be stored, check the dates, and derive the outlet, countries,
    fingerprint and content hash."""
    repair_fields(draft)
    reject_implausible_dates(draft)
    source_name = storable(source_name, MAX_OUTLET).text if source_name else None
    outlet = resolve_outlet(draft.outlet or source_name, draft.url)
    countries = tag_countries(draft.title, draft.paragraphs)
    return EnrichedArticle(
        draft=draft,
        outlet=outlet,
        countries=countries,
        signature=text_signature(draft.body),
        text_fingerprint=text_fingerprint(draft.title, draft.body),
        content_sha256=_content_sha256(draft, outlet, countries),
        word_count=len(draft.body.split()),
    )


def resolve_outlet(name: str | None, url: str | None) -> Outlet | None:
    """The outlet by its stated name, else by the URL's domain; unknown stays None."""
    domain = _domain(url)
    if name:
        known = find_outlet(name)
        return known or Outlet(name, domain, None)
    if domain:
        return find_outlet_by_domain(domain) or Outlet(domain, domain, None)
    return None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def text_fingerprint(title: str | None, body: str) -> str:
    """The identity of an article's text: equal after case, spacing and punctuation are ignored."""
    normalised = _NON_WORD.sub(" ", f"{title or ''}\n{body}").casefold().strip()
    return hashlib.sha256(normalised.encode()).hexdigest()


def _content_sha256(
    draft: ArticleDraft, outlet: Outlet | None, countries: list[CountryMention]
) -> str:
    fields = {
        "title": draft.title,
        "body": draft.body,
        "headings": draft.heading_indexes,
        "captions": draft.captions,
        "byline": draft.byline,
        "outlet": outlet.name if outlet else None,
        "url": draft.url,
        "published": _moment_key(draft.published),
        "captured": _moment_key(draft.captured),
        "language": draft.language,
        "external_id": draft.external_id,
        "summary_only": draft.summary_only,
        "countries": [[c.code, c.mentions, c.primary] for c in countries],
    }
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


def _moment_key(moment: Moment | None) -> str | None:
    return moment.isoformat() if moment else None
