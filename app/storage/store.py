"""Storage: one article upserted with its capture, source and change-log row (invariants 2-4).

A new article is written as rows, not ORM objects, through the session's connection: the unit
of work's bookkeeping for a dozen objects per article, then the ORM's handling of each
statement, were most of an ingest's time in this process. An update goes through the ORM,
which replaces the article's countries for us.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Row, bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from app.drafts import RawItem
from app.enrich import EnrichedArticle
from app.enrich.outlets import Outlet
from app.moments import Moment, utc_now
from app.storage.grouping import group_for
from app.storage.models import Article, ArticleCountry, Capture, Change, Source

# Statements built once: building SQLAlchemy's expressions anew for each article was a large
# part of its storing time.
_BY_URL_OR_TEXT = select(
    Article.id, Article.url, Article.content_sha256, Article.text_fingerprint
).where(or_(Article.url == bindparam("url"), Article.text_fingerprint == bindparam("fingerprint")))
_INSERT_ARTICLE = insert(Article).returning(Article.id)
_SET_GROUP = (
    update(Article).where(Article.id == bindparam("article")).values(group_id=bindparam("group"))
)
_SOURCE_BY_NAME = select(Source.id, Source.domain, Source.country).where(
    Source.name == bindparam("name")
)
_CAPTURE_KEPT = (
    select(Capture.id)
    .where(Capture.article_id == bindparam("article"), Capture.sha256 == bindparam("sha256"))
    .limit(1)
)


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
        article_id = _insert_article(session, enriched, now)
        outcome = Outcome.NEW
    else:
        article_id = existing.id
        outcome = _compare(existing, enriched)
        if outcome is Outcome.UPDATED:
            article = session.get(Article, article_id)
            assert article is not None  # Found by the query above, in this transaction.
            _update_article(session, article, enriched, now)
    _keep_capture(session, article_id, item, now, is_new=outcome is Outcome.NEW)
    if outcome in (Outcome.NEW, Outcome.UPDATED):
        session.connection().execute(
            insert(Change), [{"article_id": article_id, "kind": "upsert", "created_at": now}]
        )
    return outcome, article_id


def _find_existing(
    session: Session, enriched: EnrichedArticle
) -> Row[int, str | None, str, str] | None:
    """The stored article with this URL, else with this text: the columns that tell whether
    the item is new, unchanged, a duplicate or an update. Most items are new or unchanged, so
    the whole article (its captures and countries) is loaded only to be updated."""
    url = enriched.draft.url
    rows = session.connection().execute(
        _BY_URL_OR_TEXT, {"url": url, "fingerprint": enriched.text_fingerprint}
    )
    found = {row.url: row for row in rows}
    return found[url] if url in found else next(iter(found.values()), None)


def _compare(existing: Row[int, str | None, str, str], enriched: EnrichedArticle) -> Outcome:
    if existing.content_sha256 == enriched.content_sha256:
        return Outcome.UNCHANGED
    same_text = existing.text_fingerprint == enriched.text_fingerprint
    if same_text and existing.url != enriched.draft.url:
        # The same text under another URL is the same article; keep the second capture only.
        return Outcome.DUPLICATE
    return Outcome.UPDATED


def _insert_article(session: Session, enriched: EnrichedArticle, now: datetime) -> int:
    values = _fields(enriched, now) | {"ingested_at": now}
    values["source_id"] = _source(session, enriched.outlet)
    connection = session.connection()
    article_id: int = connection.execute(_INSERT_ARTICLE, values).scalar_one()
    group_id = group_for(
        session, article_id, _story_date(enriched), enriched.signature, has_bands=False
    )
    connection.execute(_SET_GROUP, {"article": article_id, "group": group_id})
    countries = [
        {"article_id": article_id, "code": c.code, "mentions": c.mentions, "is_primary": c.primary}
        for c in enriched.countries
    ]
    if countries:
        connection.execute(insert(ArticleCountry), countries)
    return article_id


def _update_article(
    session: Session, article: Article, enriched: EnrichedArticle, now: datetime
) -> None:
    for name, value in _fields(enriched, now).items():
        setattr(article, name, value)
    article.source_id = _source(session, enriched.outlet)
    article.countries = [
        ArticleCountry(code=c.code, mentions=c.mentions, is_primary=c.primary)
        for c in enriched.countries
    ]
    article.group_id = group_for(session, article.id, _story_date(enriched), enriched.signature)


def _fields(enriched: EnrichedArticle, now: datetime) -> dict[str, Any]:
    """The article's columns as extracted and enriched (not its id, source, group or country)."""
    draft = enriched.draft
    return {
        "url": draft.url,
        "title": draft.title,
        "body": draft.body,
        "heading_indexes": list(draft.heading_indexes),
        "captions": list(draft.captions),
        "byline": draft.byline,
        **_moment_columns("published", draft.published),
        **_moment_columns("captured", draft.captured),
        "language": draft.language,
        "summary_only": draft.summary_only,
        "word_count": enriched.word_count,
        "external_id": draft.external_id,
        "text_fingerprint": enriched.text_fingerprint,
        "content_sha256": enriched.content_sha256,
        "evidence": {name: [e.place, e.text] for name, e in draft.evidence.items()},
        "minhash": enriched.signature.to_bytes() if enriched.signature else None,
        "updated_at": now,
    }


def _moment_columns(name: str, moment: Moment | None) -> dict[str, Any]:
    return {
        f"{name}_at": moment.utc if moment else None,
        f"{name}_offset": moment.offset_minutes if moment else None,
        f"{name}_precision": str(moment.precision) if moment else None,
    }


def _story_date(enriched: EnrichedArticle) -> datetime | None:
    moment = enriched.draft.published or enriched.draft.captured
    return moment.utc if moment else None


def _source(session: Session, outlet: Outlet | None) -> int | None:
    """The id of the outlet's source row, created or completed as needed."""
    if outlet is None:
        return None
    # Ids of rows that were complete already, for this session: a batch names few outlets.
    # (A row created or completed here could still be rolled back with its item.)
    known: dict[Outlet, int] = session.info.setdefault("complete_sources", {})
    if outlet in known:
        return known[outlet]
    # Most outlets are stored complete already: their row is read, not loaded as an object.
    row = session.connection().execute(_SOURCE_BY_NAME, {"name": outlet.name}).one_or_none()
    if row is not None and not _completes(row.domain, row.country, outlet):
        known[outlet] = row.id
        return int(row.id)
    source = session.scalar(select(Source).where(Source.name == outlet.name))
    if source is None:
        source = Source(name=outlet.name, domain=outlet.domain, country=outlet.country)
        session.add(source)
    else:  # Read above as lacking what the outlet knows (a complete row returned there).
        source.domain = source.domain or outlet.domain
        source.country = source.country or outlet.country
    session.flush()  # No-op unless the source is new or completed: its id is needed now.
    return source.id


def _completes(domain: str | None, country: str | None, outlet: Outlet) -> bool:
    """Whether the outlet knows something its stored source (`domain`, `country`) lacks."""
    return bool((outlet.domain and not domain) or (outlet.country and not country))


def _keep_capture(
    session: Session, article_id: int, item: RawItem, now: datetime, is_new: bool
) -> None:
    """The original input, unless this very input is already kept for the article."""
    sha256 = hashlib.sha256(item.content).hexdigest()
    kept = {"article": article_id, "sha256": sha256}
    if not is_new and session.connection().scalar(_CAPTURE_KEPT, kept) is not None:
        return
    capture = {
        "article_id": article_id,
        "origin": item.where,
        "format": item.format,
        "content_type": item.content_type,
        "content": item.content,
        "sha256": sha256,
        "stored_at": now,
    }
    session.connection().execute(insert(Capture), [capture])
