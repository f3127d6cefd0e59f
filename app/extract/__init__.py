"""Extractors: a raw item -> an ArticleDraft, each field with the evidence it came from."""

from __future__ import annotations

from app.drafts import ArticleDraft, Evidence, ExtractionError, RawItem
from app.extract.jsonl import extract_json_article
from app.extract.textdump import extract_text_dump

_EXTRACTORS = {"text": extract_text_dump, "jsonl": extract_json_article}


def extract(item: RawItem) -> ArticleDraft:
    """Extract the article in `item`, by the format its reader gave it."""
    extractor = _EXTRACTORS.get(item.format)
    if extractor is None:
        raise ExtractionError(f"no extractor for format {item.format!r}")
    text, note = decode_text(item.content)
    draft = extractor(text)
    if note:
        draft.evidence["encoding"] = Evidence(item.where, note)
    return draft


def decode_text(content: bytes) -> tuple[str, str | None]:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252, saying so."""
    try:
        return content.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        note = f"not valid UTF-8 (byte {error.start}); read as Windows-1252"
        return content.decode("cp1252", errors="replace"), note


__all__ = ["ExtractionError", "decode_text", "extract"]
