"""A date in figures the extractor could not settle ('Palma de Mallorca | 08/01/2014': the 8th of
January or the 1st of August?), settled by how the article's language writes dates.

The extractor reads the order from the line itself (a part over 12, a weekday, a zone, dots), the
capture and the page's other dates; where none says, it keeps the line as the evidence
UNSETTLED_DATE (app/drafts.py). Once the language is detected, CLDR's short date pattern for it
(through Babel) says which comes first: `d/M/yy` in Spanish, `dd.MM.y` in Russian, `dd/MM/y` in
British English. Not in English without a region (the US writes the month first, most of the rest
of the English-speaking world the day), nor where the pattern puts the year first (Chinese,
Japanese, Korean, Persian, Hungarian, Swedish), whose pages print such a date from another
convention.
"""

from __future__ import annotations

import functools

from babel import Locale, UnknownLocaleError
from babel.dates import get_date_format

from app.drafts import UNSETTLED_DATE, ArticleDraft, Evidence
from app.extract.line_dates import line_date, line_date_in_order


def settle_date_order(draft: ArticleDraft) -> None:
    """Read the draft's unsettled date in figures in its language's order, where that is known
    and the draft has no other date."""
    unsettled = draft.evidence.get(UNSETTLED_DATE)
    if unsettled is None:
        return
    if draft.published is not None:  # Another line dated the article after all.
        del draft.evidence[UNSETTLED_DATE]
        return
    # The capture settles it where one reading only is no later (a JSON line's captured_at).
    found, place = line_date(unsettled.text, draft.captured), unsettled.place
    day_first = day_first_in(draft.language) if found is None and draft.language else None
    if day_first is not None:
        found = line_date_in_order(unsettled.text, day_first, draft.captured)
        order = "day" if day_first else "month"
        place = f"{unsettled.place} ({order} first, as {draft.language} writes dates)"
    if found is None:
        return
    draft.published = found.moment
    draft.evidence["published_at"] = Evidence(place, unsettled.text)
    del draft.evidence[UNSETTLED_DATE]


@functools.lru_cache(maxsize=256)
def day_first_in(language: str) -> bool | None:
    """Whether dates in figures put the day before the month in this language (a BCP 47 tag);
    None where CLDR puts the year first, for English without a region, and for tags it lacks."""
    parts = language.replace("_", "-").split("-")
    base = parts[0].lower()
    # English names its region or says nothing; 'und' is no language (Babel reads it as US
    # English).
    if base == "und" or (base == "en" and not any(len(p) == 2 and p.isalpha() for p in parts[1:])):
        return None
    pattern = None
    for tag in dict.fromkeys((language, base)):  # An unknown region: the language's own order.
        try:
            pattern = get_date_format("short", locale=Locale.parse(tag, sep="-")).pattern
            break
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    if pattern is None:
        return None
    day, month, year = pattern.find("d"), pattern.find("M"), pattern.find("y")
    if day < 0 or month < 0 or 0 <= year < min(day, month):
        return None
    return day < month
