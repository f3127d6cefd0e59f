"""`geonews retag`: languages and countries of stored articles found again, without a re-ingest.

After the language detector or the gazetteer improves, the articles already stored keep what the
older version found until they are re-ingested. This reads each article's stored title and text,
detects its language again (the stored one is the hint, as a page's declared language is at
ingest) and tags its countries again; an article whose language or countries change is updated
and logged in the change log, so the index (its facets and filters) follows at the next catch-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from app.archive import Archive
from app.enrich.geo.tagger import CountryMention, tag_countries
from app.enrich.language import detect_language
from app.enrich.outlets import domain_country
from app.moments import utc_now
from app.storage.models import Article, ArticleCountry, Change

BATCH = 500


@dataclass
class RetagReport:
    """How many articles were read, and how many changed language or countries."""

    articles: int = 0
    languages_changed: int = 0
    countries_changed: int = 0


def retag_archive(archive: Archive, on_batch: Callable[[int], None] | None = None) -> RetagReport:
    """Detect every article's language and tag its countries again; then catch the index up."""
    report = RetagReport()
    last_id = 0
    while True:
        with archive.writing_sessions.begin() as session:
            articles = _batch(session, last_id)
            for article in articles:
                _retag(session, article, report)
        if not articles:
            break
        last_id = articles[-1].id
        report.articles += len(articles)
        if on_batch:
            on_batch(len(articles))
    archive.catch_up_index()
    return report


def _batch(session: Session, after_id: int) -> list[Article]:
    query = (
        select(Article)
        .where(Article.id > after_id)
        .order_by(Article.id)
        .limit(BATCH)
        .options(selectinload(Article.countries))
    )
    return list(session.scalars(query))


def _retag(session: Session, article: Article, report: RetagReport) -> None:
    language = detect_language(article.title, article.body, article.language)
    where = domain_country(article.url)
    countries = tag_countries(article.title, article.paragraphs, language, where)
    language_changed = language != article.language
    countries_changed = _as_rows(countries) != _as_rows_stored(article)
    if not (language_changed or countries_changed):
        return
    report.languages_changed += language_changed
    report.countries_changed += countries_changed
    article.language = language
    article.countries = [
        ArticleCountry(code=c.code, mentions=c.mentions, is_primary=c.primary) for c in countries
    ]
    session.execute(
        insert(Change), [{"article_id": article.id, "kind": "upsert", "created_at": utc_now()}]
    )


def _as_rows(countries: list[CountryMention]) -> set[tuple[str, int, bool]]:
    return {(c.code, c.mentions, c.primary) for c in countries}


def _as_rows_stored(article: Article) -> set[tuple[str, int, bool]]:
    return {(c.code, c.mentions, c.is_primary) for c in article.countries}
