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
import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.extract import layout, page_words
from app.extract.bylines import parse_byline
from app.extract.headline import names_date
from app.moments import Moment

WEIGHTS_PATH = Path(__file__).with_name("data") / "headline_weights.json"
_WINDOW = 12  # Lines over which the prose below or above a candidate is summed.
_BELOW = 3  # Paragraphs below a candidate that its words are compared with.
_RUN = 3  # Lines either side looked at for a run of short lines.
_MAX_WORDS = 30
_GAP = 20  # Lines from a headline to the first paragraph below it, at most.
_PROSE_MIN = 20
_NEAR_FIRST = 8  # Lines from the dump's first line to prose for it to open the article.
_FIELD_BELOW = 3  # Lines under a headline where its byline or date may stand,
_FIELD_WORDS = 12  # each of at most this many words.
_WORD = re.compile(r"\w{4,}")
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UPPER_START = re.compile(r"^[A-ZÀ-ÖØ-ÞА-Я0-9]")


@functools.lru_cache(maxsize=8192)
def tokens(text: str) -> frozenset[str]:
    """Content words (four letters or more), and character pairs in scripts written unspaced."""
    lower = text.lower()
    found = set(_WORD.findall(lower))
    if not lower.isascii():
        chars = _UNSPACED.findall(lower)
        found.update(a + b for a, b in itertools.pairwise(chars))
    return frozenset(found)


def prose_words(text: str, words: int) -> int:
    """Words of a line that reads as article prose (`words` in all); 0 for anything else."""
    if words < _PROSE_MIN and not (words >= 4 and layout.ends_sentence(text)):
        return 0
    return 0 if layout.is_furniture(text) or layout.is_caption(text) else words


@dataclass
class Page:
    """What the scoring needs of a whole dump, computed once."""

    texts: list[str]
    words: np.ndarray
    prose: np.ndarray
    prose_lines: list[int]  # Indexes of the lines with prose, in order.
    below: np.ndarray  # Prose words in the window starting at each line.
    densest: int  # Where the most prose over a window starts.
    counts: dict[str, int]  # How often each line's text occurs.
    fields: np.ndarray  # Bylines and date lines above each line (a running count).
    shared: dict[int, tuple[int, int]] = field(default_factory=dict)  # Of _shared_below.
    unions: dict[int, frozenset[str]] = field(default_factory=dict)  # Words below a place.

    @classmethod
    def of(cls, texts: list[str]) -> Page:
        """Measure a dump's lines."""
        words = np.array([layout.word_count(text) for text in texts], dtype=np.int64)
        prose = np.array([prose_words(t, int(w)) for t, w in zip(texts, words, strict=True)])
        total = np.concatenate(([0], np.cumsum(prose)))
        ends = np.minimum(np.arange(len(texts)) + _WINDOW, len(texts))
        below = total[ends] - total[: len(texts)]
        densest = int(np.argmax(below)) if len(texts) else 0
        counts: dict[str, int] = {}
        for text in texts:
            counts[text] = counts.get(text, 0) + 1
        lines = [int(i) for i in np.flatnonzero(prose)]
        field = [
            w <= _FIELD_WORDS and layout.is_field(t) for t, w in zip(texts, words, strict=True)
        ]
        fields = np.concatenate(([0], np.cumsum(field, dtype=np.int64)))
        return cls(texts, words, prose, lines, below, densest, counts, fields)

    def next_prose(self, index: int) -> int | None:
        """The first line of prose below the line."""
        at = bisect_right(self.prose_lines, index)
        return self.prose_lines[at] if at < len(self.prose_lines) else None

    def near_text(self) -> np.ndarray:
        """Lines of a headline's length with prose soon below (is_candidate tells the rest)."""
        indexes = np.arange(len(self.texts))
        following = np.searchsorted(np.array(self.prose_lines, dtype=np.int64), indexes, "right")
        has = following < len(self.prose_lines)
        gap = np.full(len(self.texts), len(self.texts))
        gap[has] = np.array(self.prose_lines)[following[has]] - indexes[has]
        near = has & (gap <= _GAP) & (self.words >= 2) & (self.words <= _MAX_WORDS)
        return np.flatnonzero(near)

    def candidates(self) -> np.ndarray:
        """Lines that could be the headline: short, not furniture, with prose soon below."""
        return np.array([i for i in self.near_text() if is_candidate(self.texts[i])], dtype=int)


@functools.lru_cache(maxsize=8192)
def is_candidate(text: str) -> bool:
    """Short enough to be a headline and not plainly furniture or a caption."""
    words = layout.word_count(text)
    if words < 2 or words > _MAX_WORDS or not layout.could_be_headline(text):
        return False
    return not (layout.is_furniture(text) or layout.is_caption(text) or layout.is_footer(text))


# Where the line sits among the page's prose and short lines: measured for every line at once.
PLACE = (
    "bias", "log_words", "short", "long", "prose_below", "prose_above", "gap_log",
    "above_densest", "densest_log", "run", "position", "first_line", "field_below",
)  # fmt: skip
# What the line says and shares with the prose below, then what its neighbours share with the
# prose and with it: measured line by line, only for lines that could still win. Each lies
# between 0 and 1 but shared_log, which is at most log1p of the line's own word count.
OWN = (
    "full_stop", "question", "repeated", "upper_start", "title_case", "home", "page_words",
    "shared_share", "shared_log",
)  # fmt: skip
NEIGHBOURS = ("prev_shared", "next_shared", "prev_echo", "next_echo")
WORDS = OWN + NEIGHBOURS
FEATURES = PLACE + WORDS
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
            (total[lines] - total[np.maximum(lines - _WINDOW, 0)]) / top,
            np.log1p(gap),
            (to_densest > 0) & (to_densest <= 25),
            np.sign(to_densest) * np.log1p(np.abs(to_densest)),
            (runs - short[lines]) / (2 * _RUN),
            lines / max(size, 1),
            (lines == 0) & (gap <= _NEAR_FIRST),
            page.fields[np.minimum(lines + 1 + _FIELD_BELOW, size)]
            > page.fields[np.minimum(lines + 1, size)],
        ]
    ).astype(float)


def own_features(page: Page, index: int) -> list[float]:
    """What one line says and shares with the prose below it (order of OWN)."""
    text = page.texts[index]
    shared, count = _shared_below(page, index)
    return [*_line_features(text, page.counts[text]), shared / max(count, 1), math.log1p(shared)]


def feature_matrix(page: Page, lines: np.ndarray) -> np.ndarray:
    """Every feature of the lines, a row per line (order of FEATURES): for training and tests."""
    rows = [own_features(page, int(i)) + neighbour_features(page, int(i)) for i in lines]
    return np.column_stack([place_matrix(page, lines), np.array(rows).reshape(len(lines), -1)])


@functools.lru_cache(maxsize=8192)
def _line_features(text: str, count: int) -> tuple[float, ...]:
    """full_stop, question, repeated, upper_start, title_case, home, page_words."""
    return (
        float(text.endswith(".")),
        float(text.endswith(("?", "!"))),
        float(count > 1),
        float(bool(_UPPER_START.match(text))),
        _title_case(text),
        float(text.startswith("Home")),
        float(page_words.has_page_words(text)),
    )


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


def _title_case(text: str) -> float:
    words = [w for w in text.split() if w[:1].isalpha()]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


@dataclass(frozen=True)
class Weights:
    """The learned weights, by kind of feature, and the most each kind could add to a score."""

    place: np.ndarray
    own: np.ndarray
    neighbours: np.ndarray

    def own_ceiling(self, page: Page, lines: np.ndarray) -> np.ndarray:
        """The most the own features could add to each line's score."""
        ceiling = float(np.maximum(np.delete(self.own, _SHARED_LOG), 0).sum())
        most = np.log1p(np.array([_most_tokens(page.texts[i]) for i in lines], dtype=float))
        shared_log: np.ndarray = np.maximum(self.own[_SHARED_LOG] * most, 0)
        return ceiling + shared_log

    @property
    def neighbours_ceiling(self) -> float:
        """The most the neighbour features could add to a score."""
        return float(np.maximum(self.neighbours, 0).sum())


@functools.cache
def weights() -> Weights:
    """The learned weights (data/headline_weights.json)."""
    data: dict[str, float] = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))["weights"]
    place, own, near = (
        np.array([data.get(n, 0.0) for n in kind]) for kind in (PLACE, OWN, NEIGHBOURS)
    )
    return Weights(place, own, near)


def _most_tokens(text: str) -> int:
    """At most how many tokens the line has, without finding them: each takes five characters
    with its separator; unspaced scripts are counted in full."""
    return (len(text) + 1) // 5 if text.isascii() else len(tokens(text))


def best_headline(texts: list[str], captured: Moment | None = None) -> int | None:
    """Index of the likeliest headline line; None when no line could be one.

    Every line is placed at once; then the line that could score most is measured one step
    further (its own words, then its neighbours), until a fully scored line tops every bound
    left: the same choice as scoring all lines fully (ties to the earliest), at a fraction of the
    cost. A byline or a date line can look like a headline: they are told apart only there."""
    page = Page.of(texts)
    lines = page.near_text()
    w = weights()
    known = place_matrix(page, lines) @ w.place if len(lines) else np.zeros(0)
    bounds = known + w.own_ceiling(page, lines) + w.neighbours_ceiling
    queue = [(-b, 0, int(i), k) for b, i, k in zip(bounds, lines, known, strict=True)]
    heapq.heapify(queue)
    while queue:
        _, stage, index, score = heapq.heappop(queue)
        if stage == 0 and is_candidate(texts[index]):
            score += float(np.dot(own_features(page, index), w.own))
            heapq.heappush(queue, (-score - w.neighbours_ceiling, 1, index, score))
        elif stage == 1:
            score += float(np.dot(neighbour_features(page, index), w.neighbours))
            heapq.heappush(queue, (-score, 2, index, score))
        elif stage == 2 and not (parse_byline(texts[index]) or names_date(texts[index], captured)):
            return index
    return None
