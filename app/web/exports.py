"""Every search as a file: CSV and JSON lines of the whole result set (streamed), and Atom.

The formats themselves are written by app/present/exports.py and app/present/atom.py, the same
code `geonews export` runs; here are the routes.
"""

from __future__ import annotations

from dataclasses import replace

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response, StreamingResponse

from app.archive import Archive
from app.present.atom import FeedLinks, atom_feed
from app.present.exports import (
    ChunkWriter,
    articles_in_batches,
    csv_chunks,
    jsonl_lines,
    matching_ids,
)
from app.present.results import load_articles
from app.search import QueryError, Sort
from app.web.deps import ArchiveDep
from app.web.http_edge import public_base_url
from app.web.params import SearchForm, SearchFormDep
from app.web.problems import answers, documented_pages

# Every answer here says its own media type (answers()): none is JSON by default.
router = APIRouter(
    tags=["exports"], responses=documented_pages(400, 404), default_response_class=Response
)
FEED_ENTRIES = 50


def _all_ids(archive: Archive, form: SearchForm) -> list[int]:
    try:
        return matching_ids(archive, form.request(per_page=1, with_facets=False))
    except QueryError as error:
        raise HTTPException(400, str(error)) from None


def _download(
    archive: Archive, form: SearchForm, writer: ChunkWriter, media_type: str, name: str
) -> StreamingResponse:
    """Every match of the search, streamed as an attachment in the writer's format."""
    articles = articles_in_batches(archive, _all_ids(archive, form))
    disposition = {"Content-Disposition": f'attachment; filename="{name}"'}
    chunks = writer(articles, show_paths=archive.settings.show_capture_paths)
    return StreamingResponse(chunks, media_type=media_type, headers=disposition)


@router.get("/search.jsonl", name="search_jsonl", responses=answers("application/x-ndjson"))
def search_jsonl(archive: ArchiveDep, form: SearchFormDep) -> StreamingResponse:
    """Every match of a search, one article (with its text) per line."""
    return _download(archive, form, jsonl_lines, "application/x-ndjson", "geonews-search.jsonl")


@router.get("/search.csv", name="search_csv", responses=answers("text/csv"))
def search_csv(archive: ArchiveDep, form: SearchFormDep) -> StreamingResponse:
    """Every match of a search as CSV, one article per row."""
    return _download(archive, form, csv_chunks, "text/csv; charset=utf-8", "geonews-search.csv")


@router.get("/search.atom", name="search_atom", responses=answers("application/atom+xml"))
def search_atom(request: Request, archive: ArchiveDep, form: SearchFormDep) -> Response:
    """The newest matches of a search as an Atom feed (subscribe to be told of new ones)."""
    newest = replace(form, sort=Sort.NEWEST, page=1)
    ids = _all_ids(archive, newest)[:FEED_ENTRIES]
    with archive.sessions() as session:
        articles = load_articles(session, ids)
    base = public_base_url(request, archive.settings)
    query = "?" + form.link() if form.link() else ""
    links = FeedLinks(
        self_url=base + request.app.url_path_for("search_atom") + query,
        page_url=base + request.app.url_path_for("search") + query,
        article_url=lambda article_id: (
            base + request.app.url_path_for("article", article_id=article_id)
        ),
    )
    feed = atom_feed(articles, f"GeoNews: {form.q or 'all articles'}", links)
    return Response(feed, media_type="application/atom+xml; charset=utf-8")
