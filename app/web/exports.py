"""Every search as a file: CSV and JSON lines of the whole result set (streamed), and Atom."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response, StreamingResponse

from app.archive import Archive
from app.present.exports import CSV_COLUMNS, csv_row
from app.present.results import load_articles
from app.present.serialize import article_json
from app.search import QueryError, Sort, all_matching_ids
from app.storage.models import Article
from app.web.deps import ArchiveDep
from app.web.params import SearchForm, SearchFormDep
from app.web.problems import answers, documented_pages

router = APIRouter(tags=["exports"], responses=documented_pages(400, 404))
BATCH = 200
FEED_ENTRIES = 50
ATOM = "http://www.w3.org/2005/Atom"


def _all_ids(archive: Archive, form: SearchForm) -> list[int]:
    try:
        request = form.request(per_page=1, with_facets=False)
        return all_matching_ids(archive.index, request)
    except QueryError as error:
        raise HTTPException(400, str(error)) from None


def _articles(archive: Archive, ids: list[int]) -> Iterator[Article]:
    """The articles in batches, a short session each: memory stays flat however many match."""
    for start in range(0, len(ids), BATCH):
        with archive.sessions() as session:
            yield from load_articles(session, ids[start : start + BATCH])


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@router.get("/search.jsonl", name="search_jsonl", responses=answers("application/x-ndjson"))
def search_jsonl(archive: ArchiveDep, form: SearchFormDep) -> StreamingResponse:
    """Every match of a search, one article (with its text) per line."""
    ids = _all_ids(archive, form)
    lines = (
        json.dumps(article_json(article, with_body=True), ensure_ascii=False) + "\n"
        for article in _articles(archive, ids)
    )
    return StreamingResponse(
        lines, media_type="application/x-ndjson", headers=_attachment("geonews-search.jsonl")
    )


@router.get("/search.csv", name="search_csv", responses=answers("text/csv"))
def search_csv(archive: ArchiveDep, form: SearchFormDep) -> StreamingResponse:
    """Every match of a search as CSV, one article per row."""
    ids = _all_ids(archive, form)

    def rows() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for article in _articles(archive, ids):
            writer.writerow(csv_row(article_json(article, with_body=True)))
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    return StreamingResponse(
        rows(), media_type="text/csv; charset=utf-8", headers=_attachment("geonews-search.csv")
    )


@router.get("/search.atom", name="search_atom", responses=answers("application/atom+xml"))
def search_atom(request: Request, archive: ArchiveDep, form: SearchFormDep) -> Response:
    """The newest matches of a search as an Atom feed (subscribe to be told of new ones)."""
    newest = replace(form, sort=Sort.NEWEST, page=1)
    ids = _all_ids(archive, newest)[:FEED_ENTRIES]
    with archive.sessions() as session:
        articles = load_articles(session, ids)
    page_url = str(request.url_for("search")) + ("?" + form.link() if form.link() else "")
    feed = _atom(articles, form, page_url, str(request.url), request)
    return Response(feed, media_type="application/atom+xml; charset=utf-8")


def _atom(
    articles: list[Article], form: SearchForm, page_url: str, self_url: str, request: Request
) -> bytes:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "title", f"GeoNews: {form.q or 'all articles'}")
    _text(feed, "id", self_url)
    _text(feed, "updated", _stamp(max((a.updated_at for a in articles), default=None)))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=page_url)
    for article in articles:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        link = str(request.url_for("article", article_id=article.id))
        _text(entry, "title", article.title or "Untitled article")
        _text(entry, "id", link)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=link)
        _text(entry, "updated", _stamp(article.updated_at))
        if article.published is not None:
            _text(entry, "published", _stamp(article.published.utc))
        if article.byline:
            author = ET.SubElement(entry, f"{{{ATOM}}}author")
            _text(author, "name", article.byline)
        _text(entry, "summary", " ".join(article.body.split()[:80]))
    document: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return document


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text


def _stamp(moment: datetime | None) -> str:
    moment = moment or datetime.now(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat() + "Z"
