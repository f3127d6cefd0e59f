"""A page dump's lines as the headline score measures them: words, prose, bylines and dates,
and which lines could be a headline at all."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from app.extract import layout
from app.extract.bylines import parse_byline
from app.extract.line_dates import line_date
from app.extract.month_names import may_name_month
from app.extract.printed_dates import MONTH
from app.lazy_patterns import lazy_compile

WINDOW = 12  # Lines over which the prose below or above a candidate is summed.
MAX_WORDS = 30
GAP = 20  # Lines from a headline to the first paragraph below it, at most;
_FAR_GAP = 40  # and from one with its byline or date right under it (menus between).
_NO_TEXT = 10**6  # The gap of a line with no paragraph below it: farther than any.
_PROSE_MIN = 20
_FIELD_WORDS = 12  # Words of a byline or date line under a headline, at most.
_SENTENCES_WORDS = 20  # At most, in a headline of two sentences or three.
_STAMP = re.compile(r"\b\d{1,2}:\d\d\b|\bago\b", re.I)
_MAY_BE_FIELD = re.compile(r"^by\s|\d[/.-]\d|\d年", re.I)
_MONTH = lazy_compile(MONTH, re.I)
# A share or reading-list widget's menu printed on the headline's line (`… in 2015 Add to ...`);
# its label is capitalised, as a teaser cut short (`Ten ways to share ...`) is not.
_WIDGET_TAIL = re.compile(
    r"\s+(?:Add\ to|Share|Save|Bookmark|Print|E-?mail)(?:\ (?:this|it|to))?\s*(?:\.\.\.|…)$",
    re.X,
)
_FILE_WORDS = 7  # Words of a picture's file name, at most.
_LABEL_CHARS = 12  # Longer lines are no label alone: the pattern is not tried on them.
# A byline's label on a line of its own ('By', 'Author:'): the line under it is the name.
_BYLINE_LABEL = re.compile(
    r"^(?:by|authors?|written\ by|posted\ by|autor(?:es)?|auteurs?|von|por|par)\s*:?$", re.I | re.X
)
# A picture's file name printed on a line of its own (its link's text or its alt text, as
# Advance Local's sites print `Crossroads logo 2.jpg` between headline and byline): the line
# under it is the picture's caption, whatever it reads like.
_IMAGE_FILE = re.compile(r"^[^\s/]\S*(?:\ \S+){0,6}\.(?:jpe?g|png|gif|webp)$", re.I | re.X)


def prose_words(text: str, words: int) -> int:
    """Words of a line that reads as article prose (`words` in all); 0 for anything else."""
    if words < _PROSE_MIN and not (words >= 4 and layout.ends_sentence(text)):
        return 0
    if layout.is_furniture(text) or layout.is_caption(text) or _READ_MORE.search(text):
        return 0
    return words


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
    uncluttered: np.ndarray  # Lines above each line that are neither repeated nor of one word.
    named: np.ndarray  # Whether each line stands under a byline's label: a name, no headline.
    pictured: np.ndarray  # Whether each line stands under a picture's file name: a caption.
    spaced: np.ndarray  # A blank line right above each line (the first: if any line has one).
    header: frozenset[str] = frozenset()  # Words of the site's name and menu in the header.
    shared: dict[int, tuple[int, int]] = field(default_factory=dict)  # Of _shared_below.
    unions: dict[int, frozenset[str]] = field(default_factory=dict)  # Words below a place.
    further: dict[int, list[frozenset[str]]] = field(default_factory=dict)  # Of echo_features.

    @classmethod
    def of(
        cls,
        texts: list[str],
        header: frozenset[str] = frozenset(),
        spaced: Sequence[bool] | None = None,
    ) -> Page:
        """Measure a dump's lines (`header`: the words of its header line past the date;
        `spaced`: whether a blank line stands right above each; None when unknown)."""
        # Read line by line as Python's integers: numpy's are slow one at a time.
        sizes = [layout.word_count(text) for text in texts]
        words = np.array(sizes, dtype=np.int64)
        prose = np.array([prose_words(t, w) for t, w in zip(texts, sizes, strict=True)])
        total = np.concatenate(([0], np.cumsum(prose)))
        ends = np.minimum(np.arange(len(texts)) + WINDOW, len(texts))
        below = total[ends] - total[: len(texts)]
        densest = int(np.argmax(below)) if len(texts) else 0
        lines = np.flatnonzero(prose).tolist()
        field = [w <= _FIELD_WORDS and is_field(t) for t, w in zip(texts, sizes, strict=True)]
        named = np.zeros(len(texts), dtype=bool)
        named[1:] = [len(t) <= _LABEL_CHARS and bool(_BYLINE_LABEL.match(t)) for t in texts[:-1]]
        pictured = np.zeros(len(texts), dtype=bool)
        pictured[1:] = [
            w <= _FILE_WORDS and bool(_IMAGE_FILE.match(t))
            for t, w in zip(texts[:-1], sizes, strict=False)
        ]
        fields = np.concatenate(([0], np.cumsum(np.logical_or(field, named), dtype=np.int64)))
        counts = Counter(texts)
        # Share buttons and menus repeat their lines or hold one word: not counted in a gap.
        clutter = [w <= 1 or counts[t] > 1 for t, w in zip(texts, sizes, strict=True)]
        uncluttered = np.concatenate(([0], np.cumsum(np.logical_not(clutter), dtype=np.int64)))
        gaps = np.zeros(len(texts), dtype=bool) if spaced is None else np.array(spaced, dtype=bool)
        # The first line has no line above to tell by, so it counts as set apart: no evidence
        # either way. A dump with no blank lines at all tells nothing of any line.
        gaps[:1] = gaps[1:].any()
        return cls(
            texts, words, prose, lines, below, densest, counts, fields, uncluttered, named,
            pictured, gaps, header,
        )  # fmt: skip

    def next_prose(self, index: int) -> int | None:
        """The first line of prose below the line."""
        at = bisect_right(self.prose_lines, index)
        return self.prose_lines[at] if at < len(self.prose_lines) else None

    def text_gaps(self) -> np.ndarray:
        """Lines from each line to the first paragraph below it, less the repeated and one-word
        ones between: a block of share buttons (`Share this with Facebook`, `Email`) may stand
        between a headline and its text. A line with no paragraph below is _NO_TEXT away."""
        size = len(self.texts)
        indexes = np.arange(size)
        following = np.searchsorted(np.array(self.prose_lines, dtype=np.int64), indexes, "right")
        has = following < len(self.prose_lines)
        gap = np.full(size, _NO_TEXT)
        below = np.array(self.prose_lines, dtype=np.int64)[following[has]]
        gap[has] = self.uncluttered[below] - self.uncluttered[indexes[has] + 1] + 1
        return gap

    def near_text(self) -> np.ndarray:
        """Lines of a headline's length with prose soon below (is_candidate tells the rest); a
        line with its byline or date right under it may stand further from the text, past a
        menu's lines."""
        size = len(self.texts)
        indexes = np.arange(size)
        gap = self.text_gaps()
        field_below = self.fields[np.minimum(indexes + 2, size)] > self.fields[indexes + 1]
        within = (gap <= GAP) | (field_below & (gap <= _FAR_GAP))
        sized = (self.words >= 2) & (self.words <= MAX_WORDS)
        return np.flatnonzero(within & sized & ~self.named & ~self.pictured)

    def candidates(self) -> np.ndarray:
        """Lines that could be the headline: short, not furniture, with prose soon below."""
        return np.array([i for i in self.near_text() if is_candidate(self.texts[i])], dtype=int)


@functools.lru_cache(maxsize=8192)
def is_field(text: str) -> bool:
    """A byline or a date line: a name after 'By', a stated date or a time of day (a year or a
    leading number alone is as often a headline's: '10 Home Design Predictions for 2015')."""
    if not layout.is_field(text):
        return False
    if _STAMP.search(text):
        return True
    # Only a name after 'By', a month or a day and month in figures may make one: reading the
    # line is left to those.
    if not (_MAY_BE_FIELD.search(text) or (may_name_month(text) and _MONTH.search(text))):
        return False
    return bool(parse_byline(text) or line_date(text, None))


def headline_text(text: str) -> str:
    """The line less a widget's menu glued to its end: the headline it prints."""
    return _WIDGET_TAIL.sub("", text)


def could_be_headline(text: str) -> bool:
    """Not prose of several sentences; a short headline may hold a quoted slogan's full stop
    ('South Dakota doubles down on ‘Meth. We’re on it.’ They just might be.')."""
    if layout.could_be_headline(text):
        return True
    return layout.word_count(text) <= _SENTENCES_WORDS and layout.sentence_breaks(text) <= 2


# A teaser cut short with a link on to the story ('… during... Read More'): no headline ends on
# one, where a headline may end on '...' alone ('… Is Going To Rock Your World...').
_READ_MORE = re.compile(
    r"(?:\.\.\.|…)\W*(?:read\ more|continue\ reading|leer\ más|lire\ la\ suite|weiterlesen"
    r"|leia\ mais|continua\ a\ leggere|читать\ далее|подробнее)\W*$",
    re.I | re.X,
)


@functools.lru_cache(maxsize=8192)
def is_candidate(text: str) -> bool:
    """Short enough to be a headline and not plainly furniture, a caption or a teaser."""
    words = layout.word_count(text)
    if words < 2 or words > MAX_WORDS or not could_be_headline(text):
        return False
    return not (
        layout.is_furniture(text)
        or layout.is_caption(text)
        or layout.is_footer(text)
        or _READ_MORE.search(text)
    )
