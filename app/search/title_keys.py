"""Titles as they sort: case and accents aside, leading quotes and marks skipped, cut short."""

from __future__ import annotations

import unicodedata

# Enough to order titles as readers expect; the key is kept for every article in memory.
TITLE_KEY_BYTES = 48


def title_key(title: str | None) -> bytes:
    """The bytes a title sorts by (UTF-8 sorts as its characters do); empty without a title."""
    folded = unicodedata.normalize("NFKD", (title or "").casefold())
    letters = "".join(char for char in folded if not unicodedata.combining(char))
    start = next((i for i, char in enumerate(letters) if char.isalnum()), len(letters))
    # Cut at a character's end: a key is stored as text.
    return letters[start:].encode()[:TITLE_KEY_BYTES].decode(errors="ignore").encode()
