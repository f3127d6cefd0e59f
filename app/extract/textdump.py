"""Text dumps of news pages -> ArticleDraft.

A dump is the visible text of a page, one block per line: perhaps a header line
(`date 2023-08-06 <site name and menu>`), then the headline, byline, date line and photo
captions in some order, the body with its sub-headings, and whatever furniture follows. The
front, down to the first paragraph, is read by dump_front.py; the body from there on here.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from app.drafts import ArticleDraft, Evidence, ExtractionError
from app.extract import article_lines, body_end, body_start, closing_notes, layout, list_runs
from app.extract.dump_front import add_captions, is_late_front_field, read_front
from app.extract.front_fields import Line, read_opening_date, take_date
from app.extract.line_dates import line_date
from app.extract.printed_dates import is_time_stamp

_PROSE_WORDS = 20
_STAMP_WORDS = 16
# Related links, tags and menus come as runs of short lines; an article's sub-headings do not.
_HEADLINE_RUN = 5
# A related-links box inside the text: a short heading over a few headlines.
_BOX_HEADING_WORDS = 4
_BOX_LINES = 8
# Below such a box the text resumes with a sentence of this many words or more: many outlets
# write a paragraph a sentence ('Tornando al remake, il titolo provvisorio è …'). The 20 words
# of prose elsewhere missed them; 15 measured best on the development set (held-out end
# 978 -> 983 of 1108 from the headline, bench.train_bounds end --splits 4), 12 took a reader's
# prompt under a box of links for the text.
_RESUMED_WORDS = 15


def extract_text_dump(text: str) -> ArticleDraft:
    """Extract the article fields from a page dump; fields not found stay None."""
    draft, body_lines = _read_to_body(text)
    _read_body(body_lines, draft, blank_lines_above(text, body_lines))
    if not draft.paragraphs:
        raise ExtractionError("no article text found after the title")
    return draft


def rule_body(text: str) -> tuple[list[str], int | None, list[bool], str | None, str | None]:
    """The lines from the article's first paragraph on, the last one the rules keep (None when
    they keep none), whether a blank line stands above each line, the headline and the outlet:
    what bench/train_bounds.py learns the end from."""
    draft, lines = _read_to_body(text)
    kept = _rule_body(lines, draft)
    end = _position(lines, kept[-1]) if kept else None
    spaced = blank_lines_above(text, lines)
    return [line.text for line in lines], end, spaced, draft.title, draft.outlet


def rule_start(text: str) -> tuple[list[str], int | None, list[bool], str | None]:
    """The lines under the headline, the first paragraph the rules see (None when they see none),
    whether a blank line stands above each line and the headline: what bench/train_bounds.py
    learns the start from."""
    draft, rest, first = read_front(text)
    return [line.text for line in rest], first, blank_lines_above(text, rest), draft.title


def blank_lines_above(text: str, lines: list[Line]) -> list[bool]:
    """Whether a blank line stands right above each of the dump's lines (a browser's text sets a
    `<p>` apart so, not a caption, a standfirst's `<div>` or a teaser's heading)."""
    raw = text.splitlines()
    return [line.number > 1 and not raw[line.number - 2].strip() for line in lines]


def _read_to_body(text: str) -> tuple[ArticleDraft, list[Line]]:
    draft, rest, first = read_front(text)
    if first is None:
        return draft, []
    texts = [line.text for line in rest[: first + body_start.REACH + 1]]
    spaced = blank_lines_above(text, rest[: len(texts)])
    chosen = body_start.first_paragraph(texts, first, draft.title, spaced)
    for index in range(first, chosen):  # Lines skipped above the text may hold a byline or date.
        is_late_front_field(rest, index, 0, draft)
    rest[chosen] = read_opening_date(rest[chosen], draft)
    return draft, rest[chosen:]


def _read_body(lines: list[Line], draft: ArticleDraft, spaced: list[bool]) -> None:
    kept = _rule_body(lines, draft)
    if kept:
        rule_end = _position(lines, kept[-1])
        texts = [line.text for line in lines[: rule_end + body_end.REACH + 1]]
        end = body_end.last_paragraph(texts, rule_end, draft.title, draft.outlet, spaced)
        kept = _through(kept, lines, end)
        _read_stamp_below(lines, _position(lines, kept[-1]) + 1, draft)
    _read_entry_statement(lines, draft)
    _set_body(kept, draft)


# Some pages print the publication stamp under the text ('First Published on Nov 20, 2019
# 01:38 pm', 'Published 7:07 PM EST Nov 19, 2019'). Read there only where the front printed no
# date, only right under the last paragraph and only with its label: further down, a stamp
# dates a comment or another story; 'Posted in <category>' names no day.
_STAMP_BELOW = 4
_PUBLISHED_LABEL = re.compile(
    r"^\W*(?:(?:first|originally)\s+)?(?:published|posted)\b(?!\s+in\b)", re.IGNORECASE
)


def _read_stamp_below(lines: list[Line], start: int, draft: ArticleDraft) -> None:
    if draft.published is not None:
        return
    for line in lines[start : start + _STAMP_BELOW]:
        if _PUBLISHED_LABEL.match(line.text):
            date = line_date(line.text, draft.captured)
            if date is not None and not date.is_update:
                take_date(date, line, draft)
            return


# WordPress themes state the entry's own day in a sentence under it, wherever the page puts it
# ('This entry was posted on Tuesday, September 3rd, 2013 at 12:53 pm and is filed under …',
# 'This entry was posted in News on March 3, 2013', 'Dieser Beitrag wurde am 3. September 2013
# veröffentlicht'): the entry's, not a comment's or another story's, so read anywhere below the
# headline where the front printed no date.
_ENTRY_STATEMENT = re.compile(
    r"""(?:^|[.!?]\s)\W{0,3}(?:this\ (?:entry|post|article)\ was\ (?:posted|published)
        (?:\ in\ (?:[^.]|\.(?!\s)){1,80}?)?\ on
      | esta\ entrada\ (?:fue|ha\ sido)\ publicada(?:\ en\ [^.]{1,80}?)?\ el
      | cette\ entrée\ a\ été\ publiée(?:\ dans\ [^.]{1,80}?)?\ le
      | esta\ entrada\ foi\ publicada(?:\ em\ [^.]{1,80}?)?\ (?:em|no\ dia)
      | questo\ (?:articolo|post)\ è\ stato\ pubblicato(?:\ in\ [^.]{1,80}?)?\ il
      | dieser\ (?:beitrag|eintrag|artikel)\ wurde(?:\ in\ [^.]{1,80}?)?\ am)
    \s(?P<date>[^|]{6,70}?)
    (?=\s{1,3}(?:(?:at|à|às|alle|um|a\ las)\b(?!\s{1,3}\d)|by\b|and\b|von\b|par\b|por\b|da\b|e\b
      |y\b|et\b|und\b|veröffentlicht)|[|]|\.\s|$)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A piece of each statement above: most lines hold none and are passed over first.
_ENTRY_KEYS = ("was posted", "was published", "entrada", "entrée", "pubblicato", "wurde")


def _read_entry_statement(lines: list[Line], draft: ArticleDraft) -> None:
    if draft.published is not None:
        return
    for line in lines:
        lower = line.text.lower()
        if not any(key in lower for key in _ENTRY_KEYS):
            continue
        found = _ENTRY_STATEMENT.search(line.text)
        if found and (date := line_date(found["date"], draft.captured)) is not None:
            take_date(date, line, draft)
            return


def _position(lines: list[Line], line: Line) -> int:
    return bisect_left(lines, line.number, key=lambda each: each.number)


def _through(kept: list[Line], lines: list[Line], end: int) -> list[Line]:
    """The kept lines up to the chosen last paragraph; past the rules' end, the paragraphs and
    the sub-headings between them (lists of links stay out), and the chosen line itself (a
    sign-off may end the text) unless it is a footer, a caption, furniture or a stamp."""
    if lines[end].number <= kept[-1].number:
        return [line for line in kept if line.number <= lines[end].number]
    start = _position(lines, kept[-1]) + 1
    items = list_runs.list_items([line.text for line in lines[: end + body_end.REACH]])
    return kept + [lines[i] for i in range(start, end + 1) if items[i] or _continues(lines, i, end)]


def _continues(lines: list[Line], index: int, end: int) -> bool:
    text = lines[index].text
    if layout.is_footer(text) or layout.is_caption(text) or _is_furniture(text):
        return False
    if layout.is_paragraph(text) or index == end:  # The chosen end may be a sign-off.
        return not _is_stamp(text)
    # A sub-heading stands between paragraphs; the last link of a box only above one.
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    between = layout.is_paragraph(lines[index - 1].text) and layout.is_paragraph(following)
    return layout.could_be_heading(text) and between


def _rule_body(lines: list[Line], draft: ArticleDraft) -> list[Line]:
    """The body as the rules end it: at the first footer or run of headlines after the text."""
    kept: list[Line] = []
    prose, index = 0, 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if layout.is_footer(line.text):
            if not (resumes := _text_after_box(lines, index)):
                break
            index = resumes  # A box of links set inside the text: the article goes on below.
            continue
        if prose and _ends_in_headline_run(kept):
            break
        if layout.is_caption(line.text):
            add_captions(line, draft)
        elif not _is_furniture(line.text) and not is_late_front_field(
            lines, index - 1, prose, draft
        ):
            if _is_stamp(line.text):
                continue  # A date or time line among the text stamps an update, not prose.
            kept.append(line)
            prose += layout.word_count(line.text) >= _PROSE_WORDS
    return _trim_trailing_fragments(kept, lines)


def _is_furniture(text: str) -> bool:
    # A labelled link to another story stands inside or after the text, never in it; the
    # headline's evidence reads is_furniture alone (such links name its rivals).
    return layout.is_furniture(text) or layout.is_related_link(text)


def _text_after_box(lines: list[Line], start: int) -> int | None:
    """Where the article resumes below a related-links heading, if it does.

    The heading is short and the links under it are headlines; a paragraph of prose within a
    few lines means the box sat inside the text, not after it."""
    if layout.word_count(lines[start - 1].text) > _BOX_HEADING_WORDS:
        return None
    for index in range(start, min(start + _BOX_LINES, len(lines))):
        text = lines[index].text
        if layout.is_footer(text):
            return None
        if layout.word_count(text) >= _RESUMED_WORDS and layout.ends_sentence(text):
            return index if _prose_goes_on(lines, index + 1) else None
    return None


def _prose_goes_on(lines: list[Line], start: int) -> bool:
    # One paragraph after a box is often a teaser, a comment policy or an author's note; the
    # article's own text runs on for more.
    following = (line.text for line in lines[start:] if not layout.is_caption(line.text))
    return layout.is_paragraph(next(following, ""))


def _is_stamp(text: str) -> bool:
    if layout.word_count(text) > _STAMP_WORDS:
        return False
    return line_date(text, None) is not None or is_time_stamp(text)


def _ends_in_headline_run(kept: list[Line]) -> bool:
    """A run of short unpunctuated lines after prose: related links, menus, tags; the end."""
    run = kept[-_HEADLINE_RUN:]
    return len(run) == _HEADLINE_RUN and not any(layout.is_paragraph(line.text) for line in run)


def _trim_trailing_fragments(lines: list[Line], page: list[Line]) -> list[Line]:
    """Drop what trails the last paragraph: lists of headlines, dangling headings, notes; `page`
    is every line from the text's start on (what stands under a kept line tells a tweet)."""
    if lines and _cut_at_paywall(lines[-1], page):
        return lines  # The text as the page cuts it: it ends on the teaser's `…`.
    end = len(lines)
    while end and not layout.is_paragraph(lines[end - 1].text):
        end -= 1
    texts = [line.text for line in page]
    while end > 1 and (
        layout.is_end_note(lines[end - 1].text)
        or closing_notes.is_tweet(texts, _position(page, lines[end - 1]))
    ):
        end -= 1  # A note on the author, a prompt to share or a tweet closes the page.
        while end > 1 and not layout.is_paragraph(lines[end - 1].text):
            end -= 1
    return lines[:end]


def _cut_at_paywall(line: Line, page: list[Line]) -> bool:
    """A line cut short (`All...`, `その判断は…`) under a paragraph and over a notice that the rest
    is for subscribers: where a paywalled page cuts its text."""
    at = _position(page, line)
    above = page[at - 1].text if at else ""
    below = page[at + 1].text if at + 1 < len(page) else ""
    return (
        article_lines.cut_short(line.text)
        and layout.is_paragraph(above)
        and layout.is_paywall(below)
    )


def _set_body(lines: list[Line], draft: ArticleDraft) -> None:
    for index, line in enumerate(lines):
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        if layout.could_be_heading(line.text) and layout.is_paragraph(following):
            draft.heading_indexes.append(len(draft.paragraphs))
        draft.paragraphs.append(line.text)
    if lines:
        place = f"lines {lines[0].number}-{lines[-1].number}"
        draft.evidence["body"] = Evidence(place, lines[0].text)
