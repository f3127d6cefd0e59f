"""Search results as pages and the API show them: articles from the database, in index order."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Article
from app.search import SearchIndex, SearchRequest, SearchResults, search


@dataclass(frozen=True)
class ResultItem:
    """One hit: the stored article and its highlighted snippet."""

    article: Article
    snippet: Markup


@dataclass(frozen=True)
class ResultPage:
    """One page of a search, ready to render or serialise."""

    request: SearchRequest
    results: SearchResults
    items: list[ResultItem]


def find_articles(session: Session, index: SearchIndex, request: SearchRequest) -> ResultPage:
    """Search, then load the page's articles and highlight them from the database text."""
    results = search(index, request)
    articles = load_articles(session, results.ids)
    items = [ResultItem(a, results.snippet(a.body)) for a in articles]
    return ResultPage(request, results, items)


def load_articles(session: Session, ids: list[int]) -> list[Article]:
    """Articles by id, in the order given; ids no longer in the database are skipped."""
    if not ids:
        return []
    found = {a.id: a for a in session.scalars(select(Article).where(Article.id.in_(ids)))}
    return [found[article_id] for article_id in ids if article_id in found]
