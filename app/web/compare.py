"""Up to three queries on one timeline (the view Media Cloud is used for most): their matches
per period on one scale, as lines, with the same filters for each; also as JSON."""

from __future__ import annotations

from dataclasses import replace

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from app.present.results import facet_counts
from app.present.timeline import Timeline, timelines, with_totals
from app.search import QueryError, SearchIndex, search
from app.web.api_models import TimelinePoint
from app.web.deps import SearchIndexDep
from app.web.page_json import Shown, page_and_json
from app.web.page_models import CompareAnswer, ComparedQuery
from app.web.params import SearchForm, SearchFormDep
from app.web.problems import documented_pages

router = APIRouter(default_response_class=HTMLResponse, responses=documented_pages(400))
MAX_QUERIES = 3


@page_and_json(router, "/compare", "compare", CompareAnswer)
def compare_page(
    request: Request, index: SearchIndexDep, form: SearchFormDep
) -> Shown[CompareAnswer]:
    """Up to three queries (repeat `q`) over time on one chart, each with the same filters."""
    queries = [q.strip()[:2000] for q in request.query_params.getlist("q") if q.strip()]
    if len(queries) > MAX_QUERIES:
        raise HTTPException(400, f"Compare at most {MAX_QUERIES} queries at once.")
    found = timelines([_day_counts(index, replace(form, q=query)) for query in queries])
    all_days = facet_counts(index).days
    found = [with_totals(one, all_days) for one in found]
    answer = CompareAnswer(
        unit=found[0].unit if found else "day",
        queries=[
            ComparedQuery(q=query, total=one.total, points=_points(one.points))
            for query, one in zip(queries, found, strict=True)
        ],
        all_articles=_points(list(zip(_periods(found), found[0].totals, strict=True)))
        if found
        else [],
    )
    extra = {"queries": queries, "found": found, "form": replace(form, q="")}
    return Shown(answer, extra)


def _day_counts(index: SearchIndex, form: SearchForm) -> list[tuple[str, int]]:
    """One query's matches per day; a bad query is a 400 naming it."""
    try:
        facets = search(index, form.request(per_page=1)).facets
    except QueryError as error:
        raise HTTPException(400, f"“{form.q}”: {error}") from None
    return facets.days if facets else []


def _periods(found: list[Timeline]) -> list[str]:
    return [period for period, _ in found[0].points]


def _points(points: list[tuple[str, int]]) -> list[TimelinePoint]:
    return [TimelinePoint(period=period, count=n) for period, n in points]
