"""Evidence about a headline candidate beyond its place on the page: what the line says, the
lines around it and the article below it.

Lists of other stories are the headline's main rivals: each teaser has its own date or summary
under it, so the same shape of lines recurs a few lines on, and its neighbours are headlines of
about its length. The article's own headline has its words echoed through the article's
paragraphs, not only in the first ones, where a teaser's summary echoes it too.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from app.extract import page_words

_SHAPE = 3  # Lines, the candidate's first, whose kinds make its shape.
_SIBLINGS = range(2, 7)  # How far above or below a teaser the next one's shape is looked for.
_OTHER, _SHORT, _FIELD, _PROSE = range(4)
_ABOVE = np.array([-k for k in _SIBLINGS])
_OFFSETS = np.concatenate((_ABOVE, -_ABOVE))
_ALIKE_REACH = np.array([-2, -1, 1, 2])
_ALIKE_WORDS = 5  # Fewer words than this and a neighbour is a label, not a headline.
_UPPER_START = re.compile(r"^[\"'‘“«¿¡(\[]*[A-ZÀ-ÖØ-ÞА-Я0-9]")  # Past an opening quote.
_CLOSING = "\"'”’»)]】」』 "
# A teaser's headline or summary, cut short or pointing on to the story.
_CUT_SHORT = re.compile(
    r"(?:\.\.\.|…|»|›|read\ more|more\ »|continue\ reading|leer\ más|lire\ la\ suite|weiterlesen"
    r"|leia\ mais|continua\ a\ leggere|читать\ далее)\W*$",
    re.I | re.X,
)
# Section names, breadcrumbs and menus: parts set apart by these marks.
_CRUMBS = re.compile(r"\s[/»›>|·•]\s")
# A photo's credit or source, printed with its caption.
_CREDIT = re.compile(
    r"\b(?:photo|image|picture|foto|bild)s?\b|\bcourtesy\b|getty|istock|shutterstock|\bap\ photo"
    r"|\bafp\b|\breuters/|\bepa\b|\bcredit\b|©",
    re.I | re.X,
)
ECHO = 15  # Paragraphs, after the first few below, over which the candidate's words are sought.


@functools.lru_cache(maxsize=8192)
def line_features(text: str, count: int) -> tuple[float, ...]:
    """What the line says, seen `count` times on the page: full_stop, question, repeated,
    recurring, upper_start, title_case, home, page_words, cut_short, crumbs, credit.

    A headline may be printed twice (over the story and in a breadcrumb or the share box's
    text); a line printed three times or more is a section's label or a sidebar's heading."""
    bare = text.rstrip(_CLOSING)  # A quoted sentence ends inside its quotes.
    return (
        float(bare.endswith((".", "。"))),
        float(bare.endswith(("?", "!", "？", "！"))),
        float(count > 1),
        float(count > 2),
        float(bool(_UPPER_START.match(text))),
        _title_case(text),
        float(text.startswith("Home")),
        float(page_words.has_page_words(text)),
        float(bool(_CUT_SHORT.search(text))),
        float(bool(_CRUMBS.search(text))),
        float(bool(_CREDIT.search(text))),
    )


def _title_case(text: str) -> float:
    words = [w for w in text.split() if w[:1].isalpha()]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def teaser_runs(
    words: np.ndarray, prose: np.ndarray, field: np.ndarray, lines: np.ndarray, most: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Whether each line opens a shape of lines (headline, then a summary or a date) that recurs
    a few lines above or below: a teaser with a summary, and one with a date but no summary;
    and whether a dated headline ends a list of them (its own and the next line's kinds recur
    a few lines above, what follows the list differing)."""
    size, reach = len(words), _SIBLINGS[-1]
    short = (words >= 2) & (words <= most) & ~field
    kind = np.where(prose > 0, _PROSE, _FIELD * field + _SHORT * short)
    padded = np.concatenate((kind, np.zeros(_SHAPE - 1, dtype=kind.dtype)))
    pair = kind + 4 * padded[1 : size + 1]
    shape = pair + 16 * padded[2 : size + 2]
    sibling = _recurs(shape, lines, _OFFSETS, reach)
    after = padded[lines[:, None] + np.arange(1, _SHAPE)]
    summary = (after == _PROSE).any(axis=1)
    dated = (after == _FIELD).any(axis=1)
    teaser = sibling & (kind[lines] == _SHORT)
    last = _recurs(pair, lines, _ABOVE, reach) & (kind[lines] == _SHORT)
    return teaser & summary, teaser & ~summary & dated, last & ~teaser & (after[:, 0] == _FIELD)


def _recurs(shape: np.ndarray, lines: np.ndarray, offsets: np.ndarray, reach: int) -> np.ndarray:
    """Whether each line's shape recurs at one of the offsets (none past either end of the page)."""
    edged = np.concatenate((np.full(reach, -1), shape, np.full(reach, -1)))
    found: np.ndarray = (edged[lines[:, None] + (reach + offsets)] == shape[lines][:, None]).any(
        axis=1
    )
    return found


def alike_neighbours(
    words: np.ndarray, prose: np.ndarray, field: np.ndarray, lines: np.ndarray, most: int
) -> np.ndarray:
    """The share of the two lines either side that read as headlines of about the line's length
    (a list of related stories), from 0 to 1."""
    headlike = (prose == 0) & (words >= _ALIKE_WORDS) & (words <= most) & ~field
    at = lines[:, None] + _ALIKE_REACH
    inside = (at >= 0) & (at < len(words))
    at = np.clip(at, 0, len(words) - 1)
    own = words[lines]
    near = np.abs(words[at] - own[:, None]) <= np.maximum(3, 0.4 * own)[:, None]
    alike: np.ndarray = (inside & headlike[at] & near).sum(axis=1) / len(_ALIKE_REACH)
    return alike


def echoes(own: frozenset[str], below: list[frozenset[str]]) -> tuple[float, float]:
    """How many of the paragraphs below share a word with the line (per ECHO paragraphs), and
    the share of the line's words they hold."""
    if not own:
        return 0.0, 0.0
    hits = sum(not own.isdisjoint(words) for words in below)
    return hits / ECHO, len(own & frozenset().union(*below)) / len(own)
