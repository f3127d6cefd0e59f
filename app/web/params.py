"""The search form as it arrives in the query string, shared by pages, API and exports."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Depends, HTTPException, Query

from app.present.results import match_timeline
from app.present.timeline import Timeline
from app.search import MAX_PAGE, Filters, QueryError, SearchIndex, SearchRequest, Sort

LIST_PARAMS = ("country", "source_country", "source")


@dataclass(frozen=True)
class SearchForm:
    """Every search parameter as given; `request()` checks them and may raise QueryError."""

    q: str = ""
    sort: Sort = Sort.RELEVANCE
    page: int = 1
    country: tuple[str, ...] = ()
    source_country: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    date_from: str = ""
    date_to: str = ""
    copies: str = ""

    def request(self, per_page: int, with_facets: bool = True) -> SearchRequest:
        """The search to run (raises QueryError for values we cannot use)."""
        filters = Filters.parse(
            self.country, self.source_country, self.source, self.date_from, self.date_to
        )
        collapse = self.copies != "all"
        return SearchRequest(self.q, self.sort, self.page, per_page, filters, with_facets, collapse)

    def params(self) -> list[tuple[str, str]]:
        """The parameters of this search (page aside), for links."""
        pairs = [("q", self.q)] if self.q else []
        if self.sort is not Sort.RELEVANCE:
            pairs.append(("sort", self.sort.value))
        for name in LIST_PARAMS:
            pairs += [(name, value) for value in getattr(self, name)]
        pairs += [("from", self.date_from), ("to", self.date_to), ("copies", self.copies)]
        return [(name, value) for name, value in pairs if value]

    def link(self, **changes: object) -> str:
        """The query string of this search with some parameters changed (page back to 1)."""
        if "sort" in changes:
            changes["sort"] = Sort(str(changes["sort"]))
        form = replace(self, page=1, **changes)  # type: ignore[arg-type]
        return urlencode(form.params())

    def page_link(self, page: int) -> str:
        """The query string of another page of this search."""
        pairs = self.params() + ([("page", str(page))] if page > 1 else [])
        return urlencode(pairs)

    def toggle(self, name: str, value: str) -> str:
        """The query string with `value` added to or removed from the list parameter `name`."""
        current: tuple[str, ...] = getattr(self, name)
        toggled = tuple(v for v in current if v != value) if value in current else (*current, value)
        return self.link(**{name: toggled})

    def has(self, name: str, value: str) -> bool:
        return value in getattr(self, name)

    @property
    def is_filtered(self) -> bool:
        return any(getattr(self, name) for name in LIST_PARAMS) or bool(
            self.date_from or self.date_to
        )


async def search_form(  # A coroutine: no I/O (see app/web/deps.py).
    q: str = "",
    sort: Sort = Sort.RELEVANCE,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    country: Annotated[
        list[str] | None,
        Query(description="About this country (ISO alpha-2); repeat for any of several."),
    ] = None,
    source_country: Annotated[list[str] | None, Query(description="Outlet's own country.")] = None,
    source: Annotated[list[str] | None, Query(description="Outlet name.")] = None,
    date_from: Annotated[
        str | None, Query(alias="from", description="First day: 2023, 2023-08 or 2023-08-06.")
    ] = None,
    date_to: Annotated[str | None, Query(alias="to", description="Last day, same forms.")] = None,
    copies: Annotated[
        str, Query(description="'all' shows every copy of a story; by default one per story.")
    ] = "",
) -> SearchForm:
    """The search form from the query string."""
    return SearchForm(
        q=q[:2000],
        sort=sort,
        page=page,
        country=tuple(country or ()),
        source_country=tuple(source_country or ()),
        source=tuple(source or ()),
        date_from=date_from or "",
        date_to=date_to or "",
        copies="all" if copies == "all" else "",
    )


SearchFormDep = Annotated[SearchForm, Depends(search_form)]


def search_timeline(index: SearchIndex, form: SearchForm) -> Timeline:
    """The timeline of a search's matches; a bad query is a 400."""
    try:
        return match_timeline(index, form.request(per_page=1))
    except QueryError as error:
        raise HTTPException(400, str(error)) from None
