"""Learn which lines are the article's text (app/extract/article_lines.py), for the end model.

Each line from the text's start on is labelled by the gold: in up to the gold last paragraph,
out below it. A logistic score is fitted on the lines; the end model then reads the best run
of lines each score makes. So that the end model learns from scores as honest as those it
meets on a new site, each dump's lines are scored by a model fitted on the other sites' folds.
"""

from __future__ import annotations

import hashlib

import numpy as np

from bench.dump_gold import GoldEntry

_FOLDS = 4
_STEPS = 400
_RATE = 0.05
_L2 = 1e-3


def fit_lines(data: list[tuple[GoldEntry, np.ndarray, np.ndarray]], width: int) -> np.ndarray:
    """Weights of a logistic score of the lines being the article's, by Adam."""
    x = np.concatenate([rows for _, rows, _ in data])
    y = np.concatenate([labels for _, _, labels in data]).astype(float)
    w, m, v = np.zeros(width), np.zeros(width), np.zeros(width)
    for step in range(1, _STEPS + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = _L2 * w + x.T @ (p - y) / len(y)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= _RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def fold(entry: GoldEntry) -> int:
    """The fold of the entry's site."""
    site = (entry.domain or entry.site).encode()
    return int(hashlib.sha1(site + b"lines").hexdigest(), 16) % _FOLDS


def out_of_fold(
    data: list[tuple[GoldEntry, np.ndarray, np.ndarray]], width: int
) -> list[np.ndarray]:
    """For each fold, the line weights fitted on the sites of the other folds."""
    return [fit_lines([d for d in data if fold(d[0]) != k], width) for k in range(_FOLDS)]
