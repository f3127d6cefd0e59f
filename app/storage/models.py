"""The database schema (SQLAlchemy 2.0 typed models). Alembic migrations create it."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.moments import Moment, Precision

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    """An outlet: who published the article."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    domain: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))


class Article(Base):
    """One news article, its extracted fields and where each came from."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str | None] = mapped_column(String(2000), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    # Paragraphs separated by a blank line; heading_indexes marks the ones that are headings.
    body: Mapped[str] = mapped_column(Text)
    heading_indexes: Mapped[list[Any]] = mapped_column(default=list)
    captions: Mapped[list[Any]] = mapped_column(default=list)
    byline: Mapped[str | None] = mapped_column(String(500))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    published_offset: Mapped[int | None]
    published_precision: Mapped[str | None] = mapped_column(String(10))
    captured_at: Mapped[datetime | None]
    captured_offset: Mapped[int | None]
    captured_precision: Mapped[str | None] = mapped_column(String(10))
    ingested_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    language: Mapped[str | None] = mapped_column(String(10))
    word_count: Mapped[int]
    external_id: Mapped[str | None] = mapped_column(String(500))
    # SHA-256 of the normalised title and body: the identity of an article without a URL.
    text_fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    # SHA-256 of every extracted field: tells an updated version from an unchanged one.
    content_sha256: Mapped[str] = mapped_column(String(64))
    group_id: Mapped[int | None] = mapped_column(index=True)
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # The text is a feed's summary, not the article (the feed carried no full text).
    summary_only: Mapped[bool] = mapped_column(default=False, server_default=false())
    # MinHash signature of the text (uint32 values): finds copies of the same story.
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)

    source: Mapped[Source | None] = relationship(lazy="joined")
    captures: Mapped[list[Capture]] = relationship(
        back_populates="article", order_by="Capture.id", lazy="selectin"
    )
    countries: Mapped[list[ArticleCountry]] = relationship(
        order_by="(ArticleCountry.is_primary.desc(), ArticleCountry.mentions.desc())",
        lazy="selectin",
        cascade="all, delete-orphan",
    )

    @property
    def published(self) -> Moment | None:
        """When the outlet published it, as stated."""
        return _moment(self.published_at, self.published_offset, self.published_precision)

    @property
    def captured(self) -> Moment | None:
        """When the page was saved, as stated."""
        return _moment(self.captured_at, self.captured_offset, self.captured_precision)

    @property
    def ingested(self) -> Moment:
        """When this archive stored it."""
        return Moment(self.ingested_at, 0, Precision.SECOND)

    @property
    def latest_capture(self) -> Capture | None:
        """The capture the current fields were extracted from."""
        return self.captures[-1] if self.captures else None

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs (headings included)."""
        return self.body.split("\n\n") if self.body else []

    @property
    def blocks(self) -> list[tuple[str, str]]:
        """The body as (kind, text) pairs, kind being 'heading' or 'paragraph'."""
        headings = set(self.heading_indexes)
        paragraphs = self.body.split("\n\n") if self.body else []
        return [
            ("heading" if index in headings else "paragraph", text)
            for index, text in enumerate(paragraphs)
        ]


class Capture(Base):
    """The original input of an article, kept verbatim (invariant 2)."""

    __tablename__ = "captures"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    origin: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(20))
    content_type: Mapped[str] = mapped_column(String(100))
    # Loaded only when asked for: lists and searches never need the original bytes.
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    sha256: Mapped[str] = mapped_column(String(64))
    stored_at: Mapped[datetime]

    article: Mapped[Article] = relationship(back_populates="captures")


class ArticleCountry(Base):
    """A country an article is about, with how often it is mentioned."""

    __tablename__ = "article_countries"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    mentions: Mapped[int]
    is_primary: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (Index("ix_article_countries_code", "code"),)


class ArticleBand(Base):
    """One LSH band of an article's signature: articles sharing a band are candidate copies."""

    __tablename__ = "article_bands"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    band: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[int] = mapped_column(BigInteger, index=True)


class Change(Base):
    """The change log (invariant 4): every change to an article, in commit order."""

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime]


class Feed(Base):
    """A feed (RSS, Atom) or news sitemap the follower polls, and how its last polls went."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="feed")  # 'feed' or 'sitemap'.
    name: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    every_s: Mapped[int]
    added_at: Mapped[datetime]
    last_fetch_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    failures: Mapped[int] = mapped_column(default=0)
    next_due_at: Mapped[datetime] = mapped_column(index=True)
    last_error: Mapped[str | None] = mapped_column(Text)


class FeedItem(Base):
    """An item a feed listed: its page is fetched once, or retried while only its summary is kept.

    Recorded in the transaction that records the poll, so a follower killed at any moment
    neither forgets an item nor fetches one twice once it is stored."""

    __tablename__ = "feed_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id"), index=True)
    # The entry's id (guid) or, without one, its link: how the feed names the item.
    key: Mapped[str] = mapped_column(String(2000))
    url: Mapped[str] = mapped_column(String(2000))
    # The entry's own XML (feeds), stored as the summary when the page cannot be fetched.
    entry: Mapped[bytes | None] = mapped_column(LargeBinary)
    # 'pending' (page not fetched yet), 'summary' (summary kept, page retried), 'done', 'failed'.
    state: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_try_at: Mapped[datetime] = mapped_column(index=True)
    article_id: Mapped[int | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("feed_id", "key", name="uq_feed_items_feed_id_key"),)


def _moment(value: datetime | None, offset: int | None, precision: str | None) -> Moment | None:
    if value is None:
        return None
    return Moment(value, offset, Precision(precision or Precision.SECOND))
