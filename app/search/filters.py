"""Search filters: countries, outlets and publication dates, checked, as a Whoosh filter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from whoosh import query

from app.countries import is_country_code
from app.search.days import parse_day_bound
from app.search.errors import QueryError


@dataclass(frozen=True)
class Filters:
    """What a search is narrowed to. Within one kind any value may match; kinds all apply."""

    countries: tuple[str, ...] = ()
    source_countries: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    published_from: date | None = None
    published_to: date | None = None

    @classmethod
    def parse(
        cls,
        countries: list[str] | tuple[str, ...] = (),
        source_countries: list[str] | tuple[str, ...] = (),
        sources: list[str] | tuple[str, ...] = (),
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> Filters:
        """Filters from query-string values; raises QueryError saying what is wrong."""
        published_from = parse_day_bound(date_from, end=False) if date_from else None
        published_to = parse_day_bound(date_to, end=True) if date_to else None
        if published_from and published_to and published_from > published_to:
            raise QueryError(f"'from' ({published_from}) is after 'to' ({published_to}).")
        return cls(
            countries=_codes(countries),
            source_countries=_codes(source_countries),
            sources=tuple(dict.fromkeys(s.strip() for s in sources if s.strip())),
            published_from=published_from,
            published_to=published_to,
        )

    @property
    def is_empty(self) -> bool:
        return self == Filters()

    def whoosh_filter(self) -> Any:
        """The Whoosh query that keeps only matching articles (None when nothing is filtered)."""
        parts = [
            _any_of("country", self.countries),
            _any_of("source_country", self.source_countries),
            _any_of("source", self.sources),
        ]
        if self.published_from or self.published_to:
            start = datetime.combine(self.published_from, time.min) if self.published_from else None
            end = datetime.combine(self.published_to, time.max) if self.published_to else None
            parts.append(query.DateRange("published", start, end))
        present = [part for part in parts if part is not None]
        return query.And(present) if present else None


def _any_of(field: str, values: tuple[str, ...]) -> Any:
    if not values:
        return None
    return query.Or([query.Term(field, value) for value in values])


def _codes(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    codes = []
    for value in values:
        code = value.strip().upper()
        if not code:
            continue
        if not is_country_code(code):
            raise QueryError(f"'{value[:20]}' is not a country code; use two letters such as KP.")
        codes.append(code)
    return tuple(dict.fromkeys(codes))
