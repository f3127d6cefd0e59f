"""Which lines are the article's: the learned score per line and the run it makes."""

from __future__ import annotations

import numpy as np

from app.extract import article_lines
from app.extract.body_end import Lines
from tests.extract.test_body_end import _LINKS, _PARAGRAPHS


def test_the_article_scores_above_a_box_of_links_below_it() -> None:
    lines = Lines.of([*_PARAGRAPHS, *_LINKS], lists=True)
    scores = article_lines.line_matrix(lines, len(_PARAGRAPHS) - 1) @ article_lines.weights()
    assert scores[: len(_PARAGRAPHS)].min() > scores[len(_PARAGRAPHS) :].max()


def test_the_best_run_ends_on_the_last_paragraph_above_the_links() -> None:
    lines = Lines.of([*_PARAGRAPHS, *_LINKS, "Copyright 2019 The Daily Post"], lists=True)
    cands = lines.candidates()
    span = article_lines.span_matrix(lines, cands, len(_PARAGRAPHS) - 1)
    assert span.shape == (len(cands), len(article_lines.SPAN))
    ends = span[:, article_lines.SPAN.index("span_end")]
    assert ends.tolist() == [float(i == len(_PARAGRAPHS) - 1) for i in cands]


def test_the_end_model_reads_the_run_below_each_candidate() -> None:
    short = Lines.of(_PARAGRAPHS[:3], lists=True)
    longer = Lines.of(_PARAGRAPHS, lists=True)
    gain = article_lines.SPAN.index("gain_below")
    first = [
        article_lines.span_matrix(lines, lines.candidates(), 0)[0, gain]
        for lines in (short, longer)
    ]
    assert first[1] > first[0] > 0  # More article below the first paragraph: more to gain.
    assert np.isfinite(first).all()


def test_the_start_model_reads_the_lines_around_each_candidate() -> None:
    lines = Lines.of([*_LINKS, *_PARAGRAPHS], lists=True)
    scores = article_lines.line_scores(lines, len(lines.texts))
    cands = np.array([0, len(_LINKS)])
    below, above = article_lines.around(scores, cands).T
    assert below[1] > below[0]  # Article text under the first paragraph, links under the box.
    assert above[0] == 0.0  # Nothing lies above the first line.
    between = scores[1 : len(_LINKS)].sum()
    assert np.sign(above[1]) == np.sign(between) != 0
