"""The front of a text dump: its header line, the headline, and the byline, dates, captions
and furniture printed around the headline, down to where the rules see the first paragraph."""

from __future__ import annotations

import re

from app.drafts import UNSETTLED_DATE, ArticleDraft, Evidence, ExtractionError
from app.enrich.outlets import outlet_name_in
from app.extract import headline_page, headline_scores, layout, leads, list_runs, making_notes
from app.extract.front_fields import Line, is_update_line, read_front_field, take_date
from app.extract.line_dates import line_date_in_order
from app.extract.printed_dates import (
    page_day_first,
    parse_date_line,
    unsettled_numeric_date,
)
from app.moments import Moment

_HEADER = re.compile(
    r"^\s*(?:date|captured|saved|retrieved)\s*:?\s*(?P<date>\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?)"
    r"\s*(?P<site>.*)$",
    re.IGNORECASE,
)
# What ../shared/tools/render_dump.py writes when it is not told a page's capture day or outlet
# (its --capture-date and --outlet defaults): such a header tells neither. Read as a capture, the
# placeholder day would hide every date printed after it (a page of 2020 would lose its date)
# and give a year-less date ('Nov. 20') the year before it; read as a name, every such dump's
# outlet would be 'Unknown Outlet'. A browser's dump really captured that day loses only the
# capture day's checks.
_PLACEHOLDER_DAY = "2020-01-01"
_PLACEHOLDER_SITE = "Unknown Outlet"
# A date or byline printed after this many paragraphs of prose is not the article's own.
_LATE_FIELD_PARAGRAPHS = 3
_ABOVE_HEADLINE = 5
_BELOW_HEADLINE = 8  # Lines under the headline where an unreadable date is looked for.
_FIELD_WORDS = 12
_LONG_FIELD_WORDS = 20
_DIGIT = re.compile(r"\d")


def content_texts(text: str) -> list[str]:
    """The dump's non-empty lines, stripped, without its header line."""
    texts = [t.strip() for t in text.splitlines() if t.strip()]
    return texts[1:] if texts and _HEADER.match(texts[0]) else texts


def blank_above(places: list[int], before: int = 0) -> list[bool]:
    """Whether a blank line stands right above each of a dump's lines, given their line numbers
    (`before`: the number of the line above the first, 0 when there is none)."""
    return [place - above > 1 for place, above in zip(places, [before, *places], strict=False)]


def content_spacing(text: str) -> list[bool]:
    """Whether a blank line stands right above each of content_texts' lines."""
    places = [n for n, t in enumerate(text.splitlines(), 1) if t.strip()]
    if not places:
        return []
    first = text.splitlines()[places[0] - 1]
    if _HEADER.match(first.strip()):
        return blank_above(places[1:], places[0])
    return blank_above(places)


def dump_captured(text: str) -> Moment | None:
    """The capture date in the dump's header line; None without one."""
    return _header(next((t for t in text.splitlines() if t.strip()), ""))[0]


def dump_site(text: str) -> str:
    """The site's name and menu words in the dump's header line; empty without one."""
    return _header(next((t for t in text.splitlines() if t.strip()), ""))[1]


def _header(line: str) -> tuple[Moment | None, str]:
    """The capture date and the site's name and menu words the header line tells, without
    render_dump's placeholders."""
    match = _HEADER.match(line)
    if match is None:
        return None, ""
    captured = None if match["date"] == _PLACEHOLDER_DAY else parse_date_line(match["date"])
    site = match["site"]
    if site.startswith(_PLACEHOLDER_SITE):
        site = site[len(_PLACEHOLDER_SITE) :].lstrip()
    return captured.moment if captured else None, site


def read_front(text: str) -> tuple[ArticleDraft, list[Line], int | None]:
    """The draft with the front's fields, the lines under the headline, and the first paragraph
    among them that the rules see (None when they see none)."""
    lines = [Line(n, bare) for n, t in enumerate(text.splitlines(), 1) if (bare := t.strip())]
    if not lines:
        raise ExtractionError("empty dump: no text")
    draft = ArticleDraft(title=None, paragraphs=[])
    site = dump_site(lines[0].text)
    before = lines[0].number if _HEADER.match(lines[0].text) else 0
    lines = _read_header(lines, draft)
    start = _headline_above_text(lines, draft, site, before)
    _read_above_headline(lines[:start], draft)
    above = draft.published, draft.evidence.pop("published_at", None)
    draft.published = None
    rest = _read_title(lines[start:], draft, lines)
    first = _read_front_matter(rest, draft, lines)
    below = _fields_below(rest, first)
    unsettled = [line for line in below if unsettled_numeric_date(line.text, draft.captured)]
    if not unsettled:
        _prefer_date_below(draft, *above)
    elif draft.published is None:
        # A date under the headline that cannot be read alone is still the article's, and the
        # one above it is then the page header's day, not the article's (a wrong date is worse
        # than none); the page's other dates in figures may say which order it writes.
        _read_in_page_order(unsettled[0], draft, lines)
    return draft, rest, first


def _read_in_page_order(line: Line, draft: ArticleDraft, page: list[Line]) -> None:
    """Read the date in the order the page's plain dates show; where they show none, keep the
    line for enrichment, which knows the article's language (app/enrich/date_order.py)."""
    day_first = page_day_first([each.text for each in page])
    date = None
    if day_first is not None:
        date = line_date_in_order(line.text, day_first, draft.captured)
    if date is not None:
        take_date(date, line, draft)
    else:
        draft.evidence[UNSETTLED_DATE] = Evidence(line.place, line.text)


def _fields_below(rest: list[Line], first: int | None) -> list[Line]:
    """The short lines between the headline and the first paragraph, where its byline and
    date stand."""
    zone = rest if first is None else rest[:first]
    return [line for line in zone[:_BELOW_HEADLINE] if layout.word_count(line.text) <= _FIELD_WORDS]


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
    header = lines[0]
    if _HEADER.match(header.text) is None:
        return lines
    captured, site = _header(header.text)
    if captured is not None:
        draft.captured = captured
        draft.evidence["captured_at"] = Evidence(header.place, header.text)
    outlet = outlet_name_in(site)
    if outlet is not None:
        draft.outlet = outlet
        draft.evidence["outlet"] = Evidence(header.place, header.text)
    return lines[1:]


def _read_above_headline(lines: list[Line], draft: ArticleDraft) -> None:
    """A byline or date printed above the headline.

    Bylines sit right above it; dates may be further up, among kickers and section names,
    but there only stated ones: 'an hour ago' or 'Nov. 20' up there dates a teaser."""
    for index, line in enumerate(lines):
        far = len(lines) - index > _ABOVE_HEADLINE
        if far and not _DIGIT.search(line.text):
            continue
        if not layout.is_paragraph(line.text) or _is_field_length(line.text):
            read_front_field(lines, index, draft, late=far)


def _read_title(lines: list[Line], draft: ArticleDraft, around: list[Line]) -> list[Line]:
    for index, line in enumerate(lines):
        if read_front_field(lines, index, draft, around=around):
            continue
        if layout.is_furniture(line.text) or layout.word_count(line.text) < 2:
            continue
        texts = [near.text for near in lines[index : index + 1 + _FIELD_REACH]]
        if not headline_page.could_be_headline(line.text) or _sentence_of_text(texts, 0):
            return lines[index:]  # Prose before any headline: the dump has none.
        draft.title = headline_page.headline_text(line.text)
        draft.evidence["title"] = Evidence(line.place, line.text)
        if (kicked := _with_kickers_colon(draft.title, around)) is not None:
            draft.title = headline_page.headline_text(kicked.text)
            draft.evidence["title"] = Evidence(kicked.place, kicked.text)
        return lines[index + 1 :]
    raise ExtractionError("no article text found")


# A kicker set apart from its headline only by the page's type ('Deutschlandtakt' over 'Flixbus
# attackiert …') runs into it in the dump; the page's breadcrumb or share line often writes
# the two with the colon they are read with ('Deutschlandtakt: Flixbus attackiert …').
_KICKER_COLON = re.compile(r"(?<=\w):\s+")


def _with_kickers_colon(title: str, around: list[Line]) -> Line | None:
    """Another line of the page that is the headline with a colon after its first words."""
    return next(
        (
            line
            for line in around
            if len(line.text) == len(title) + 1
            and _KICKER_COLON.sub(" ", line.text, count=1) == title
        ),
        None,
    )


def _headline_above_text(lines: list[Line], draft: ArticleDraft, site: str, before: int) -> int:
    texts = [line.text for line in lines]
    spaced = blank_above([line.number for line in lines], before)
    best = headline_scores.best_headline(texts, draft.captured, site, spaced)
    opening = next((i for i, text in enumerate(texts) if not list_runs.is_link(text)), 0)
    if best is not None and _opens_with_prose(texts, opening, best):
        # A text with no headline whose best line is a sentence further down (a URL, then
        # paragraphs): it starts at its first paragraph, and the title stays empty.
        return opening
    if best is not None and _sentence_of_text(texts, best):
        if _opens_with_short_headline(texts, draft, site):
            return 0
        # A text with no headline (a URL, then paragraphs): the best of its lines is a
        # sentence of the text, and taking it would drop the paragraphs above it. The text
        # starts at its first paragraph, and the title stays empty (_read_title).
        return next((i for i, text in enumerate(texts) if layout.is_paragraph(text)), best)
    return 0 if best is None else best


def _opens_with_prose(texts: list[str], opening: int, best: int) -> bool:
    """Whether the dump opens (at `opening`, under its address) with paragraphs of prose that run
    on to the line the scores take for the headline (`best`): a text with no headline. A page may
    open with two paragraphs of a notice (consent, a paywall's meter, an ad blocker's, an
    editor's note: a helper wrote 46 such pages in ten languages, stop 70), but they end on
    buttons, a kicker or a link, and a byline or date stands under its headline."""
    first = texts[opening]
    return (
        best > opening
        and _sentence_of_text(texts, opening)
        and layout.is_paragraph(texts[opening + 1])
        # The text runs on in prose to the line taken for its headline (a subheading, a quote);
        # a page's notice ends on its buttons, a kicker or a link above its headline...
        and (
            layout.is_paragraph(texts[best - 1])
            or sum(map(layout.is_paragraph, texts[opening:best])) >= _TEXT_ABOVE
        )
        # ...and no byline or date stands under that line, as under a page's headline.
        and not any(
            headline_page.is_field(line) and not layout.is_paragraph(line)
            for line in texts[best + 1 : best + 1 + _HEADLINE_FIELD_REACH]
        )
        and not (layout.is_furniture(first) or layout.is_footer(first))
        and not making_notes.is_making_note(first)
    )


def _opens_with_short_headline(texts: list[str], draft: ArticleDraft, site: str) -> bool:
    """Where the scores take a sentence of the text for the headline, a dump cut at its headline
    (as the seed) may still open with one too short for them ('Ein Albtraum'): a line that could
    be one, with prose right under it."""
    first = texts[0]
    words = [word.casefold() for word in _WORD.findall(first)]
    return (
        len(texts) > 1
        and len(words) >= 2
        and len(set(words)) == len(words)  # 'Advertisement Advertisement', '| | |'.
        and not set(words) <= headline_scores.tokens(site)  # A section of the site's menu.
        and headline_page.is_candidate(first)
        and not headline_scores.is_passed_over(first, draft.captured, site)
        and layout.is_paragraph(texts[1])
    )


_WORD = re.compile(r"[^\W\d_]+")


# No headline on the development set's 296 pages ends with a full stop after this many words.
_PROSE_WORDS = 15
_FIELD_REACH = 3  # Lines under a headline where its byline or date stands.
_HEADLINE_FIELD_REACH = 5  # ...and where they stand under a page's headline, below a notice.
_TEXT_ABOVE = 4  # Paragraphs above a line: more than a page's notice over its headline.


def _sentence_of_text(texts: list[str], index: int) -> bool:
    """Whether the line is a sentence of the text, not a headline: long and ended by a full
    stop (not an ellipsis, 'what a time to be alive ...', nor an abbreviation's, '… by the
    U.S.'), with no byline or date in the lines under it, as a headline of a quote has."""
    text = texts[index]
    bare = text.rstrip("\"'”’) ")
    last = bare.rsplit(None, 1)[-1] if bare else ""
    if layout.word_count(text) < _PROSE_WORDS or not bare.endswith(".") or bare.endswith(".."):
        return False
    if "." in last[:-1]:
        return False
    below = texts[index + 1 : index + 1 + _FIELD_REACH]
    return not any(headline_page.is_field(line) for line in below)


def _read_front_matter(lines: list[Line], draft: ArticleDraft, around: list[Line]) -> int | None:
    """Byline, dates, captions and furniture between the headline and the first paragraph;
    where the rules see that paragraph (None when they see none)."""
    for index, line in enumerate(lines):
        if read_front_field(lines, index, draft, around=around) or is_boxed(line.text):
            continue  # A sign-up box before the text does not end it.
        if layout.is_end_note(line.text) or making_notes.opens_with_note(line.text):
            continue  # A contributor's note, or the issue it is from, between headline and text.
        if layout.is_caption(line.text) or _credited(lines, index):
            add_captions(line, draft)
            continue
        if not layout.is_paragraph(line.text) or _is_teaser(lines, index):
            continue  # A caption, a video's description or a teaser cut short is no paragraph.
        if not _opens_with_standfirst(lines, index, draft):
            return index
    return None


def _is_teaser(lines: list[Line], index: int) -> bool:
    text = lines[index].text
    above = [line.text for line in lines[max(index - 2, 0) : index]]
    return leads.reads_as_caption(text) or leads.is_cut_short(text) or leads.under_video(above)


def _credited(lines: list[Line], index: int) -> bool:
    return leads.is_credited([line.text for line in lines[index : index + 2]], 0)


def _opens_with_standfirst(lines: list[Line], index: int, draft: ArticleDraft) -> bool:
    known = leads.Known(draft.byline is not None, draft.published is not None, draft.captured)
    texts = [line.text for line in lines[: index + 1 + leads.LOOKAHEAD]]
    return leads.is_standfirst(texts, index, known)


def is_boxed(text: str) -> bool:
    return layout.is_furniture(text) or layout.is_footer(text)


def add_captions(line: Line, draft: ArticleDraft) -> None:
    known = {layout.caption_key(caption) for caption in draft.captions}
    for caption in layout.split_captions(line.text):
        key = layout.caption_key(caption)
        if key not in known:
            known.add(key)
            draft.captions.append(caption)
            draft.evidence.setdefault(
                f"caption {len(draft.captions)}", Evidence(line.place, caption)
            )


def is_late_front_field(
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
