"""The JSON twins of the pages (/countries.json, /compare.json, /feeds.json, or the page with
Accept: application/json), as pydantic models that /openapi.json describes (app/web/page_json.py
routes them); the API's own answers are in app/web/api_models.py."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.web.api_models import (
    ArticleOut,
    CodeCount,
    DayCount,
    MonthCount,
    NameCount,
    TimelineAnswer,
    TimelinePoint,
    YearCount,
)


class ComparedQuery(BaseModel):
    q: str
    total: int = Field(description="Its matches over the whole span.")
    points: list[TimelinePoint]


class CompareAnswer(BaseModel):
    unit: str = Field(description="day, week, month or year, whichever suits the span.")
    queries: list[ComparedQuery] = Field(description="Each query's matches per period.")
    all_articles: list[TimelinePoint] = Field(
        description="Every article in the archive per period: what a share is of."
    )


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
