"""The index's fields, and what the index holds of one article."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from app.search.analysis import TEXT_ANALYZER, WORD_ANALYZER
from app.search.languages import marked
from app.search.title_keys import title_key


def build_schema() -> Schema:
    """The index fields. Only ids are stored: texts are read from the database."""
    return Schema(
        id=ID(stored=True, unique=True),
        version=ID(stored=True),
        title=TEXT(analyzer=TEXT_ANALYZER),
        lead=TEXT(analyzer=TEXT_ANALYZER),
        body=TEXT(analyzer=TEXT_ANALYZER),
        byline=TEXT(analyzer=TEXT_ANALYZER),
        source=ID(sortable=True),
        source_text=TEXT(analyzer=TEXT_ANALYZER),
        words=TEXT(analyzer=WORD_ANALYZER),
        source_country=ID(sortable=True),
        country=KEYWORD(scorable=False),
        # The article's BCP 47 tag as detected (es-VE, zh-Hant): a facet and a filter.
        language=ID(sortable=True),
        published=DATETIME(),
        published_month=ID(),
        published_day=ID(sortable=True),
        sort_date=NUMERIC(bits=64, sortable=True),
        group=NUMERIC(bits=64, sortable=True),
        # The article id as a column: ties in any order break by it, the same in every build.
        article=NUMERIC(bits=64, sortable=True),
        # Columns that filters and orders read (app/search/facets.py); every article has a
        # value (-1: unknown), the column default being the meta document's alone.
        domain=ID(sortable=True),
        byline_whole=ID(sortable=True),
        word_count=NUMERIC(bits=64, sortable=True),
        captured=NUMERIC(bits=64, sortable=True),
        # The title as it sorts (app/search/title_keys.py): a column only, never searched.
        title_key=COLUMN(VarBytesColumn()),
        # On the meta document: how far the change log was applied (app/indexing/positions.py).
        position=STORED(),
    )


@dataclass(frozen=True)
class IndexDocument:
    """What the index knows of one article."""

    article_id: int
    title: str | None
    body: str
    byline: str | None
    source: str | None
    # published_at is on the outlet's own clock (the day it printed); sort_date is UTC.
    source_country: str | None
    countries: tuple[str, ...]
    published_at: datetime | None
    sort_date: datetime
    # The article's content hash: tells a stale index entry from a current one.
    version: str
    group_id: int
    # BCP 47: the title, lead and body are stemmed in it (app/search/languages.py).
    language: str | None = None
    domain: str | None = None
    word_count: int = 0
    captured_at: datetime | None = None  # UTC.

    def fields(self) -> dict[str, Any]:
        lead = _lead(self.body)
        fields: dict[str, Any] = {
            "id": str(self.article_id),
            "lead": marked(lead, self.language),
            "words": f"{self.title or ''} {lead}",
            "version": self.version,
            "group": self.group_id,
            "article": self.article_id,
            "title": marked(self.title or "", self.language),
            "body": marked(self.body, self.language),
            "byline": self.byline or "",
            "sort_date": int(self.sort_date.timestamp()),
            "country": " ".join(self.countries),
            "word_count": self.word_count,
            "captured": _seconds(self.captured_at),
            "title_key": title_key(self.title),
        }
        return fields | self._optional_fields()

    def _optional_fields(self) -> dict[str, Any]:
        """The fields of values an article may lack, left out where it does."""
        fields: dict[str, Any] = {}
        if self.byline:
            fields["byline_whole"] = self.byline
        if self.domain:
            fields["domain"] = self.domain.casefold()
        if self.source:
            fields["source"] = self.source
            fields["source_text"] = self.source
        if self.source_country:
            fields["source_country"] = self.source_country
        if self.language:
            fields["language"] = self.language
        if self.published_at:
            fields["published"] = self.published_at
            fields["published_month"] = f"{self.published_at:%Y-%m}"
            fields["published_day"] = f"{self.published_at:%Y-%m-%d}"
        return fields


def _seconds(moment: datetime | None) -> int:
    """Seconds since 1970 of a naive UTC time (-1: unknown)."""
    return int(moment.replace(tzinfo=UTC).timestamp()) if moment else -1


def _lead(body: str) -> str:
    """The opening paragraph (dateline and lead): weighted above the rest of the body."""
    return body.split("\n\n", 1)[0]


def has_current_layout(schema: Schema) -> bool:
    """Whether an index's fields are today's, each with a column where today's has one and
    its text analysed as today's is."""
    return _layout(schema) == _layout(build_schema())


def _layout(schema: Schema) -> set[tuple[str, bool, str]]:
    """Each field's name, whether it has a column, and the analysis of its text."""
    return {
        (name, field.column_type is not None, _analysis(field)) for name, field in schema.items()
    }


def _analysis(field: Any) -> str:
    analyzer = getattr(field, "analyzer", None)
    if analyzer is None:
        return ""
    # The instance's own attributes, as unpickled from the index (not the class's).
    return f"{type(analyzer).__name__} {vars(analyzer).get('version', '')}"
