"""What the routes answer, for OpenAPI: every error as {"detail": "words"}, and non-JSON
successes."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class Problem(BaseModel):
    """What went wrong, in words meant for the person who sent the request."""

    detail: str


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for these error statuses (JSON)."""
    return {status: {"model": Problem, "description": REASONS[status]} for status in statuses}


def documented_pages(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for these error statuses of HTML pages (the message as a page)."""
    page = {"text/html": {"schema": {"type": "string"}}}
    return {status: {"description": REASONS[status], "content": page} for status in statuses}


def answers(media_type: str) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for a route whose success is not JSON or HTML."""
    return {200: {"content": {media_type: {"schema": {"type": "string"}}}}}


REASONS = {
    400: "A query or filter that cannot run; `detail` says why and what to write instead.",
    401: "No bearer token, or not the server's token.",
    403: "Writes are disabled on this server (no GEONEWS_API_TOKEN).",
    404: "No such article.",
    413: "The request body is larger than GEONEWS_MAX_ITEM_BYTES.",
    415: "Not JSON, HTML or plain text.",
    422: "A parameter or body we cannot use; `detail` says which and why.",
    503: "The archive cannot store right now (disk full, read-only); nothing was stored.",
}
