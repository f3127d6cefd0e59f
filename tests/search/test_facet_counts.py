"""Facet counts (app/search/facet_counts.py) against counting by hand over Whoosh's own columns,
per story and per article, on an archive where some stories have copies (on another day, from
another outlet): for few matches, and for most of the archive (counted by what they leave out
of every single article, whose counts are kept for the next search)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from whoosh import query

from app.archive import Archive, open_archive
from app.archive.ingest import ingest_paths
from app.search.facet_counts import count_facets
from app.search.facets import META_ID, SearcherColumns
from app.search.segment_facets import SegmentFacetCache
from app.settings import DEMO_CORPUS, Settings
from tests.search.test_facets import _column

STORIES = 80  # The first demo stories; enough for every kind of facet value.
COPIED = 12  # Of them, given a copy each.
# Which of the live documents match: all, all but some, half, a third, a fortieth, none.
SELECTIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "all": lambda live: live,
    "all but a tenth": lambda live: np.delete(live, np.s_[::10]),
    "half": lambda live: live[::2],
    "a third": lambda live: live[1::3],
    "a fortieth": lambda live: live[::40],
    "none": lambda live: live[:0],
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    folder = tmp_path_factory.mktemp("facet-counts")
    archive = open_archive(Settings(data_dir=folder))
    ingest_paths(archive, [str(_stories(folder))])
    ingest_paths(archive, [str(_copies(folder))])
    yield archive
    archive.close()


def _stories(folder: Path) -> Path:
    path = folder / "stories.jsonl"
    path.write_text("\n".join(DEMO_CORPUS.read_text().splitlines()[:STORIES]))
    return path


def _copies(folder: Path) -> Path:
    """Copies of the first demo stories: another outlet, a line more, the day after for some."""
    rows = [json.loads(line) for line in DEMO_CORPUS.read_text().splitlines()[:COPIED]]
    path = folder / "copies.jsonl"
    lines = []
    for n, row in enumerate(rows):
        day = date.fromisoformat(row["published_at"][:10]) + timedelta(days=n % 2)
        copy = {
            **row,
            "url": row["url"] + "?copy",
            "source": "Copy Desk",
            "published_at": day.isoformat(),
            "body": row["body"] + "\n\nCopied by the desk.",
        }
        lines.append(json.dumps(copy))
    path.write_text("\n".join(lines))
    return path


@pytest.mark.parametrize("stories", [True, False])
def test_counts_are_those_counted_by_hand(archive: Archive, stories: bool) -> None:
    with archive.index.searcher() as searcher:
        columns = SearcherColumns(searcher, SegmentFacetCache())
        assert columns.copied.sum() >= COPIED  # Copies were found and grouped.
        live = _live(searcher)
        # One column store for every selection: counts kept by one serve the next.
        for name, select in SELECTIONS.items():
            matched = select(live)
            facets = count_facets(columns, matched, stories)
            expected = _by_hand(searcher, matched.tolist(), stories)
            for facet, counts in expected.items():
                assert dict(getattr(facets, facet)) == counts, (name, facet)


def test_the_first_copy_of_each_story_is_kept_in_order(archive: Archive) -> None:
    with archive.index.searcher() as searcher:
        columns = SearcherColumns(searcher, SegmentFacetCache())
        shuffled = np.random.default_rng(7).permutation(_live(searcher))
        groups = _column(searcher, "group", None)
        expected, seen = [], set()
        for doc in shuffled.tolist():
            if groups[doc] not in seen:
                seen.add(groups[doc])
                expected.append(doc)
        assert len(expected) < len(shuffled)
        assert columns.first_of_each_story(shuffled).tolist() == expected


def _live(searcher: Any) -> np.ndarray:
    meta = searcher.document_number(id=META_ID)
    return np.array(sorted(set(searcher.reader().all_doc_ids()) - {meta}), dtype=np.int64)


def _by_hand(searcher: Any, matched: list[int], stories: bool) -> dict[str, dict[str, int]]:
    """Each facet's counts: the distinct stories (or articles) of the matches with each value."""
    groups = _column(searcher, "group", None)
    countries: dict[int, list[str]] = {}
    for code in searcher.reader().field_terms("country"):
        for doc in searcher.docs_for_query(query.Term("country", code)):
            countries.setdefault(doc, []).append(code)
    single = {
        field: _column(searcher, field, None)
        for field in ("source", "source_country", "published_day", "language")
    }

    def count(values_of: Callable[[int], list[str]]) -> dict[str, int]:
        seen: dict[str, set[int]] = {}
        for doc in matched:
            for value in values_of(doc):
                seen.setdefault(value, set()).add(groups[doc] if stories else doc)
        return {value: len(found) for value, found in seen.items()}

    def of(field: str, length: int | None = None) -> Callable[[int], list[str]]:
        return lambda doc: [single[field][doc][:length]] if single[field][doc] else []

    return {
        "countries": count(lambda doc: countries.get(doc, [])),
        "sources": count(of("source")),
        "source_countries": count(of("source_country")),
        "days": count(of("published_day")),
        "months": count(of("published_day", 7)),
        "years": count(of("published_day", 4)),
        "languages": count(lambda doc: [tag.split("-")[0] for tag in of("language")(doc)]),
    }
