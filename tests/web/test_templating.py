"""The filters pages use: direction and language of article text, and addresses of pages
(app/web/templating.py)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from app.present.names import language_name
from app.web import templating
from app.web.templating import _text_attributes


def test_right_to_left_languages_get_their_direction() -> None:
    assert _text_attributes("ar") == ' lang="ar" dir="rtl"'
    assert _text_attributes("fa-IR") == ' lang="fa-IR" dir="rtl"'
    assert _text_attributes("zh-Hant") == ' lang="zh-Hant" dir="ltr"'


def test_english_text_needs_nothing_the_page_does_not_say() -> None:
    assert _text_attributes("en-GB") == ""


def test_an_unknown_language_lets_the_browser_decide() -> None:
    assert _text_attributes(None) == ' dir="auto"'


def test_a_stored_tag_is_escaped_in_the_attribute() -> None:
    assert '"><' not in _text_attributes('x"><script>')


def test_languages_are_named_for_readers() -> None:
    assert language_name("es-VE") == "Spanish (Venezuela)"
    assert language_name("zh-Hant") == "Chinese (Traditional)"
    assert language_name(None) == "unknown"


def test_addresses_stay_right_when_kept_and_when_forgotten(
    seeded_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages' addresses are kept per app once worked out, a few at a time here: each result
    still links to its own article, read again after the kept ones are forgotten."""
    monkeypatch.setattr(templating, "PATHS_KEPT", 3)
    with seeded_client:
        for _ in range(2):
            page = seeded_client.get("/search", params={"q": "said"}).text
            found = seeded_client.get("/api/search", params={"q": "said"}).json()["items"]
            linked = re.findall(r'class="result-title"[^>]*><a href="/articles/(\d+)"', page)
            assert linked == [str(item["id"]) for item in found]
            assert len(set(linked)) > 3
            assert 'action="/search"' in page
