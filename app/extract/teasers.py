"""Runs of other stories' teasers, which pages set after an article: a kicker or a headline (one
to three short lines), then a summary of one short sentence, three times or more in a row
('Digital Life' / 'Uber erleidet Rückschlag vor Gericht' / 'Der Fahrtdienst ist mit …
abgeblitzt.'). An article's own sub-headings stand over several paragraphs, or longer ones.
"""

from __future__ import annotations

import numpy as np

from app.extract import layout
from app.extract.body_lines import Lines

_MIN_TEASERS = 3
_HEAD_LINES = 3  # Short lines over a summary: a section's kicker, a headline, a stamp.
_SHORT_WORDS = 14
_SUMMARY_MIN_WORDS = 8
_SUMMARY_MAX_WORDS = 40
# A second sentence: a summary has one.


def in_teasers(lines: Lines) -> np.ndarray:
    """Which lines belong to a run of teasers (its short lines and its summaries)."""
    kinds = _kinds(lines)
    inside = np.zeros(len(kinds), dtype=bool)
    start = 0
    while start < len(kinds):
        end, teasers = _run_from(kinds, start)
        if teasers >= _MIN_TEASERS:
            inside[start:end] = True
            start = end
        else:
            start += 1
    return inside


_OTHER, _SHORT, _SUMMARY = 0, 1, 2


def _kinds(lines: Lines) -> list[int]:
    """Each line as a summary, a short line or another, read from the measures the lines
    already have; only the few lines that could be either are read again."""
    words = lines.words
    summary = lines.paragraph & ~lines.item & (words >= _SUMMARY_MIN_WORDS)
    summary &= words <= _SUMMARY_MAX_WORDS
    kinds = np.where(words <= _SHORT_WORDS, _SHORT, _OTHER)
    for at in np.flatnonzero(summary):
        if not layout.sentence_breaks(lines.texts[int(at)]):
            kinds[at] = _SUMMARY
    # A gallery's pictures, each with its caption, may be the article's: a caption or credit
    # heads no teaser (read only where a summary follows within reach).
    heads = np.zeros(len(kinds), dtype=bool)
    for back in range(1, _HEAD_LINES + 1):
        heads[:-back] |= kinds[back:] == _SUMMARY
    for at in np.flatnonzero(heads & (kinds == _SHORT)):
        if layout.is_caption(lines.texts[int(at)]):
            kinds[at] = _OTHER
    return [int(kind) for kind in kinds]


def _run_from(kinds: list[int], start: int) -> tuple[int, int]:
    """Where a run of teasers opening at `start` ends (past its last summary), and how many."""
    at, teasers = start, 0
    while True:
        heads = 0
        while at + heads < len(kinds) and kinds[at + heads] == _SHORT and heads < _HEAD_LINES:
            heads += 1
        summary = at + heads
        if heads == 0 or summary >= len(kinds) or kinds[summary] != _SUMMARY:
            return at, teasers
        at, teasers = summary + 1, teasers + 1
