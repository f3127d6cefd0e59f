"""Exports of the whole archive or of any search, as JSON lines or CSV, written as they are read."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, BinaryIO, TextIO

from sqlalchemy import select

from app.archive import Archive
from app.present.results import load_articles
from app.present.serialize import article_json
from app.present.warc import write_warc
from app.search import SearchRequest, all_matching_ids
from app.storage.models import Article

CSV_COLUMNS = [
    "id",
    "url",
    "title",
    "source",
    "source_domain",
    "source_country",
    "byline",
    "published_at",
    "captured_at",
    "ingested_at",
    "language",
    "countries",
    "word_count",
    "external_id",
    "capture_origin",
    "capture_format",
    "capture_sha256",
    "group_id",
    "body",
]
_BATCH = 500


def export_articles(
    archive: Archive, out: TextIO, fmt: str = "jsonl", request: SearchRequest | None = None
) -> int:
    """Write every article (or every match of a search) to `out`; returns how many."""
    rows = (article_json(article, with_body=True) for article in _articles(archive, request))
    if fmt == "csv":
        return _write_csv(rows, out)
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def export_warc(archive: Archive, out: BinaryIO, request: SearchRequest | None = None) -> int:
    """Write the originals of every article (or every match of a search) as WARC records."""
    return write_warc(_articles(archive, request, with_originals=True), out)


def _articles(
    archive: Archive, request: SearchRequest | None, with_originals: bool = False
) -> Iterator[Article]:
    if request is not None:
        ids = all_matching_ids(archive.index, request)
    else:
        with archive.sessions() as session:
            ids = list(session.scalars(select(Article.id).order_by(Article.id)))
    for start in range(0, len(ids), _BATCH):
        with archive.sessions() as session:
            yield from load_articles(session, ids[start : start + _BATCH], with_originals)


def _write_csv(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(csv_row(row))
        count += 1
    return count


def csv_row(article: dict[str, Any]) -> dict[str, Any]:
    """Flatten an article's JSON into the CSV columns."""
    source = article["source"] or {}
    capture = article["capture"]
    return {
        **{name: article.get(name) for name in CSV_COLUMNS if name in article},
        "source": source.get("name"),
        "source_domain": source.get("domain"),
        "source_country": source.get("country"),
        "countries": " ".join(country["code"] for country in article["countries"]),
        "capture_origin": capture["origin"],
        "capture_format": capture["format"],
        "capture_sha256": capture["sha256"],
    }
