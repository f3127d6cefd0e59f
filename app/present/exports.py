"""Exports of the whole archive or of any search, as JSON lines, CSV, WARC or Atom.

One pipeline for the CLI (`geonews export`) and the web (`/search.csv`, `/search.jsonl`,
`/search.atom`): the matching ids, then the articles in batches (a short session each, so memory
stays flat however many match), then each format's text, written or streamed as it is made.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any, BinaryIO, Protocol, TextIO

from sqlalchemy import select

from app.archive import Archive
from app.present.results import load_articles
from app.present.safe_text import json_line, spreadsheet_cell
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
BATCH = 200


class ChunkWriter(Protocol):
    """Articles -> a format's text, a piece at a time."""

    def __call__(self, articles: Iterable[Article], *, show_paths: bool = ...) -> Iterator[str]:
        """The format's text of these articles."""
        ...


def matching_ids(archive: Archive, request: SearchRequest | None) -> list[int]:
    """Every match of a search in its order, or every article by id when there is no search."""
    if request is not None:
        return all_matching_ids(archive.index, request)
    with archive.sessions() as session:
        return list(session.scalars(select(Article.id).order_by(Article.id)))


def articles_in_batches(
    archive: Archive, ids: list[int], *, with_originals: bool = False
) -> Iterator[Article]:
    """The articles of `ids` in that order, loaded a batch at a time."""
    for start in range(0, len(ids), BATCH):
        with archive.sessions() as session:
            yield from load_articles(session, ids[start : start + BATCH], with_originals)


def jsonl_lines(articles: Iterable[Article], *, show_paths: bool = False) -> Iterator[str]:
    """One JSON object (with the article's text) per line."""
    for article in articles:
        data = article_json(article, with_body=True, show_paths=show_paths)
        yield json_line(json.dumps(data, ensure_ascii=False)) + "\n"


def csv_chunks(articles: Iterable[Article], *, show_paths: bool = False) -> Iterator[str]:
    """The CSV text a row at a time, header first; no cell can start a formula."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for article in articles:
        row = csv_row(article_json(article, with_body=True, show_paths=show_paths))
        writer.writerow({name: spreadsheet_cell(value) for name, value in row.items()})
        yield _drain(buffer)
    yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


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


def export_articles(
    archive: Archive, out: TextIO, fmt: str = "jsonl", request: SearchRequest | None = None
) -> int:
    """Write every article (or every match of a search) to `out`; returns how many."""
    show_paths = archive.settings.show_capture_paths
    writer: ChunkWriter = csv_chunks if fmt == "csv" else jsonl_lines
    chunks = partial(writer, show_paths=show_paths)
    return _write_counted(archive, out, chunks, request)


def _write_counted(
    archive: Archive,
    out: TextIO,
    chunks: Callable[[Iterable[Article]], Iterator[str]],
    request: SearchRequest | None,
) -> int:
    written = 0

    def counted(articles: Iterator[Article]) -> Iterator[Article]:
        nonlocal written
        for article in articles:
            written += 1
            yield article

    for chunk in chunks(counted(articles_in_batches(archive, matching_ids(archive, request)))):
        out.write(chunk)
    return written


def export_warc(archive: Archive, out: BinaryIO, request: SearchRequest | None = None) -> int:
    """Write the originals of every article (or every match of a search) as WARC records."""
    ids = matching_ids(archive, request)
    return write_warc(articles_in_batches(archive, ids, with_originals=True), out)
