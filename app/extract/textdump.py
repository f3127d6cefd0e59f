"""Text dumps of news pages -> ArticleDraft.

A dump is the visible text of a page, one block per line: perhaps a header line
(`date 2023-08-06 <site name and menu>`), then the headline, byline, date line and photo
captions in some order, the body with its sub-headings, and whatever furniture follows.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from app.drafts import ArticleDraft, Evidence, ExtractionError
from app.enrich.outlets import outlet_name_in
from app.extract import body_end, body_start, headline_page, headline_scores, layout, leads
from app.extract.front_fields import Line, is_update_line, line_date, read_front_field
from app.extract.printed_dates import parse_date_line
from app.moments import Moment

_HEADER = re.compile(
    r"^\s*(?:date|captured|saved|retrieved)\s*:?\s*(?P<date>\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?)"
    r"\s*(?P<site>.*)$",
    re.IGNORECASE,
)
# A date or byline printed after this many paragraphs of prose is not the article's own.
_LATE_FIELD_PARAGRAPHS = 3
_PROSE_WORDS = 20
_STAMP_WORDS = 16
_ABOVE_HEADLINE = 5
_FIELD_WORDS = 12
_LONG_FIELD_WORDS = 20
_DIGIT = re.compile(r"\d")
# Related links, tags and menus come as runs of short lines; an article's sub-headings do not.
_HEADLINE_RUN = 5
# A related-links box inside the text: a short heading over a few headlines.
_BOX_HEADING_WORDS = 4
_BOX_LINES = 8


def content_texts(text: str) -> list[str]:
    """The dump's non-empty lines, stripped, without its header line."""
    texts = [t.strip() for t in text.splitlines() if t.strip()]
    return texts[1:] if texts and _HEADER.match(texts[0]) else texts


def dump_captured(text: str) -> Moment | None:
    """The capture date in the dump's header line; None without one."""
    first = next((t for t in text.splitlines() if t.strip()), "")
    match = _HEADER.match(first)
    captured = parse_date_line(match["date"]) if match else None
    return captured.moment if captured else None


def extract_text_dump(text: str) -> ArticleDraft:
    """Extract the article fields from a page dump; fields not found stay None."""
    draft, body_lines = _read_to_body(text)
    _read_body(body_lines, draft)
    if not draft.paragraphs:
        raise ExtractionError("no article text found after the title")
    return draft


def rule_body(text: str) -> tuple[list[str], int | None, str | None]:
    """The lines from the article's first paragraph on, the last one the rules keep (None when
    they keep none) and the headline: what bench/train_body_end.py learns the end from."""
    draft, lines = _read_to_body(text)
    kept = _rule_body(lines, draft)
    return [line.text for line in lines], _position(lines, kept[-1]) if kept else None, draft.title


def rule_start(text: str) -> tuple[list[str], int | None, str | None]:
    """The lines under the headline, the first paragraph the rules see (None when they see none)
    and the headline: what bench/train_body_start.py learns the start from."""
    draft, rest, first = _read_front(text)
    return [line.text for line in rest], first, draft.title


def _read_to_body(text: str) -> tuple[ArticleDraft, list[Line]]:
    draft, rest, first = _read_front(text)
    if first is None:
        return draft, []
    texts = [line.text for line in rest[: first + body_start.REACH + 1]]
    chosen = body_start.first_paragraph(texts, first, draft.title)
    for index in range(first, chosen):  # Lines skipped above the text may hold a byline or date.
        _is_late_front_field(rest, index, 0, draft)
    return draft, rest[chosen:]


def _read_front(text: str) -> tuple[ArticleDraft, list[Line], int | None]:
    lines = [Line(n, t.strip()) for n, t in enumerate(text.splitlines(), 1) if t.strip()]
    if not lines:
        raise ExtractionError("empty dump: no text")
    draft = ArticleDraft(title=None, paragraphs=[])
    lines = _read_header(lines, draft)
    start = _headline_above_text(lines, draft)
    _read_above_headline(lines[:start], draft)
    above = draft.published, draft.evidence.pop("published_at", None)
    draft.published = None
    rest = _read_title(lines[start:], draft)
    first = _read_front_matter(rest, draft)
    _prefer_date_below(draft, *above)
    return draft, rest, first


def _prefer_date_below(
    draft: ArticleDraft, moment: Moment | None, evidence: Evidence | None
) -> None:
    """Keep the date printed under the headline over one above it (the day's date in the page's
    header, a weather box, a teaser's or a quoted source's date), unless that is only an update."""
    below = draft.evidence.get("published_at")
    if evidence is None or (below is not None and not is_update_line(below.text)):
        return
    if below is None or not is_update_line(evidence.text):
        draft.published = moment
        draft.evidence["published_at"] = evidence


def _read_header(lines: list[Line], draft: ArticleDraft) -> list[Line]:
    match = _HEADER.match(lines[0].text)
    if match is None:
        return lines
    header = lines[0]
    captured = parse_date_line(match["date"])
    if captured is not None:
        draft.captured = captured.moment
        draft.evidence["captured_at"] = Evidence(header.place, header.text)
    outlet = outlet_name_in(match["site"])
    if outlet is not None:
        draft.outlet = outlet
        draft.evidence["outlet"] = Evidence(header.place, header.text)
    return lines[1:]


def _read_above_headline(lines: list[Line], draft: ArticleDraft) -> None:
    """A byline or date printed above the headline.

    Bylines sit right above it; dates may be further up, among kickers and section names,
    but there only stated ones: 'a day ago' or 'Nov. 20' up there dates a teaser."""
    for index, line in enumerate(lines):
        far = len(lines) - index > _ABOVE_HEADLINE
        if far and not _DIGIT.search(line.text):
            continue
        if not layout.is_paragraph(line.text) or _is_field_length(line.text):
            read_front_field(lines, index, draft, late=far)


def _read_title(lines: list[Line], draft: ArticleDraft) -> list[Line]:
    for index, line in enumerate(lines):
        if read_front_field(lines, index, draft):
            continue
        if layout.is_furniture(line.text) or layout.word_count(line.text) < 2:
            continue
        if not headline_page.could_be_headline(line.text):
            return lines[index:]  # Prose before any headline: the dump has none.
        draft.title = line.text
        draft.evidence["title"] = Evidence(line.place, line.text)
        return lines[index + 1 :]
    raise ExtractionError("no article text found")


def _headline_above_text(lines: list[Line], draft: ArticleDraft) -> int:
    texts = [line.text for line in lines]
    best = headline_scores.best_headline(texts, draft.captured)
    return 0 if best is None else best


def _read_front_matter(lines: list[Line], draft: ArticleDraft) -> int | None:
    """Byline, dates, captions and furniture between the headline and the first paragraph;
    where the rules see that paragraph (None when they see none)."""
    for index, line in enumerate(lines):
        if read_front_field(lines, index, draft) or _is_boxed(line.text):
            continue  # A sign-up box before the text does not end it.
        if layout.is_end_note(line.text):
            continue  # A contributor's note set between headline and text.
        if layout.is_caption(line.text) or _credited(lines, index):
            _add_captions(line, draft)
            continue
        if layout.is_paragraph(line.text) and not _opens_with_standfirst(lines, index, draft):
            return index
    return None


def _credited(lines: list[Line], index: int) -> bool:
    return leads.is_credited([line.text for line in lines[index : index + 2]], 0)


def _opens_with_standfirst(lines: list[Line], index: int, draft: ArticleDraft) -> bool:
    known = leads.Known(draft.byline is not None, draft.published is not None, draft.captured)
    texts = [line.text for line in lines[: index + 1 + leads.LOOKAHEAD]]
    return leads.is_standfirst(texts, index, known)


def _is_boxed(text: str) -> bool:
    return layout.is_furniture(text) or layout.is_footer(text)


def _add_captions(line: Line, draft: ArticleDraft) -> None:
    known = {layout.caption_key(caption) for caption in draft.captions}
    for caption in layout.split_captions(line.text):
        key = layout.caption_key(caption)
        if key not in known:
            known.add(key)
            draft.captions.append(caption)
            draft.evidence.setdefault(
                f"caption {len(draft.captions)}", Evidence(line.place, caption)
            )


def _read_body(lines: list[Line], draft: ArticleDraft) -> None:
    kept = _rule_body(lines, draft)
    if kept:
        rule_end = _position(lines, kept[-1])
        texts = [line.text for line in lines[: rule_end + body_end.REACH + 1]]
        kept = _through(kept, lines, body_end.last_paragraph(texts, rule_end, draft.title))
    _set_body(kept, draft)


def _position(lines: list[Line], line: Line) -> int:
    return bisect_left(lines, line.number, key=lambda each: each.number)


def _through(kept: list[Line], lines: list[Line], end: int) -> list[Line]:
    """The kept lines up to the chosen last paragraph; past the rules' end, the paragraphs and
    the sub-headings between them (lists of links stay out)."""
    if lines[end].number <= kept[-1].number:
        return [line for line in kept if line.number <= lines[end].number]
    start = _position(lines, kept[-1]) + 1
    return kept + [lines[i] for i in range(start, end + 1) if _continues(lines, i)]


def _continues(lines: list[Line], index: int) -> bool:
    text = lines[index].text
    if layout.is_footer(text) or layout.is_caption(text) or layout.is_furniture(text):
        return False
    if layout.is_paragraph(text):
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
            _add_captions(line, draft)
        elif not layout.is_furniture(line.text) and not _is_late_front_field(
            lines, index - 1, prose, draft
        ):
            if _is_stamp(line.text):
                continue  # A date or time line among the text stamps an update, not prose.
            kept.append(line)
            prose += layout.word_count(line.text) >= _PROSE_WORDS
    return _trim_trailing_fragments(kept)


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
        if layout.word_count(text) >= _PROSE_WORDS and layout.ends_sentence(text):
            return index if _prose_goes_on(lines, index + 1) else None
    return None


def _prose_goes_on(lines: list[Line], start: int) -> bool:
    # One paragraph after a box is often a teaser, a comment policy or an author's note; the
    # article's own text runs on for more.
    following = (line.text for line in lines[start:] if not layout.is_caption(line.text))
    return layout.is_paragraph(next(following, ""))


def _is_stamp(text: str) -> bool:
    return layout.word_count(text) <= _STAMP_WORDS and (line_date(text, None) is not None)


def _ends_in_headline_run(kept: list[Line]) -> bool:
    """A run of short unpunctuated lines after prose: related links, menus, tags; the end."""
    run = kept[-_HEADLINE_RUN:]
    return len(run) == _HEADLINE_RUN and not any(layout.is_paragraph(line.text) for line in run)


def _is_late_front_field(
    lines: list[Line], index: int, paragraphs_before: int, draft: ArticleDraft
) -> bool:
    # Some pages print the byline or date after the lead; take them if still missing. Far
    # down the body a date belongs to a comment, a related story or an author box.
    if not _is_field_length(lines[index].text) or paragraphs_before >= _LATE_FIELD_PARAGRAPHS:
        return False
    return (draft.byline is None or draft.published is None) and read_front_field(
        lines, index, draft, late=True
    )


def _is_field_length(text: str) -> bool:
    """Short enough for a byline or date line; a longer one only if no sentence ends it (a
    place, an outlet and a stamp: 'New Delhi, News Nation Bureau | Updated : 19 November …')."""
    words = layout.word_count(text)
    return words <= _FIELD_WORDS or (words <= _LONG_FIELD_WORDS and not layout.ends_sentence(text))


def _trim_trailing_fragments(lines: list[Line]) -> list[Line]:
    """Drop what trails the last paragraph: lists of headlines, dangling headings."""
    end = len(lines)
    while end and not layout.is_paragraph(lines[end - 1].text):
        end -= 1
    while end > 1 and layout.is_end_note(lines[end - 1].text):
        end -= 1  # A note on the author or a prompt to share closes the page, not the text.
        while end > 1 and not layout.is_paragraph(lines[end - 1].text):
            end -= 1
    return lines[:end]


def _set_body(lines: list[Line], draft: ArticleDraft) -> None:
    for index, line in enumerate(lines):
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        if layout.could_be_heading(line.text) and layout.is_paragraph(following):
            draft.heading_indexes.append(len(draft.paragraphs))
        draft.paragraphs.append(line.text)
    if lines:
        place = f"lines {lines[0].number}-{lines[-1].number}"
        draft.evidence["body"] = Evidence(place, lines[0].text)
