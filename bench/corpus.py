"""A seeded, realistic benchmark corpus: real sentences recombined, countries named, dates spread.

Sentences come from the bundled Wikinews corpus (always present) and, where ../shared/corpora
is beside the checkout, from BBC and HuffPost texts too. Each article names countries in its
headline and text, so tagging and country facets are real; about 5% are near-copies of an
earlier article (another outlet, one sentence changed), so copy grouping is exercised.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from app.settings import DEMO_CORPUS

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
COUNTRIES = [
    "Ukraine",
    "Russia",
    "China",
    "the United States",
    "North Korea",
    "South Korea",
    "Iran",
    "Israel",
    "India",
    "Pakistan",
    "Brazil",
    "Mexico",
    "Germany",
    "France",
    "Japan",
    "Nigeria",
    "Kenya",
    "Egypt",
    "Turkey",
    "Syria",
    "Venezuela",
    "Argentina",
    "Indonesia",
    "Australia",
    "Canada",
    "Poland",
    "Sudan",
    "Ethiopia",
    "South Africa",
    "Saudi Arabia",
]
OUTLETS = [
    "Reuters",
    "Associated Press",
    "AFP",
    "BBC News",
    "The Guardian",
    "Al Jazeera",
    "The New York Times",
    "Yonhap News Agency",
    "The Kyiv Independent",
    "Dawn",
    "The Times of India",
    "Folha de S.Paulo",
    "Haaretz",
    "Deutsche Welle",
    "NHK World",
]
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def sentences() -> list[str]:
    """Real news sentences of a useful length."""
    texts = [json.loads(line)["body"] for line in DEMO_CORPUS.read_text().splitlines()]
    bbc = CORPORA / "bbc_news_2225"
    if bbc.exists():
        texts += [p.read_text(errors="replace") for p in sorted(bbc.rglob("*.txt"))[:2000]]
    found = [s.strip() for text in texts for s in _SENTENCE.split(" ".join(text.split()))]
    return [s for s in found if 8 <= len(s.split()) <= 45]


def articles(count: int, seed: int = 20231123) -> Iterator[dict[str, object]]:
    """`count` articles in the JSON-lines schema, the same for the same seed."""
    rng = random.Random(seed)
    pool = sentences()
    start = date(2015, 1, 1)
    made: list[dict[str, object]] = []
    for number in range(count):
        if made and rng.random() < 0.05:
            article = _copy(rng.choice(made[-500:]), rng, pool, number)
        else:
            article = _article(rng, pool, number, start)
        made.append(article)
        yield article


def _article(rng: random.Random, pool: list[str], number: int, start: date) -> dict[str, object]:
    countries = rng.sample(COUNTRIES, rng.choice([1, 1, 2, 2, 3]))
    paragraphs = []
    for index in range(rng.randint(4, 12)):
        paragraph = " ".join(rng.sample(pool, rng.randint(1, 3)))
        if index < len(countries) or rng.random() < 0.3:
            paragraph = f"In {rng.choice(countries)}, {paragraph[0].lower()}{paragraph[1:]}"
        paragraphs.append(paragraph)
    headline = rng.choice(pool).rstrip(".")
    published = start + timedelta(days=rng.randrange(0, 3650), minutes=rng.randrange(1440))
    return {
        "id": f"bench-{number}",
        "url": f"https://bench.example/{number}",
        "title": f"{countries[0].removeprefix('the ')}: {' '.join(headline.split()[:14])}",
        "body": "\n\n".join(paragraphs),
        "source": rng.choice(OUTLETS),
        "published_at": published.isoformat(),
    }


def _copy(
    original: dict[str, object], rng: random.Random, pool: list[str], number: int
) -> dict[str, object]:
    paragraphs = str(original["body"]).split("\n\n")
    paragraphs[rng.randrange(len(paragraphs))] = rng.choice(pool)
    return {
        **original,
        "id": f"bench-{number}",
        "url": f"https://copy.example/{number}",
        "source": rng.choice(OUTLETS),
        "body": "\n\n".join(paragraphs),
    }


def write_corpus(folder: Path, count: int, part_size: int) -> list[Path]:
    """Write the corpus once, as files of `part_size` articles (the unit a build resumes at);
    later runs of the same size and parts reuse it."""
    done = folder / "complete"
    plan = f"{count} {part_size}"
    parts = [folder / f"part-{n:03}.jsonl" for n in range(-(-count // part_size))]
    if done.exists() and done.read_text() == plan:
        return parts
    folder.mkdir(parents=True, exist_ok=True)
    done.unlink(missing_ok=True)
    stream = articles(count)
    for part in parts:
        with part.open("w") as out:
            for _, article in zip(range(part_size), stream, strict=False):
                out.write(json.dumps(article) + "\n")
    done.write_text(plan)
    return parts
