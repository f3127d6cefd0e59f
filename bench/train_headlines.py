"""Learn the weights of app/extract/headline_scores.py from the development set's gold titles.

Run: python -m bench.train_headlines [--write] [--splits N]

Each dump (both modes) is a choice among its candidate lines, less the bylines and date lines
that best_headline passes over; the gold title's line is the right one. A softmax over each
dump's candidates is fitted by gradient descent (numpy, L2-regularised). The sites are split in
two halves by a hash of the domain: the model fitted on one half is scored on the other (both
ways), which is the honest figure for outlets never seen; then the model fitted on every site is
written to the weights file with --write. With --splits N the held-out figures are also summed
over N ways of halving the sites (one halving is a noisy judge; see bench/train_bounds.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.extract import headline_page, headline_scores
from app.extract.dump_front import content_spacing, content_texts, dump_captured, dump_site
from bench.dump_gold import GoldEntry, normalise, read_gold
from bench.dump_pages import DUMPS_DIR, MODES

_STEPS = 3000
_RATE = 0.05
_L2 = 1e-3


@dataclass
class Choice:
    """One dump: its candidates' features, which of them are right, and where it comes from."""

    site: str
    mode: str
    x: np.ndarray
    right: np.ndarray


def site_half(entry: GoldEntry) -> int:
    """0 or 1, fixed by the site, so one outlet's pages never sit on both sides."""
    site = entry.domain or entry.site
    return hashlib.sha256(site.encode()).digest()[0] % 2


def salted_half(entry: GoldEntry, salt: int) -> int:
    """0 or 1 by the site, in the halving numbered `salt` (0 is the one the report prints)."""
    if not salt:
        return site_half(entry)
    site = entry.domain or entry.site
    return hashlib.sha256(f"{salt}:{site}".encode()).digest()[0] % 2


def held_out(made: list[tuple[GoldEntry, Choice]], width: int, splits: int) -> str:
    """Right/judged per mode, each dump scored by a model fitted on the other half of the sites,
    summed over `splits` halvings."""
    right, judged = dict.fromkeys(MODES, 0), dict.fromkeys(MODES, 0)
    for salt in range(splits):
        for held in (0, 1):
            w = fit([c for e, c in made if salted_half(e, salt) != held], width)
            test = [c for e, c in made if salted_half(e, salt) == held]
            for mode in MODES:
                hits, count = accuracy(test, w, mode).split("/")
                right[mode] += int(hits)
                judged[mode] += int(count)
    return ", ".join(f"{mode} {right[mode]}/{judged[mode]}" for mode in MODES)


def choices() -> list[tuple[GoldEntry, Choice]]:
    """Every dump whose gold title is one of its candidate lines."""
    made = []
    for entry in read_gold():
        if entry.skip or not entry.title:
            continue
        for mode in MODES:
            text = (DUMPS_DIR / mode / f"{entry.id}.txt").read_text(encoding="utf-8")
            texts = content_texts(text)
            site = headline_scores.tokens(dump_site(text))
            page = headline_page.Page.of(texts, site, content_spacing(text))
            captured = dump_captured(text)
            # Bylines, date lines and the site's name are never chosen (best_headline passes
            # over them).
            named = dump_site(text)
            indexes = np.array(
                [
                    i
                    for i in page.candidates()
                    if not headline_scores.is_passed_over(texts[int(i)], captured, named)
                ],
                dtype=int,
            )
            title = normalise(entry.title)
            printed = [headline_page.headline_text(texts[int(i)]) for i in indexes]
            right = np.array([normalise(text) == title for text in printed])
            if not right.any():
                continue
            x = headline_scores.feature_matrix(page, indexes)
            made.append((entry, Choice(entry.domain or entry.site, mode, x, right)))
    return made


def fit(data: list[Choice], width: int) -> np.ndarray:
    """Weights maximising the probability of the right lines, by Adam."""
    # Every dump's candidates stacked in one matrix; the softmax over each dump's own rows is
    # taken with reduceat over their slices, so a step is a few array operations, not a loop.
    x = np.concatenate([choice.x for choice in data])
    right = np.concatenate([choice.right for choice in data]).astype(float)
    sizes = np.array([len(choice.right) for choice in data])
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    owner = np.repeat(np.arange(len(data)), sizes)
    w, m, v = np.zeros(width), np.zeros(width), np.zeros(width)
    for step in range(1, _STEPS + 1):
        logits = x @ w
        p = np.exp(logits - np.maximum.reduceat(logits, starts)[owner])
        p /= np.add.reduceat(p, starts)[owner]
        q = p * right
        q /= np.add.reduceat(q, starts)[owner]
        grad = _L2 * w + x.T @ (p - q) / len(data)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= _RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def accuracy(data: list[Choice], w: np.ndarray, mode: str) -> str:
    """How often the top-scored candidate is a right one, over one mode's dumps."""
    picked = [bool(c.right[int(np.argmax(c.x @ w))]) for c in data if c.mode == mode]
    return f"{sum(picked)}/{len(picked)}"


def report(made: list[tuple[GoldEntry, Choice]], names: list[str]) -> np.ndarray:
    """Print the by-site held-out figures, then fit on every site and return those weights."""
    for held in (0, 1):
        train = [c for e, c in made if site_half(e) != held]
        test = [c for e, c in made if site_half(e) == held]
        w = fit(train, len(names))
        figures = ", ".join(f"{mode} {accuracy(test, w, mode)}" for mode in MODES)
        print(f"sites of half {held} held out: {figures} (train: {len(train)} dumps)")
    w = fit([c for _, c in made], len(names))
    print(
        "all sites, on themselves:",
        ", ".join(f"{m} {accuracy([c for _, c in made], w, m)}" for m in MODES),
    )
    return w


def write_weights(path: Path, names: list[str], w: np.ndarray, command: str) -> None:
    """Write the weights as data, rounded, with the command that made them."""
    weights = {name: round(float(value), 4) for name, value in zip(names, w, strict=True)}
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps({"trained_by": command, "weights": weights}, indent=1) + "\n")
    print(f"wrote {path}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write the weights fitted on every site")
    ap.add_argument("--splits", type=int, default=1, help="also sum held-out over N halvings")
    args = ap.parse_args()
    names = list(headline_scores.FEATURES)
    made = choices()
    w = report(made, names)
    if args.splits > 1:
        print(f"held out over {args.splits} halvings:", held_out(made, len(names), args.splits))
    if args.write:
        command = "python -m bench.train_headlines --write"
        write_weights(headline_scores.WEIGHTS_PATH, names, w, command)


if __name__ == "__main__":
    main()
