"""Which lines below the article's start are its text: a score per line, and the run it makes.

The end model (body_end.py) weighs one paragraph at a time; a box of links or a sign-up line
inside the text looks, from the paragraph above it, like the end. Here each line gets a learned
score of being article text (its kind and its neighbours'), and the run from the start whose
summed score is highest ends where the text most likely ends: evidence of all the lines below a
candidate, given to the end model as features of its own. The weights are learned on the
development set (`python -m bench.train_bounds end --write`) and shipped as data
(`data/article_lines_weights.json`).
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

from app.extract import layout
from app.extract.body_lines import Lines, is_note
from app.extract.learned_weights import read_weights

WEIGHTS_PATH = Path(__file__).with_name("data") / "article_lines_weights.json"
# Of the line, then of the lines either side, then of the few lines around it and of the page,
# then notes near it and whether it ends cut short.
FEATURES = (
    "bias", "paragraph", "footer", "short", "item", "comment", "log_words", "sentence",
    "prev_paragraph", "next_paragraph", "prev_footer", "next_footer", "prev_short", "next_short",
    "paragraphs_near", "footers_near", "short_near", "past_rule", "prose_below",
    "note", "prev_note", "next_note", "cut",
)  # fmt: skip
# What the end model reads of the run: a candidate ends it, how many candidates lie between
# the two, how much the summed score still gains below the candidate, and the scores of the
# candidate and of the few lines just below it.
SPAN = ("span_end", "before_span", "after_span", "gain_below", "own_score", "score_below")
_NEAR = 12  # Lines either side that make a line's neighbourhood.
_BELOW = 4  # Lines just below a candidate whose scores are averaged.
_CUT = ("...", "…")
_SCALE = 4.0  # Scores squashed (tanh) past this, so one sure line does not outweigh the rest.


def line_matrix(lines: Lines, rule_end: int) -> np.ndarray:
    """The features of every line, a row each (order of FEATURES)."""
    size = len(lines.texts)
    kinds = np.stack([lines.paragraph, lines.footer, lines.short]).astype(float)
    prev = np.pad(kinds, ((0, 0), (1, 0)))[:, :size]
    nxt = np.pad(kinds, ((0, 0), (0, 1)))[:, 1:]
    running = np.zeros((3, size + 1))
    np.cumsum(kinds, axis=1, out=running[:, 1:])
    index = np.arange(size)
    low, high = np.maximum(index - _NEAR, 0), np.minimum(index + _NEAR + 1, size)
    near = (running[:, high] - running[:, low]) / (high - low)
    prose = np.concatenate(([0.0], np.cumsum(lines.prose)))
    sentence = [layout.ends_sentence(text) for text in lines.texts]
    own = [np.ones(size), *kinds, lines.item, lines.comment, np.log1p(lines.words), sentence]
    page = [
        np.log1p(np.maximum(index - rule_end, 0)),
        (prose[-1] - prose[1:]) / max(float(prose[-1]), 1.0),
    ]
    note = np.zeros(size)  # Read on paragraphs only: the word lists are the costly part.
    for at in np.flatnonzero(lines.paragraph):
        note[at] = is_note(lines.texts[int(at)])
    notes = [note, np.pad(note, (1, 0))[:size], np.pad(note, (0, 1))[1:]]
    cut = [cut_short(text) for text in lines.texts]
    rows = [*own, prev[0], nxt[0], prev[1], nxt[1], prev[2], nxt[2], *near, *page, *notes, cut]
    return np.stack([np.asarray(row, dtype=float) for row in rows]).T


def cut_short(text: str) -> bool:
    """Whether the line ends cut short ('…'), as a teaser of another story does; an article's
    own text rarely does (a page cut at a paywall does)."""
    return text.rstrip().endswith(_CUT)


def span_matrix(
    lines: Lines, cands: np.ndarray, rule_end: int, w: np.ndarray | None = None
) -> np.ndarray:
    """What the best-scoring run of lines says of each candidate, a row each (order of SPAN)."""
    scores = line_scores(lines, rule_end, w)
    running = np.cumsum(scores)
    end = int(np.argmax(running))
    at = max(int(np.searchsorted(cands, end, side="right")) - 1, 0)
    ordinal = np.arange(len(cands))
    best_below = np.maximum.accumulate(running[::-1])[::-1]
    counts = np.stack(
        [
            np.maximum(at - ordinal, 0),
            np.maximum(ordinal - at, 0),
            best_below[cands] - running[cands],
        ]
    )
    tanh = np.tanh(np.stack([scores[cands], _mean_below(running, cands)]) / _SCALE)
    return np.concatenate([(ordinal == at)[None, :], np.log1p(counts), tanh]).T


def line_scores(lines: Lines, rule_end: int, w: np.ndarray | None = None) -> np.ndarray:
    """Each line's learned score of being article text."""
    scores: np.ndarray = line_matrix(lines, rule_end) @ (weights() if w is None else w)
    return scores


def around(scores: np.ndarray, cands: np.ndarray) -> np.ndarray:
    """Of each candidate: the mean score of the few lines just below it and the summed score of
    the lines between it and the candidate above, squashed; a row each."""
    running = np.concatenate(([0.0], np.cumsum(scores)))
    after_prev = np.concatenate(([0], cands[:-1] + 1))
    above = running[cands] - running[after_prev]
    return np.tanh(np.stack([_mean_below(running[1:], cands), above]) / _SCALE).T


def _mean_below(running: np.ndarray, cands: np.ndarray) -> np.ndarray:
    stop = np.minimum(cands + 1 + _BELOW, len(running))
    below: np.ndarray = (running[stop - 1] - running[cands]) / _BELOW
    return below


@functools.cache
def weights() -> np.ndarray:
    """The learned weights of the line features, in their order."""
    (line,) = read_weights(WEIGHTS_PATH, FEATURES)
    return line
