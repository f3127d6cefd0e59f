"""Reading the learned weights the extractor's scores ship as data (app/extract/data/*.json,
written by bench/train_headlines.py and bench/train_bounds.py)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np


def read_weights(path: Path, *groups: Sequence[str]) -> tuple[np.ndarray, ...]:
    """The weights of each group of feature names, in its order (0 for a name the file lacks,
    so a feature added before the refit weighs nothing)."""
    data: dict[str, float] = json.loads(path.read_text(encoding="utf-8"))["weights"]
    return tuple(np.array([data.get(name, 0.0) for name in names]) for names in groups)
