"""HTML pages. All state is in the query string, so every page can be bookmarked and shared."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse
from sqlalchemy import select

from app.archive.stats import count_articles
from app.present.citation import Cited, apa, bibtex, chicago, cited, ris
from app.present.differences import paragraph_differences
from app.present.query_reading import has_words, order_used, result_sentence, retry_advice
from app.present.results import facet_counts, find_articles, related_articles, story_copies
from app.present.serialize import shown_evidence, shown_origins
from app.present.timeline import timeline, with_totals
from app.search import DateError, ParameterError, QueryError, SearchRequest, Sort
from app.storage.models import Article, Capture
from app.web.deps import ArchiveDep, RowId, SearchIndexDep, SessionDep
from app.web.http_edge import public_base_url
from app.web.params import SearchForm, SearchFormDep
from app.web.problems import answers, documented_pages
from app.web.templating import templates

router = APIRouter(default_response_class=HTMLResponse, responses=documented_pages(400, 404))
HOME_ARTICLES = 20
HOME_COUNTRIES = 12


@router.get("/", name="home")
def home(request: Request, session: SessionDep, index: SearchIndexDep) -> Response:
    """The latest articles and a search box."""
    request_latest = SearchRequest(sort=Sort.NEWEST, per_page=HOME_ARTICLES, with_facets=True)
    latest = find_articles(session, index, request_latest)
    facets = latest.results.facets
    context = {
        "latest": latest,
        "article_count": count_articles(session),
        "top_countries": facets.countries[:HOME_COUNTRIES] if facets else [],
        "country_counts": facets.countries if facets else [],
        "form": SearchForm(),
    }
    return templates.TemplateResponse(request, "home.html", context)


@router.get("/search", name="search")
def search_page(
    request: Request,
    session: SessionDep,
    index: SearchIndexDep,
    archive: ArchiveDep,
    form: SearchFormDep,
) -> Response:
    """Results with snippets, facets, a timeline, sorting and pages; a message for a bad query."""
    if "within" in request.query_params or "fields" in request.query_params:
        return _kept_filters(request, form)
    context: dict[str, object] = {"q": form.q, "form": form, "error": None, "error_help": None}
    try:
        request_made = form.request(archive.settings.page_size, with_reading=True)
        result_page = find_articles(session, index, request_made)
    except QueryError as error:
        context["error"] = str(error)
        context["error_help"] = _error_help(error)
        return templates.TemplateResponse(request, "search.html", context, status_code=400)
    facets = result_page.results.facets
    context["page"] = result_page
    context["sentence"] = result_sentence(result_page.request, result_page.results)
    context["order"] = order_used(result_page.request, result_page.results).value
    context["can_rank"] = has_words(result_page.results)
    context["retry"] = retry_advice(result_page.results, filtered=form.is_filtered)
    # Beside every article's count per period: the page offers the share of them.
    all_days = facet_counts(index).days
    context["timeline"] = with_totals(timeline(facets.days), all_days) if facets else None
    return templates.TemplateResponse(request, "search.html", context)


def _error_help(error: QueryError) -> str:
    """Which help fits an error: the date format, the other parameters, or the query syntax."""
    if isinstance(error, DateError):
        return "dates"
    return "parameters" if isinstance(error, ParameterError) else "query"


def _kept_filters(request: Request, form: SearchForm) -> Response:
    """The header's search form, sent with `within`, answered by the search's own address (the
    words and the filters kept, empty fields left out: bookmarkable as usual).

    `within` holds the filters' query string when "keep the filters" is ticked, "keep" from an
    Apply button, and is empty beside the box when it is offered: alone, it means the box was
    unticked and the filters go. The search page sends every field of the search with
    `fields=search`, which is then the search (fields emptied: filters cleared); another page
    sends only the words, and the filters come from `within`.
    """
    params = request.query_params
    pairs = [("q", form.q)] if form.q else []
    signals = [value for value in params.getlist("within") if value]
    if "within" in params and not signals:  # The box offered and left unticked.
        return _see(request, pairs)
    if params.get("fields") == "search":  # The search page's own fields, as sent: all emptied,
        return _see(request, pairs + _filters(params.multi_items()))  # no filters.
    return _see(request, pairs + (_filters(parse_qsl(signals[-1])) if signals else []))


def _filters(items: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The search's own parameters among these, the empty ones and the form's signals left out."""
    return [(name, value) for name, value in items if value and name not in _FORM_SIGNALS]


_FORM_SIGNALS = ("q", "page", "within", "fields")


def _see(request: Request, pairs: list[tuple[str, str]]) -> Response:
    return RedirectResponse(f"{request.url.path}?{urlencode(pairs)}", status_code=303)


@router.get("/articles/{article_id}", name="article")
def article_page(
    request: Request, article_id: RowId, session: SessionDep, index: SearchIndexDep
) -> Response:
    """The article, its metadata, where each field came from, and its original captures."""
    article = session.get(Article, article_id)
    if article is None:
        raise HTTPException(404, f"There is no article {article_id}.")
    original, copies = story_copies(session, article)
    settings = request.app.state.archive.settings
    show_paths = settings.show_capture_paths
    citing = _citing(request, article)
    context = {
        "writes_enabled": bool(settings.api_token),  # The form to fetch a summary's page.
        "citation": citing,
        "apa": apa(citing),
        "chicago": chicago(citing),
        "bibtex": bibtex(citing, f"geonews{article.id}"),
        "article": article,
        "origins": shown_origins(article, show_paths=show_paths),
        "evidence": shown_evidence(article, show_paths=show_paths),
        "copies": copies,
        "original": original,
        "related": related_articles(session, index, article),
        "differences": (
            paragraph_differences(original.paragraphs, article.paragraphs)
            if original.id != article.id
            else []
        ),
    }
    return templates.TemplateResponse(request, "article.html", context)


def _citing(request: Request, article: Article) -> Cited:
    """The article's citation parts: its stable address here, read today."""
    archive = request.app.state.archive
    path = request.app.url_path_for("article", article_id=article.id)
    stable = public_base_url(request, archive.settings) + path
    return cited(article, stable, datetime.now(UTC).date())


@router.get(
    "/articles/{article_id}/citation.ris",
    name="article_ris",
    response_class=PlainTextResponse,
    responses={**answers("application/x-research-info-systems"), **documented_pages(404)},
)
def article_ris(request: Request, article_id: RowId, session: SessionDep) -> Response:
    """The article's citation as RIS, for reference managers (Zotero, EndNote)."""
    article = session.get(Article, article_id)
    if article is None:
        raise HTTPException(404, f"There is no article {article_id}.")
    headers = {"Content-Disposition": f'attachment; filename="geonews-{article_id}.ris"'}
    text = ris(_citing(request, article))
    return Response(text, media_type="application/x-research-info-systems", headers=headers)


@router.get("/help", name="help")
def help_page(request: Request) -> Response:
    """How to write queries, with examples."""
    return templates.TemplateResponse(request, "help.html", {})


@router.get(
    "/articles/{article_id}/captures/{capture_id}",
    name="capture",
    response_class=PlainTextResponse,
    responses=answers("text/plain"),
)
def capture_original(article_id: RowId, capture_id: RowId, session: SessionDep) -> Response:
    """The original bytes as captured, shown as plain text (never rendered as HTML)."""
    capture = session.scalar(
        select(Capture).where(Capture.id == capture_id, Capture.article_id == article_id)
    )
    if capture is None:
        raise HTTPException(404, f"Article {article_id} has no capture {capture_id}.")
    headers = {"Content-Security-Policy": "sandbox", "X-Capture-SHA256": capture.sha256}
    return Response(capture.content, media_type="text/plain; charset=utf-8", headers=headers)
