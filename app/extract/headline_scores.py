"""Which line of a page dump is the headline: every candidate line scored on the whole page.

A headline is short, rarely ends with a full stop, shares words with the prose right below it,
stands apart from other short lines (menus and lists of related headlines come in runs), and sits
above the densest run of prose. The weights of that evidence are learned on the development set
(`python -m bench.train_headlines`) and shipped as data (`data/headline_weights.json`); the score
is a linear one, so each weight reads as how much one piece of evidence counts.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.extract import headline_context
from app.extract.bylines import parse_byline
from app.extract.headline import names_date
from app.extract.headline_page import GAP, MAX_WORDS, WINDOW, Page, headline_text, is_candidate
from app.extract.learned_weights import read_weights
from app.moments import Moment

WEIGHTS_PATH = Path(__file__).with_name("data") / "headline_weights.json"
_BELOW = 3  # Paragraphs below a candidate that its words are compared with.
_RUN = 3  # Lines either side looked at for a run of short lines.
_NEAR_FIRST = 8  # Lines from the dump's first line to prose for it to open the article.
_FIELD_BELOW = 3  # Lines under a headline where its byline or date may stand.
_FIELD_FURTHER = 6  # Lines under a headline where its byline or date may yet stand.
_FIELD_ABOVE = 2  # Lines above a headline where its byline or date may stand.
_FIRST_LONG = 5  # Words of a dump's first line for it to read as a headline, not a label.
_WORD = re.compile(r"\w{4,}")
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@functools.lru_cache(maxsize=8192)
def tokens(text: str) -> frozenset[str]:
    """Content words (four letters or more), and character pairs in scripts written unspaced."""
    lower = text.lower()
    found = set(_WORD.findall(lower))
    if not lower.isascii():
        chars = _UNSPACED.findall(lower)
        found.update(a + b for a, b in itertools.pairwise(chars))
    return frozenset(found)


# Where the line sits among the page's prose and short lines: measured for every line at once.
PLACE = (
    "bias", "log_words", "short", "long", "prose_below", "prose_above", "gap_log",
    "above_densest", "densest_log", "run", "position", "first_line", "field_below",
    "teaser_prose", "teaser_field", "teaser_last", "all_below", "field_above", "alike",
    "first_long", "spaced", "field_further", "far",
)  # fmt: skip
# What the line says and shares with the prose below, then what its neighbours share with the
# prose and with it: measured line by line, only for lines that could still win. Each lies
# between 0 and 1 but shared_log, which is at most log1p of the line's own word count; the
# echoes of its words further down the article are in headline_context.py.
OWN = (
    "full_stop", "question", "repeated", "recurring", "upper_start", "title_case", "home",
    "page_words", "cut_short", "crumbs", "credit", "stopped_field", "header_words",
    "shared_share", "shared_log",
)  # fmt: skip
NEIGHBOURS = ("prev_shared", "next_shared", "prev_echo", "next_echo")
ECHOES = ("echo_far", "echo_words")  # Measured last: they read the most text.
FEATURES = PLACE + OWN + NEIGHBOURS + ECHOES
_SHARED_LOG = OWN.index("shared_log")


def place_matrix(page: Page, lines: np.ndarray) -> np.ndarray:
    """The place evidence of many lines at once, a row per line (columns in the order of PLACE)."""
    size = len(page.texts)
    words = page.words[lines].astype(float)
    top = max(int(page.below[page.densest]), 1)
    total = np.concatenate(([0], np.cumsum(page.prose)))
    after = np.searchsorted(np.array(page.prose_lines, dtype=np.int64), lines, "right")
    gap = np.array([*page.prose_lines, size + lines.max(initial=0)])[after] - lines
    to_densest = page.densest - lines
    field = np.diff(page.fields) > 0
    short = ((page.prose == 0) & (page.words >= 2) & (page.words <= 12)).astype(float)
    shorts = np.concatenate(([0], np.cumsum(short)))
    runs = shorts[np.minimum(lines + _RUN + 1, size)] - shorts[np.maximum(lines - _RUN, 0)]
    return np.column_stack(
        [
            np.ones(len(lines)),
            np.log1p(words),
            words <= 3,
            words > 16,
            page.below[np.minimum(lines + 1, size - 1)] / top,
            (total[lines] - total[np.maximum(lines - WINDOW, 0)]) / top,
            np.log1p(gap),
            (to_densest > 0) & (to_densest <= 25),
            np.sign(to_densest) * np.log1p(np.abs(to_densest)),
            (runs - short[lines]) / (2 * _RUN),
            lines / max(size, 1),
            (lines == 0) & (gap <= _NEAR_FIRST),
            page.fields[np.minimum(lines + 1 + _FIELD_BELOW, size)]
            > page.fields[np.minimum(lines + 1, size)],
            *headline_context.teaser_runs(page.words, page.prose, field, lines, MAX_WORDS),
            (total[-1] - total[lines + 1]) / max(int(total[-1]), 1),
            page.fields[lines] > page.fields[np.maximum(lines - _FIELD_ABOVE, 0)],
            headline_context.alike_neighbours(page.words, page.prose, field, lines, MAX_WORDS),
            (lines == 0) & (words >= _FIRST_LONG),
            # A browser's text sets a paragraph (<p>) apart with a blank line and a heading
            # with none: a line with a blank one above it is a paragraph, a standfirst, a
            # caption or a teaser's summary, or it follows one; the headline rarely does.
            page.spaced[lines],
            # A byline or date a little further down, past a gallery's captions or a kicker.
            page.fields[np.minimum(lines + 1 + _FIELD_FURTHER, size)]
            > page.fields[np.minimum(lines + 1 + _FIELD_BELOW, size)],
            # Further from the text than a headline stands but for its byline under it.
            page.text_gaps()[lines] > GAP,
        ]
    ).astype(float)


def own_features(page: Page, index: int) -> list[float]:
    """What one line says and shares with the prose below it (order of OWN)."""
    text = page.texts[index]
    shared, count = _shared_below(page, index)
    features = headline_context.line_features(headline_text(text), page.counts[text])
    # A full-stopped line with a byline or date under it is a standfirst (a dek), which sits
    # between the headline and the byline; a headline over a byline rarely ends with a stop.
    size = len(page.texts)
    field_below = page.fields[min(index + 2, size)] > page.fields[min(index + 1, size)]
    stopped_field = features[0] * float(field_below)
    # A line made of the header's menu words is a section name or a menu, not a headline.
    own = tokens(text)
    menu = len(own & page.header) / len(own) if own else 0.0
    return [*features, stopped_field, menu, shared / max(count, 1), math.log1p(shared)]


def echo_features(page: Page, index: int) -> tuple[float, float]:
    """How the article's paragraphs past the first few below echo the line (order of ECHOES)."""
    at = bisect_right(page.prose_lines, index) + _BELOW
    if (below := page.further.get(at)) is None:
        chosen = page.prose_lines[at : at + headline_context.ECHO]
        below = page.further[at] = [tokens(page.texts[i]) for i in chosen]
    return headline_context.echoes(tokens(page.texts[index]), below)


def feature_matrix(page: Page, lines: np.ndarray) -> np.ndarray:
    """Every feature of the lines, a row per line (order of FEATURES): for training and tests."""
    rows = [
        [
            *own_features(page, int(i)),
            *neighbour_features(page, int(i)),
            *echo_features(page, int(i)),
        ]
        for i in lines
    ]
    return np.column_stack([place_matrix(page, lines), np.array(rows).reshape(len(lines), -1)])


def neighbour_features(page: Page, index: int) -> list[float]:
    """The short lines just above and below: a standfirst sits under its headline and echoes it
    (order of NEIGHBOURS)."""
    own = tokens(page.texts[index])
    shares, echoes = [0.0, 0.0], [0.0, 0.0]
    for side, at in enumerate((index - 1, index + 1)):
        if 0 <= at < len(page.texts) and is_candidate(page.texts[at]):
            shared, count = _shared_below(page, at)
            shares[side] = shared / max(count, 1)
            other = tokens(page.texts[at])
            echoes[side] = len(own & other) / max(min(len(own), len(other)), 1)
    return [*shares, *echoes]


def _shared_below(page: Page, index: int) -> tuple[int, int]:
    """Words of the line found in the first paragraphs below it, and its own word count."""
    if (known := page.shared.get(index)) is not None:
        return known
    own = tokens(page.texts[index])
    page.shared[index] = 0, len(own)
    if not own:
        return 0, 0
    at = bisect_right(page.prose_lines, index)
    if (below := page.unions.get(at)) is None:
        below = frozenset().union(
            *(tokens(page.texts[i]) for i in page.prose_lines[at : at + _BELOW])
        )
        page.unions[at] = below
    page.shared[index] = len(own & below), len(own)
    return page.shared[index]


@dataclass(frozen=True)
class Weights:
    """The learned weights, by kind of feature, and the most each kind could add to a score."""

    place: np.ndarray
    own: np.ndarray
    neighbours: np.ndarray
    echoes: np.ndarray

    @property
    def every(self) -> np.ndarray:
        """All the weights, in the order of FEATURES."""
        return np.concatenate([self.place, self.own, self.neighbours, self.echoes])

    def own_ceiling(self, page: Page, lines: np.ndarray) -> np.ndarray:
        """The most the own features could add to each line's score."""
        ceiling = float(np.maximum(np.delete(self.own, _SHARED_LOG), 0).sum())
        most = np.log1p(np.array([_most_tokens(page.texts[i]) for i in lines], dtype=float))
        shared_log: np.ndarray = np.maximum(self.own[_SHARED_LOG] * most, 0)
        return ceiling + shared_log

    @property
    def neighbours_ceiling(self) -> float:
        """The most the neighbour and echo features could add to a score."""
        return float(np.maximum(self.neighbours, 0).sum()) + self.echoes_ceiling

    @property
    def echoes_ceiling(self) -> float:
        """The most the echo features could add to a score."""
        return float(np.maximum(self.echoes, 0).sum())


@functools.cache
def weights() -> Weights:
    """The learned weights (data/headline_weights.json)."""
    return Weights(*read_weights(WEIGHTS_PATH, PLACE, OWN, NEIGHBOURS, ECHOES))


def _most_tokens(text: str) -> int:
    """At most how many tokens the line has, without finding them: each takes five characters
    with its separator; unspaced scripts are counted in full."""
    return (len(text) + 1) // 5 if text.isascii() else len(tokens(text))


def best_headline(
    texts: list[str],
    captured: Moment | None = None,
    site: str = "",
    spaced: Sequence[bool] | None = None,
) -> int | None:
    """Index of the likeliest headline line; None when no line could be one (`site`: the
    header line's site name and menu words; `spaced`: whether a blank line stands above each
    line in the dump).

    Every line is placed at once; then the line that could score most is measured one step
    further (its own words, then its neighbours, then the echoes further down), until a fully
    scored line tops every bound left: the same choice as scoring all lines fully (ties to the
    earliest), at a fraction of the cost. A byline or a date line can look like a headline: they
    are told apart only there."""
    page = Page.of(texts, tokens(site), spaced)
    lines = page.near_text()
    w = weights()
    later, last = w.neighbours_ceiling, w.echoes_ceiling
    known = place_matrix(page, lines) @ w.place if len(lines) else np.zeros(0)
    bounds = known + w.own_ceiling(page, lines) + later
    queue = [(-b, 0, int(i), k) for b, i, k in zip(bounds, lines, known, strict=True)]
    heapq.heapify(queue)
    while queue:
        _, stage, index, score = heapq.heappop(queue)
        if stage == 0 and is_candidate(texts[index]):
            score += float(np.dot(own_features(page, index), w.own))
            heapq.heappush(queue, (-score - later, 1, index, score))
        elif stage == 1:
            score += float(np.dot(neighbour_features(page, index), w.neighbours))
            heapq.heappush(queue, (-score - last, 2, index, score))
        elif stage == 2:
            score += float(np.dot(echo_features(page, index), w.echoes))
            heapq.heappush(queue, (-score, 3, index, score))
        elif stage == 3 and not is_passed_over(texts[index], captured, site):
            return index
    return None


def is_passed_over(text: str, captured: Moment | None, site: str) -> bool:
    """A byline, a date line or the site's own name (`Technology Review` under a heise story, as
    the header line names the site) can look like a headline; none is chosen."""
    return is_byline_or_date(text, captured) or _names_the_site(text, site)


def is_byline_or_date(text: str, captured: Moment | None) -> bool:
    """A byline or a date line can look like a headline; it is never chosen."""
    return bool(parse_byline(text) or names_date(text, captured))


def _names_the_site(text: str, site: str) -> bool:
    name = site.split(" - ", 1)[0].strip()
    return bool(name) and text.strip().casefold() == name.casefold()
