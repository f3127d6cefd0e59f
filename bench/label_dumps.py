"""Propose the gold of the text-dump development set and flag what a person must check.

Run: python -m bench.label_dumps [--flagged]

Title from the page's <h1>/og:title, the publication day from its JSON-LD/meta/<time> markup,
the body's first and last sentence from the corpus's gold body; each is then looked for in the
dumps. Entries marked `checked_by_hand` in bench/dumps_gold.jsonl are kept as they are; every
other entry is proposed afresh. `--flagged` lists the entries that still need a reader.
"""

from __future__ import annotations

import argparse
import re
from datetime import date, timedelta

from bench.dump_gold import GoldEntry, normalise, read_gold, write_gold
from bench.dump_pages import MODES, Page, list_pages, page_html
from bench.make_dumps import DumpHeader, read_manifest
from bench.page_meta import PageMeta, read_meta
from bench.printed_dates import PrintedDate, days_on_line, find_day, relative_dates

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"'”’)\]]*\s+|(?<=[。！？])")
_FURNITURE = re.compile(
    r"^(?:share|follow|related|read more|more:|photo|image|credit|advertisement)|subscribe|"
    r"newsletter|©|copyright|all rights reserved|sign up|click here|getty images",
    re.IGNORECASE,
)
# newspaper's fixtures sometimes hold a note in capitals ("ONLY EXTRACTED ...") for the text.
_TESTER_NOTE = re.compile(r"^[A-Z0-9 ,.'\"*#()-]*\b(?:EXTRACT|MISS|FAIL)[A-Z0-9 ,.'\"*#()-]*$")
_MIN_WORDS = 6
# A printed date further than this from the headline is probably another article's.
_NEAR_LINES = 40
# A page without date markup: a date this close under the headline is taken as its own.
_HEAD_LINES = 12


def dump_lines(page: Page, mode: str) -> list[str]:
    """The dump's lines, as the extractor will see them."""
    return page.dump_path(mode).read_text(encoding="utf-8").splitlines()


def line_index(lines: list[str], text: str | None) -> int | None:
    """1-based number of the first line equal to `text` (normalised), else None."""
    if not text:
        return None
    wanted = normalise(text)
    return next((n for n, line in enumerate(lines, 1) if normalise(line) == wanted), None)


def propose_title(meta: PageMeta, lines: list[str]) -> tuple[str | None, list[str]]:
    """The visible headline: an <h1> or og:title that is a whole line of the dump."""
    candidates = [h for h in meta.headlines_h1 if len(h.split()) >= 3] + [meta.headline_og]
    for candidate in candidates:
        number = line_index(lines, candidate)
        if number is not None:
            return lines[number - 1].strip(), []
    return meta.headline_og or (meta.headlines_h1 or [None])[0], ["title not a line of the dump"]


def sentences(paragraph: str) -> list[str]:
    """A rough sentence split; good enough for prefixes and suffixes of paragraphs."""
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s and s.strip()]


def first_sentence(paragraph: str) -> str:
    """The paragraph's opening sentence, at least a few words long."""
    parts, taken = sentences(paragraph), []
    for part in parts:
        taken.append(part)
        if len(" ".join(taken).split()) >= _MIN_WORDS:
            break
    return " ".join(taken)


def last_sentence(paragraph: str) -> str:
    """The paragraph's closing sentence, at least a few words long."""
    parts, taken = sentences(paragraph), []
    for part in reversed(parts):
        taken.insert(0, part)
        if len(" ".join(taken).split()) >= _MIN_WORDS:
            break
    return " ".join(taken)


def body_paragraphs(body: str | None) -> list[str]:
    """The gold body's non-empty paragraphs."""
    return [p.strip() for p in (body or "").splitlines() if p.strip()]


def propose_body(body: str | None, lines: list[str]) -> tuple[str | None, str | None, list[str]]:
    """First and last sentence of the gold body, with flags for what looks wrong."""
    paragraphs = body_paragraphs(body)
    if not paragraphs:
        return None, None, ["no gold body"]
    first, last = first_sentence(paragraphs[0]), last_sentence(paragraphs[-1])
    flags = []
    normal = [normalise(line) for line in lines]
    if not any(line.startswith(normalise(first)) for line in normal):
        flags.append("first sentence does not start a dump line")
    if not any(line.endswith(normalise(last)) for line in normal):
        flags.append("last sentence does not end a dump line")
    if len(paragraphs[0].split()) < 6 or not re.search(r"[.!?。\"”]$", paragraphs[0]):
        flags.append("first paragraph short or unfinished (caption? dateline? standfirst?)")
    if len(paragraphs[-1].split()) < 5 or _FURNITURE.search(paragraphs[-1]):
        flags.append("last paragraph short or furniture-like")
    return first, last, flags


def printed_day(lines: list[str], wanted: date, title_line: int | None) -> PrintedDate | None:
    """Where the dump prints `wanted` near the headline (anywhere when there is no headline)."""
    for hit in find_day(lines, wanted):
        if title_line is None or abs(hit.line_number - title_line) <= _NEAR_LINES:
            return hit
    return None


def printed_in_modes(entry: GoldEntry, page: Page, stated: date) -> dict[str, PrintedDate]:
    """The day the dumps print: the stated one, else a day either side (markup in UTC)."""
    dumps = {mode: dump_lines(page, mode) for mode in MODES}
    for delta in (0, -1, 1):
        day = stated + timedelta(days=delta)
        hits = {
            m: printed_day(lines, day, line_index(lines, entry.title)) for m, lines in dumps.items()
        }
        found = {m: h for m, h in hits.items() if h is not None}
        if found:
            return found
    for mode, lines in dumps.items():
        if relative_dates(lines):
            entry.flags.append(f"{mode}: only a relative date ({relative_dates(lines)[0][1]})")
    return {}


def day_near_title(page: Page, title: str | None) -> date | None:
    """The first full date (with a year) the headline dump prints just around its headline."""
    lines = dump_lines(page, "from_title")
    start = line_index(lines, title) or 2
    for line in lines[max(start - 3, 1) : start + _HEAD_LINES]:
        for day, _text, has_year in days_on_line(line, 2000):
            if has_year and 1995 <= day.year <= 2021:
                return day
    return None


def propose_date(entry: GoldEntry, header: DumpHeader, page: Page) -> None:
    """Publication day and, per mode, whether the dump prints it."""
    entry.published_day, entry.published_source = header.stated_day, header.stated_day_source
    stated = date.fromisoformat(header.stated_day) if header.stated_day else None
    if stated is None:
        stated = day_near_title(page, entry.title)
        if stated is None:
            entry.flags.append("page states no publication day")
            return
        entry.published_day, entry.published_source = stated.isoformat(), "printed by the headline"
        entry.flags.append("day read from the dump only (no markup)")
    for mode, hit in printed_in_modes(entry, page, stated).items():
        setattr(entry, f"date_printed_{mode}", True)
        setattr(entry, f"date_text_{mode}", f"line {hit.line_number}: {hit.text}")
        if hit.day != stated:
            entry.published_day = hit.day.isoformat()
            entry.flags.append(f"{mode}: printed day {hit.day} differs from markup {stated}")
        if not hit.year:
            entry.flags.append(f"{mode}: printed without a year")


def propose(page: Page, header: DumpHeader) -> GoldEntry:
    """The automatic gold of one page, with flags where it is unsure."""
    meta = read_meta(page_html(page))
    lines = dump_lines(page, "from_title")
    title, title_flags = propose_title(meta, lines)
    first, last, body_flags = propose_body(page.gold_body, lines)
    entry = GoldEntry(
        id=page.id,
        corpus=page.corpus,
        site=header.site,
        domain=header.domain,
        url=header.url,
        title=title,
        published_day=None,
        date_printed_from_title=False,
        date_printed_whole=False,
        first_sentence=first,
        last_sentence=last,
        flags=title_flags + body_flags,
    )
    propose_date(entry, header, page)
    if page.gold_body is None:
        entry.skip = "the corpus gives no article text for this page"
    elif _TESTER_NOTE.match(page.gold_body.strip()):
        entry.skip = "the fixture's expected text is a tester's note, not the article"
    return entry


def label_all() -> list[GoldEntry]:
    """Propose every entry, keeping the hand-checked ones."""
    kept = {e.id: e for e in read_gold() if e.checked_by_hand}
    headers = {h.id: h for h in read_manifest()}
    return [kept.get(p.id) or propose(p, headers[p.id]) for p in list_pages()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--flagged", action="store_true", help="list entries a person should check")
    args = ap.parse_args()
    entries = label_all()
    write_gold(entries)
    unchecked = [e for e in entries if e.flags and not e.checked_by_hand and not e.skip]
    hand = sum(e.checked_by_hand for e in entries)
    print(f"{len(entries)} entries, {hand} checked by hand, {len(unchecked)} flagged unchecked")
    if args.flagged:
        for entry in unchecked:
            print(f"{entry.id}: {'; '.join(entry.flags)}")


if __name__ == "__main__":
    main()
