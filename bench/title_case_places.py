"""Headlines in title case: which HuffPost headlines the title-case reading of a name's
capitalised neighbour changes (app/enrich/geo/person_names.py, in_title_case).

Run: python -m bench.title_case_places. Each of the 10,000 headlines of
../shared/corpora/huffpost_news_category_v3_first10k (with its short description as the text)
is tagged twice: as the code reads it, and with no line read as title case (every capitalised
neighbour then makes a person's name, as before the rule). The headlines whose countries differ
are printed, to be read by hand: there is no gold for them.
"""

from __future__ import annotations

from unittest import mock

from app.enrich.geo import idioms, person_names
from app.enrich.geo.tagger import tag_countries
from bench.english_news import CORPORA, _huffpost


def _codes(title: str, paragraphs: list[str]) -> list[str]:
    return [mention.code for mention in tag_countries(title, paragraphs, "en")]


def main() -> None:
    if not (CORPORA / "huffpost_news_category_v3_first10k").exists():
        raise SystemExit(f"no HuffPost headlines under {CORPORA}")
    stories = _huffpost()
    now = [_codes(story.title, story.paragraphs) for story in stories]
    with (
        mock.patch.object(person_names, "in_title_case", return_value=False),
        mock.patch.object(idioms, "in_title_case", return_value=False),
    ):
        before = [_codes(story.title, story.paragraphs) for story in stories]
    changed = [
        (story.title, old, new)
        for story, old, new in zip(stories, before, now, strict=True)
        if old != new
    ]
    for title, old, new in changed:
        print(f"{old} -> {new}  {title}")
    print(f"{len(changed)} of {len(stories)} headlines changed")


if __name__ == "__main__":
    main()
