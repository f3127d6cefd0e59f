"""Text-dump extraction against the development set's gold (bench/dumps_gold.jsonl).

Run: python -m bench.eval_dumps [--mode from_title|whole|both] [--misses] [--set dev|intl]
[--placeholder-header]

`--placeholder-header` reads every dump with the header ../shared/tools/render_dump.py writes when
it is not told the capture day or the outlet (`date 2020-01-01 Unknown Outlet - …`): how the
extractor does on dumps made that way, with no capture day to bound the dates.

`--set intl` scores the non-English pages of bench/intl_dumps/ (bench.make_intl_dumps) against
bench/intl_dumps_gold.jsonl instead of the development set.

Title: exact match after normalising whitespace, quotes and case. Date: the publication day,
over dumps that print one (right / wrong / missing), and dates invented on dumps that print none.
Body: the first paragraph starts with the gold first sentence, the last ends with the gold last
sentence. An ExtractionError is a miss on every field. Dumps are made first if missing.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.drafts import ArticleDraft, ExtractionError
from app.enrich import enrich
from app.extract.textdump import extract_text_dump
from bench.dump_gold import GoldEntry, normalise, read_gold
from bench.dump_pages import DUMPS_DIR, MODES, corpora_present
from bench.make_dumps import make_all
from bench.make_intl_dumps import INTL_DIR, INTL_GOLD_PATH


@dataclass
class Outcome:
    """One dump's result per field: True right, False wrong; `said` is what came out, and why."""

    id: str
    checks: dict[str, bool | None] = field(default_factory=dict)
    said: dict[str, str] = field(default_factory=dict)


def extract(text: str) -> tuple[ArticleDraft | None, str | None]:
    """The draft as the archive stores it (extracted, then enriched: the language, a date's
    order in it, the outlet's name off the headline), or None and the error's message."""
    try:
        return enrich(extract_text_dump(text)).draft, None
    except ExtractionError as error:
        return None, str(error)


def date_check(entry: GoldEntry, mode: str, draft: ArticleDraft | None) -> str:
    """right / wrong / missing when the dump prints the day; invented / empty when it does not."""
    found = draft.published.local().date().isoformat() if draft and draft.published else None
    if entry.date_printed(mode):
        return "missing" if found is None else "right" if found == entry.published_day else "wrong"
    return "empty" if found is None else "invented"


def score(entry: GoldEntry, mode: str, draft: ArticleDraft | None) -> dict[str, bool | None]:
    """Each field's verdict; None where the gold has nothing to compare."""
    paragraphs = [normalise(p) for p in draft.paragraphs] if draft else []
    first = normalise(entry.first_sentence or "")
    last = normalise(entry.last_sentence or "")
    checks: dict[str, bool | None] = {
        "title": None
        if not entry.title
        else bool(draft and draft.title) and normalise(draft.title or "") == normalise(entry.title),
        "first": None if not first else bool(paragraphs) and paragraphs[0].startswith(first),
        "last": None if not last else bool(paragraphs) and paragraphs[-1].endswith(last),
    }
    both = checks["first"] is not None and checks["last"] is not None
    checks["body"] = bool(checks["first"] and checks["last"]) if both else None
    return checks


def explain(draft: ArticleDraft | None, error: str | None) -> dict[str, str]:
    """What came out for each field and the evidence (line) it came from."""
    if draft is None:
        return dict.fromkeys(("title", "date", "first", "last"), f"ExtractionError: {error}")

    def why(key: str) -> str:
        evidence = draft.evidence.get(key)
        return f" [{evidence.place}: {evidence.text[:80]!r}]" if evidence else " [no evidence]"

    body = why("body")
    return {
        "title": f"{draft.title!r}{why('title')}",
        "date": f"{draft.published.isoformat() if draft.published else None}{why('published_at')}",
        "first": f"{(draft.paragraphs or [''])[0][:120]!r}{body}",
        "last": f"{(draft.paragraphs or [''])[-1][-120:]!r}{body}",
    }


def run_mode(
    entries: list[GoldEntry], mode: str, dumps_dir: Path = DUMPS_DIR, placeholder: bool = False
) -> tuple[list[Outcome], Counter[str], float]:
    """Extract every dump of one mode; outcomes, date verdicts and seconds spent. `placeholder`:
    with render_dump.py's default header in place of the dump's (no capture day, no outlet)."""
    outcomes, dates, seconds = [], Counter[str](), 0.0
    for entry in entries:
        text = (dumps_dir / mode / f"{entry.id}.txt").read_text(encoding="utf-8")
        if placeholder:
            text = _HEADER_START.sub(" date 2020-01-01 Unknown Outlet - ", text, count=1)
        started = time.perf_counter()
        draft, error = extract(text)
        seconds += time.perf_counter() - started
        outcome = Outcome(entry.id, score(entry, mode, draft), explain(draft, error))
        verdict = date_check(entry, mode, draft)
        dates[verdict] += 1
        outcome.checks["date"] = verdict in ("right", "empty")
        outcome.said["date_verdict"] = verdict
        outcomes.append(outcome)
    return outcomes, dates, seconds


def rate(outcomes: list[Outcome], key: str) -> str:
    """'right/judged (percent)' for one field."""
    judged = [o.checks[key] for o in outcomes if o.checks.get(key) is not None]
    right = sum(bool(v) for v in judged)
    return f"{right}/{len(judged)} ({100 * right / max(len(judged), 1):.0f}%)"


def report(mode: str, outcomes: list[Outcome], dates: Counter[str], seconds: float) -> None:
    """Print one mode's figures."""
    printed = dates["right"] + dates["wrong"] + dates["missing"]
    unprinted = dates["empty"] + dates["invented"]
    print(f"== {mode}: {len(outcomes)} dumps, {len(outcomes) / max(seconds, 1e-9):.0f} dumps/s")
    print(f"  title right            {rate(outcomes, 'title')}")
    print(
        f"  date (prints one: {printed})  right {dates['right']}  wrong {dates['wrong']}  "
        f"missing {dates['missing']}"
    )
    print(f"  date invented          {dates['invented']}/{unprinted} dumps that print none")
    print(f"  body first sentence    {rate(outcomes, 'first')}")
    print(f"  body last sentence     {rate(outcomes, 'last')}")
    print(f"  body both right        {rate(outcomes, 'body')}")


def expected(entry: GoldEntry, key: str, mode: str) -> str:
    """The gold value of a field, for the misses list."""
    if key == "date":
        shown = entry.published_day if entry.date_printed(mode) else "none printed"
        return f"{shown} ({getattr(entry, f'date_text_{mode}') or 'no line'})"
    values: dict[str, Callable[[], str | None]] = {
        "title": lambda: entry.title,
        "first": lambda: entry.first_sentence,
        "last": lambda: entry.last_sentence,
    }
    return repr(values[key]())


def print_misses(entries: list[GoldEntry], outcomes: list[Outcome], mode: str) -> None:
    """Each miss: id, field, gold, what came out and the evidence behind it."""
    by_id = {e.id: e for e in entries}
    for outcome in outcomes:
        for key in ("title", "date", "first", "last"):
            if outcome.checks.get(key) is False:
                entry = by_id[outcome.id]
                verdict = f" {outcome.said['date_verdict']}" if key == "date" else ""
                print(f"MISS {mode} {outcome.id} {key}{verdict}")
                print(f"    expected {expected(entry, key, mode)}")
                print(f"    got      {outcome.said[key]}")


# A dump's header up to its menu words: ' date 2019-05-02 Daily Planet - '.
_HEADER_START = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2} (?:[^\n]*? - )?")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=[*MODES, "both"], default="both")
    ap.add_argument("--misses", action="store_true", help="list each miss with its evidence")
    ap.add_argument("--set", choices=["dev", "intl"], default="dev", help="which dumps and gold")
    ap.add_argument(
        "--placeholder-header",
        action="store_true",
        help="read each dump with render_dump.py's default header (no capture day, no outlet)",
    )
    args = ap.parse_args()
    if args.set == "intl":
        dumps_dir, gold = INTL_DIR, read_gold(INTL_GOLD_PATH)
    else:
        if not corpora_present():
            sys.exit("../shared/corpora is missing: the development set cannot be made")
        if not all((DUMPS_DIR / m).is_dir() for m in MODES):
            make_all()
        dumps_dir, gold = DUMPS_DIR, read_gold()
    entries = [e for e in gold if not e.skip]
    sites = {e.domain or e.site for e in entries}
    print(f"{len(entries)} pages (skipped entries left out) from {len(sites)} domains")
    for mode in MODES if args.mode == "both" else (args.mode,):
        outcomes, dates, seconds = run_mode(entries, mode, dumps_dir, args.placeholder_header)
        if args.misses:
            print_misses(entries, outcomes, mode)
        report(mode, outcomes, dates, seconds)


if __name__ == "__main__":
    main()
