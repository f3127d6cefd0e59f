"""Browsing: by country, by day, by outlet, and the timeline of any search as CSV."""

from __future__ import annotations

import calendar
import csv
import io
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.responses import HTMLResponse

from app.countries import country_name, is_country_code
from app.present.results import facet_counts, find_articles
from app.present.timeline import timeline
from app.search import Filters, SearchRequest, Sort
from app.web.deps import SearchIndexDep, SessionDep
from app.web.params import SearchForm, SearchFormDep, search_timeline
from app.web.problems import answers, documented_pages
from app.web.templating import templates

router = APIRouter(default_response_class=HTMLResponse, responses=documented_pages(400, 404))
LATEST = 10
DAY_PAGE = 50


async def _day(year: int, month: int, day: int) -> date:  # A coroutine: no I/O.
    """The day a /dates/{year}/{month}/{day} address names, or a 404."""
    _check_year(year)
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):  # OverflowError: a number past C's int.
        raise HTTPException(404, f"{year}-{month}-{day} is not a day.") from None


DayDep = Annotated[date, Depends(_day)]


@router.get("/countries", name="countries")
def countries_page(request: Request, index: SearchIndexDep, sort: str = "count") -> Response:
    """Every country with the number of articles about it."""
    rows = [(code, country_name(code), n) for code, n in facet_counts(index).countries]
    if sort == "name":
        rows.sort(key=lambda row: row[1])
    context = {"rows": rows, "sort": "name" if sort == "name" else "count"}
    return templates.TemplateResponse(request, "countries.html", context)


@router.get("/countries/{code}", name="country")
def country_page(
    request: Request, code: str, session: SessionDep, index: SearchIndexDep
) -> Response:
    """A country's latest articles, its timeline, and the countries most reported with it."""
    code = code.upper()
    if not is_country_code(code):
        raise HTTPException(404, f"'{code[:10]}' is not a country code.")
    filters = Filters(countries=(code,))
    latest = find_articles(
        session,
        index,
        SearchRequest(sort=Sort.NEWEST, per_page=LATEST, filters=filters, with_facets=True),
    )
    facets = latest.results.facets
    assert facets is not None
    context = {
        "code": code,
        "name": country_name(code),
        "latest": latest,
        "timeline": timeline(facets.days),
        "form": SearchForm(country=(code,)),
        "with_countries": [(c, n) for c, n in facets.countries if c != code][:15],
        "sources": facets.sources[:10],
    }
    return templates.TemplateResponse(request, "country.html", context)


@router.get("/sources", name="sources")
def sources_page(request: Request, index: SearchIndexDep) -> Response:
    """Every outlet with its number of articles."""
    rows = facet_counts(index).sources
    return templates.TemplateResponse(request, "sources.html", {"rows": rows})


@router.get("/dates", name="dates")
def dates_page(request: Request, index: SearchIndexDep) -> Response:
    """Every year with articles, with its count, each linking to the year's page."""
    years = [(int(year), n) for year, n in facet_counts(index).years]
    context = {"years": sorted(years, reverse=True), "peak": max((n for _, n in years), default=0)}
    return templates.TemplateResponse(request, "dates.html", context)


@router.get("/dates/{year}", name="dates_year")
def year_page(request: Request, year: int, index: SearchIndexDep) -> Response:
    """A year: articles per month, with links to each month."""
    _check_year(year)
    year_filter = Filters(published_from=date(year, 1, 1), published_to=date(year, 12, 31))
    days = dict(facet_counts(index, year_filter).days)
    months = [
        (m, sum(n for d, n in days.items() if d.startswith(f"{year:04d}-{m:02d}")))
        for m in range(1, 13)
    ]
    context = {"year": year, "months": months, "month_names": calendar.month_name}
    return templates.TemplateResponse(request, "dates_year.html", context)


@router.get("/dates/{year}/{month}", name="dates_month")
def month_page(request: Request, year: int, month: int, index: SearchIndexDep) -> Response:
    """A month as a calendar of daily counts, with the months before and after."""
    _check_year(year)
    if not 1 <= month <= 12:
        raise HTTPException(404, "Months run from 1 to 12.")
    last = calendar.monthrange(year, month)[1]
    filters = Filters(published_from=date(year, month, 1), published_to=date(year, month, last))
    counts = dict(facet_counts(index, filters).days)
    weeks = [
        [(d, counts.get(d.isoformat(), 0) if d.month == month else None) for d in week]
        for week in calendar.Calendar().monthdatescalendar(year, month)
    ]
    first = date(year, month, 1)
    context = {
        "year": year,
        "month": month,
        "month_name": calendar.month_name[month],
        "weeks": weeks,
        "previous": first - timedelta(days=1),
        "next": first + timedelta(days=last),
        "total": sum(counts.values()),
    }
    return templates.TemplateResponse(request, "dates_month.html", context)


@router.get("/dates/{year}/{month}/{day}", name="dates_day")
def day_page(
    request: Request, the_day: DayDep, session: SessionDep, index: SearchIndexDep, page: int = 1
) -> Response:
    """The articles published on one day, with the days before and after."""
    filters = Filters(published_from=the_day, published_to=the_day)
    try:
        found = find_articles(
            session,
            index,
            SearchRequest(sort=Sort.OLDEST, page=page, per_page=DAY_PAGE, filters=filters),
        )
    except ValueError as error:
        raise HTTPException(400, str(error)) from None
    context = {
        "day": the_day,
        "found": found,
        "previous": the_day - timedelta(days=1),
        "next": the_day + timedelta(days=1),
        "form": SearchForm(date_from=the_day.isoformat(), date_to=the_day.isoformat()),
    }
    return templates.TemplateResponse(request, "dates_day.html", context)


def _check_year(year: int) -> None:
    if not 1900 <= year <= 2200:
        raise HTTPException(404, "Years run from 1900 to 2200.")


@router.get("/search/timeline.csv", name="timeline_csv", responses=answers("text/csv"))
def timeline_csv(index: SearchIndexDep, form: SearchFormDep) -> Response:
    """The timeline of a search as CSV: period, count."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    found = search_timeline(index, form)
    writer.writerow([found.unit, "count"])
    writer.writerows(found.points)
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8")
