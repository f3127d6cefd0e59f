"""Evidence about a headline candidate from its neighbours and the article below it."""

from __future__ import annotations

import numpy as np

from app.extract import headline_context, headline_page, headline_scores

_SUMMARY = "The council met on Friday and voted on the plan after a long debate in the town hall."
_TEASERS = [
    "Council approves the new bridge over the river",
    "November 19, 2019 at 5:10 pm",
    _SUMMARY,
    "Read More",
    "Storm closes the coast road for a second day",
    "November 18, 2019 at 2:01 pm",
    _SUMMARY,
    "Read More",
]


def _place(texts: list[str]) -> headline_page.Page:
    return headline_page.Page.of(texts)


def _runs(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    page = _place(texts)
    field = np.diff(page.fields) > 0
    lines = np.arange(len(texts))
    return headline_context.teaser_runs(page.words, page.prose, field, lines, 30)


def test_a_headline_in_a_list_of_teasers_with_summaries_is_one() -> None:
    with_summary, dated_only, _ = _runs(_TEASERS)
    assert with_summary[0]
    assert with_summary[4]
    assert not dated_only[0]


def test_a_headline_over_its_byline_and_text_is_no_teaser() -> None:
    texts = ["Council approves the new bridge", "By Jane Roe", _SUMMARY, _SUMMARY, _SUMMARY]
    with_summary, dated_only, last = _runs(texts)
    assert not with_summary[0]
    assert not dated_only[0]
    assert not last[0]


def test_dated_teasers_without_summaries_are_told_apart() -> None:
    texts = [
        "Council approves the new bridge over the river",
        "November 19, 2019",
        "Storm closes the coast road for a second day",
        "November 18, 2019",
        "Mayor opens the new library in the old station",
        "November 17, 2019",
    ]
    with_summary, dated_only, last = _runs(texts)
    assert dated_only[0]
    assert not with_summary[0]
    assert not last[0]


def test_the_last_of_a_list_of_dated_teasers_ends_it() -> None:
    texts = [
        "Council approves the new bridge over the river",
        "November 19, 2019",
        "Storm closes the coast road for a second day",
        "November 18, 2019",
        _SUMMARY,
        _SUMMARY,
    ]
    with_summary, dated_only, last = _runs(texts)
    # The last one's shape (a date, then the text) is not its sibling's (a date, then a teaser).
    assert not with_summary[2]
    assert not dated_only[2]
    assert last[2]
    assert not last[0]


def test_neighbours_of_a_headline_length_make_a_list() -> None:
    texts = [
        "US professor to be freed in prisoner swap",
        "Afghan politician sees talks as only hope for future",
        "Dozens wounded in attacks on election day",
        "Menu",
        "Council approves the new bridge over the river",
        "By Jane Roe",
        _SUMMARY,
    ]
    page = _place(texts)
    field = np.diff(page.fields) > 0
    alike = headline_context.alike_neighbours(page.words, page.prose, field, np.array([1, 4]), 30)
    assert alike[0] > alike[1]


def test_echoes_count_the_paragraphs_holding_the_lines_words() -> None:
    own = headline_scores.tokens("Council approves the new bridge")
    below = [headline_scores.tokens(t) for t in (_SUMMARY, "The bridge opens in spring.")]
    hits, share = headline_context.echoes(own, below)
    assert hits == 2 / headline_context.ECHO
    assert share == len({"council", "bridge"}) / len(own)
    assert headline_context.echoes(frozenset(), below) == (0.0, 0.0)
