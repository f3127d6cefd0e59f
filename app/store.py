"""Storage: one article upserted with its capture, source and change-log row (invariants 2-4)."""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.drafts import RawItem
from app.enrich import EnrichedArticle
from app.grouping import assign_group
from app.models import Article, ArticleCountry, Capture, Change, Source
from app.outlets import Outlet
from app.timestamps import Moment, utc_now


class Outcome(StrEnum):
    """What storing one item did."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"


def store_article(
    session: Session, enriched: EnrichedArticle, item: RawItem
) -> tuple[Outcome, int]:
    """Insert or update the article; returns what happened and the article's id."""
    existing = _find_existing(session, enriched)
    now = utc_now()
    if existing is None:
        article = Article(ingested_at=now, updated_at=now)
        _apply_fields(session, article, enriched, now)
        session.add(article)
        session.flush()
        assign_group(session, article, enriched.signature)
        outcome = Outcome.NEW
    elif existing.content_sha256 == enriched.content_sha256:
        article, outcome = existing, Outcome.UNCHANGED
    elif _is_same_text_elsewhere(existing, enriched):
        # The same text under another URL is the same article; keep the second capture only.
        article, outcome = existing, Outcome.DUPLICATE
    else:
        article, outcome = existing, Outcome.UPDATED
        _apply_fields(session, article, enriched, now)
        assign_group(session, article, enriched.signature)
    _keep_capture(session, article, item, now)
    if outcome in (Outcome.NEW, Outcome.UPDATED):
        session.add(Change(article_id=article.id, kind="upsert", created_at=now))
    return outcome, article.id


def _find_existing(session: Session, enriched: EnrichedArticle) -> Article | None:
    url = enriched.draft.url
    if url:
        by_url = session.scalar(select(Article).where(Article.url == url))
        if by_url is not None:
            return by_url
    fingerprint = enriched.text_fingerprint
    return session.scalar(select(Article).where(Article.text_fingerprint == fingerprint))


def _is_same_text_elsewhere(existing: Article, enriched: EnrichedArticle) -> bool:
    url = enriched.draft.url
    return existing.text_fingerprint == enriched.text_fingerprint and existing.url != url


def _apply_fields(
    session: Session, article: Article, enriched: EnrichedArticle, now: datetime
) -> None:
    draft = enriched.draft
    article.url = draft.url
    article.title = draft.title
    article.body = draft.body
    article.heading_indexes = list(draft.heading_indexes)
    article.captions = list(draft.captions)
    article.byline = draft.byline
    article.source = _source(session, enriched.outlet)
    _set_moment(article, "published", draft.published)
    _set_moment(article, "captured", draft.captured)
    article.language = draft.language
    article.summary_only = draft.summary_only
    article.word_count = enriched.word_count
    article.external_id = draft.external_id
    article.text_fingerprint = enriched.text_fingerprint
    article.content_sha256 = enriched.content_sha256
    article.evidence = {name: [e.place, e.text] for name, e in draft.evidence.items()}
    article.countries = [
        ArticleCountry(code=c.code, mentions=c.mentions, is_primary=c.primary)
        for c in enriched.countries
    ]
    article.updated_at = now


def _set_moment(article: Article, name: str, moment: Moment | None) -> None:
    setattr(article, f"{name}_at", moment.utc if moment else None)
    setattr(article, f"{name}_offset", moment.offset_minutes if moment else None)
    setattr(article, f"{name}_precision", str(moment.precision) if moment else None)


def _source(session: Session, outlet: Outlet | None) -> Source | None:
    if outlet is None:
        return None
    source = session.scalar(select(Source).where(Source.name == outlet.name))
    if source is None:
        source = Source(name=outlet.name, domain=outlet.domain, country=outlet.country)
        session.add(source)
    source.domain = source.domain or outlet.domain
    source.country = source.country or outlet.country
    return source


def _keep_capture(session: Session, article: Article, item: RawItem, now: datetime) -> None:
    sha256 = hashlib.sha256(item.content).hexdigest()
    if any(capture.sha256 == sha256 for capture in article.captures):
        return
    capture = Capture(
        origin=item.where,
        format=item.format,
        content_type=item.content_type,
        content=item.content,
        sha256=sha256,
        stored_at=now,
    )
    article.captures.append(capture)
    session.add(capture)
