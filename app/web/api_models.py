"""The JSON the API answers, as pydantic models: /openapi.json describes every success with
them (generated clients get types). Endpoints still build plain dicts in app/present/serialize.py
and return them as JSONResponse (see app/web/api.py); tests check the two agree."""

from __future__ import annotations

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


class SearchAnswer(BaseModel):
    items: list[SearchItem]
    total: int = Field(description="Matching stories (or articles with copies=all).")
    page: int
    per_page: int
    facets: FacetsOut
    took_ms: float


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


# The browsing pages as JSON: /countries.json and the like (or the page with
# Accept: application/json).


class CountriesAnswer(BaseModel):
    sort: str = Field(description="count (most articles first) or name.")
    countries: list[CodeCount]


class CountryAnswer(BaseModel):
    code: str
    name: str
    total: int = Field(description="Stories about the country.")
    timeline: TimelineAnswer
    with_countries: list[CodeCount] = Field(description="Most often reported with it.")
    sources: list[NameCount] = Field(description="The outlets reporting it most.")
    latest: list[ArticleOut]


class SourcesAnswer(BaseModel):
    sources: list[NameCount]


class DatesAnswer(BaseModel):
    years: list[YearCount] = Field(description="Newest first; years without articles left out.")


class YearAnswer(BaseModel):
    year: int
    months: list[MonthCount] = Field(description="All twelve, with zero where none.")


class MonthAnswer(BaseModel):
    year: int
    month: int
    total: int
    days: list[DayCount] = Field(description="Every day of the month, with zero where none.")


class DayAnswer(BaseModel):
    day: str
    total: int
    page: int
    per_page: int
    items: list[ArticleOut] = Field(description="Oldest first.")


class FeedItemCounts(BaseModel):
    pending: int = Field(description="Listed, page not fetched yet.")
    summary: int = Field(description="Stored from the feed's summary; the page is tried again.")
    done: int = Field(description="Stored: with its page, or for good from the feed.")
    failed: int = Field(description="Given up on (its summary, if any, stays).")


class FeedOut(BaseModel):
    url: str
    kind: str = Field(description="feed (RSS, Atom, JSON Feed) or sitemap.")
    name: str | None = Field(description="The outlet's name, if given.")
    country: str | None = Field(description="The outlet's country (alpha-2), if given.")
    every_s: int = Field(description="Seconds between two polls.")
    added_at: str
    last_fetch_at: str | None = Field(description="The last poll, successful or not.")
    last_success_at: str | None
    failures: int = Field(description="Polls failed in a row since the last success.")
    next_due_at: str = Field(description="When the follower polls it next.")
    last_error: str | None = Field(description="Why the last poll failed (null after success).")
    items: FeedItemCounts


class FeedsAnswer(BaseModel):
    feeds: list[FeedOut] = Field(description="In the order they were added.")
