"""The search form as it arrives in the query string, shared by pages, API and exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, HTTPException, Query

from app.countries import country_name
from app.present.names import language_name
from app.present.results import match_timeline
from app.present.timeline import Timeline
from app.search import MAX_PAGE, Filters, QueryError, SearchIndex, SearchRequest, Sort
from app.search.day_bounds import parse_day_bound

LIST_PARAMS = ("country", "source_country", "source", "lang", "byline", "domain")
# One value each, named in the query string as here.
RANGE_PARAMS = ("min_words", "max_words", "captured_from", "captured_to")


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
    # "all": articles about every chosen country; by default about any of them.
    country_mode: str = ""
    lang: tuple[str, ...] = ()
    byline: tuple[str, ...] = ()
    domain: tuple[str, ...] = ()
    min_words: str = ""
    max_words: str = ""
    captured_from: str = ""
    captured_to: str = ""

    def request(
        self, per_page: int, with_facets: bool = True, with_reading: bool = False
    ) -> SearchRequest:
        """The search to run (raises QueryError for values we cannot use)."""
        filters = Filters.parse(
            self.country,
            self.source_country,
            self.source,
            self.date_from,
            self.date_to,
            all_countries=self.country_mode == "all",
            languages=self.lang,
            bylines=self.byline,
            domains=self.domain,
            **{name: getattr(self, name) for name in RANGE_PARAMS},
        )
        collapse = self.copies != "all"
        return SearchRequest(
            self.q, self.sort, self.page, per_page, filters, with_facets, collapse, with_reading
        )

    def params(self) -> list[tuple[str, str]]:
        """The parameters of this search (page aside), for links."""
        return _pairs(vars(self))

    def link(self, **changes: object) -> str:
        """The query string of this search with some parameters changed (page back to 1)."""
        if "sort" in changes:
            changes["sort"] = Sort(str(changes["sort"]))
        if unknown := changes.keys() - vars(self).keys():
            raise TypeError(f"No search parameter {', '.join(sorted(unknown))}.")
        # The fields changed in a mapping, not a new form: a search page makes hundreds of
        # links (a facet value, a country of the map, a period of the timeline each).
        return _encoded(_pairs({**vars(self), **changes}))

    def page_link(self, page: int) -> str:
        """The query string of another page of this search."""
        pairs = self.params() + ([("page", str(page))] if page > 1 else [])
        return _encoded(pairs)

    def toggle(self, name: str, value: str) -> str:
        """The query string with `value` added to or removed from the list parameter `name`."""
        current: tuple[str, ...] = getattr(self, name)
        toggled = tuple(v for v in current if v != value) if value in current else (*current, value)
        return self.link(**{name: toggled})

    def has(self, name: str, value: str) -> bool:
        return value in getattr(self, name)

    def day_inputs(self) -> tuple[str, str]:
        """The date bounds as full days for `<input type="date">` ('2023' from 2023-01-01 to
        2023-12-31); a bound we cannot read stays as written (the page says why)."""
        return _full_day(self.date_from, end=False), _full_day(self.date_to, end=True)

    def captured_inputs(self) -> tuple[str, str]:
        """The capture day bounds as full days, as `day_inputs`."""
        return _full_day(self.captured_from, end=False), _full_day(self.captured_to, end=True)

    def date_presets(self, today: date) -> list[tuple[str, str, bool]]:
        """(label, query string, whether it applies) for past week, month and year."""
        presets = []
        for label, days in (("Past week", 7), ("Past month", 30), ("Past year", 365)):
            first, last = (today - timedelta(days=days)).isoformat(), today.isoformat()
            active = (self.date_from, self.date_to) == (first, last)
            presets.append((label, self.link(date_from=first, date_to=last), active))
        return presets

    def kept_params(self, *names: str) -> list[tuple[str, str]]:
        """The parameters of this search but `names` (those a form on the page sets)."""
        return [(name, value) for name, value in self.params() if name not in names]

    def without_filters(self) -> str:
        """The query string of this search with no filter left (words and sort kept)."""
        return urlencode([(k, v) for k, v in self.params() if k in ("q", "sort", "copies")])

    def filter_link(self) -> str:
        """The query string of this search's filters alone (no words, sort or page)."""
        return urlencode([(k, v) for k, v in self.params() if k not in ("q", "sort")])

    def filter_words(self) -> list[str]:
        """The active filters in words, for the header's offer to keep them."""
        words = [f"about {country_name(c)}" for c in self.country]
        words += [f"published in {country_name(c)}" for c in self.source_country]
        words += [f"outlet {name}" for name in self.source]
        words += [f"in {language_name(tag)}" for tag in self.lang]
        if self.date_from or self.date_to:
            words.append(f"dated {self.date_from or '…'} to {self.date_to or '…'}")
        words += [f"byline with {text}" for text in self.byline]
        words += [f"from {domain}" for domain in self.domain]
        if self.min_words or self.max_words:
            words.append(f"{self.min_words or '0'} to {self.max_words or '…'} words")
        if self.captured_from or self.captured_to:
            words.append(f"captured {self.captured_from or '…'} to {self.captured_to or '…'}")
        return words

    @property
    def is_filtered(self) -> bool:
        return any(getattr(self, name) for name in (*LIST_PARAMS, *RANGE_PARAMS)) or bool(
            self.date_from or self.date_to
        )


def _pairs(form: dict[str, Any]) -> list[tuple[str, str]]:
    """The parameters of a search (page aside) from its form's fields."""
    pairs = [("q", form["q"])] if form["q"] else []
    if form["sort"] is not Sort.RELEVANCE:
        pairs.append(("sort", form["sort"].value))
    for name in LIST_PARAMS:
        pairs += [(name, value) for value in form[name]]
    if len(form["country"]) > 1:  # The mode means nothing for one country: no link says it.
        pairs.append(("country_mode", form["country_mode"]))
    pairs += [("from", form["date_from"]), ("to", form["date_to"]), ("copies", form["copies"])]
    pairs += [(name, form[name]) for name in RANGE_PARAMS]
    return [(name, value) for name, value in pairs if value]


@lru_cache(maxsize=4096)
def _encoded_pair(pair: tuple[str, str]) -> str:
    return urlencode([pair])


def _encoded(pairs: list[tuple[str, str]]) -> str:
    """urlencode(pairs), each pair encoded once: a page's links repeat the same few."""
    return "&".join(map(_encoded_pair, pairs))


# The query string's parameters, described for OpenAPI.
_Text = Annotated[
    str, Query(description='Words, "phrases", AND/OR/NOT, prefix*, title:word (see /help).')
]
_Order = Annotated[
    Sort,
    Query(
        description="relevance; newest or oldest (publication date, undated last);"
        " captured_newest or captured_oldest (capture date, unknown last); outlet or title"
        " (A to Z); longest or shortest (word count)."
    ),
]
_Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Which page of results.")]
_Countries = Annotated[
    list[str] | None, Query(description="About this country (ISO alpha-2); repeat for several.")
]
_Codes = Annotated[list[str] | None, Query(description="Outlet's own country.")]
_Outlets = Annotated[list[str] | None, Query(description="Outlet name.")]
_Languages = Annotated[
    list[str] | None,
    Query(description="Language, BCP 47: es keeps es-VE too, es-VE itself; repeat for several."),
]
_From = Annotated[
    str | None, Query(alias="from", description="First day: 2023, 2023-08 or 2023-08-06.")
]
_To = Annotated[str | None, Query(alias="to", description="Last day, same forms.")]
_Bylines = Annotated[
    list[str] | None,
    Query(
        description="Text within the byline, case aside (smith keeps Jane Smith);"
        " repeat for any of several."
    ),
]
_Domains = Annotated[
    list[str] | None,
    Query(
        description="The outlet's web domain, subdomains included"
        " (reuters.com keeps uk.reuters.com)."
    ),
]
_MinWords = Annotated[str, Query(description="At least this many words.")]
_MaxWords = Annotated[str, Query(description="At most this many words.")]
_CapturedFrom = Annotated[
    str, Query(description="Captured on or after this day (UTC): 2023, 2023-08 or 2023-08-06.")
]
_CapturedTo = Annotated[str, Query(description="Captured on or before this day (UTC), same forms.")]
_Copies = Annotated[
    str, Query(description="'all' shows every copy of a story; by default one per story.")
]
_Mode = Annotated[
    str, Query(description="'all': about every `country` given; by default about any of them.")
]


async def field_filters(
    byline: _Bylines = None,
    domain: _Domains = None,
    min_words: _MinWords = "",
    max_words: _MaxWords = "",
    captured_from: _CapturedFrom = "",
    captured_to: _CapturedTo = "",
) -> dict[str, Any]:
    """The filters on the other fields, from the query string (part of the search form)."""
    return {
        "byline": tuple(text[:200] for text in byline or ()),
        "domain": tuple(domain or ()),
        "min_words": min_words,
        "max_words": max_words,
        "captured_from": captured_from,
        "captured_to": captured_to,
    }


# A default only because the parameters before it have one: FastAPI always resolves it.
_NO_OTHER_FIELDS: dict[str, Any] = {}


async def search_form(  # A coroutine: no I/O (see app/web/deps.py).
    q: _Text = "",
    sort: _Order = Sort.RELEVANCE,
    page: _Page = 1,
    country: _Countries = None,
    source_country: _Codes = None,
    source: _Outlets = None,
    date_from: _From = None,
    date_to: _To = None,
    copies: _Copies = "",
    country_mode: _Mode = "",
    lang: _Languages = None,
    other_fields: Annotated[dict[str, Any], Depends(field_filters)] = _NO_OTHER_FIELDS,
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
        country_mode="all" if country_mode == "all" else "",
        lang=tuple(lang or ()),
        **other_fields,
    )


SearchFormDep = Annotated[SearchForm, Depends(search_form)]


def search_timeline(index: SearchIndex, form: SearchForm) -> Timeline:
    """The timeline of a search's matches; a bad query is a 400."""
    try:
        return match_timeline(index, form.request(per_page=1))
    except QueryError as error:
        raise HTTPException(400, str(error)) from None


def _full_day(bound: str, end: bool) -> str:
    try:
        return parse_day_bound(bound, end=end).isoformat() if bound else ""
    except QueryError:
        return bound
