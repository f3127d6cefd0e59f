"""The FastAPI application: lifespan, routers, static files, error pages."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager, suppress

from fastapi import FastAPI, Request
from fastapi.exception_handlers import (
    http_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from app.archive import open_archive
from app.collect.fetcher import Fetcher
from app.indexing.indexer_thread import IndexerThread
from app.indexing.turns import TurnNotTaken
from app.settings import STATIC_DIR, Settings, get_settings
from app.web import (
    api,
    browse,
    captures,
    compare,
    docs,
    exports,
    facet_pages,
    feeds,
    pages,
    writes,
)
from app.web.http_edge import ApiCorsMiddleware, CacheControlMiddleware, HeadAsGetMiddleware
from app.web.security import CrossSiteWriteMiddleware, SecurityHeadersMiddleware
from app.web.templating import templates


def create_app(settings: Settings | None = None) -> FastAPI:
    """The app for these settings (tests pass their own; the server reads the environment)."""
    settings = settings or get_settings()
    app = FastAPI(title="GeoNews", lifespan=_lifespan(settings), docs_url=None, redoc_url=None)
    app.add_middleware(CrossSiteWriteMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(CacheControlMiddleware)
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(ApiCorsMiddleware, origins=settings.cors_origins)
    # Pages, JSON and exports are text that shrinks to a fifth; level 6 costs a fraction of 9's
    # time for nearly the same size. Outermost, so every header above is set on what is sent.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    if settings.allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    routers = (api, writes, captures, pages, facet_pages, browse, compare, feeds, exports, docs)
    for module in routers:
        docs.name_operations(module.router)
        app.include_router(module.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    return app


def _lifespan(settings: Settings) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Open the archive and start the indexer thread for the server's life."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        archive = open_archive(settings, catch_up=False)  # Migrates.
        # Catch the index up (invariant 4) in quick commits: no forking, no long merge. If
        # another process (a worker, a CLI ingest) is at it, the indexer thread follows it.
        with suppress(TurnNotTaken):
            archive.catch_up_index(bulk_allowed=False, wait=0)
        indexer = IndexerThread(archive)
        app.state.archive, app.state.indexer = archive, indexer
        app.state.fetcher = fetcher = Fetcher(settings)  # Captures on demand.
        indexer.start()
        try:
            yield
        finally:
            indexer.stop()
            fetcher.close()
            archive.close()

    return lifespan


def _wants_html(request: Request) -> bool:
    path = request.url.path  # The pages' .json twins (app/web/browse.py) answer errors in JSON.
    return not path.startswith(("/api/", "/static/")) and not path.endswith(".json")


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    if not _wants_html(request):
        return await http_exception_handler(request, error)
    context = {"status": error.status_code, "message": error.detail}
    return templates.TemplateResponse(request, "error.html", context, status_code=error.status_code)


async def _validation_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in error.errors()
    )
    if not _wants_html(request):  # One error shape: `detail` in words, as for 400 and 404.
        return JSONResponse({"detail": f"Values we cannot use: {problems}."}, status_code=422)
    context = {"status": 400, "message": f"This address has a value we cannot use ({problems})."}
    return templates.TemplateResponse(request, "error.html", context, status_code=400)
