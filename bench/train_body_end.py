"""Learn the weights of app/extract/body_end.py from the development set's gold last sentences.

Run: python -m bench.train_body_end [--write]

Each dump (both modes) is a choice among the paragraphs from the article's first one on; the
line that ends with the gold last sentence is the right one. The fit, the by-site halves and the
figures are those of bench/train_headlines.py; the rules' own end is scored alongside.
"""

from __future__ import annotations

import argparse

import numpy as np

from app.drafts import ExtractionError
from app.extract import body_end
from app.extract.textdump import rule_body
from bench.dump_gold import GoldEntry, normalise, read_gold
from bench.dump_pages import DUMPS_DIR, MODES
from bench.train_headlines import Choice, accuracy, report, write_weights


def choices() -> list[tuple[GoldEntry, Choice]]:
    """Every dump whose gold last sentence ends one of its candidate paragraphs."""
    made = []
    for entry in read_gold():
        if entry.skip or not entry.last_sentence:
            continue
        last = normalise(entry.last_sentence)
        for mode in MODES:
            text = (DUMPS_DIR / mode / f"{entry.id}.txt").read_text(encoding="utf-8")
            try:
                texts, rule_end, title = rule_body(text)
            except ExtractionError:
                continue
            if rule_end is None:
                continue
            lines = body_end.Lines.of(body_end.in_reach(texts, rule_end))
            cands, x = body_end.feature_matrix(lines, rule_end, title)
            right = np.array([normalise(lines.texts[int(i)]).endswith(last) for i in cands])
            if right.any():
                made.append((entry, Choice(entry.domain or entry.site, mode, x, right)))
    return made


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write the weights fitted on every site")
    args = ap.parse_args()
    names = list(body_end.FEATURES)
    made = choices()
    rules = np.eye(len(names))[names.index("rule_end")]
    print(
        "the rules' end:",
        ", ".join(f"{m} {accuracy([c for _, c in made], rules, m)}" for m in MODES),
    )
    w = report(made, names)
    if args.write:
        write_weights(body_end.WEIGHTS_PATH, names, w, "python -m bench.train_body_end --write")


if __name__ == "__main__":
    main()
