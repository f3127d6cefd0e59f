"""Write endpoints: POST /api/articles, behind a bearer token (GEONEWS_API_TOKEN)."""

from __future__ import annotations

import hmac
import logging
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from app.archive import Archive
from app.archive.ingest import StorageError, ingest_items
from app.drafts import RawItem
from app.indexing.indexer import expected_delay, write_now
from app.readers import CONTENT_TYPES, Limits, ReadFailure, read_bytes
from app.web.api_models import StoredAnswer
from app.web.deps import ArchiveDep
from app.web.problems import documented

log = logging.getLogger("geonews.writes")
router = APIRouter(prefix="/api", tags=["api"], responses=documented(401, 403, 413, 415, 422, 503))
# How long a post waits for the catch-up turn to write its article into the index at once: a
# catch-up lets it in after a few articles (app/indexing/turns.py); a bulk build does not.
INDEX_NOW_WAIT_S = 3.0
_FORMATS_BY_TYPE = {
    "application/json": "jsonl",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
}


def check_token(archive: Archive, authorization: str | None) -> None:
    """401 or 403 unless the Authorization header holds the server's bearer token."""
    scheme, _, given = (authorization or "").partition(" ")
    check_given_token(archive, given if scheme.lower() == "bearer" else None)


def check_given_token(archive: Archive, given: str | None) -> None:
    """403 when writes are disabled or the token is wrong, 401 when none is given."""
    expected = archive.settings.api_token
    if not expected:
        raise HTTPException(403, "Writes are disabled: the server has no GEONEWS_API_TOKEN.")
    if not given:
        raise HTTPException(401, "A bearer token is required.", {"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(403, "The token is not valid.")


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"The body is over the limit of {limit:,} bytes.")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, f"The body is over the limit of {limit:,} bytes.")
    return bytes(body)


@router.post(
    "/articles",
    status_code=201,
    response_model=StoredAnswer,
    responses={200: {"model": StoredAnswer}},
)
async def post_article(
    request: Request,
    archive: ArchiveDep,
    authorization: Annotated[str | None, Header()] = None,
    url: Annotated[str | None, Query(description="Where a posted page was fetched from.")] = None,
) -> JSONResponse:
    """Store one article: JSON in the JSON-lines schema, an HTML page, or a text dump."""
    check_token(archive, authorization)
    content = await read_body(request, archive.settings.max_item_bytes)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    fmt = _FORMATS_BY_TYPE.get(media_type)
    if fmt is None:
        raise HTTPException(415, "Send application/json, text/html or text/plain.")
    limits = Limits.of(archive.settings)
    item = _one_item(content, fmt, request.headers.get("content-type"), url, limits)
    # The database work blocks: run it off the event loop; it returns once committed.
    try:
        report = await run_in_threadpool(ingest_items, archive, [item], catch_up=False)
    except StorageError as error:  # Disk full, read-only: nothing stored; the client may retry.
        raise HTTPException(503, f"The archive cannot store articles right now: {error}") from None
    if report.failures:
        raise HTTPException(422, report.failures[0].reason)
    indexed = await run_in_threadpool(index_now, archive, set(report.article_ids))
    request.app.state.indexer.wake()  # Records the position past it (or applies it, if not).
    outcome = next(name for name, count in report.counts.items() if count)
    return stored_answer(report.article_ids[0], outcome, indexed)


def index_now(archive: Archive, article_ids: set[int]) -> float | None:
    """Write the stored article into the index now, so every worker finds it within 0.25 s;
    None then, else the seconds until the change log's catch-up brings it."""
    try:
        if write_now(archive.sessions, archive.index, article_ids, INDEX_NOW_WAIT_S):
            return None
        return expected_delay(archive.sessions, archive.index)
    except Exception:  # Stored is stored: the catch-up indexes it (logged for the operator).
        log.exception("writing a posted article into the index failed; the catch-up will")
        return expected_delay(archive.sessions, archive.index)


def _one_item(
    content: bytes, fmt: str, content_type: str | None, url: str | None, limits: Limits
) -> RawItem:
    """The body as one raw item, or a 422 saying why it is not one article."""
    items = list(read_bytes(content, "api", fmt, limits))
    if len(items) != 1:
        raise HTTPException(422, "Send exactly one article.")
    item = items[0]
    if isinstance(item, ReadFailure):
        raise HTTPException(422, item.reason)
    return RawItem(item.content, "api", item.format, content_type or CONTENT_TYPES[fmt], url=url)


def stored_answer(article_id: int, outcome: str, delay: float | None) -> JSONResponse:
    """201 for a new article, else 200: its id, what storing did, and when search finds it."""
    body: dict[str, Any] = {
        "id": article_id,
        "outcome": outcome,
        "url": f"/api/articles/{article_id}",
        "indexed": delay is None,  # Searchable on every worker within 0.25 s.
    }
    if delay is not None:
        body["searchable_within_s"] = delay
    return JSONResponse(body, status_code=201 if outcome == "new" else 200)
