"""Known-item search outside English: `python -m bench.eval_multilingual_search [--misses]`.

The archive is built through the real pipeline from the pages of ../shared/corpora/
htmldate_mediacloud_2020 and the Portuguese and German feeds of ../shared/corpora/rss_feeds;
every article not detected as English is a known item, and one query is made for it by rule:

- a language written with spaces: the first word of the title (4 letters or more) of which
  another form occurs somewhere in the archive but nowhere in the article. Another form is
  told without any stemmer, by spelling alone: the two share all but at most their last three
  letters, and at least five ('инаугурация' - 'инаугурации', 'Sanktion' - 'Sanktionen',
  'eleição' - 'eleições'). The query is that other form. An article with no such word has no
  inflected query, and gets the first such title word itself (counted apart: exact form).
- Chinese, Japanese, Thai: three characters from the second character of the title's longest
  run of four or more characters (a word inside the run, as a reader would copy it).

The same archive is then searched with the hand-written queries of
bench/multilingual_queries.jsonl: a reader's query in the article's own language, written
without looking at any stemmer, for every article not in English (148 articles, 36
languages): mostly another inflection of a word of the story than the one its text uses
('inflected'), a word inside a Chinese, Japanese or Thai run ('segment'), or words as the
text has them ('exact'). Each row names its article by URL (by title where it has none).

The hit rate is how often the article is among the first 10 results. It runs on whatever
code is on PYTHONPATH, so the same script measures the analysis before and after a change.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from app.archive import Archive, open_archive
from app.archive.ingest import ingest_paths
from app.search import SearchRequest, search
from app.settings import Settings
from app.storage.models import Article

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
SOURCES = [
    CORPORA / "htmldate_mediacloud_2020" / "test_set",
    CORPORA / "rss_feeds" / "uolNoticias.rss",
    CORPORA / "rss_feeds" / "heise.atom",
]
_MARKS = "\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0962\u0963\u064b-\u065f\u0670\u200c\u200d"
_WORD = re.compile(rf"[^\W\d_][\w{_MARKS}]*")
QUERIES = Path(__file__).with_name("multilingual_queries.jsonl")
KINDS = ("inflected", "segment", "exact")
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0e7f]{4,}")


@dataclass(frozen=True)
class HandQuery:
    """A hand-written query for one article, named by its URL (or its title if it has none)."""

    url: str | None
    title: str | None
    lang: str
    query: str
    kind: str

    def finds(self, article: Article) -> bool:
        """Whether `article` is the one this query is written for."""
        return article.url == self.url if self.url else article.title == self.title


def hand_queries(path: Path = QUERIES) -> list[HandQuery]:
    """The queries of `path`, one JSON object a line."""
    queries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        query = HandQuery(row.get("url"), row.get("title"), row["lang"], row["query"], row["kind"])
        if query.kind not in KINDS or not query.query.strip() or not (query.url or query.title):
            raise ValueError(f"{path.name}: a query needs an article, a text and a kind: {line}")
        queries.append(query)
    return queries


def _other_form(word: str, candidates: set[str]) -> str | None:
    """A form of `word` in `candidates` by spelling alone (see the module's docstring)."""
    forms = []
    for other in candidates:
        shared = len(_common_prefix(word, other))
        if other != word and shared >= 5 and shared >= max(len(word), len(other)) - 3:
            forms.append(other)
    return min(forms, key=lambda form: (len(form), form)) if forms else None


def _common_prefix(first: str, second: str) -> str:
    for index, (a, b) in enumerate(zip(first, second, strict=False)):
        if a != b:
            return first[:index]
    return first[: min(len(first), len(second))]


def _query(article: Article, vocabulary: dict[str, set[str]]) -> tuple[str, str] | None:
    """The article's query and its kind ('inflected', 'exact' or 'in a run'), or None."""
    title = article.title or ""
    runs = sorted(_UNSPACED.findall(title), key=len, reverse=True)
    if runs:
        return runs[0][1:4], "in a run"
    own = {word.lower() for word in _WORD.findall(f"{title} {article.body}")}
    words = [word.lower() for word in _WORD.findall(title) if len(word) >= 4]
    language = (article.language or "").split("-")[0]
    for word in words:
        form = _other_form(word, vocabulary[language] - own)
        if form:
            return form, "inflected"
    return (words[0], "exact") if words else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        archive = open_archive(Settings(data_dir=Path(folder) / "data"))
        ingest_paths(archive, [str(source) for source in SOURCES])
        with archive.sessions() as session:
            articles = session.query(Article).order_by(Article.id).all()
            vocabulary: dict[str, set[str]] = defaultdict(set)
            for article in articles:
                words = _WORD.findall(f"{article.title} {article.body}")
                vocabulary[(article.language or "").split("-")[0]].update(w.lower() for w in words)
            items = [a for a in articles if not (a.language or "en").startswith("en")]
            hits, totals, misses = Counter[str](), Counter[str](), []
            for article in items:
                made = _query(article, vocabulary)
                if made is None:
                    continue
                text, kind = made
                found = search(archive.index, SearchRequest(text, collapse_copies=False)).ids
                totals[kind] += 1
                if article.id in found:
                    hits[kind] += 1
                else:
                    misses.append((article.language, kind, text, article.title))
            hand = _hand_hits(archive, articles)
        archive.close()
    languages = Counter((a.language or "").split("-")[0] for a in items)
    print(f"{len(articles)} articles, {len(items)} not English: {dict(languages.most_common())}")
    print("Queries made by rule:")
    _report(hits, totals, misses if args.misses else [])
    print(f"Hand-written queries ({QUERIES.name}):")
    _report(*hand[:2], hand[2] if args.misses else [])


def _hand_hits(
    archive: Archive, articles: list[Article]
) -> tuple[Counter[str], Counter[str], list[tuple[str, str, str, str]]]:
    hits, totals, misses = Counter[str](), Counter[str](), []
    for query in hand_queries():
        article = next((a for a in articles if query.finds(a)), None)
        if article is None:
            raise LookupError(f"no article for {query}")
        request = SearchRequest(query.query, collapse_copies=False)
        found = search(archive.index, request).ids
        totals[query.kind] += 1
        if article.id in found:
            hits[query.kind] += 1
        else:
            misses.append((query.lang, query.kind, query.query, article.title or ""))
    return hits, totals, misses


def _report(
    hits: Counter[str], totals: Counter[str], misses: list[tuple[str | None, str, str, str]]
) -> None:
    for kind in sorted(totals):
        share = hits[kind] / totals[kind]
        print(f"  {kind}: {hits[kind]}/{totals[kind]} in the top 10 ({share:.0%})")
    print(f"  all: {sum(hits.values())}/{sum(totals.values())}")
    for language, kind, text, title in misses:
        print(f"    {language} {kind} {text!r}: {title}")


if __name__ == "__main__":
    main()
