"""Learn where the body starts and ends (app/extract/body_start.py, body_end.py) from the gold.

Run: python -m bench.train_bounds start|end [--write] [--splits N]

Each dump (both modes) is a choice among its candidate paragraphs: for the start, the first ones
under the headline, and the right one opens with the gold first sentence; for the end, those from
the text's start on, and the right one ends with the gold last sentence. The fit, the by-site
halves and the figures are those of bench/train_headlines.py; the rules' own choice is scored
alongside. Train the start first: the end is learned on the text as the start model opens it.
The end also reads a score of every line (bench/train_lines.py), fitted first; --write writes
both.
With --splits N the held-out figures are also summed over N ways of halving the sites: a change
that touches two dumps moves the fit enough to flip a few others in one halving, so a gain should
hold over several before it is kept.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.drafts import ExtractionError
from app.extract import article_lines, body_end, body_start
from app.extract.body_lines import Lines
from app.extract.textdump import rule_body, rule_start
from bench.dump_gold import GoldEntry, normalise, read_gold
from bench.dump_pages import DUMPS_DIR, MODES
from bench.train_headlines import Choice, accuracy, held_out, report, write_weights
from bench.train_lines import fit_lines, fold, out_of_fold


@dataclass(frozen=True)
class Bound:
    """One end of the body: how the rules place it, the model's evidence, and the gold."""

    features: tuple[str, ...]
    weights_path: Path
    # The lines, the rules' choice, whether a blank line stands above each line, then what the
    # features read besides (headline, outlet).
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


@dataclass(frozen=True)
class Dump:
    """One dump read as the bound's model reads it, with its gold sentence (normalised)."""

    entry: GoldEntry
    mode: str
    sentence: str
    lines: Lines
    rule: int
    context: list[Any]  # What the features read besides (headline, outlet).

    def right(self, bound: Bound, cands: np.ndarray) -> np.ndarray:
        """Which of the candidates hold the gold sentence."""
        texts = self.lines.texts
        return np.array([bound.right(normalise(texts[int(i)]), self.sentence) for i in cands])


def dumps(bound: Bound) -> Iterator[Dump]:
    """Every dump with a gold sentence for the bound that the rules can read."""
    for entry in read_gold():
        sentence = bound.gold(entry)
        if entry.skip or not sentence:
            continue
        for mode in MODES:
            text = (DUMPS_DIR / mode / f"{entry.id}.txt").read_text(encoding="utf-8")
            try:
                texts, rule, spaced, *context = bound.rules(text)
            except ExtractionError:
                continue
            if rule is not None:
                lines = Lines.of(bound.in_reach(texts, rule), bound.lists, spaced)
                if lines.paragraph[rule]:
                    yield Dump(entry, mode, normalise(sentence), lines, rule, context)


def choices(bound: Bound, line_weights: list[np.ndarray] | None) -> list[tuple[GoldEntry, Choice]]:
    """Every dump whose gold sentence is in one of its candidate paragraphs; the end's line
    scores by the weights of the entry's fold."""
    made = []
    for dump in dumps(bound):
        entry = dump.entry
        extra = {} if line_weights is None else {"line_weights": line_weights[fold(entry)]}
        cands, x = bound.feature_matrix(dump.lines, dump.rule, *dump.context, **extra)
        right = dump.right(bound, cands)
        if right.any():
            made.append((entry, Choice(entry.domain or entry.site, dump.mode, x, right)))
    return made


def line_data(bound: Bound) -> list[tuple[GoldEntry, np.ndarray, np.ndarray]]:
    """Each dump's lines (features) and whether each is the article's (to the gold end)."""
    data = []
    for dump in dumps(bound):
        cands = dump.lines.candidates()
        right = dump.right(bound, cands)
        if right.any():
            inside = np.arange(len(dump.lines.texts)) <= cands[int(np.argmax(right))]
            data.append((dump.entry, article_lines.line_matrix(dump.lines, dump.rule), inside))
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
