"""Search results as pages and the API show them: articles from the database, in index order."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from markupsafe import Markup
from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer, lazyload, selectinload

from app.present.timeline import Timeline, timeline
from app.search import (
    Facets,
    Filters,
    QueryError,
    SearchIndex,
    SearchRequest,
    SearchResults,
    did_you_mean,
    more_like,
    search,
)
from app.search.analysis import Excerpt, excerpt, highlighted
from app.storage.models import Article, Capture


@dataclass(frozen=True)
class ResultItem:
    """One hit: the stored article, passages of its text and its title with the hits marked,
    and how many other copies it has."""

    article: Article
    excerpt: Excerpt
    other_copies: int = 0
    title: Excerpt | None = None

    @property
    def snippet(self) -> Markup:
        """The passages as HTML, the hits in <mark>."""
        return self.excerpt.html()


@dataclass(frozen=True)
class ResultPage:
    """One page of a search, ready to render or serialise."""

    request: SearchRequest
    results: SearchResults
    items: list[ResultItem]
    # A spelling that would find something, offered when nothing matched.
    suggestion: str | None = None


def find_articles(session: Session, index: SearchIndex, request: SearchRequest) -> ResultPage:
    """Search, then load the page's articles and highlight them from the database text."""
    results = search(index, request)
    articles = load_articles(session, results.ids, as_results=True)
    sizes = group_sizes(session, [a.group_id for a in articles if a.group_id])
    terms = results.highlight_terms
    items = [
        ResultItem(
            a,
            excerpt(a.body, terms, a.language),
            sizes.get(a.group_id or 0, 1) - 1,
            highlighted(a.title, terms, a.language) if a.title else None,
        )
        for a in articles
    ]
    suggestion = _suggestion(index, request) if results.total == 0 and request.text else None
    return ResultPage(request, results, items, suggestion)


def facet_counts(index: SearchIndex, filters: Filters | None = None) -> Facets:
    """The facets of every article (or of those the filters keep), without a page of results."""
    request = SearchRequest(per_page=1, filters=filters or Filters(), with_facets=True)
    facets = search(index, request).facets
    assert facets is not None  # Asked for with_facets.
    return facets


def match_timeline(index: SearchIndex, request: SearchRequest) -> Timeline:
    """How a search's matches spread over time (raises QueryError for a bad query)."""
    results = search(index, replace(request, page=1, per_page=1, with_facets=True))
    return timeline(results.facets.days if results.facets else [])


def _suggestion(index: SearchIndex, request: SearchRequest) -> str | None:
    corrected = did_you_mean(index, request.text)
    if corrected is None:
        return None
    try:
        found = search(index, replace(request, text=corrected, page=1, with_facets=False))
    except QueryError:  # A correction we would not run (a prefix now too wide): no offer.
        return None
    return corrected if found.total else None


def related_articles(
    session: Session, index: SearchIndex, article: Article, limit: int = 5
) -> list[Article]:
    """Articles most like this one (by its title and the opening of its text), copies of the
    same story left out."""
    ids = more_like(index, article.id, f"{article.title or ''}\n\n{article.body}", limit * 3)
    found = [
        a for a in load_articles(session, ids, as_results=True) if a.group_id != article.group_id
    ]
    return found[:limit]


def group_sizes(session: Session, group_ids: list[int]) -> dict[int, int]:
    """How many articles each group of copies holds."""
    if not group_ids:
        return {}
    rows = session.execute(
        select(Article.group_id, func.count())
        .where(Article.group_id.in_(group_ids))
        .group_by(Article.group_id)
    )
    return {group_id: count for group_id, count in rows if group_id is not None}


def story_copies(session: Session, article: Article) -> tuple[Article, list[Article]]:
    """The story's original (its earliest copy, maybe the article itself) and the article's
    other copies, earliest first."""
    if article.group_id is None:
        return article, []
    # Without their texts (a story may have many copies, each maybe megabytes): the page
    # lists them; the original's text is loaded when its differences are shown.
    members = session.scalars(
        select(Article).where(Article.group_id == article.group_id).options(*_LISTED_ONLY)
    ).all()
    ordered = sorted(members, key=_story_time) or [article]
    return ordered[0], [member for member in ordered if member.id != article.id]


_LISTED_ONLY = (
    defer(Article.body),
    defer(Article.evidence),
    defer(Article.minhash),
    defer(Article.captions),
    lazyload(Article.captures),
    lazyload(Article.countries),
)


def _story_time(article: Article) -> tuple[datetime, int]:
    return (article.published_at or article.captured_at or article.ingested_at, article.id)


# A result shows neither where each field came from, nor captions, headings or the copy
# signature: left in the database rather than read (and parsed from JSON) for every result.
_AS_RESULTS = (
    defer(Article.evidence),
    defer(Article.minhash),
    defer(Article.captions),
    defer(Article.heading_indexes),
)


def load_articles(
    session: Session, ids: list[int], with_originals: bool = False, as_results: bool = False
) -> list[Article]:
    """Articles by id, in the order given; ids no longer in the database are skipped.

    The original bytes of their captures are loaded only `with_originals` (a WARC export);
    the fields no result shows are left out `as_results` (read if asked for later).
    """
    if not ids:
        return []
    query = select(Article).where(Article.id.in_(ids))
    if with_originals:
        query = query.options(selectinload(Article.captures).undefer(Capture.content))
    if as_results:
        query = query.options(*_AS_RESULTS)
    found = {a.id: a for a in session.scalars(query)}
    return [found[article_id] for article_id in ids if article_id in found]
