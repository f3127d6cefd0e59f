"""Pages with a JSON twin: the same address with .json (or Accept: application/json) answers the
page's numbers as JSON, typed by a pydantic model so that /openapi.json describes it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from app.web.problems import documented
from app.web.templating import templates

A = TypeVar("A", bound=BaseModel)


@dataclass(frozen=True)
class Shown(Generic[A]):
    """What a browsing page shows: its JSON answer, and what the HTML needs beyond it."""

    answer: A
    extra: dict[str, Any] = field(default_factory=dict)


def page_and_json(
    router: APIRouter, path: str, name: str, model: type[BaseModel]
) -> Callable[[Any], Any]:
    """Route `path` to a page and `path`.json to its JSON, both from the decorated builder.
    The .json route comes first: `/dates/{year}` would otherwise take `2023.json` as a year."""

    def register(build: Callable[..., Shown[Any]]) -> Callable[..., Shown[Any]]:
        built = Depends(build)

        def as_json(shown: Shown[Any] = built) -> Any:
            return shown.answer

        def as_page(request: Request, shown: Shown[Any] = built) -> Response:
            return _page(request, f"{name}.html", shown)

        as_json.__doc__ = as_page.__doc__ = build.__doc__
        router.add_api_route(
            path + ".json",
            as_json,
            name=f"{name}_json",
            response_model=model,
            response_class=JSONResponse,
            tags=["browse"],
            responses=documented(400, 404, 422),
        )
        router.add_api_route(path, as_page, name=name, responses=_also_json(model))
        return build

    return register


def _also_json(model: type[BaseModel]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI for a page that is also JSON (Accept: application/json)."""
    schema = {"$ref": f"#/components/schemas/{model.__name__}"}
    return {200: {"content": {"application/json": {"schema": schema}}}}


def _page(request: Request, template: str, shown: Shown[Any]) -> Response:
    """The page, or its JSON for a client that asks for JSON and not HTML."""
    accept = request.headers.get("accept", "")
    if "application/json" in accept and "text/html" not in accept:
        response: Response = JSONResponse(shown.answer.model_dump(mode="json"))
    else:
        context = {**dict(shown.answer), **shown.extra}
        response = templates.TemplateResponse(request, template, context)
    response.headers["Vary"] = "Accept"  # One address, two forms: caches must keep both.
    return response
