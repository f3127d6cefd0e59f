"""Every value of one facet of a search (the search page shows the top ones), as a page and as
JSON: a value the side list leaves out is one click away."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse

from app.present.facet_lists import FACET_KINDS, FacetValue, facet_json, facet_values
from app.search import QueryError, search
from app.web.api_models import FacetAnswer
from app.web.deps import SearchIndexDep
from app.web.params import SearchForm, SearchFormDep
from app.web.problems import documented, documented_pages
from app.web.templating import templates

router = APIRouter()
_Name = Annotated[str, Path(description="country, source_country, source or lang.")]
_Order = Annotated[str, Query(description="'name' lists values by name; by default by count.")]


def _values(index: SearchIndexDep, form: SearchForm, name: str, order: str) -> list[FacetValue]:
    """The facet's values over the search's matches; a bad query is a 400."""
    if name not in FACET_KINDS:
        raise HTTPException(404, f"There is no facet '{name[:40]}'; try {', '.join(FACET_KINDS)}.")
    try:
        results = search(index, form.request(per_page=1))
    except QueryError as error:
        raise HTTPException(400, str(error)) from None
    assert results.facets is not None  # form.request asks for them.
    return facet_values(results.facets, name, by_name=order == "name")


@router.get(
    "/search/facets/{name}",
    name="search_facet",
    response_class=HTMLResponse,
    responses=documented_pages(400, 404),
)
def facet_page(
    request: Request, name: _Name, index: SearchIndexDep, form: SearchFormDep, order: _Order = ""
) -> Response:
    """Every value of one facet of a search, each a link to the search narrowed to it."""
    values = _values(index, form, name, order)
    context = {"form": form, "q": form.q, "kind": FACET_KINDS[name], "values": values}
    context["by_name"] = order == "name"
    return templates.TemplateResponse(request, "facet.html", context)


@router.get(
    "/api/search/facets/{name}",
    tags=["api"],
    response_model=FacetAnswer,
    responses=documented(400, 404, 422),
)
def facet_api(
    name: _Name, index: SearchIndexDep, form: SearchFormDep, order: _Order = ""
) -> JSONResponse:
    """Every value of one facet of a search with its count (stories, as the search counts)."""
    return JSONResponse(facet_json(name, _values(index, form, name, order)))
