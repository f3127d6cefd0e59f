"""The JSON API: the same search and articles as the pages. Errors are {"detail": "words"}.

Endpoints return their JSONResponse themselves: the answers are plain JSON values already, and
FastAPI's validation of a returned dict against its annotation cost 1.6 ms of a search's ~12.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import JSONResponse, Response
from sqlalchemy import func, select

from app.archive.stats import count_articles
from app.indexing.positions import count_pending, index_position
from app.present.query_reading import reading_json
from app.present.results import find_articles, story_copies
from app.present.serialize import article_json, facets_json, result_json, timeline_json
from app.search import MAX_PER_PAGE, QueryError
from app.storage.models import Article, Change
from app.web.api_models import (
    ArticleAnswer,
    HealthAnswer,
    SearchAnswer,
    SearchArraysAnswer,
    TimelineAnswer,
)
from app.web.api_shapes import Shape, shaped
from app.web.deps import ArchiveDep, RowId, SearchIndexDep, SessionDep
from app.web.params import SearchFormDep, search_timeline
from app.web.problems import documented

router = APIRouter(prefix="/api", tags=["api"], responses=documented(400, 422))
_ShapeParam = Annotated[
    Shape,
    Query(
        alias="_shape",
        description="objects (the default); arrays: `columns` and a `rows` list of values per"
        " article in place of `items`; ndjson: the articles alone, one JSON object a line.",
    ),
]
_NDJSON = {"application/x-ndjson": {"schema": {"type": "string"}}}


@router.get(
    "/search",
    response_model=SearchAnswer | SearchArraysAnswer,
    responses={200: {"content": _NDJSON}},
)
def api_search(
    session: SessionDep,
    index: SearchIndexDep,
    archive: ArchiveDep,
    form: SearchFormDep,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="Results per page.")] = 10,
    shape: _ShapeParam = Shape.OBJECTS,
) -> Response:
    """Search the archive: one page of articles with snippets, the total, facet counts and
    how the query was read; `_shape` arrays or ndjson for other shapes."""
    try:
        result_page = find_articles(session, index, form.request(per_page, with_reading=True))
    except QueryError as error:
        raise HTTPException(400, str(error)) from None
    results = result_page.results
    show_paths = archive.settings.show_capture_paths
    return shaped(
        {
            "items": [result_json(item, show_paths=show_paths) for item in result_page.items],
            "total": results.total,
            "page": results.page,
            "per_page": results.per_page,
            "facets": facets_json(results.facets) if results.facets else {},
            "took_ms": round(results.took_ms, 2),
            "query": reading_json(result_page.request, results),
        },
        shape,
    )


@router.get("/timeline", response_model=TimelineAnswer)
def api_timeline(index: SearchIndexDep, form: SearchFormDep) -> JSONResponse:
    """How many matches were published per day, month or year (whichever suits the span)."""
    return JSONResponse(timeline_json(search_timeline(index, form)))


@router.get("/articles/{article_id}", response_model=ArticleAnswer, responses=documented(404))
def api_article(article_id: RowId, session: SessionDep, archive: ArchiveDep) -> JSONResponse:
    """One article with its text."""
    article = session.get(Article, article_id)
    if article is None:
        raise HTTPException(404, f"There is no article {article_id}.")
    copies = [
        {
            "id": c.id,
            "source": c.source.name if c.source else None,
            "published_at": c.published.isoformat() if c.published else None,
        }
        for c in story_copies(session, article)[1]
    ]
    show_paths = archive.settings.show_capture_paths
    data = article_json(article, with_body=True, show_paths=show_paths)
    return JSONResponse({**data, "copies": copies})


@router.get("/health", response_model=HealthAnswer)
def api_health(session: SessionDep, index: SearchIndexDep) -> JSONResponse:
    """Whether the archive answers, and how far the index is behind the change log."""
    last_change = session.scalar(select(func.max(Change.id))) or 0
    position = index_position(index)
    return JSONResponse(
        {
            "status": "ok",
            "articles": count_articles(session),
            "last_change": last_change,
            "index_last_change": position.last,
            "index_lag": count_pending(session, position),
        }
    )
