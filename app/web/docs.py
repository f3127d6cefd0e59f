"""The API's documentation at /docs, drawn on the server from /openapi.json: every operation
with its parameters and answers. Swagger UI would need its script and styles from a CDN (the
CSP allows neither) or a bundle no PyPI package here ships; this page needs neither."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute

from app.web.templating import templates

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)


def name_operations(router: APIRouter) -> None:
    """Operation ids from route names (api_search, not api_search_api_search_get) and
    summaries from the docstring's first clause ("Search the archive", not "Api Search")."""
    for route in router.routes:
        if isinstance(route, APIRoute):
            route.operation_id = route.operation_id or route.name
            first = (route.description or route.name).strip().split("\n")[0]
            route.summary = route.summary or first.split(":")[0].rstrip(".")


@router.get("/docs", name="api_docs")
def api_docs(request: Request) -> Response:
    """Every operation of the API, its parameters and its answers."""
    schema = request.app.openapi()
    operations = [
        {"method": method.upper(), "path": path, **operation}
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
    ]
    context = {"operations": operations, "schema_name": _schema_name}
    return templates.TemplateResponse(request, "docs.html", context)


def _schema_name(schema: dict[str, Any] | None) -> str:
    """A response or parameter schema in a few words: SearchAnswer, list of string, integer."""
    if not schema:
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "anyOf" in schema:
        return " or ".join(_schema_name(option) for option in schema["anyOf"])
    if schema.get("type") == "array":
        return f"list of {_schema_name(schema.get('items'))}"
    return str(schema.get("type", "object"))
