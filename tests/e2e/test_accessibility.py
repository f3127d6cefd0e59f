"""axe-core (tests/e2e/vendor/axe-core, injected into each page) finds no violation on the main
pages, at a desktop and a phone size, in light and (at desktop size) dark colours."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
PAGES = {
    "home": "/",
    "search": "/search?q=Korea&country=KP",
    "countries": "/countries",
    "country": "/countries/KP",
    "month": "/dates/2023/8",
    "help": "/help",
    "compare": "/compare?q=Korea&q=Russia&q=Trump",
}
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}


def _pages(server: str) -> dict[str, str]:
    query = server + "/api/search?q=Kim+Jong+Un+arms+factories"
    with urllib.request.urlopen(query) as answer:
        article = f"/articles/{json.load(answer)['items'][0]['id']}"
    return {**PAGES, "article": article}


def _violations(browser: Any, server: str, size: str, scheme: str) -> list[str]:
    """Each page's violations, in a context of this size and colours (bypassing the pages' CSP,
    which refuses the injected axe script as it should)."""
    width, height = SIZES[size]
    context = browser.new_context(
        viewport={"width": width, "height": height}, color_scheme=scheme, bypass_csp=True
    )
    page = context.new_page()
    found = []
    for name, path in _pages(server).items():
        page.goto(server + path)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        for violation in result["violations"]:
            targets = [node["target"] for node in violation["nodes"]][:3]
            found.append(f"{name} ({size}, {scheme}): {violation['id']} at {targets}")
    context.close()
    return found


@pytest.mark.parametrize(
    ("size", "scheme"), [("desktop", "light"), ("phone", "light"), ("desktop", "dark")]
)
def test_no_axe_violations(module_browser: Any, server: str, size: str, scheme: str) -> None:
    assert _violations(module_browser, server, size, scheme) == []
