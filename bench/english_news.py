"""English stories from four sets of ../shared/corpora, and the seeded rule that picked the
development set of bench/eval_countries_en.py (BBC News, HuffPost, AG News, Wikinews)."""

from __future__ import annotations

import csv
import html
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
SEED = 17
# How many stories each set gives: the short HuffPost and AG items are the most, the long BBC and
# Wikinews stories fewer; BBC and HuffPost cover sport, entertainment, business and tech, where
# many stories are about no country.
SHARES = {"bbc": 40, "huffpost": 70, "ag": 70, "wikinews": 20}


@dataclass(frozen=True)
class Story:
    """A story of one set, named by the set and its place in it."""

    corpus: str
    id: str
    title: str
    paragraphs: list[str]


def _bbc() -> list[Story]:
    folder = CORPORA / "bbc_news_2225"
    stories = []
    for path in sorted(folder.glob("*/*.txt")):
        lines = path.read_bytes().decode("utf-8", errors="replace").split("\n")
        paragraphs = [line.strip() for line in lines[1:] if line.strip()]
        stories.append(Story("bbc", f"{path.parent.name}/{path.name}", lines[0], paragraphs))
    return stories


def _huffpost() -> list[Story]:
    path = CORPORA / "huffpost_news_category_v3_first10k" / "News_Category_Dataset_v3.json"
    stories = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        text = row["short_description"].strip()
        stories.append(Story("huffpost", str(number), row["headline"], [text] if text else []))
    return stories


def _ag() -> list[Story]:
    path = CORPORA / "ag_news_test" / "test.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    # AG writes '$' as ' #36;' and line breaks as a backslash.
    clean = [html.unescape(row[2].replace(" #36;", " $").replace("\\", " ")) for row in rows]
    return [
        Story("ag", str(number), html.unescape(row[1]), [text])
        for number, (row, text) in enumerate(zip(rows, clean, strict=True))
    ]


def _wikinews() -> list[Story]:
    stories = []
    for year in ("2019", "2020"):
        path = CORPORA / "wikinews_vanatteveldt" / f"wikinews_{year}.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle)):
                paragraphs = [p.strip() for p in row["text"].split("\n\n") if p.strip()]
                stories.append(Story("wikinews", f"{year}/{number}", row["title"], paragraphs))
    return stories


READERS: dict[str, Callable[[], list[Story]]] = {
    "bbc": _bbc,
    "huffpost": _huffpost,
    "ag": _ag,
    "wikinews": _wikinews,
}


def sample() -> list[Story]:
    """The development set: from each set, its share drawn with a fixed seed."""
    picked = []
    for corpus, share in SHARES.items():
        stories = READERS[corpus]()
        picked += random.Random(f"{SEED}-{corpus}").sample(stories, share)
    return picked


def by_key() -> dict[tuple[str, str], Story]:
    """Every story of the four sets by (set, id)."""
    return {(s.corpus, s.id): s for reader in READERS.values() for s in reader()}
