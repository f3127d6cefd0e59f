"""Search filters: countries, outlets, languages, bylines, word counts, publication and capture
dates, checked."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time

from app.countries import is_country_code
from app.enrich.language import normalise_tag
from app.search.day_bounds import parse_day_bound
from app.search.errors import DateError, ParameterError


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
    # Any of these within the byline, case aside ("smith" keeps "By Jane Smith").
    bylines: tuple[str, ...] = ()
    # Web domains, lowercase: each keeps its subdomains too (reuters.com: uk.reuters.com).
    domains: tuple[str, ...] = ()
    min_words: int | None = None
    max_words: int | None = None
    # Days (UTC) the page was captured on; articles of unknown capture are left out.
    captured_from: date | None = None
    captured_to: date | None = None

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
        *,
        bylines: list[str] | tuple[str, ...] = (),
        domains: list[str] | tuple[str, ...] = (),
        min_words: str | None = None,
        max_words: str | None = None,
        captured_from: str | None = None,
        captured_to: str | None = None,
    ) -> Filters:
        """Filters from query-string values; raises QueryError saying what is wrong."""
        published = _day_range(date_from, date_to, "from", "to")
        captured = _day_range(captured_from, captured_to, "captured_from", "captured_to")
        words = _word_range(min_words, max_words)
        return cls(
            countries=_codes(countries),
            source_countries=_codes(source_countries),
            sources=_texts(sources),
            published_from=published[0],
            published_to=published[1],
            all_countries=all_countries,
            languages=_tags(languages),
            bylines=_texts(bylines),
            domains=_domains(domains),
            min_words=words[0],
            max_words=words[1],
            captured_from=captured[0],
            captured_to=captured[1],
        )

    def value_tests(self) -> list[tuple[str, Callable[[str], bool]]]:
        """(index field, test of a value) of each filter on a one-value field in use."""
        tests: list[tuple[str, Callable[[str], bool]]] = []
        if self.sources:
            tests.append(("source", set(self.sources).__contains__))
        if self.source_countries:
            tests.append(("source_country", set(self.source_countries).__contains__))
        if self.languages:
            tests.append(("language", self.keeps_language))
        if self.domains:
            tests.append(("domain", self.keeps_domain))
        if self.bylines:
            tests.append(("byline_whole", self.keeps_byline))
        return tests

    def keeps_domain(self, domain: str) -> bool:
        """Whether an article from `domain` passes the domain filter."""
        return not self.domains or any(
            domain == wanted or domain.endswith("." + wanted) for wanted in self.domains
        )

    def keeps_byline(self, byline: str) -> bool:
        """Whether an article with this byline passes the byline filter."""
        folded = byline.casefold()
        return not self.bylines or any(wanted.casefold() in folded for wanted in self.bylines)

    def captured_seconds(self) -> tuple[int | None, int | None]:
        """The capture days as seconds since 1970 (UTC): the first and the last second."""
        first = _seconds(self.captured_from, time.min) if self.captured_from else None
        last = _seconds(self.captured_to, time.max) if self.captured_to else None
        return first, last

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
            raise ParameterError(
                f"'{value[:20]}' is not a country code; use two letters such as KP."
            )
        codes.append(code)
    return tuple(dict.fromkeys(codes))


def _tags(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    tags = []
    for value in values:
        if not value.strip():
            continue
        tag = normalise_tag(value)
        if tag is None:
            raise ParameterError(
                f"'{value[:20]}' is not a language tag; use a BCP 47 tag such as es or pt-BR."
            )
        tags.append(tag)
    return tuple(dict.fromkeys(tags))


def _texts(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value.strip() for value in values if value.strip()))


def _day_range(
    first: str | None, last: str | None, first_name: str, last_name: str
) -> tuple[date | None, date | None]:
    start = _named_bound(first, first_name, end=False) if first else None
    end = _named_bound(last, last_name, end=True) if last else None
    if start and end and start > end:
        raise DateError(f"'{first_name}' ({start}) is after '{last_name}' ({end}).")
    return start, end


def _named_bound(text: str, name: str, end: bool) -> date:
    """A day bound; its error names the parameter (a page has several date boxes)."""
    try:
        return parse_day_bound(text, end=end)
    except DateError as error:
        raise DateError(f"'{name}': {error}") from None


def _word_range(low: str | None, high: str | None) -> tuple[int | None, int | None]:
    least = _word_count(low, "min_words") if low and low.strip() else None
    most = _word_count(high, "max_words") if high and high.strip() else None
    if least is not None and most is not None and least > most:
        raise ParameterError(f"'min_words' ({least:,}) is more than 'max_words' ({most:,}).")
    return least, most


def _word_count(text: str, name: str) -> int:
    value = text.strip().replace(",", "").replace("_", "")
    if not value.isascii() or not value.isdigit() or len(value) > 9:
        raise ParameterError(f"'{name}' takes a number of words such as 500, not '{text[:20]}'.")
    return int(value)


def _domains(values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    domains = []
    for value in values:
        domain = value.strip().casefold().removeprefix("www.").strip(".")
        if not domain:
            continue
        if not _DOMAIN.match(domain):
            raise ParameterError(
                f"'{value[:40]}' is not a web domain; write one such as reuters.com."
            )
        domains.append(domain)
    return tuple(dict.fromkeys(domains))


_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*$")


def _seconds(day: date, at: time) -> int:
    return int(datetime.combine(day, at, tzinfo=UTC).timestamp())
