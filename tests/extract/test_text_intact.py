"""Text kept intact on the way in: UTF-8 read as UTF-8 whatever a page declares, the
zero-width joiners of Persian and Indic words kept, letters written apart from their accents
composed (app/extract/__init__.py, html.py)."""

from __future__ import annotations

import json
import unicodedata

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


def _apart(text: str) -> str:
    """Each accented letter as its base letter and a combining accent (NFD)."""
    return unicodedata.normalize("NFD", text)


def test_a_letter_written_apart_from_its_accent_is_composed() -> None:
    dump = _apart(
        " date 2024-02-08 Dagens Nyheter - Sverige Världen\n"
        "Försäljningen av elbilar ökade i Malmö\n"
        "Publicerad 7 février 2024\n"  # A French month, its é written apart.
        "Försäljningen av elbilar ökade kraftigt i Malmö under januari, enligt en ny rapport."
        " Handlarna räknar med att ökningen fortsätter under våren och sommaren i år.\n"
    )
    assert dump != unicodedata.normalize("NFC", dump)
    draft = extract(RawItem(dump.encode(), "dump.txt", "text", "text/plain"))
    assert draft.title == "Försäljningen av elbilar ökade i Malmö"
    assert draft.published is not None
    assert draft.published.local().date().isoformat() == "2024-02-07"
    assert unicodedata.is_normalized("NFC", draft.body)


def test_a_json_escape_of_an_accent_apart_is_composed() -> None:
    record = {"title": _apart("Zölle für München"), "body": _apart("Die Zölle steigen. ") * 3}
    line = json.dumps(record)  # ASCII: each accent a \\u escape, composed only when read.
    draft = extract(RawItem(line.encode(), "a.jsonl", "jsonl", "application/json"))
    assert draft.title == "Zölle für München"
    assert draft.body.startswith("Die Zölle steigen.")
    # Its date too, read from the JSON field before the draft is made.
    dated = json.dumps({**record, "date": _apart("7 février 2024")})
    draft = extract(RawItem(dated.encode(), "a.jsonl", "jsonl", "application/json"))
    assert draft.published is not None
    assert draft.published.local().date().isoformat() == "2024-02-07"
