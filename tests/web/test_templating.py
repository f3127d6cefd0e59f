"""The filters pages use: direction and language of article text (app/web/templating.py)."""

from __future__ import annotations

from app.present.names import language_name
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
