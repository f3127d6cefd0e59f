"""Language detection on a few words: `python -m bench.short_languages [--raw]`.

How often detection on a short text (a headline, the first k words of a paragraph) answers
another language than the whole article is written in, by the text's length in words. The
articles are development corpora only (Wikinews demo, BBC 2225, ../shared/corpora/rss_feeds,
newspaper_fixtures texts, bench/intl_dumps); each of at least 80 words is labelled with the
language detected on its whole body, which is reliable at that length. `--raw` asks CLD2 through
the same function but without the short-text rule (answers on every text with 12 letters), to
see what the rule gives up and avoids.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

from app.enrich import language
from app.enrich.language import count_words, detect_language
from app.extract.feed import extract_feed_entry
from app.readers.feeds import feed_entries
from app.settings import DEMO_CORPUS

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
INTL_DUMPS = Path(__file__).resolve().parent / "intl_dumps" / "from_title"
_MIN_BODY_WORDS = 80
_PREFIXES = (1, 2, 3, 4, 5, 6, 8, 10, 12)
_PARAGRAPHS = 8


def _articles() -> Iterator[tuple[str | None, list[str]]]:
    for line in DEMO_CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        yield record["title"], record["body"].split("\n\n")
    for path in sorted(glob.glob(str(CORPORA / "bbc_news_2225" / "*" / "*.txt")))[::8]:
        lines = Path(path).read_text(encoding="latin-1").split("\n")
        yield lines[0], [line for line in lines[1:] if line.strip()]
    for path in sorted(glob.glob(str(CORPORA / "rss_feeds" / "*"))):
        for entry in feed_entries(Path(path).read_bytes(), 10_000):
            draft = extract_feed_entry(entry.xml.decode())
            yield draft.title, draft.paragraphs
    for path in sorted(glob.glob(str(CORPORA / "newspaper_fixtures" / "text" / "*.txt"))):
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        yield None, [line for line in text.split("\n") if line.strip()]
    for path in sorted(INTL_DUMPS.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        yield None, [line for line in lines if len(line.split()) > 8 or len(line) > 40]


def _short_texts() -> Iterator[tuple[str, str]]:
    """(short text, the language of the article it comes from)."""
    for title, paragraphs in _articles():
        body = "\n\n".join(paragraphs)
        if count_words(body) < _MIN_BODY_WORDS:
            continue
        label = (detect_language(None, body) or "").split("-")[0]
        if not label:
            continue
        if title:
            yield title, label
        for paragraph in paragraphs[:_PARAGRAPHS]:
            words = paragraph.split()
            for k in _PREFIXES:
                if len(words) >= k:
                    yield " ".join(words[:k]), label


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", action="store_true", help="without the short-text rule")
    args = parser.parse_args()
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])  # right, wrong, unknown
    rule = mock.patch.object(language, "_too_few_words", return_value=False)
    with rule if args.raw else contextlib.nullcontext():
        for text, label in _short_texts():
            words = count_words(text)
            if not 0 < words <= 12:
                continue
            found = detect_language(None, text)
            column = 2 if found is None else 0 if found.split("-")[0] == label else 1
            counts[words][column] += 1
    print("words  right  wrong  unknown  wrong share of answers")
    for words, (right, wrong, unknown) in sorted(counts.items()):
        share = 100 * wrong / max(1, right + wrong)
        print(f"{words:5d} {right:6d} {wrong:6d} {unknown:8d}  {share:5.1f}%")


if __name__ == "__main__":
    main()
