"""Browsing: by country, by day, by outlet, and the timeline of any search as CSV. Each page is
also JSON (app/web/page_json.py)."""

from __future__ import annotations

import calendar
import csv
import io
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Response
from fastapi.responses import HTMLResponse

from app.countries import country_name, is_country_code
from app.present.results import ResultPage, facet_counts, find_articles
from app.present.serialize import article_json, timeline_json
from app.present.timeline import timeline, with_totals
from app.search import Filters, SearchRequest, Sort
from app.web.api_models import (
    ArticleOut,
    CodeCount,
    DayCount,
    MonthCount,
    NameCount,
    TimelineAnswer,
    YearCount,
)
from app.web.deps import ArchiveDep, SearchIndexDep, SessionDep
from app.web.page_json import Shown, page_and_json
from app.web.page_models import (
    CountriesAnswer,
    CountryAnswer,
    DatesAnswer,
    DayAnswer,
    MonthAnswer,
    SourcesAnswer,
    YearAnswer,
)
from app.web.params import SearchForm, SearchFormDep, search_timeline
from app.web.problems import answers, documented_pages

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


@page_and_json(router, "/countries", "countries", CountriesAnswer)
def countries_page(index: SearchIndexDep, sort: str = "count") -> Shown[CountriesAnswer]:
    """Every country with the number of articles about it."""
    rows = [_code_count(code, n) for code, n in facet_counts(index).countries]
    counts = [(row.code, row.count) for row in rows]
    if sort == "name":
        rows.sort(key=lambda row: row.name)
    answer = CountriesAnswer(sort="name" if sort == "name" else "count", countries=rows)
    return Shown(answer, {"country_counts": counts, "form": SearchForm()})


@page_and_json(router, "/countries/{code}", "country", CountryAnswer)
def country_page(
    code: str, session: SessionDep, index: SearchIndexDep, archive: ArchiveDep
) -> Shown[CountryAnswer]:
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
    # Beside every article's count per period: the page offers the share of them.
    chart = with_totals(timeline(facets.days), facet_counts(index).days)
    answer = CountryAnswer(
        code=code,
        name=country_name(code),
        total=latest.results.total,
        timeline=TimelineAnswer.model_validate(timeline_json(chart)),
        with_countries=[_code_count(c, n) for c, n in facets.countries if c != code][:15],
        sources=[NameCount(name=name, count=n) for name, n in facets.sources[:10]],
        latest=_articles(latest, archive),
    )
    # The page draws the timeline from the Timeline itself, not from its JSON.
    extra = {"found": latest, "form": SearchForm(country=(code,)), "timeline": chart}
    return Shown(answer, extra)


def _code_count(code: str, count: int) -> CodeCount:
    return CodeCount(code=code, name=country_name(code), count=count)


def _articles(found: ResultPage, archive: ArchiveDep) -> list[ArticleOut]:
    show_paths = archive.settings.show_capture_paths
    return [
        ArticleOut.model_validate(article_json(item.article, show_paths=show_paths))
        for item in found.items
    ]


@page_and_json(router, "/sources", "sources", SourcesAnswer)
def sources_page(index: SearchIndexDep) -> Shown[SourcesAnswer]:
    """Every outlet with its number of articles."""
    rows = [NameCount(name=name, count=n) for name, n in facet_counts(index).sources]
    return Shown(SourcesAnswer(sources=rows))


@page_and_json(router, "/dates", "dates", DatesAnswer)
def dates_page(index: SearchIndexDep) -> Shown[DatesAnswer]:
    """Every year with articles, with its count, each linking to the year's page."""
    years = sorted(facet_counts(index).years, reverse=True)
    answer = DatesAnswer(years=[YearCount(year=year, count=n) for year, n in years])
    return Shown(answer, {"peak": max((n for _, n in years), default=0)})


@page_and_json(router, "/dates/{year}", "dates_year", YearAnswer)
def year_page(year: int, index: SearchIndexDep) -> Shown[YearAnswer]:
    """A year: articles per month, with links to each month."""
    _check_year(year)
    year_filter = Filters(published_from=date(year, 1, 1), published_to=date(year, 12, 31))
    days = facet_counts(index, year_filter).days
    months = {f"{year:04d}-{m:02d}": 0 for m in range(1, 13)}
    for day, n in days:
        months[day[:7]] = months.get(day[:7], 0) + n
    rows = [MonthCount(month=month, count=n) for month, n in months.items()]
    return Shown(YearAnswer(year=year, months=rows), {"month_names": calendar.month_name})


@page_and_json(router, "/dates/{year}/{month}", "dates_month", MonthAnswer)
def month_page(year: int, month: int, index: SearchIndexDep) -> Shown[MonthAnswer]:
    """A month as a calendar of daily counts, with the months before and after."""
    _check_year(year)
    if not 1 <= month <= 12:
        raise HTTPException(404, "Months run from 1 to 12.")
    last = calendar.monthrange(year, month)[1]
    filters = Filters(published_from=date(year, month, 1), published_to=date(year, month, last))
    counts = dict(facet_counts(index, filters).days)
    days = [date(year, month, d).isoformat() for d in range(1, last + 1)]
    weeks = [
        [(d, counts.get(d.isoformat(), 0) if d.month == month else None) for d in week]
        for week in calendar.Calendar().monthdatescalendar(year, month)
    ]
    first = date(year, month, 1)
    extra = {
        "month_name": calendar.month_name[month],
        "weeks": weeks,
        "previous": first - timedelta(days=1),
        "next": first + timedelta(days=last),
    }
    rows = [DayCount(day=day, count=counts.get(day, 0)) for day in days]
    total = sum(counts.values())
    return Shown(MonthAnswer(year=year, month=month, total=total, days=rows), extra)


@page_and_json(router, "/dates/{year}/{month}/{day}", "dates_day", DayAnswer)
def day_page(
    the_day: DayDep,
    session: SessionDep,
    index: SearchIndexDep,
    archive: ArchiveDep,
    page: int = 1,
) -> Shown[DayAnswer]:
    """The articles published on one day, with the days before and after."""
    filters = Filters(published_from=the_day, published_to=the_day)
    request = SearchRequest(sort=Sort.OLDEST, page=page, per_page=DAY_PAGE, filters=filters)
    try:
        found = find_articles(session, index, request)
    except ValueError as error:
        raise HTTPException(400, str(error)) from None
    results = found.results
    answer = DayAnswer(
        day=the_day.isoformat(),
        total=results.total,
        page=results.page,
        per_page=results.per_page,
        items=_articles(found, archive),
    )
    return Shown(answer, _day_links(the_day) | {"found": found})


def _day_links(the_day: date) -> dict[str, Any]:
    """What the day's page links to: the days around it, and a search within it."""
    return {
        "day": the_day,  # A date for the page's links, not the JSON's string.
        "previous": the_day - timedelta(days=1),
        "next": the_day + timedelta(days=1),
        "form": SearchForm(date_from=the_day.isoformat(), date_to=the_day.isoformat()),
    }


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
