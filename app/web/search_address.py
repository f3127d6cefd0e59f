"""A search written as a page's address (`q=korea&country=KP&from=2023&sort=newest`, or the
whole URL), read into the same form the pages read: `geonews export --search` exports what a
page shows, every filter included, without a second set of options to keep in step."""

from __future__ import annotations

from dataclasses import fields
from urllib.parse import parse_qsl, urlsplit

from app.search import QueryError, Sort
from app.web.params import LIST_PARAMS, SearchForm

# Query-string names that differ from the form's field names.
_FIELD_OF = {"from": "date_from", "to": "date_to"}


def form_from_address(address: str) -> SearchForm:
    """The search form of a page's address or query string; QueryError for what it cannot use."""
    query = urlsplit(address).query if "?" in address else address.lstrip("?")
    given: dict[str, list[str]] = {}
    for name, value in parse_qsl(query):
        given.setdefault(_FIELD_OF.get(name, name), []).append(value)
    unknown = sorted(set(given) - {f.name for f in fields(SearchForm)})
    if unknown:
        raise QueryError(f"Unknown search parameters: {', '.join(unknown)}.")
    values: dict[str, object] = {
        name: tuple(found) if name in LIST_PARAMS else found[-1] for name, found in given.items()
    }
    if "sort" in values:
        values["sort"] = _sort(str(values["sort"]))
    if "page" in values:
        values["page"] = _page(str(values["page"]))
    return SearchForm(**values)  # type: ignore[arg-type]


def _sort(value: str) -> Sort:
    try:
        return Sort(value)
    except ValueError:
        orders = ", ".join(order.value for order in Sort)
        raise QueryError(f"Unknown sort {value!r}; the orders are {orders}.") from None


def _page(value: str) -> int:
    if not value.isdigit():
        raise QueryError(f"A page is a number, not {value!r}.")
    return int(value)
