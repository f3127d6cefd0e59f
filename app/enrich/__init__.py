"""Enrichment: what a draft needs before storage (outlet, fingerprints, counts)."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass

from app.drafts import ArticleDraft, Evidence
from app.enrich.copies import Signature, text_signature
from app.enrich.date_order import settle_date_order
from app.enrich.date_sanity import reject_implausible_dates
from app.enrich.field_bounds import MAX_OUTLET, repair_fields, storable
from app.enrich.geo.tagger import CountryMention, tag_countries
from app.enrich.language import count_words, detect_language
from app.enrich.outlets import (
    Outlet,
    domain_country,
    resolve_outlet,
    with_stated_country,
    without_outlet_suffix,
)
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


def enrich(
    draft: ArticleDraft, source_name: str | None = None, source_country: str | None = None
) -> EnrichedArticle:
    """Repair what cannot be stored, check the dates, and derive the outlet, countries,
    fingerprint and content hash (`source_country`: see RawItem)."""
    repair_fields(draft)
    _detect_language(draft)
    settle_date_order(draft)
    reject_implausible_dates(draft)
    # A feed's title or --source, composed as the text is (app/extract: decode_text).
    source_name = (
        storable(unicodedata.normalize("NFC", source_name), MAX_OUTLET).text
        if source_name
        else None
    )
    outlet = resolve_outlet(draft.outlet or source_name, draft.url, draft.title)
    outlet = with_stated_country(outlet, source_name, source_country)
    draft.title = without_outlet_suffix(draft.title, outlet)
    countries = tag_countries(
        draft.title,
        draft.paragraphs,
        draft.language,
        domain_country(draft.url),
    )
    return EnrichedArticle(
        draft=draft,
        outlet=outlet,
        countries=countries,
        signature=text_signature(draft.body),
        text_fingerprint=text_fingerprint(draft.title, draft.body),
        content_sha256=_content_sha256(draft, outlet, countries),
        word_count=count_words(draft.body),
    )


def _detect_language(draft: ArticleDraft) -> None:
    """The language from the text; what the page declared is kept as evidence only."""
    declared = draft.language
    draft.language = detect_language(draft.title, draft.body, declared)
    if draft.language and draft.language != declared:
        said = f"; the page declared {declared!r}" if declared else ""
        draft.evidence["language"] = Evidence("title and text", f"detected {draft.language}{said}")


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
