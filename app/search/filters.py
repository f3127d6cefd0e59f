"""Search filters: countries, outlets, languages and publication dates, checked."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.countries import is_country_code
from app.enrich.language import normalise_tag
from app.search.day_bounds import parse_day_bound
from app.search.errors import QueryError


@dataclass(frozen=True)
class Filters:
    """What a search is narrowed to. Within one kind any value may match (countries: all of
    them when `all_countries`); kinds all apply."""

    countries: tuple[str, ...] = ()
    source_countries: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    published_from: date | None = None
    published_to: date | None = None
    all_countries: bool = False
    # BCP 47 tags: a base language ("es") keeps all its variants (es-VE), a full tag itself.
    languages: tuple[str, ...] = ()

    @classmethod
    def parse(
        cls,
        countries: list[str] | tuple[str, ...] = (),
        source_countries: list[str] | tuple[str, ...] = (),
        sources: list[str] | tuple[str, ...] = (),
        date_from: str | None = None,
        date_to: str | None = None,
        all_countries: bool = False,
        languages: list[str] | tuple[str, ...] = (),
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
            all_countries=all_countries,
            languages=_tags(languages),
        )

    def keeps_language(self, tag: str) -> bool:
        """Whether an article in language `tag` passes the language filter."""
        if not self.languages:
            return True
        lowered = tag.lower()
        return any(
            lowered == w.lower() or lowered.startswith(w.lower() + "-") for w in self.languages
        )

    def narrowed(self, first: date | None, last: date | None) -> Filters:
        """These filters with the publication days also limited to first..last."""
        starts = [d for d in (self.published_from, first) if d]
        ends = [d for d in (self.published_to, last) if d]
        return replace(
            self, published_from=max(starts, default=None), published_to=min(ends, default=None)
        )


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


def _tags(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    tags = []
    for value in values:
        if not value.strip():
            continue
        tag = normalise_tag(value)
        if tag is None:
            raise QueryError(
                f"'{value[:20]}' is not a language tag; use a BCP 47 tag such as es or pt-BR."
            )
        tags.append(tag)
    return tuple(dict.fromkeys(tags))
