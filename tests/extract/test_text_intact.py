"""Text kept intact on the way in: UTF-8 read as UTF-8 whatever a page declares, and the
zero-width joiners of Persian and Indic words kept (app/extract/__init__.py, html.py)."""

from __future__ import annotations

from app.drafts import RawItem
from app.extract import decode_text, extract

PERSIAN = "می‌خواهم این را بگویم که وزیر امور خارجه به تهران رفت"  # With a ZWNJ in the first word.


def _page(title: str, paragraph: str, charset: str) -> bytes:
    return (
        f'<html><head><meta charset="{charset}"><title>{title}</title></head><body><article>'
        f"<h1>{title}</h1>" + f"<p>{paragraph}</p>" * 6 + "</article></body></html>"
    ).encode()


def test_utf8_bytes_declared_as_latin1_are_read_as_utf8() -> None:
    text, note = decode_text(
        "Forstærket håb om erstatning".encode(), "text/html; charset=iso-8859-1"
    )
    assert (text, note) == ("Forstærket håb om erstatning", None)


def test_latin1_bytes_declared_as_latin1_stay_latin1() -> None:
    content = "Andrés Iniesta: los recuerdos son mágicos".encode("latin-1")
    assert decode_text(content, "text/html; charset=iso-8859-1")[0] == content.decode("latin-1")


def test_a_utf8_page_declaring_windows_1252_has_no_mojibake() -> None:
    paragraph = "Der Münchner Tatort feiert dreißig Jahre mit Leitmayr und Batic. " * 3
    page = _page("«Tatort» aus München", paragraph, "windows-1252")
    draft = extract(RawItem(page, "page.html", "html", "text/html"))
    assert draft.title == "«Tatort» aus München"
    assert "Münchner" in draft.body
    assert "Ã" not in draft.body


def test_zero_width_non_joiners_survive_html_extraction() -> None:
    page = _page(PERSIAN, f"{PERSIAN}. " * 4, "utf-8")
    draft = extract(RawItem(page, "page.html", "html", "text/html"))
    assert draft.title == PERSIAN
    assert draft.body.startswith(PERSIAN)
