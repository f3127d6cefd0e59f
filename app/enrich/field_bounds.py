"""Text every store can hold: no lone surrogates, and short fields kept short.

JSON's "\\ud800" escape and file names that are not UTF-8 give Python strings with lone
surrogates, which no database encoding accepts; one of them would fail its whole batch at the
commit. And a title of a megabyte is not a title. Both are repaired here, before storage, and
the article says what was changed (its evidence shows under "repairs").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.drafts import ArticleDraft, Evidence

_SURROGATE = re.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
# The longest headline, byline and outlet name kept; longer ones are cut (README, limits).
MAX_TITLE = 1000
MAX_BYLINE = 300
MAX_OUTLET = 200


@dataclass(frozen=True)
class Repaired:
    """A text after repair, and what was done to it (empty when nothing)."""

    text: str
    notes: tuple[str, ...] = ()


def storable(text: str, max_length: int | None = None) -> Repaired:
    """The text with lone surrogates replaced by U+FFFD, cut to `max_length` characters."""
    notes: list[str] = []
    text, replaced = _SURROGATE.subn(REPLACEMENT, text)
    if replaced:
        notes.append(f"{replaced} unencodable character(s) replaced with U+FFFD")
    if max_length is not None and len(text) > max_length:
        notes.append(f"cut from {len(text):,} to {max_length:,} characters")
        text = text[:max_length]
    return Repaired(text, tuple(notes))


def repair_fields(draft: ArticleDraft) -> None:
    """Make every text field of the draft storable, noting each repair in its evidence."""
    notes: list[str] = []

    def fix(name: str, text: str | None, max_length: int | None = None) -> str | None:
        if text is None:
            return None
        repaired = storable(text, max_length)
        notes.extend(f"{name}: {note}" for note in repaired.notes)
        return repaired.text

    draft.title = fix("title", draft.title, MAX_TITLE)
    draft.byline = fix("byline", draft.byline, MAX_BYLINE)
    draft.outlet = fix("outlet", draft.outlet, MAX_OUTLET)
    for name in ("url", "language", "external_id"):
        setattr(draft, name, fix(name, getattr(draft, name)))
    draft.paragraphs = [fix("body", text) or "" for text in draft.paragraphs]
    draft.captions = [fix("captions", text) or "" for text in draft.captions]
    draft.evidence = {
        name: Evidence(fix("evidence", e.place) or "", fix("evidence", e.text) or "")
        for name, e in draft.evidence.items()
    }
    if notes:
        draft.evidence["repairs"] = Evidence("enrichment", "; ".join(dict.fromkeys(notes)))
