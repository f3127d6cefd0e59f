"""Where an article's own text starts below its headline: past the standfirst and the kickers.

Many pages set a one-sentence summary (a standfirst, or dek) under the headline, then the byline,
date or lead photo, then the text; the summary is the page's, not the article's first paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract import headline, layout
from app.extract.bylines import parse_byline
from app.moments import Moment

# A standfirst sits right under the headline; the byline, date or photo follows within a few lines.
_STANDFIRST_AFTER_TITLE = 5
LOOKAHEAD = 10
# Only a short summary of one sentence stands over a photo; a lead paragraph runs longer.
_SUMMARY_WORDS = 30
# A summary of a few sentences, when the photo's caption stands right under it.
_BRIEF_WORDS = 40
_CREDIT_LABEL = re.compile(r"[:©]")
# A dateline opens the article's own first paragraph: 'MOSCOW (Reuters) -', 'PARIS —'.
_DATELINE = re.compile(
    rf"^[{layout.CAPITALS}][{layout.CAPITALS} .,'’-]{{2,40}}(?:\([^)]{{1,30}}\))?\s*[-—–]"
)

# How a picture's caption reads: what it shows, who poses, where the players stand, a credit in
# brackets, a video's stamp, or the agencies' 'speaks …, Sunday, Nov. 17, 2019, in Las Vegas.'
_CAPTION_PHRASE = re.compile(
    r"\b(?:pictured|(?:is|are)\ seen\ (?:in|at|on|during)"
    r"|pose[sd]?\ (?:for|with|in|at|on|during|outside|inside|beside|alongside|together))\b"
    r"|^(?:(?:an?|this|the)\ )?(?:[\w'’-]+\ ){0,2}?(?:illustration|photo(?:graph)?|image|picture"
    r"|rendering)\ (?:of|shows)\b"
    r"|\[[^\]]{0,40}(?:\bvia\b|photo|getty|reuters|afp|\bap\b|/|courtesy|file)[^\]]{0,40}\]\s*$"
    r"|\((?:published|updated|posted)\b[^)]{0,60}\)\s*$"
    r"|(?-i:,\ (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\ [A-Z][a-z]{2,8}\.?\ \d{1,2},\ \d{4}\b)"
    # BBC's players print their label glued to the caption: 'Media captionWho is Julian Assange?'.
    r"|^(?:image|media|video)\ ?caption(?:\s|[,:]|(?-i:(?=[A-Z“\"‘'])))",
    re.I | re.X,
)
# A video player's marks: its description is no paragraph of the text.
_VIDEO = re.compile(
    r"^\W*(?:videos?|now\ playing|watch(?:\ now)?|play(?:\ video)?|up\ next|\d{1,2}:\d\d)\W*$",
    re.I | re.X,
)
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)\W?\s*$")  # A teaser cut short.


@dataclass(frozen=True)
class Known:
    """What the front matter has given so far: a standfirst is told by what follows it."""

    byline: bool
    date: bool
    captured: Moment | None


def is_standfirst(texts: list[str], index: int, known: Known) -> bool:
    """A summary under the headline: a byline, date line or photo follows it before more prose."""
    if index > _STANDFIRST_AFTER_TITLE:
        return False
    summary, boxed = _is_summary(texts[index]), False
    after = texts[index + 1] if index + 1 < len(texts) else ""
    if _is_brief(texts[index]) and _is_photo_line(after):
        return True  # The lead photo sits right between the summary and the text.
    for text in texts[index + 1 : index + 1 + LOOKAHEAD]:
        if summary and not boxed and _is_photo_line(text):
            return True  # The lead photo sits between the summary and the text it opens.
        if layout.is_paragraph(text) and not _is_boxed(text):
            return False
        boxed = boxed or layout.is_footer(text)
        if (not known.byline and parse_byline(text)) or (
            not known.date and headline.names_date(text, known.captured)
        ):
            return True
    return False


def is_credited(texts: list[str], index: int) -> bool:
    """A line followed by a credit alone ('Credit: NASA', '(Image: © X)') is the photo's caption."""
    credit = texts[index + 1] if index + 1 < len(texts) else ""
    # A labelled credit ('Credit:', 'Image:', '©'): a bare 'A/B' pair may be a link or a menu.
    if not _CREDIT_LABEL.search(credit) or not layout.is_caption(credit):
        return False
    return not layout.caption_key(credit)


def _is_summary(text: str) -> bool:
    return (
        layout.word_count(text) <= _SUMMARY_WORDS
        and not layout.sentence_breaks(text)
        and not _DATELINE.match(text)
    )


def _is_photo_line(text: str) -> bool:
    return layout.is_caption(text) or reads_as_caption(text)


def _is_brief(text: str) -> bool:
    return layout.word_count(text) <= _BRIEF_WORDS and not _DATELINE.match(text)


def _is_boxed(text: str) -> bool:
    return layout.is_furniture(text) or layout.is_footer(text)


def reads_as_caption(text: str) -> bool:
    """Whether a paragraph reads like a picture's or a video's caption rather than text."""
    return bool(_CAPTION_PHRASE.search(text))


def is_cut_short(text: str) -> bool:
    """A teaser cut short ('…'), not a paragraph of the text."""
    return bool(_CUT_SHORT.search(text))


def under_video(above: list[str]) -> bool:
    """Whether the lines just above a paragraph are a video player's marks (its description)."""
    return any(_VIDEO.match(line) for line in above[-2:])
