"""Capture on demand over HTTP: POST /api/captures (bearer token, as the write API), and the
article page's form that fetches the full page of a summary-only article.

Both fetch through the follower's fetcher with all its rules (robots.txt, public addresses only,
size and time limits). The form never takes an address from the request: it fetches the
article's own URL, and only with the archive's token typed into it. A token in the form's body,
unlike a cookie, is not something a browser adds by itself, so a page elsewhere cannot make a
visitor's browser post it; cross-site posts are refused before that anyway (app/web/security.py).
"""

from __future__ import annotations

import json
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Header, HTTPException, Request, Response
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from app.archive import Archive
from app.archive.ingest import StorageError
from app.collect.capture import Captured, capture_page
from app.collect.fetched import FetchFailed, FetchRefused
from app.drafts import ExtractionError
from app.storage.models import Article
from app.web.api_models import CaptureRequest, StoredAnswer
from app.web.deps import ArchiveDep, RowId
from app.web.problems import Problem, documented
from app.web.writes import check_given_token, check_token, index_now, read_body, stored_answer

router = APIRouter()
# A request names one address (at most 2,000 characters) and a token.
MAX_REQUEST_BYTES = 10_000
_CAPTURE_ERRORS: dict[int | str, dict[str, Any]] = {
    403: {
        "model": Problem,
        "description": "Writes disabled, a wrong token, or a page we do not fetch"
        " (robots.txt forbids it, or a private address).",
    },
    422: {
        "model": Problem,
        "description": 'Not {"url": an http(s) address}, a page that could not be fetched'
        " (an HTTP error, too large, no answer), or one that holds no article.",
    },
}
_BODY = {"content": {"application/json": {"schema": CaptureRequest.model_json_schema()}}}


@router.post(
    "/api/captures",
    status_code=201,
    response_model=StoredAnswer,
    tags=["api"],
    responses={200: {"model": StoredAnswer}, **documented(401, 413, 503), **_CAPTURE_ERRORS},
    openapi_extra={"requestBody": {**_BODY, "required": True}},
)
async def post_capture(
    request: Request,
    archive: ArchiveDep,
    authorization: Annotated[str | None, Header()] = None,
) -> JSONResponse:
    """Fetch one page now, as the follower fetches it, and store it; a summary-only article
    under that address is replaced by it."""
    check_token(archive, authorization)
    url = _requested_url(await read_body(request, MAX_REQUEST_BYTES))
    captured = await _captured(request, archive, url)
    indexed = await _indexed(request, archive, captured)
    return stored_answer(captured.article_id, captured.outcome, indexed)


@router.post("/articles/{article_id}/capture", name="article_capture", include_in_schema=False)
async def capture_full_page(request: Request, article_id: RowId, archive: ArchiveDep) -> Response:
    """The article page's form: fetch a summary-only article's own page (needs the token)."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/x-www-form-urlencoded":
        raise HTTPException(415, "Send the form as the article page does.")
    form = parse_qs((await read_body(request, MAX_REQUEST_BYTES)).decode("utf-8", "replace"))
    check_given_token(archive, (form.get("token") or [""])[0])
    url = await run_in_threadpool(_summary_url, archive, article_id)
    captured = await _captured(request, archive, url, replaces=article_id)
    await _indexed(request, archive, captured)
    page = request.app.url_path_for("article", article_id=captured.article_id)
    return RedirectResponse(page, status_code=303)


def _requested_url(body: bytes) -> str:
    """The address a capture request names, or a 422 saying what is wrong with the body."""
    try:
        url = CaptureRequest.model_validate(json.loads(body)).url.strip()
    # ValueError: JSONDecodeError and UnicodeDecodeError too; json's C decoder recurses once
    # per level of nesting.
    except (ValueError, RecursionError, ValidationError):
        raise HTTPException(422, 'Send {"url": "https://…"}: the page to fetch.') from None
    if not url.lower().startswith(("http://", "https://")) or len(url) > 2000:
        raise HTTPException(422, "The url must be an http or https address (2,000 at most).")
    return url


def _summary_url(archive: Archive, article_id: int) -> str:
    """The address of a summary-only article, whose page the form fetches."""
    with archive.sessions() as session:
        article = session.get(Article, article_id)
        if article is None:
            raise HTTPException(404, f"There is no article {article_id}.")
        if not article.summary_only or not article.url:
            raise HTTPException(409, "This article has its full text already, or no address.")
        return article.url


async def _captured(
    request: Request, archive: Archive, url: str, replaces: int | None = None
) -> Captured:
    """The page fetched and stored, or an error saying why not (in words for the sender)."""
    fetcher = request.app.state.fetcher
    try:
        captured: Captured = await run_in_threadpool(
            capture_page, archive, fetcher, url, replaces=replaces
        )
    except FetchRefused as error:
        raise HTTPException(403, f"Not fetched: {error.reason}.") from None
    except FetchFailed as error:
        wait = {"Retry-After": f"{error.retry_after:.0f}"} if error.retry_after else None
        raise HTTPException(422, f"The page could not be fetched: {error.reason}.", wait) from None
    except ExtractionError as error:
        raise HTTPException(422, f"No article could be read from the page: {error}.") from None
    except StorageError as error:
        raise HTTPException(503, f"The archive cannot store articles right now: {error}") from None
    return captured


async def _indexed(request: Request, archive: Archive, captured: Captured) -> float | None:
    """The article written into the index now, as a posted one (None, else the seconds until
    the catch-up brings it)."""
    delay = await run_in_threadpool(index_now, archive, {captured.article_id})
    request.app.state.indexer.wake()
    return delay
