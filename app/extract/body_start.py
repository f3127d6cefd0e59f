"""Where the article's text starts in a page dump: the first paragraphs under the headline scored.

The rules of textdump.py take the first paragraph after the headline block that is not a caption
or a standfirst; they still start at a standfirst, a teaser or a long caption, and now and then
skip a real first paragraph. Here each of the first paragraphs under the headline is scored as
the first one, with the rules' own start as one piece of evidence: how far it is from the
headline and from the rules' start, what lies just below it (a byline or a date under a
standfirst, a credit under a caption, more prose under the text), what lies just above it (a
photo's credit, the heading of a box of key points, a video's marks), whether it opens
with a dateline, how it reads (like a caption, a teaser cut short, page furniture), whether a
byline or date follows within a few lines (a standfirst), whether a line further down opens with
its words (a teaser the text repeats), and what it shares with the headline. The weights are
learned on the development set (`python -m bench.train_bounds start`) and shipped as data
(`data/body_start_weights.json`).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import numpy as np

from app.extract import article_lines, layout, leads
from app.extract.body_end import best_first, is_prompt, share
from app.extract.body_lines import Lines, is_note
from app.extract.headline_scores import is_byline_or_date, tokens
from app.extract.learned_weights import read_weights

WEIGHTS_PATH = Path(__file__).with_name("data") / "body_start_weights.json"
# Where the paragraph stands, measured for all at once; then what it says and what lies below
# it, measured one by one for paragraphs that could still win (each between 0 and 1). How many
# paragraphs lie above the rules' start is counted, not how many past it, nor the lines between a
# paragraph and the next, nor a credit right above it: learned, each fits the sites it is learned
# on more than others (held out, the model does better without them).
PLACE = (
    "rule_start", "before_rule", "from_title", "position", "log_words",
    "prose_after", "short_before", "lines_below", "lines_above", "spaced",
)  # fmt: skip
OWN = (
    "field_below", "credit_below", "dateline", "sentence", "title_share", "repeated",
    "summary_above", "caption_like", "field_soon", "cut_short", "page_words",
    "video_above", "echoed", "prompt",
)  # fmt: skip
FEATURES = PLACE + OWN
CANDIDATES = 8  # Paragraphs under the headline that may open the text,
_PAST_RULE = 4  # and at least this many past the rules' start,
REACH = 40  # within this many lines of it.
_AFTER = 12  # Lines below a paragraph over which the prose that follows it is summed.
_RUN = 5
# A box that sums the article up above its text: 'Key Points', 'Highlights', 'Why It Matters'.
_SUMMARY_BOX = re.compile(
    r"^\W*(?:key\ (?:points|takeaways)|highlights|why\ it\ matters|summary|in\ brief"
    r"|at\ a\ glance|the\ gist|what\ you\ need\ to\ know|tl;?dr|das\ wichtigste|en\ bref"
    r"|resumen|in\ sintesi|em\ resumo|главное|коротко)\W*$",
    re.I | re.X,
)
# 'MOSCOW (Reuters) -', 'WASHINGTON —', 'Paris, Nov. 19 (AFP) -', 'Dekalb, Ill. —',
# 'Washington, DC, United States:', '(CNN) --', 'Hong Kong (CNN Business)A …' (an agency's
# name in brackets opens the line, or stands between a place and the text): a story's first
# words.
_DATELINE = re.compile(
    rf"^[{layout.CAPITALS}][{layout.CAPITALS} .,'’-]{{2,}}(?:,[^-—–(/]{{0,40}})?"
    rf"(?:\([^)]{{1,40}}\)\s*[-—–]|\s*[-—–]|[.\s]*/[{layout.CAPITALS}][^/]{{1,20}}/)"
    rf"|^[{layout.CAPITALS}][\w.'’-]+(?:\ [{layout.CAPITALS}][\w.'’-]+)?"
    rf"(?:,\ [{layout.CAPITALS}][\w.'’-]+(?:\ [{layout.CAPITALS}][\w.'’-]+)*){{1,3}}\s*[:—–]\s"
    rf"|^\([{layout.CAPITALS}][\w\ ]{{1,20}}\)\s*[-—–]*\s*\w"
    rf"|^(?:[{layout.CAPITALS}][\w.'’-]+,?\ ){{1,4}}\([{layout.CAPITALS}][\w\ ]{{1,20}}\)"
    rf"(?=[{layout.CAPITALS}]|\s*[-—–])",
    re.X,
)

_FIELD_WORDS = 20
_ECHO_WORDS = 8
_SOON = 6  # Lines below a paragraph where a byline or date marks it as part of the front.


def in_reach(texts: list[str], rule_start: int) -> list[str]:
    """The lines where the text may start: from the headline to some paragraphs past the rules'
    start."""
    seen, end = 0, min(len(texts), rule_start + REACH + 1)
    for index, text in enumerate(texts[:end]):
        seen += index > rule_start and layout.is_paragraph(text)
        if seen >= _PAST_RULE:
            end = index + 1
            break
    return texts[:end]


def candidates(lines: Lines, rule_start: int) -> np.ndarray:
    """The first paragraphs under the headline, and all those down to the rules' start; not a
    note on the author under the byline ('Markus Balser kam 2001 zur Süddeutschen Zeitung'),
    which never opens the text, whatever the scores would make of its place."""
    cands = lines.candidates()
    cands = cands[(np.arange(len(cands)) < CANDIDATES) | (cands <= rule_start)]
    authors = np.array([layout.is_author_note(lines.texts[at]) for at in cands], dtype=bool)
    return cands[~authors] if authors.any() and not authors.all() else cands


def feature_matrix(
    lines: Lines, rule_start: int, title: str | None
) -> tuple[np.ndarray, np.ndarray]:
    """The candidates and all their features, a row each (order of FEATURES): for training."""
    cands = candidates(lines, rule_start)
    own = np.array([own_features(lines, cands, at, title) for at in range(len(cands))])
    return cands, np.column_stack(
        [place_matrix(lines, cands, rule_start), own.reshape(len(cands), -1)]
    )


def place_matrix(lines: Lines, cands: np.ndarray, rule_start: int) -> np.ndarray:
    """Where each candidate stands, a row each (order of PLACE)."""
    size = len(lines.texts)
    ordinal = np.arange(len(cands))
    rule_at = int(np.searchsorted(cands, rule_start))
    prev = np.concatenate(([-1], cands[:-1]))
    running = np.zeros((2, size + 1))
    kinds = np.stack([lines.short, np.where(lines.paragraph, lines.words, 0)])
    np.cumsum(kinds, axis=1, out=running[:, 1:])
    further = running[1, np.minimum(cands + 1 + _AFTER, size)] - running[1, cands + 1]
    counts = np.stack(
        [np.maximum(rule_at - ordinal, 0), cands, ordinal,
         lines.words[cands], further]
    )  # fmt: skip
    runs = np.minimum(running[0, cands] - running[0, prev + 1], _RUN) / _RUN
    # Scored as if the text ran to the end of what is in reach: no line is past the rules' end.
    near = article_lines.around(article_lines.line_scores(lines, size), cands)
    return np.column_stack(
        [cands == rule_start, np.log1p(counts).T, runs, near, lines.spaced[cands]]
    )


def own_features(lines: Lines, cands: np.ndarray, at: int, title: str | None) -> tuple[float, ...]:
    """What the candidate says and what lies between it and the next one (order of OWN)."""
    index = int(cands[at])
    following = int(cands[at + 1]) if at + 1 < len(cands) else len(lines.texts)
    text = lines.texts[index]
    below = lines.texts[index + 1 : following]
    above = lines.texts[int(cands[at - 1]) + 1 if at else 0 : index]
    return (
        float(any(layout.is_field(line) for line in below)),
        float(any(layout.is_caption(line) for line in below[:2])),
        float(bool(_DATELINE.match(text))),
        float(layout.ends_sentence(text)),
        share(tokens(title or ""), tokens(text)),
        float(lines.counts[text] > 1),
        float(any(_SUMMARY_BOX.match(line) for line in above)),
        float(leads.reads_as_caption(text)),
        float(any(_is_front_field(line) for line in lines.texts[index + 1 : index + 1 + _SOON])),
        float(leads.is_cut_short(text)),
        float(is_note(text)),
        float(leads.under_video(above)),
        float(_echoed(text, lines.texts[index + 1 :])),
        float(is_prompt(text)),
    )


def _echoed(text: str, below: list[str]) -> bool:
    """Whether a line below opens with the same words: a teaser or caption the text repeats."""
    opening = text.split()[:_ECHO_WORDS]
    if len(opening) < _ECHO_WORDS:
        return False
    return any(
        line.startswith(opening[0]) and line.split()[:_ECHO_WORDS] == opening for line in below
    )


@functools.lru_cache(maxsize=4096)
def _is_front_field(text: str) -> bool:
    """A byline or date line, as the front's readers take them, or any short line naming one."""
    if layout.word_count(text) > _FIELD_WORDS:
        return False
    return layout.is_field(text) or is_byline_or_date(text, None)


@functools.cache
def weights() -> tuple[np.ndarray, np.ndarray]:
    """The learned weights of the place and of the own features, in their orders."""
    place, own = read_weights(WEIGHTS_PATH, PLACE, OWN)
    return place, own


def first_paragraph(
    texts: list[str], rule_start: int, title: str | None, spaced: list[bool]
) -> int:
    """Index of the likeliest first paragraph of the article among the lines under the headline
    (`spaced`: whether a blank line stands above each)."""
    lines = Lines.of(in_reach(texts, rule_start), spaced=spaced)
    if not lines.paragraph[rule_start]:
        return rule_start
    cands = candidates(lines, rule_start)
    place, own = weights()
    known = place_matrix(lines, cands, rule_start) @ place
    return int(cands[best_first(known, own, lambda at: own_features(lines, cands, at, title))])
