"""`python -m bench.eval_headless_texts`: text files with no headline, an address and then the
article's paragraphs, as worldwide_newswire_stanford's 1,095 newswire articles come. The gold is
the file itself: every paragraph after the address is the article's. Printed: how many are read,
how many keep their first paragraph as the text's first, and how many are given a title (there
is none to give; a long one is a paragraph taken for it).
"""

from __future__ import annotations

from pathlib import Path

from app.drafts import ExtractionError
from app.extract.textdump import extract_text_dump

CORPUS = (
    Path(__file__).resolve().parents[2]
    / "shared" / "corpora" / "worldwide_newswire_stanford" / "original_articles"
)  # fmt: skip
_LONG_TITLE = 15


def main() -> None:
    if not CORPUS.is_dir():
        raise SystemExit(f"{CORPUS} is absent: nothing to evaluate")
    read = failed = first_kept = titled = long_titles = 0
    for path in sorted(CORPUS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace").replace("\r", "")
        if raw.startswith("{\\rtf"):
            continue  # An RTF document among them, which the readers refuse.
        lines = [line.strip() for line in raw.splitlines() if line.strip()]
        text = lines[1:] if lines and lines[0].startswith("http") else lines
        if not text:
            continue
        read += 1
        try:
            draft = extract_text_dump(raw)
        except ExtractionError:
            failed += 1
            continue
        if draft.paragraphs and " ".join(draft.paragraphs[0].split()) == " ".join(text[0].split()):
            first_kept += 1
        if draft.title:
            titled += 1
            long_titles += len(draft.title.split()) >= _LONG_TITLE
    print(
        f"{read} texts: {failed} refused, the first paragraph kept first in {first_kept},"
        f" a title given to {titled} ({long_titles} of {_LONG_TITLE} words or more)"
    )


if __name__ == "__main__":
    main()
