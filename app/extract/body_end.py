"""Where the article's text ends in a page dump: every paragraph after its start scored.

The rules of textdump.py stop at the first footer or run of headlines; they stop too early where a
box of links sits inside the text and too late where furniture reads like prose (an author's note, a
sign-up pitch, a site's blurb). Here each paragraph from the start on is scored as the last one,
with the rules' own end as one piece of evidence among others: what lies between it and the
paragraph before (footers, runs of short lines), what follows it, how it reads (length, end
punctuation, a note, an embedded tweet or a paragraph under an 'About …' heading
(closing_notes.py), a contact or a prompt, a question put to the reader, words of pitches and
boilerplate, a sentence about the article's making (making_notes.py: credits, syndication,
disclosures, comment rules), a name introduced as 'X is a', a colon that opens a list or box
below, a teaser's cut '…', the outlet's name, a heading of its own), readers' comments above it,
what it shares with the headline and the lead, how much of the prose lies below it, and how far it
is from the rules' end.
The items of a list the text announces (list_runs.py) are candidates too: an article may end on one.
What a score of every line makes of the run below each candidate (article_lines.py) is evidence too.
The weights are learned on the development set (`python -m bench.train_bounds end`) and shipped as
data (`data/body_end_weights.json`).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from app.extract import (
    article_lines,
    closing_notes,
    layout,
    list_runs,
    making_notes,
    page_words,
    teasers,
)
from app.extract.body_lines import Lines
from app.extract.headline_scores import tokens
from app.extract.learned_weights import read_weights

WEIGHTS_PATH = Path(__file__).with_name("data") / "body_end_weights.json"
# Where the paragraph stands, measured for all of them at once: counts (as log1p), then flags
# and the share of a run of short lines, the prose above and comments, then whether it is an item
# of a list (list_runs.py) or a sign-off (body_lines.py: short lines that end a text the way a
# list's last item does), its last, and whether it ends like a sentence.
PLACE = (
    "before_rule", "after_rule", "footers_crossed", "gap_before", "gap_after", "log_words",
    "position", "prose_after", "rule_end", "footer_before", "footer_after", "short_before",
    "short_after", "prose_share", "comments_above", "list_item", "list_last", "sentence",
    *article_lines.SPAN,
)  # fmt: skip
# What it says, measured one by one and only for paragraphs that could still win; each of these
# lies between 0 and 1.
WORDS = (
    "end_note", "title_share", "lead_share", "contact", "prompt", "repeated",
    "asks_reader", "furniture_words", "introduces", "note_after", "ends_colon", "lone_section",
    "names_outlet", "making_note", "cut_short",
)  # fmt: skip
FEATURES = PLACE + WORDS
REACH = 160  # Lines past the rules' end where the text may yet go on (after a box of links),
_RESUMED = 2  # if it does: this many lines of prose in a row,
_PROSE_CHARS = 80  # each this long
_PROSE_ENDS = frozenset(".!?\"'”’)…")  # and ending like a sentence;
_GAP = 2  # then on through paragraphs below it at most this many other lines apart.
_RUN = 5  # Short lines counted between two paragraphs, at most.
_AFTER = 12  # Lines below a paragraph over which the prose that follows it is summed.
_CONTACT = re.compile(r"\S+@\S+\.\w+|(?:^|\s)@\w{2,}")
# Lines that ask the reader to do something: sign up, follow, read or watch more, buy.
_PROMPT = re.compile(
    r"^\W*(?:subscribe|sign\ up|click|follow|join|download|get\ (?:the|our|access|started)"
    r"|read\ (?:more|the|our)|watch|learn\ more|see\ (?:more|all|also)|shop|buy|order|register"
    r"|suscr[ií]bete|abonnez|abonnieren|iscriviti|assine|подпиш\w*)(?![\w-])",
    re.I | re.X,
)
# A short question put to the reader before a pitch: 'Need more space? Subscribe to ...'.
_ASKS = re.compile(r"^[^.!?]{3,60}\?\s+\S")
# A name and 'is a', 'was the': how a note on an author or a company's boilerplate opens.
_INTRODUCES = re.compile(r"^(?:[A-Z][\w.&'’-]*\s){1,4}(?:is|are|was)\s(?:a|an|the)\s")


def feature_matrix(
    lines: Lines,
    rule_end: int,
    title: str | None,
    outlet: str | None = None,
    line_weights: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The candidates (indexes of paragraphs) and all their features, a row each (order of
    FEATURES): for training, with the line model's weights when not the shipped ones."""
    cands = lines.candidates()
    lead = lines.lead(cands)
    key = page_words.outlet_key(outlet)
    words = np.array([word_features(lines, int(i), title, lead, key) for i in cands])
    place = place_matrix(lines, cands, rule_end, line_weights)
    matrix = np.column_stack([place, words.reshape(len(cands), -1)])
    return cands, matrix


def place_matrix(
    lines: Lines, cands: np.ndarray, rule_end: int, line_weights: np.ndarray | None = None
) -> np.ndarray:
    """Where each candidate stands, a row each (order of PLACE).

    Built from a few stacked arrays: on a page's few dozen paragraphs numpy's cost is per call."""
    size = len(lines.texts)
    running = np.zeros((4, size + 1))
    kinds = np.stack([lines.footer, lines.short, lines.prose, lines.comment])
    np.cumsum(kinds, axis=1, out=running[:, 1:])
    ordinal = np.arange(len(cands))
    rule_at = int(np.searchsorted(cands, rule_end))
    prev = np.concatenate(([-1], cands[:-1]))
    nxt = np.concatenate((cands[1:], [size]))
    at, after = running[:, cands], running[:, cands + 1]
    from_prev, at_next = running[:, prev + 1], running[:, nxt]
    further = running[2, np.minimum(cands + 1 + _AFTER, size)]
    counts = np.stack(
        [np.maximum(rule_at - ordinal, 0), np.maximum(ordinal - rule_at, 0), at[0],
         cands - prev - 1, nxt - cands - 1, lines.words[cands], ordinal, further - after[2]]
    )  # fmt: skip
    flags = np.stack([cands == rule_end, at[0] > from_prev[0], at_next[0] > after[0]])
    runs = np.minimum(np.stack([at[1] - from_prev[1], at_next[1] - after[1]]), _RUN) / _RUN
    share_above = after[2:3] / max(float(running[2, -1]), 1.0)  # Of the prose, down to it.
    comments = np.log1p(at[3:])
    last_item = lines.item[cands] & ~np.append(lines.item[1:], False)[cands]
    sentence = [layout.ends_sentence(lines.texts[int(i)]) for i in cands]
    own = np.stack([lines.item[cands], last_item, np.array(sentence, dtype=bool)])
    span = article_lines.span_matrix(lines, cands, rule_end, line_weights).T
    return np.concatenate([np.log1p(counts), flags, runs, share_above, comments, own, span]).T


def word_features(
    lines: Lines, index: int, title: str | None, lead: frozenset[str], outlet: str = ""
) -> tuple[float, ...]:
    """What one candidate says (order of WORDS); `outlet` as outlet_key gives it."""
    text = lines.texts[index]
    own = tokens(text)
    return (
        float(
            layout.is_end_note(text)
            or closing_notes.is_tweet(lines.texts, index)
            or closing_notes.under_about(lines.texts, index)
        ),
        share(tokens(title or ""), own),
        share(own, lead),
        float("@" in text and bool(_CONTACT.search(text))),
        float(is_prompt(text)),
        float(lines.counts[text] > 1),
        float(bool(_ASKS.match(text))),
        float(page_words.has_page_words(text)),
        float(bool(_INTRODUCES.match(text))),
        float(_note_follows(lines, index)),
        float(text.endswith(":")),  # It opens a list or a box: what follows is not its own.
        float(_lone_section(lines, index)),
        float(page_words.names_outlet(text, outlet)),
        float(making_notes.is_making_note(text)),
        float(article_lines.cut_short(text)),
    )


def _lone_section(lines: Lines, index: int) -> bool:
    """A paragraph alone under a heading of its own: how a box sets out a note or a pitch."""
    above = lines.texts[index - 1] if index else ""
    below = lines.paragraph[index + 1 : index + 2]
    return layout.could_be_heading(above) and not lines.paragraph[index - 1] and not below.any()


def _note_follows(lines: Lines, index: int) -> bool:
    """Whether the next paragraph is a note, a pitch or a credit: what follows a last paragraph."""
    window = lines.paragraph[index + 1 : index + 1 + _AFTER]
    at = int(window.argmax()) if len(window) else 0
    return bool(len(window) and window[at]) and _pitch_or_note(lines.texts[index + 1 + at])


@functools.lru_cache(maxsize=4096)
def _pitch_or_note(text: str) -> bool:
    # Not is_note: a credit below a candidate is weighed already, as no prose below it
    # (Lines.prose); counted here too, it would be weighed twice.
    return (
        layout.is_end_note(text)
        or page_words.has_page_words(text)
        or bool(_PROMPT.match(text))
        or bool(_ASKS.match(text))
    )


def is_prompt(text: str) -> bool:
    """Whether the line asks the reader to do something: sign up, follow, read or watch more."""
    return bool(_PROMPT.match(text))


def share(words: frozenset[str], within: frozenset[str]) -> float:
    """The part of the words found within the others (0 when there are none)."""
    return len(words & within) / len(words) if words else 0.0


@functools.cache
def weights() -> tuple[np.ndarray, np.ndarray]:
    """The learned weights of the place and of the word features, in their orders."""
    place, words = read_weights(WEIGHTS_PATH, PLACE, WORDS)
    return place, words


def in_reach(texts: list[str], rule_end: int) -> list[str]:
    """The lines where the article may end: all up to the rules' end and a few past it; further
    down, as far as the last run of prose within reach (the text going on below a box of links).
    Finding that run takes a glance at each line, so the rest is measured only where it counts."""
    end, run, limit = rule_end + _AFTER, 0, min(rule_end + REACH, len(texts))
    for index in range(rule_end + 1, limit):
        run = run + 1 if _looks_like_prose(texts[index]) else 0
        if run >= _RESUMED:
            end = max(end, index)
    end = list_runs.lists_through(texts[:limit], rule_end, end)
    return texts[: _paragraphs_below(texts, end, limit) + 1]


def _paragraphs_below(texts: list[str], end: int, limit: int) -> int:
    """The last of the paragraphs that go on below the line, each at most a few lines below the
    one before (the end of a run of long prose is often a short paragraph or a sign-off)."""
    index = end
    while index < limit - 1 and index - end <= _GAP:
        index += 1
        if layout.is_footer(texts[index]):
            break
        if layout.is_paragraph(texts[index]):
            end = index
    return end


def _looks_like_prose(text: str) -> bool:
    return len(text) >= _PROSE_CHARS and text[-1] in _PROSE_ENDS


def last_paragraph(
    texts: list[str],
    rule_end: int,
    title: str | None,
    outlet: str | None = None,
    spaced: list[bool] | None = None,
) -> int:
    """Index of the likeliest last paragraph of the article among the lines (`spaced`: whether
    a blank line stands above each)."""
    lines = Lines.of(in_reach(texts, rule_end), lists=True, spaced=spaced)
    if not lines.paragraph[rule_end]:
        return rule_end
    # Other stories' teasers follow the text's end: the page is read as if it ended there,
    # and the rules' end, where it ran into them, as the last paragraph above them.
    runs = np.flatnonzero(teasers.in_teasers(lines)[1:]) + 1
    cut = int(runs[0]) if len(runs) else len(lines.texts)
    above = np.flatnonzero(lines.paragraph[:cut])
    if cut < len(lines.texts) and len(above):
        lines = Lines.of(lines.texts[:cut], lists=True, spaced=spaced)
        rule_end = min(rule_end, int(above[-1]))
    cands = lines.candidates()
    place, words = weights()
    lead, key = lines.lead(cands), page_words.outlet_key(outlet)
    at = best_first(
        place_matrix(lines, cands, rule_end) @ place,
        words,
        lambda at: word_features(lines, int(cands[at]), title, lead, key),
    )
    return int(cands[at])


def best_first(
    known: np.ndarray, weights: np.ndarray, features: Callable[[int], Sequence[float]]
) -> int:
    """Which candidate scores best: `known` is what each scores for its place, `features(at)` the
    rest of its evidence (each between 0 and 1, weighed by `weights`). Candidates are read in the
    order of the most they could score, until none left could beat the best: the same choice as
    reading all of them."""
    ceiling = float(np.maximum(weights, 0).sum())
    best, best_score = 0, -math.inf
    for at in np.argsort(-known, kind="stable"):
        if known[at] + ceiling <= best_score:
            break
        score = float(known[at] + np.dot(features(int(at)), weights))
        if score > best_score:
            best, best_score = int(at), score
    return best
