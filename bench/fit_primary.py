"""Would a dominance rule for the primary country pay? Fitted on one half of the English gold,
checked on the other half and on the non-English pages.

Run: `python -m bench.fit_primary`.

The rule tried: the weightiest country is primary only if its share of all weighted mentions,
its lead over the next country and its own weight reach thresholds (and, if asked, if it is
named in the headline or the lead). Every combination is scored on half a of
bench/countries_en_gold.jsonl; the best few are printed with their score on half b, on all of
it, and the main countries they find among the pages of bench/countries_intl_gold.jsonl. Then
each half in turn fits the rule and the other checks it: a rule that generalises gains on the
half it was not fitted on.
"""

from __future__ import annotations

import itertools
from typing import Any

from app.enrich import enrich
from app.enrich.geo.tagger import BODY_SECTION, SECTION_STRIDE, count_mentions, tag_countries
from bench.english_news import by_key
from bench.eval_countries_en import gold
from bench.eval_countries_intl import GOLD as INTL_GOLD
from bench.mediacloud import gold_entries, page_draft

Rule = tuple[float, float, float, bool]
SHARES = (0.0, 0.3, 0.4, 0.5, 0.6)
LEADS = (0.0, 0.5, 1.0, 2.0, 3.0)
WEIGHTS = (0.0, 1.5, 2.0, 3.0)
TODAY: Rule = (0.0, 0.0, 0.0, False)


def _tallies(title: str | None, paragraphs: list[str], language: str | None) -> Any:
    primary = next((m.code for m in tag_countries(title, paragraphs, language) if m.primary), None)
    return count_mentions(title, paragraphs, language), primary


def _decide(case: tuple[Any, str | None], rule: Rule) -> str | None:
    tallies, top = case
    if top is None:
        return None  # Today's rule already gives none; a threshold cannot give one.
    weights = sorted((t.weight for t in tallies.values()), reverse=True)
    share, lead, weight, front = rule
    second = weights[1] if len(weights) > 1 else 0.0
    if weights[0] < share * sum(weights) or weights[0] - second < lead or weights[0] < weight:
        return None
    return None if front and tallies[top].first_seen >= BODY_SECTION * SECTION_STRIDE else top


def _cases() -> tuple[list[Any], list[Any], list[Any]]:
    stories = by_key()
    english = []
    for entry in gold():
        story = stories[(entry["corpus"], entry["id"])]
        english.append((entry["primary"], _tallies(story.title, story.paragraphs, "en")))
    intl = []
    for entry in gold_entries(INTL_GOLD):
        if entry["primary"]:
            draft = enrich(page_draft(entry["file"])).draft
            intl.append((entry["primary"], _tallies(draft.title, draft.paragraphs, draft.language)))
    return english[0::2], english[1::2], intl


def _right(cases: list[Any], rule: Rule) -> int:
    return sum(_decide(case, rule) == expected for expected, case in cases)


def main() -> None:
    half_a, half_b, intl = _cases()
    rules = list(itertools.product(SHARES, LEADS, WEIGHTS, (False, True)))
    ranked = sorted(rules, key=lambda rule: (-_right(half_a, rule), rule))
    print(
        f"share lead weight front: half a /{len(half_a)}, half b /{len(half_b)}, all,"
        f" non-English main /{len(intl)}"
    )
    for rule in ranked[:8]:
        a, b = _right(half_a, rule), _right(half_b, rule)
        today = "  (no threshold: today's rule)" if rule == TODAY else ""
        print(f"  {rule}: {a}  {b}  {a + b}  {_right(intl, rule)}{today}")
    for fit, check, names in ((half_a, half_b, "a b"), (half_b, half_a, "b a")):
        best = min(rules, key=lambda rule: (-_right(fit, rule), rule))
        fitted, other = names.split()
        print(
            f"fitted on half {fitted}: {best}, {_right(fit, best)} right there;"
            f" half {other} {_right(check, best)} right (today's rule {_right(check, TODAY)})"
        )


if __name__ == "__main__":
    main()
