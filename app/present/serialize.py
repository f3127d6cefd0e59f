"""Articles as JSON (API and exports), in the shape DESIGN fixes."""

from __future__ import annotations

from typing import Any

from app.countries import country_name
from app.moments import Moment
from app.present.facet_lists import facet_values
from app.present.results import ResultItem
from app.present.safe_text import hide_origin_paths, shown_origin
from app.present.timeline import Timeline
from app.search import Facets
from app.storage.models import Article, Capture


def article_json(
    article: Article, *, with_body: bool = False, show_paths: bool = False
) -> dict[str, Any]:
    """The public JSON of an article; `with_body` adds the text (article endpoint, exports),
    `show_paths` the server's folders in the capture's origin."""
    data: dict[str, Any] = {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "source": _source_json(article),
        "byline": article.byline,
        "published_at": _iso(article.published),
        "captured_at": _iso(article.captured),
        "ingested_at": _iso(article.ingested),
        "language": article.language,
        "countries": _countries_json(article),
        "word_count": article.word_count,
        "external_id": article.external_id,
        "capture": _capture_json(article.latest_capture, show_paths=show_paths),
        "group_id": article.group_id,
        "summary_only": article.summary_only,
    }
    if with_body:
        data["body"] = article.body
    return data


def result_json(item: ResultItem, *, show_paths: bool = False) -> dict[str, Any]:
    """A search result as the API gives it: the article, its snippet as HTML and as text with
    the hits' offsets, the title's hits, and its copies."""
    return {
        **article_json(item.article, show_paths=show_paths),
        "snippet": str(item.snippet),
        "snippet_text": item.excerpt.text,
        "highlights": [list(span) for span in item.excerpt.highlights],
        "title_highlights": [list(span) for span in item.title.highlights] if item.title else [],
        "other_copies": item.other_copies,
    }


def _countries_json(article: Article) -> list[dict[str, Any]]:
    return [
        {
            "code": c.code,
            "name": country_name(c.code),
            "mentions": c.mentions,
            "primary": c.is_primary,
        }
        for c in article.countries
    ]


def _capture_json(capture: Capture | None, *, show_paths: bool) -> dict[str, Any]:
    return {
        "origin": shown_origin(capture.origin, show_paths=show_paths) if capture else None,
        "format": capture.format if capture else None,
        "sha256": capture.sha256 if capture else None,
    }


def shown_origins(article: Article, *, show_paths: bool) -> dict[int, str]:
    """Each capture's origin as the article page shows it, by capture id."""
    return {c.id: shown_origin(c.origin, show_paths=show_paths) for c in article.captures}


def shown_evidence(article: Article, *, show_paths: bool) -> list[tuple[str, str, str]]:
    """(field, place, text) of each field's evidence, places without the server's folders."""
    origins = [capture.origin for capture in article.captures]
    return [
        (field, hide_origin_paths(place, origins, show_paths=show_paths), text)
        for field, (place, text) in article.evidence.items()
    ]


def facets_json(facets: Facets) -> dict[str, Any]:
    """Facet counts as the API gives them, ties in the order of their names."""
    coded = {
        key: [
            {"code": v.value, "name": v.label, "count": v.count}
            for v in facet_values(facets, param)
        ]
        for key, param in (
            ("countries", "country"),
            ("source_countries", "source_country"),
            ("languages", "lang"),
        )
    }
    return {
        **coded,
        "sources": [{"name": v.value, "count": v.count} for v in facet_values(facets, "source")],
        "years": [{"year": year, "count": n} for year, n in facets.years],
        "months": [{"month": month, "count": n} for month, n in facets.months],
    }


def timeline_json(timeline: Timeline) -> dict[str, Any]:
    """A timeline as the API gives it."""
    return {
        "unit": timeline.unit,
        "points": [{"period": period, "count": n} for period, n in timeline.points],
    }


def _source_json(article: Article) -> dict[str, Any] | None:
    source = article.source
    if source is None:
        return None
    return {"name": source.name, "domain": source.domain, "country": source.country}


def _iso(moment: Moment | None) -> str | None:
    return moment.isoformat() if moment else None
