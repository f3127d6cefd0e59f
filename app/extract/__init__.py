"""Extractors: a raw item -> an ArticleDraft, each field with the evidence it came from."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from app.drafts import ArticleDraft, Evidence, ExtractionError, RawItem
from app.extract.feed import extract_feed_entry
from app.extract.html import extract_html_page
from app.extract.jsonl import extract_json_article
from app.extract.textdump import extract_text_dump
from app.extract.web import page_in_capture

_EXTRACTORS: dict[str, Callable[[str, RawItem], ArticleDraft]] = {
    "text": lambda text, _item: extract_text_dump(text),
    "jsonl": lambda text, _item: extract_json_article(text),
    "feed": lambda text, _item: extract_feed_entry(text),
    "html": extract_html_page,
}


def extract(item: RawItem) -> ArticleDraft:
    """Extract the article in `item`, by the format its reader gave it."""
    if item.format == "web":  # A capture from the web: the page inside it is the input.
        item = page_in_capture(item)
    extractor = _EXTRACTORS.get(item.format)
    if extractor is None:
        raise ExtractionError(f"no extractor for format {item.format!r}")
    text, note = decode_text(item.content, item.content_type)
    draft = extractor(text, item)
    if note:
        draft.evidence["encoding"] = Evidence(item.where, note)
    _apply_container_facts(draft, item)
    _composed(draft)
    return draft


def _composed(draft: ArticleDraft) -> None:
    """The draft's text in composed form (NFC), where a JSON escape or an HTML entity wrote a
    letter and its accent apart, after the text itself was composed (decode_text)."""
    draft.title = _nfc(draft.title)
    draft.byline = _nfc(draft.byline)
    draft.outlet = _nfc(draft.outlet)
    draft.paragraphs = [unicodedata.normalize("NFC", text) for text in draft.paragraphs]
    draft.captions = [unicodedata.normalize("NFC", text) for text in draft.captions]


def _nfc(text: str | None) -> str | None:
    return None if text is None else unicodedata.normalize("NFC", text)


def _apply_container_facts(draft: ArticleDraft, item: RawItem) -> None:
    """What the container (WARC record, HTTP post) knew, where the article itself is silent."""
    if draft.url is None and item.url:
        draft.url = item.url
        draft.evidence["url"] = Evidence(f"{item.where}: target URI", item.url)
    if draft.language is None and item.language:
        draft.language = item.language
        draft.evidence["language"] = Evidence(f"{item.where}: declared language", item.language)
    if draft.captured is None and item.captured is not None:
        draft.captured = item.captured
        draft.evidence["captured_at"] = Evidence(
            f"{item.where}: capture date", item.captured.isoformat()
        )


def decode_text(content: bytes, content_type: str = "") -> tuple[str, str | None]:
    """Text from bytes: UTF-8 when they are, else the declared charset, else Windows-1252;
    composed (NFC). Text written on a Mac or exported by some systems spells a letter and its
    accent apart (decomposed, NFD: 'o' and U+0308 for 'ö'): month names, country names and
    every word's terms are read in composed form, so 'Försäljning' written so would be found by
    no query, its date and places read by no rule."""
    text, note = _decoded(content, content_type)
    return unicodedata.normalize("NFC", text), note


def _decoded(content: bytes, content_type: str) -> tuple[str, str | None]:
    declared = _charset(content_type) or _meta_charset(content)
    if declared and not _is_multibyte_utf8(content):
        try:
            return content.decode(declared), None
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return content.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        note = f"not valid UTF-8 (byte {error.start}); read as Windows-1252"
        return content.decode("cp1252", errors="replace"), note


def _is_multibyte_utf8(content: bytes) -> bool:
    """Bytes that decode as UTF-8 and use its multi-byte sequences are UTF-8 whatever a page
    declares: text in a single-byte charset almost never forms valid sequences by chance, and
    pages that declare ISO-8859-1 but are UTF-8 are common (a template's old header)."""
    if content.isascii():
        return False
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


def _meta_charset(content: bytes) -> str | None:
    """An HTML page's own <meta charset>, from its first bytes."""
    match = _META_CHARSET.search(content[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            return value.strip('"').lower()
    return None


__all__ = ["ExtractionError", "decode_text", "extract"]
