"""Where the article sits in a page dump: its main run of prose, and the headline above it.

Whole-page dumps carry menus, teasers and sign-up boxes before the article, often with a
paragraph or two of their own; the article is where the prose is densest.
"""

from __future__ import annotations

import re

from app.extract import layout
from app.extract.bylines import parse_byline
from app.extract.line_dates import find_line_date, plausible
from app.extract.printed_dates import parse_date_line
from app.moments import Moment

_GAP = 4  # Non-prose lines (captions, ads) that may sit between two of its paragraphs.
_TEXT_WINDOW = 6
_WINDOW = 12  # Lines over which prose is summed to find the article.
_PARAGRAPH_WORDS = 20  # Lines from the first paragraph on that the headline is compared with.


def main_text_start(texts: list[str]) -> int | None:
    """The paragraph opening the most prose over the next lines; None if the dump has none.

    Then earlier paragraphs close above it join (a short lead, a quote between ads)."""
    prose = [_prose_words(text) for text in texts]
    if not any(prose):
        return None
    sums, running = [0] * len(prose), sum(prose[:_WINDOW])
    for i in range(len(prose)):  # Sliding sums: a whole page runs to thousands of lines.
        sums[i] = running
        running += (prose[i + _WINDOW] if i + _WINDOW < len(prose) else 0) - prose[i]
    start = max((i for i, words in enumerate(prose) if words), key=lambda i: (sums[i], -i))
    while earlier := [i for i in range(max(0, start - _GAP - 1), start) if prose[i]]:
        start = earlier[0]
    return start


def _prose_words(text: str) -> int:
    words = layout.word_count(text)
    if words < _PARAGRAPH_WORDS and not (words >= 4 and layout.ends_sentence(text)):
        return 0
    return 0 if layout.is_furniture(text) or layout.is_caption(text) else words


def headline_index(texts: list[str], first: int, captured: Moment | None) -> int:
    """Of the headline-like lines above the first paragraph, the one sharing most words with
    the text (menus and section names share none); 0 if none does."""
    text_words = _words(" ".join(texts[first : first + _TEXT_WINDOW]))
    best, best_shared = 0, 0
    for index in range(first):
        shared = len(_words(texts[index]) & text_words)
        if shared > best_shared and _could_be_title(texts[index], captured):
            best, best_shared = index, shared
    return best


def names_date(text: str, captured: Moment | None) -> bool:
    """Whether the line states a plausible publication date."""
    date = parse_date_line(text, captured) or find_line_date(text, captured)
    return date is not None and plausible(date.moment, captured)


def _could_be_title(text: str, captured: Moment | None) -> bool:
    words = layout.word_count(text)
    if words < 2 or words >= _PARAGRAPH_WORDS or text.rstrip().endswith("."):
        return False  # Headlines are short and rarely end with a full stop; prose does.
    if layout.is_furniture(text) or layout.is_caption(text):
        return False
    if parse_byline(text) or names_date(text, captured):
        return False
    return layout.could_be_headline(text)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w{4,}", text.lower()))
