"""Learn where the body starts and ends (app/extract/body_start.py, body_end.py) from the gold.

Run: python -m bench.train_bounds start|end [--write] [--splits N]

Each dump (both modes) is a choice among its candidate paragraphs: for the start, the first ones
under the headline, and the right one opens with the gold first sentence; for the end, those from
the text's start on, and the right one ends with the gold last sentence. The fit, the by-site
halves and the figures are those of bench/train_headlines.py; the rules' own choice is scored
alongside. Train the start first: the end is learned on the text as the start model opens it.
With --splits N the held-out figures are also summed over N ways of halving the sites: a change
that touches two dumps moves the fit enough to flip a few others in one halving, so a gain should
hold over several before it is kept.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.drafts import ExtractionError
from app.extract import article_lines, body_end, body_start
from app.extract.body_end import Lines
from app.extract.textdump import rule_body, rule_start
from bench.dump_gold import GoldEntry, normalise, read_gold
from bench.dump_pages import DUMPS_DIR, MODES
from bench.train_lines import fit_lines, fold, out_of_fold
from bench.train_headlines import Choice, accuracy, held_out, report, write_weights


@dataclass(frozen=True)
class Bound:
    """One end of the body: how the rules place it, the model's evidence, and the gold."""

    features: tuple[str, ...]
    weights_path: Path
    # The lines, the rules' choice, then what the features read besides (headline, outlet).
    rules: Callable[[str], tuple[Any, ...]]
    in_reach: Callable[[list[str], int], list[str]]
    feature_matrix: Callable[..., tuple[np.ndarray, np.ndarray]]
    gold: Callable[[GoldEntry], str | None]
    right: Callable[[str, str], bool]  # A line and the gold sentence, both normalised.
    rule_feature: str  # The feature that says a candidate is the rules' choice.
    lists: bool  # Whether items of lists are candidates (Lines.of).


BOUNDS = {
    "start": Bound(
        body_start.FEATURES,
        body_start.WEIGHTS_PATH,
        rule_start,
        body_start.in_reach,
        body_start.feature_matrix,
        lambda entry: entry.first_sentence,
        str.startswith,
        "rule_start",
        False,
    ),
    "end": Bound(
        body_end.FEATURES,
        body_end.WEIGHTS_PATH,
        rule_body,
        body_end.in_reach,
        body_end.feature_matrix,
        lambda entry: entry.last_sentence,
        str.endswith,
        "rule_end",
        True,
    ),
}


Dump = tuple[GoldEntry, str, str]  # The entry, its mode, its gold sentence (normalised).


def dumps(bound: Bound) -> list[Dump]:
    """Every dump with a gold sentence for the bound."""
    made = []
    for entry in read_gold():
        sentence = bound.gold(entry)
        if not entry.skip and sentence:
            made.extend((entry, mode, normalise(sentence)) for mode in MODES)
    return made


def choices(bound: Bound, line_weights: list[np.ndarray] | None) -> list[tuple[GoldEntry, Choice]]:
    """Every dump whose gold sentence is in one of its candidate paragraphs; the end's line
    scores by the weights of the entry's fold."""
    made = []
    for entry, mode, sentence in dumps(bound):
        read = _lines(bound, entry, mode)
        if read is None:
            continue
        lines, rule, context = read
        extra = {} if line_weights is None else {"line_weights": line_weights[fold(entry)]}
        cands, x = bound.feature_matrix(lines, rule, *context, **extra)
        right = _right(bound, lines, cands, sentence)
        if right.any():
            made.append((entry, Choice(entry.domain or entry.site, mode, x, right)))
    return made


def _right(bound: Bound, lines: Lines, cands: np.ndarray, sentence: str) -> np.ndarray:
    return np.array([bound.right(normalise(lines.texts[int(i)]), sentence) for i in cands])


def _lines(bound: Bound, entry: GoldEntry, mode: str) -> tuple[Lines, int, list[Any]] | None:
    text = (DUMPS_DIR / mode / f"{entry.id}.txt").read_text(encoding="utf-8")
    try:
        texts, rule, *context = bound.rules(text)
    except ExtractionError:
        return None
    if rule is None:
        return None
    lines = Lines.of(bound.in_reach(texts, rule), bound.lists)
    return (lines, rule, context) if lines.paragraph[rule] else None


def line_data(bound: Bound) -> list[tuple[GoldEntry, np.ndarray, np.ndarray]]:
    """Each dump's lines (features) and whether each is the article's (to the gold end)."""
    data = []
    for entry, mode, sentence in dumps(bound):
        read = _lines(bound, entry, mode)
        if read is None:
            continue
        lines, rule, _ = read
        cands = lines.candidates()
        right = _right(bound, lines, cands, sentence)
        if right.any():
            end = int(cands[int(np.argmax(right))])
            inside = np.arange(len(lines.texts)) <= end
            data.append((entry, article_lines.line_matrix(lines, rule), inside))
    return data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bound", choices=sorted(BOUNDS))
    ap.add_argument("--write", action="store_true", help="write the weights fitted on every site")
    ap.add_argument("--splits", type=int, default=1, help="also sum held-out over N halvings")
    args = ap.parse_args()
    bound = BOUNDS[args.bound]
    names = list(bound.features)
    line_weights = None
    if args.bound == "end":
        lined = line_data(bound)
        line_weights = out_of_fold(lined, len(article_lines.FEATURES))
    made = choices(bound, line_weights)
    rules = np.eye(len(names))[names.index(bound.rule_feature)]
    figures = ", ".join(f"{m} {accuracy([c for _, c in made], rules, m)}" for m in MODES)
    print("the rules' choice:", figures)
    w = report(made, names)
    if args.splits > 1:
        print(f"held out over {args.splits} halvings:", held_out(made, len(names), args.splits))
    if args.write:
        command = f"python -m bench.train_bounds {args.bound} --write"
        write_weights(bound.weights_path, names, w, command)
        if args.bound == "end":
            every = fit_lines(lined, len(article_lines.FEATURES))
            write_weights(article_lines.WEIGHTS_PATH, list(article_lines.FEATURES), every, command)


if __name__ == "__main__":
    main()
