"""The JSON the API answers, as pydantic models: /openapi.json describes every success with
them (generated clients get types). Endpoints still build plain dicts in app/present/serialize.py
and return them as JSONResponse (see app/web/api.py); tests check the two agree."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class CountryTag(BaseModel):
    code: str = Field(description="ISO 3166-1 alpha-2 code.")
    name: str
    mentions: int = Field(description="How often the article names the country.")
    primary: bool = Field(description="Whether the article is mainly about this country.")


class SourceOut(BaseModel):
    name: str
    domain: str | None
    country: str | None = Field(description="The outlet's own country (alpha-2), if known.")


class CaptureOut(BaseModel):
    origin: str | None = Field(description="Where the capture was read from.")
    format: str | None
    sha256: str | None = Field(description="SHA-256 of the original bytes as captured.")


class ArticleOut(BaseModel):
    id: int
    url: str | None
    title: str | None
    source: SourceOut | None
    byline: str | None
    published_at: str | None = Field(description="ISO 8601; null when the date is unknown.")
    captured_at: str | None
    ingested_at: str | None
    language: str | None = Field(description="BCP 47 tag, e.g. en or es-VE.")
    countries: list[CountryTag]
    word_count: int | None
    external_id: str | None
    capture: CaptureOut
    group_id: int | None = Field(description="The story (group of copies) the article is in.")
    summary_only: bool = Field(description="Only the feed's summary was captured, not the text.")


class SearchItem(ArticleOut):
    snippet: str = Field(description="HTML: escaped text with the matches in <mark>.")
    snippet_text: str = Field(description="The same passages as plain text.")
    highlights: list[list[int]] = Field(
        description="Where the matches are in snippet_text: [start, end) pairs, in characters"
        " (Unicode code points)."
    )
    title_highlights: list[list[int]] = Field(
        description="Where the matches are in the title, the same way."
    )
    other_copies: int


class CodeCount(BaseModel):
    code: str
    name: str
    count: int


class NameCount(BaseModel):
    name: str
    count: int


class YearCount(BaseModel):
    year: str
    count: int


class MonthCount(BaseModel):
    month: str
    count: int


class DayCount(BaseModel):
    day: str = Field(description="2023-08-06")
    count: int


class FacetsOut(BaseModel):
    countries: list[CodeCount] = []
    source_countries: list[CodeCount] = []
    sources: list[NameCount] = []
    languages: list[CodeCount] = Field(
        default=[], description="Base languages (BCP 47), as `lang=` filters them."
    )
    years: list[YearCount] = []
    months: list[MonthCount] = []


class ReadTermOut(BaseModel):
    text: str = Field(description="The term after analysis (a phrase's words joined by spaces).")
    language: str | None = Field(
        description="The language it was analysed in (en, de…); null in byline, source, country."
    )


class ExpansionOut(BaseModel):
    word: str
    language: str | None = Field(description="The language the word is a term of.")
    articles: int = Field(description="About how many articles hold it.")


class PartsOut(BaseModel):
    words: list[str] = Field(description="The parts' stems ('storm', 'schade').")
    language: str = Field(description="The language the compound is read in.")
    weight: float = Field(description="A match on the parts weighs this much of the word's own.")


class ReadWordOut(BaseModel):
    typed: str = Field(description="The word, phrase or prefix as written.")
    kind: str = Field(description="word, phrase or prefix.")
    fields: list[str] = Field(description="Where it is looked for: title, lead, body, byline…")
    terms: list[ReadTermOut] = Field(
        description="What it was analysed into, per language; empty: too common, left out."
    )
    excluded: bool = Field(description="Under a NOT: the matches are those without it.")
    slop: int | None = Field(description="A phrase's room: its words at most this far apart.")
    expansions: list[ExpansionOut] = Field(
        description="A prefix's words in this archive; a word's: the words made from it, or it"
        " is made from, that it also finds, at half weight (outside English)."
    )
    parts: list[PartsOut] = Field(
        description="A compound's parts that it also finds written apart (German, Dutch, Swedish,"
        " Danish, Norwegian)."
    )


class FiltersOut(BaseModel):
    country: list[str]
    country_mode: str = Field(description="any or all (of the countries).")
    source_country: list[str]
    source: list[str]
    lang: list[str]
    byline: list[str]
    domain: list[str]
    min_words: int | None
    max_words: int | None
    captured_from: str | None
    captured_to: str | None


class QueryOut(BaseModel):
    text: str = Field(description="The query as sent.")
    sentence: str = Field(description="The result set in words, as the search page states it.")
    read_as: str = Field(description="The query's structure, AND, OR and NOT made explicit.")
    words: list[ReadWordOut]
    filters: FiltersOut
    published_from: str | None = Field(
        description="First publication day searched: `from` and the query's published: together."
    )
    published_to: str | None
    sort: str
    copies: str = Field(description="'one per story' or 'all'.")


class SearchAnswer(BaseModel):
    items: list[SearchItem]
    total: int = Field(description="Matching stories (or articles with copies=all).")
    page: int
    per_page: int
    facets: FacetsOut
    took_ms: float
    query: QueryOut = Field(description="How the query was read, and the result set in words.")


class SearchArraysAnswer(BaseModel):
    """`_shape=arrays`: the articles as rows of values under `columns`."""

    columns: list[str] = Field(description="The export's columns (no body), snippet, copies.")
    rows: list[list[Any]]
    total: int
    page: int
    per_page: int
    facets: FacetsOut
    took_ms: float
    query: QueryOut


class FacetValueOut(BaseModel):
    value: str = Field(description="What the facet's filter parameter takes (a code, a name).")
    name: str = Field(description="The value as readers know it.")
    count: int = Field(description="Matching stories (or articles with copies=all).")


class FacetAnswer(BaseModel):
    facet: str = Field(description="The filter parameter: country, source_country, source, lang.")
    title: str
    values: list[FacetValueOut] = Field(description="Every value, by count and then by name.")


class CopyOut(BaseModel):
    id: int
    source: str | None
    published_at: str | None


class ArticleAnswer(ArticleOut):
    body: str
    copies: list[CopyOut] = Field(description="Other copies of the same story.")


class TimelinePoint(BaseModel):
    period: str = Field(
        description="A day, week (its Monday), month or year: 2023-08-06, 2023-08 or 2023."
    )
    count: int


class TimelineAnswer(BaseModel):
    unit: str = Field(description="day, week, month or year, whichever suits the span.")
    points: list[TimelinePoint]


class HealthAnswer(BaseModel):
    status: str
    articles: int
    last_change: int
    index_last_change: int
    index_lag: int = Field(description="Changes the search index has yet to take in.")


class StoredAnswer(BaseModel):
    id: int
    outcome: str = Field(description="new, duplicate, or the like: what storing it did.")
    url: str = Field(description="Where the stored article is in this API.")
    indexed: bool = Field(description="Whether searches on every worker find it already.")
    searchable_within_s: float | None = Field(
        default=None, description="When not yet indexed: about how many seconds until it is."
    )


class CaptureRequest(BaseModel):
    url: str = Field(description="The page to fetch now: an http or https address.")
