"""News written by hand in ten languages, read through the JSON-lines path.

Run: `python -m bench.eval_written_intl [--misses]`.

bench/written_intl.jsonl holds 60 short articles (6 each in Arabic, Russian, Simplified Chinese,
Persian, Spanish, French, Turkish, Ukrainian, German and Japanese), written for this check in
each language's newspaper style, none taken from a corpus the archive was tuned on. Each line
is an article in the archive's JSON-lines input (title, body or text, url, published_at,
source, sometimes a declared language) plus a `gold` object the archive never sees: the
language (BCP 47), the countries a careful reader finds named in it, the one it is about (or
none), and two queries a reader would type in the article's own language (another inflection
of one of its words than the text uses, or a word inside a Chinese or Japanese run). The gold
was written with the articles, before any of them went through the archive.

The articles (gold removed) go through the real reader and `ingest` into a temporary archive
(SQLite and a Whoosh index on disk). Printed, overall and by language: the language right
(same language, and the same script where the tag names one or the language's likely one,
`zh` being `zh-Hans`), micro precision, recall and F1 of the countries, the primary right among
articles whose gold has one, primaries given where the gold has none, and how often each query
finds its article in the first 10 results.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from babel.core import get_global

from app.archive import Archive, open_archive
from app.archive.ingest import ingest_paths
from app.search import SearchRequest, search
from app.settings import Settings
from app.storage.models import Article

ARTICLES = Path(__file__).with_name("written_intl.jsonl")


@dataclass
class Tally:
    """One language's (or all languages') counts."""

    articles: int = 0
    language_right: int = 0
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    primary_total: int = 0
    primary_right: int = 0
    invented: int = 0
    queries: int = 0
    found: int = 0
    misses: list[str] = field(default_factory=list)

    def f1(self) -> tuple[float, float, float]:
        """Micro precision, recall and F1 of the countries."""
        precision = self.true_pos / max(1, self.true_pos + self.false_pos)
        recall = self.true_pos / max(1, self.true_pos + self.false_neg)
        return precision, recall, 2 * precision * recall / max(1e-9, precision + recall)

    def line(self, name: str) -> str:
        """The tally as one printed line."""
        precision, recall, f1 = self.f1()
        return (
            f"{name:<5} n={self.articles:<3} language {self.language_right}/{self.articles}"
            f"  countries P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
            f"  primary {self.primary_right}/{self.primary_total}"
            f"  invented {self.invented}  queries {self.found}/{self.queries}"
        )


def _script(tag: str) -> tuple[str, str | None]:
    """The language and script of a BCP 47 tag, the script being the likely one if unnamed."""
    parts = tag.replace("_", "-").split("-")
    language = parts[0].lower()
    named = next((part.title() for part in parts[1:] if len(part) == 4 and part.isalpha()), None)
    if named:
        return language, named
    likely = get_global("likely_subtags").get(language, "")
    scripts = [part for part in likely.split("_")[1:] if len(part) == 4]
    return language, scripts[0] if scripts else None


def language_right(gold: str, found: str | None) -> bool:
    """Whether the archive's tag names the gold's language (and script)."""
    return found is not None and _script(gold) == _script(found)


def _articles(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def ingest_without_gold(archive: Archive, rows: list[dict[str, Any]], folder: Path) -> None:
    """The articles as the archive's JSON-lines input, the gold left out."""
    path = folder / "articles.jsonl"
    lines = (
        json.dumps({k: v for k, v in row.items() if k != "gold"}, ensure_ascii=False)
        for row in rows
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = ingest_paths(archive, [str(path)])
    if report.counts["new"] != len(rows):
        raise RuntimeError(f"not every article was stored: {report.summary()}")


def _score(archive: Archive, row: dict[str, Any], article: Article, tally: Tally) -> None:
    gold = row["gold"]
    tally.articles += 1
    right = language_right(gold["language"], article.language)
    tally.language_right += right
    if not right:
        tally.misses.append(f"language {article.language} (gold {gold['language']})")
    found = {country.code for country in article.countries}
    expected = set(gold["countries"])
    tally.true_pos += len(found & expected)
    tally.false_pos += len(found - expected)
    tally.false_neg += len(expected - found)
    primary = next((country.code for country in article.countries if country.is_primary), None)
    if gold["primary"]:
        tally.primary_total += 1
        tally.primary_right += primary == gold["primary"]
    else:
        tally.invented += primary is not None
    if found != expected or primary != gold["primary"]:
        tally.misses.append(
            f"countries {sorted(found)} primary {primary}"
            f" (gold {sorted(expected)} primary {gold['primary']})"
        )
    for query in gold["queries"]:
        request = SearchRequest(query["query"], collapse_copies=False)
        hit = article.id in search(archive.index, request).ids
        tally.queries += 1
        tally.found += hit
        if not hit:
            tally.misses.append(f"{query['kind']} query {query['query']!r} misses")


def _sum(tallies: list[Tally]) -> Tally:
    whole = Tally()
    for tally in tallies:
        for name in vars(whole):
            if name != "misses":
                setattr(whole, name, getattr(whole, name) + getattr(tally, name))
    return whole


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every article with a miss")
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="another set alike")
    args = parser.parse_args()
    rows = _articles(args.articles)
    tallies: dict[str, Tally] = defaultdict(Tally)
    with tempfile.TemporaryDirectory() as folder:
        archive = open_archive(Settings(data_dir=Path(folder) / "data"))
        ingest_without_gold(archive, rows, Path(folder))
        with archive.sessions() as session:
            by_url = {a.url: a for a in session.query(Article).all()}
            for row in rows:
                tally = tallies[row["gold"]["language"]]
                before = len(tally.misses)
                _score(archive, row, by_url[row["url"]], tally)
                if args.misses and len(tally.misses) > before:
                    print(f"  [{row['gold']['language']}] {row['title'][:72]}")
                    print("\n".join(f"      {miss}" for miss in tally.misses[before:]))
        archive.close()
    for language in sorted(tallies):
        print(tallies[language].line(language))
    whole = _sum(list(tallies.values()))
    print(whole.line("all"))
    none_right = whole.articles - whole.primary_total - whole.invented
    print(
        f"language {whole.language_right / whole.articles:.1%}"
        f"  countries F1 {whole.f1()[2]:.3f}"
        f"  primary {whole.primary_right / max(1, whole.primary_total):.1%}"
        f"  primary right, none for none counting"
        f" {(whole.primary_right + none_right) / whole.articles:.1%}"
        f"  queries in the top 10 {whole.found / max(1, whole.queries):.1%}"
    )


if __name__ == "__main__":
    main()
