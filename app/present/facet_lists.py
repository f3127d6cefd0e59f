"""Facets as readers see them: each value named, ordered by count and then by name (Sudan
before Venezuela, whatever their codes), the whole list or its top."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.countries import country_name
from app.present.names import language_name
from app.search import Facets

INLINE_VALUES = 12  # Shown beside the results; a link leads to the rest.


@dataclass(frozen=True)
class FacetKind:
    """One facet: its filter parameter, its heading, and how its values are named."""

    param: str
    title: str
    attribute: str  # Of Facets.
    name: Callable[[str], str]


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


FACET_KINDS = {
    kind.param: kind
    for kind in (
        FacetKind("country", "About (countries)", "countries", country_name),
        FacetKind(
            "source_country", "Published in (outlet's country)", "source_countries", country_name
        ),
        FacetKind("source", "Outlets", "sources", str),
        FacetKind("lang", "Languages", "languages", language_name),
    )
}


def facet_values(facets: Facets, param: str, by_name: bool = False) -> list[FacetValue]:
    """Every value of the facet, most frequent first and ties by name (or by name alone)."""
    kind = FACET_KINDS[param]
    values = [FacetValue(v, kind.name(v), n) for v, n in getattr(facets, kind.attribute)]
    if by_name:
        return sorted(values, key=lambda item: (item.label.casefold(), item.value))
    return sorted(values, key=lambda item: (-item.count, item.label.casefold(), item.value))


def facet_json(param: str, values: list[FacetValue]) -> dict[str, Any]:
    """A whole facet as the API gives it."""
    return {
        "facet": param,
        "title": FACET_KINDS[param].title,
        "values": [{"value": v.value, "name": v.label, "count": v.count} for v in values],
    }
