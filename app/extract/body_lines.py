"""The lines from the article's first paragraph on, measured once for the models that place
its start and end (body_start.py, body_end.py) and the score of every line (article_lines.py):
which could be a paragraph, a footer, a short line, an item of a list, a reader's comment, and
which are notes that follow an article rather than its text."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from app.extract import layout, list_runs, making_notes, page_words
from app.extract.headline_scores import tokens

_PROSE_WORDS = 8  # Paragraphs shorter than this are no prose (Lines.prose).
_LEAD = 3  # Paragraphs whose words stand for the article's subject.
# The header of a reader's comment, stamped: 'Milan Griffes on September 12, 2018 at 4:47 pm
# said:' (a quote the text announces, 'The mayor said:', bears no stamp).
_COMMENT = re.compile(r"\d.*\b(?:said|says|wrote|writes|replied)\s*:$", re.I)
# The marks of a sign-off's voice (_sign_offs): it exclaims or asks.
_SIGNING_OFF = re.compile(r"[!?！？]")


@dataclass
class Lines:
    """What the scoring needs of the lines from the article's first paragraph on."""

    texts: list[str]
    paragraph: np.ndarray  # Lines that could be a paragraph of the article.
    footer: np.ndarray
    short: np.ndarray  # Short lines that are not paragraphs: headlines, links, menus.
    words: np.ndarray
    comment: np.ndarray  # Headers of readers' comments.
    counts: Counter[str]
    item: np.ndarray  # Items of a list in the text (or sign-offs) that are no paragraphs.
    prose: np.ndarray  # Words of the paragraphs, notes on the article's making left out.
    # A blank line right above: a browser's text sets a `<p>` apart so, not a caption, a list's
    # items, a standfirst's `<div>` or a teaser's heading (all False where it is not known).
    spaced: np.ndarray

    @classmethod
    def of(cls, texts: list[str], lists: bool = False, spaced: list[bool] | None = None) -> Lines:
        """Measure the lines; with `lists`, the items of lists and sign-offs count as paragraphs
        (the text may end on one, while it never opens on one); `spaced`: whether a blank line
        stands above each (a longer list is cut to the texts)."""
        words = np.array([layout.word_count(text) for text in texts], dtype=np.int64)
        footer = np.array([layout.is_footer(text) for text in texts], dtype=bool)
        gaps = np.zeros(len(texts), dtype=bool)
        if spaced is not None:
            gaps[:] = spaced[: len(texts)]
        paragraph = np.array([_could_end(text) for text in texts], dtype=bool) & ~footer
        item = np.zeros(len(texts), dtype=bool)
        if lists:
            item = np.array(list_runs.list_items(texts), dtype=bool) & ~paragraph
            item |= _sign_offs(texts, words, gaps) & ~paragraph & ~footer
            paragraph |= item
        short = ~paragraph & (words >= 1) & (words <= 12)
        comment = np.array([_is_comment_header(text) for text in texts], dtype=bool)
        # A line too short to carry the story on (a pitch, a prompt, a sign-off) is no prose.
        prose = np.where(paragraph & (words >= _PROSE_WORDS), words, 0)
        for at in np.flatnonzero(prose):
            # A credit or a disclaimer is as long as a paragraph, but no more of the text below.
            prose[at] *= not making_notes.is_making_note(texts[int(at)])
        return cls(
            texts, paragraph, footer, short, words, comment, Counter(texts), item, prose, gaps
        )

    def candidates(self) -> np.ndarray:
        """Indexes of the lines that could be the last paragraph."""
        return np.flatnonzero(self.paragraph)

    def lead(self, cands: np.ndarray) -> frozenset[str]:
        """The words of the first paragraphs, which stand for the article's subject."""
        return frozenset().union(*(tokens(self.texts[int(i)]) for i in cands[:_LEAD]))


def _sign_offs(texts: list[str], words: np.ndarray, gaps: np.ndarray) -> np.ndarray:
    """Lines of two or three words set apart like a paragraph (`gaps`), in a voice that
    exclaims or asks: how a piece may sign off ('Thanks Junior!', 'More coming soon!', 'Got it?
    Good.'), too short for a paragraph. A label, a credit or a stamp ('Listen to article.',
    'Image via Shutterstock.', 'Updated 2 hours ago.') ends on a full stop if at all, and
    neither a number, a caption, a field nor a note is one. Candidates for the end only; the
    model weighs them against the prompts that look the same ('Share this!' is furniture)."""
    return np.array(
        [
            2 <= words[i] <= 3
            and gaps[i]
            and _SIGNING_OFF.search(text) is not None
            and layout.ends_sentence(text)
            and not any(char.isdigit() for char in text)
            and _is_text_kind(text)
            and not (layout.is_field(text) or is_note(text))
            for i, text in enumerate(texts)
        ],
        dtype=bool,
    )


def _is_comment_header(text: str) -> bool:
    return text.endswith(":") and bool(_COMMENT.search(text))


def _could_end(text: str) -> bool:
    return layout.is_paragraph(text) and _is_text_kind(text)


def _is_text_kind(text: str) -> bool:
    """No caption, furniture or labelled link to another story: what a text may end on."""
    return not (
        layout.is_caption(text) or layout.is_furniture(text) or layout.is_related_link(text)
    )


@functools.lru_cache(maxsize=4096)
def is_note(text: str) -> bool:
    """A note on the author, words of page furniture or a note on the article's making: lines
    that follow an article rather than belong to it."""
    return (
        layout.is_end_note(text)
        or page_words.has_page_words(text)
        or making_notes.is_making_note(text)
    )
