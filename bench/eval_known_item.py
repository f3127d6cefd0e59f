"""Known-item search in English: `python -m bench.eval_known_item [--sample 2000] [--items 300]
[--misses]`.

A sample of the BBC (../shared/corpora/bbc_news_2225) and HuffPost
(../shared/corpora/huffpost_news_category_v3_first10k: headline and short description) sets,
the same for every run, is ingested into a temporary archive through the real pipeline. For
each of `--items` stored articles picked at random (seeded), three queries are made by rule:

- title: the article's title as typed, unquoted;
- phrase: 4 to 6 consecutive words of its body, in quotes;
- words: 5 of the 15 body words with the highest tf-idf in the sample, unquoted.

Title and phrase queries count how often the article is the first result; word bags report
the mean reciprocal rank within the first 10. Results are not folded by copy group, and only
the article itself counts: a near-copy found first is a miss (identical texts are stored once,
so an exact duplicate cannot be). "first or its copy" also accepts a member of its copy group.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.archive import open_archive
from app.archive.ingest import ingest_paths
from app.search import QueryError, SearchIndex, SearchRequest, search
from app.settings import Settings
from app.storage.models import Article

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
BBC = CORPORA / "bbc_news_2225"
HUFFPOST = CORPORA / "huffpost_news_category_v3_first10k" / "News_Category_Dataset_v3.json"
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SYNTAX = {"and", "or", "not", "to"}  # Query operators when typed in capitals.


def bbc_items(count: int, rng: random.Random) -> Iterator[dict[str, str]]:
    paths = sorted(BBC.rglob("*.txt"))
    for path in sorted(rng.sample(paths, min(count, len(paths)))):
        title, _, body = path.read_text(errors="replace").strip().partition("\n")
        url = f"https://bbc.example/{path.parent.name}/{path.stem}"
        yield {"url": url, "title": title.strip(), "body": body.strip(), "source": "BBC"}


def huffpost_items(count: int, rng: random.Random) -> Iterator[dict[str, str]]:
    records = [json.loads(line) for line in HUFFPOST.read_text().splitlines()]
    usable = [r for r in records if len(r["short_description"].split()) >= 8]
    for record in rng.sample(usable, min(count, len(usable))):
        yield {
            "url": record["link"],
            "title": record["headline"],
            "body": record["short_description"],
            "published_at": record["date"],
            "source": "HuffPost",
        }


@dataclass
class Tally:
    """First-place counts per kind of query, and reciprocal ranks for word bags."""

    first: Counter[str] = field(default_factory=Counter)
    first_or_copy: Counter[str] = field(default_factory=Counter)
    # Phrases also in another article's text: any article holding it first is right.
    shared_phrases: int = 0
    first_holds_phrase: int = 0
    # Phrases no other article holds: only the article itself is a right answer.
    own_phrases: int = 0
    own_phrase_first: int = 0
    asked: Counter[str] = field(default_factory=Counter)
    reciprocal: list[float] = field(default_factory=list)
    misses: list[tuple[str, str, str]] = field(default_factory=list)


def _ranked(index: SearchIndex, text: str) -> list[int]:
    try:
        return search(index, SearchRequest(text, collapse_copies=False)).ids
    except QueryError:
        return []


def _phrase(body: str, rng: random.Random) -> str:
    """4 to 6 consecutive words of one sentence, copied as a reader would copy them (the text
    from the first word's start to the last one's end: "U.S." stays "U.S.")."""
    sentences = [list(_WORD.finditer(s)) for s in _SENTENCE_END.split(body)]
    words = rng.choice([s for s in sentences if len(s) >= 4] or [list(_WORD.finditer(body))])
    length = min(rng.randint(4, 6), len(words))
    start = rng.randrange(len(words) - length + 1)
    first, last = words[start], words[start + length - 1]
    copied = first.string[first.start() : last.end()].replace('"', " ")
    return '"' + " ".join(copied.split()) + '"'


def _words(text: str) -> str:
    return " " + " ".join(w.lower() for w in _WORD.findall(text)) + " "


def _word_bag(article: Article, document_frequency: Counter[str], total: int) -> list[str]:
    counts = Counter(w.lower() for w in _WORD.findall(article.body) if len(w) >= 3)
    weight = {w: n * math.log(total / document_frequency[w]) for w, n in counts.items()}
    best = sorted(weight, key=lambda w: (-weight[w], w))
    return [w for w in best if w not in _SYNTAX][:15]


def _phrase_holders(
    index: SearchIndex, texts: dict[int, str], phrase: str, own: int, tally: Tally
) -> None:
    """Whether the first result is the article, for phrases no other article holds, and
    whether it holds the phrase, for phrases that other articles hold too."""
    words = _words(phrase.strip('"'))
    if not any(words in text for article_id, text in texts.items() if article_id != own):
        ranked = _ranked(index, phrase)
        tally.own_phrases += 1
        tally.own_phrase_first += bool(ranked) and ranked[0] == own
        return
    tally.shared_phrases += 1
    ranked = _ranked(index, phrase)
    tally.first_holds_phrase += bool(ranked) and words in texts.get(ranked[0], "")


def evaluate(index: SearchIndex, articles: list[Article], items: int, tally: Tally) -> None:
    rng = random.Random(18)
    frequency = Counter(w for a in articles for w in {x.lower() for x in _WORD.findall(a.body)})
    texts = {a.id: _words(f"{a.title} {a.body}") for a in articles}
    groups: dict[int, set[int]] = {}
    for article in articles:
        groups.setdefault(article.group_id or article.id, set()).add(article.id)
    for article in rng.sample(articles, min(items, len(articles))):
        copies = groups[article.group_id or article.id]
        bag = _word_bag(article, frequency, len(articles))
        words = " ".join(rng.sample(bag, min(5, len(bag))))
        title = " ".join(_WORD.findall(article.title or ""))
        phrase = _phrase(article.body, rng)
        for kind, text in (("title", title), ("phrase", phrase)):
            ranked = _ranked(index, text)
            tally.asked[kind] += 1
            tally.first[kind] += bool(ranked) and ranked[0] == article.id
            tally.first_or_copy[kind] += bool(ranked) and ranked[0] in copies
            if not ranked or ranked[0] != article.id:
                tally.misses.append((kind, text, article.title or ""))
        _phrase_holders(index, texts, phrase, article.id, tally)
        ranked = _ranked(index, words)
        rank = ranked.index(article.id) + 1 if article.id in ranked else 0
        tally.reciprocal.append(1 / rank if rank else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=2000, help="articles of each set")
    parser.add_argument("--items", type=int, default=300, help="known items of each set")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args()
    rng = random.Random(2023)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "sample.jsonl"
        lines = [*bbc_items(args.sample, rng), *huffpost_items(args.sample, rng)]
        corpus.write_text("".join(json.dumps(line) + "\n" for line in lines))
        archive = open_archive(Settings(data_dir=Path(folder) / "data"))
        ingest_paths(archive, [str(corpus)])
        for outlet, site in (("BBC", "https://bbc.example/"), ("HuffPost", "https://www.huff")):
            with archive.sessions() as session:
                stored = session.query(Article).order_by(Article.id).all()
                own = [a for a in stored if (a.url or "").startswith(site)]
                tally = Tally()
                evaluate(archive.index, own, args.items, tally)
            _report(outlet, len(own), tally, args.misses)
        archive.close()


def _report(outlet: str, stored: int, tally: Tally, misses: bool) -> None:
    print(f"{outlet}: {stored} articles stored")
    for kind in ("title", "phrase"):
        asked, first, either = tally.asked[kind], tally.first[kind], tally.first_or_copy[kind]
        print(
            f"  {kind}: first {first}/{asked} ({first / asked:.1%}); "
            f"first or its copy {either}/{asked} ({either / asked:.1%})"
        )
    shared, holds = tally.shared_phrases, tally.first_holds_phrase
    print(f"  phrases other articles hold too: {shared}; the first result holds it: {holds}")
    own, first = tally.own_phrases, tally.own_phrase_first
    print(f"  phrases no other article holds: {own}; the article first: {first / own:.1%}")
    mrr = sum(tally.reciprocal) / len(tally.reciprocal)
    print(f"  5 distinctive words: MRR@10 {mrr:.3f} over {len(tally.reciprocal)}")
    for kind, text, title in tally.misses if misses else []:
        print(f"    miss {kind} {text!r}: {title}")


if __name__ == "__main__":
    main()
