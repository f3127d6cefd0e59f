"""The Jinja environment: autoescaped templates and the filters pages use."""

from __future__ import annotations

from collections.abc import Hashable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit
from weakref import WeakKeyDictionary

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from markupsafe import Markup

from app.countries import country_name
from app.moments import Moment, Precision
from app.present.facet_lists import FACET_KINDS, INLINE_VALUES, facet_values
from app.present.names import language_name
from app.present.query_reading import filter_phrases
from app.present.timeline import shared_charts
from app.present.world_map import world_map
from app.settings import TEMPLATES_DIR


def _moment(moment: Moment | None, unknown: str = "unknown") -> str:
    return moment.display() if moment else unknown


def _iso_moment(text: str | None, unknown: str = "never") -> str:
    """A time as a JSON answer writes it (ISO 8601 with its offset), shown as pages show one."""
    if not text:
        return unknown
    return Moment.from_aware(datetime.fromisoformat(text), Precision.SECOND).display()


def _query(params: dict[str, object], **changes: object) -> str:
    """A query string: the current parameters with some changed (None drops one)."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")}, doseq=True)


# Languages written right to left (BCP 47 base tags): Arabic, Persian, Hebrew, Urdu, Pashto,
# Sindhi, Yiddish, Dhivehi, Uyghur, Central Kurdish.
_RIGHT_TO_LEFT = {"ar", "fa", "he", "ur", "ps", "sd", "yi", "dv", "ug", "ckb"}


def _text_attributes(language: str | None) -> Markup:
    """`lang` and `dir` for an element holding article text in another language than the
    page's English: the browser then picks fonts, hyphenation and direction (right to left for
    Arabic), and screen readers the voice."""
    if not language:
        return Markup(' dir="auto"')
    if language.split("-")[0] == "en":
        return Markup("")  # The page's own language and direction.
    direction = "rtl" if language.split("-")[0] in _RIGHT_TO_LEFT else "ltr"
    return Markup(' lang="%s" dir="%s"') % (language, direction)


def _counted(count: int, singular: str, plural: str | None = None) -> str:
    """'1 article', '1,204 articles': the noun agrees with the number."""
    noun = singular if count == 1 else (plural or singular + "s")
    return f"{count:,} {noun}"


def _page_window(page: int, page_count: int, around: int = 2) -> list[int | None]:
    """The page numbers to link: the first, the last, and those near the current page; None
    where numbers are left out (shown as an ellipsis)."""
    shown = sorted({1, page_count, *range(page - around, page + around + 1)})
    window: list[int | None] = []
    for number in (n for n in shown if 1 <= n <= page_count):
        if window and number - (window[-1] or 0) > 1:
            window.append(None)
        window.append(number)
    return window


def _web_link(url: str | None) -> str | None:
    """The URL if it is safe to link (http or https); never javascript: or data:."""
    if url and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


# Addresses already worked out, per app: FastAPI's url_path_for walks every route at each call,
# and a search page links to the search a few hundred times (the world map, the facets).
_PATHS: WeakKeyDictionary[object, dict[Hashable, str]] = WeakKeyDictionary()
PATHS_KEPT = 4096  # Then forgotten all at once: article pages alone are many.


@pass_context
def _url_path_for(context: dict[str, Any], name: str, /, **path_params: object) -> str:
    """A page's address without scheme and host: Starlette's url_for takes them from the Host
    header, which anyone can set (a cache could then keep links to another site)."""
    request: Request = context["request"]
    paths = _PATHS.get(request.app)
    if paths is None:
        paths = _PATHS.setdefault(request.app, {})
    key = (name, *sorted(path_params.items()))
    path = paths.get(key)
    if path is None:
        if len(paths) >= PATHS_KEPT:
            paths.clear()
        path = paths[key] = str(request.app.url_path_for(name, **path_params))
    return path


templates = Jinja2Templates(directory=TEMPLATES_DIR)
templates.env.globals["url_for"] = _url_path_for
templates.env.filters["moment"] = _moment
templates.env.filters["iso_moment"] = _iso_moment
templates.env.filters["counted"] = _counted
templates.env.filters["country_name"] = country_name
templates.env.filters["web_link"] = _web_link
templates.env.filters["language_name"] = language_name
templates.env.globals["country_name"] = country_name
templates.env.globals["language_name"] = language_name
templates.env.globals["text_attributes"] = _text_attributes
templates.env.globals["current_year"] = lambda: datetime.now(UTC).year
templates.env.globals["plain"] = str
templates.env.globals["page_window"] = _page_window
templates.env.globals["today"] = lambda: datetime.now(UTC).date()
templates.env.globals["query_string"] = _query
templates.env.globals["facet_values"] = facet_values
templates.env.globals["filter_phrases"] = filter_phrases
templates.env.globals["facet_kinds"] = FACET_KINDS
templates.env.globals["inline_values"] = INLINE_VALUES
templates.env.globals["world_map"] = world_map
templates.env.globals["shared_charts"] = shared_charts
