"""How much memory a remembered result holds, roughly: caches are bounded in bytes, not in
entries (one facet set can weigh a thousand result pages)."""

from __future__ import annotations

import sys
from dataclasses import fields, is_dataclass
from typing import Any

import numpy as np


def approximate_bytes(value: Any) -> int:
    """The size of `value` and of what it holds (containers, dataclasses, arrays)."""
    if isinstance(value, np.ndarray):
        return int(value.nbytes) + 100
    size = sys.getsizeof(value)
    if isinstance(value, str | bytes | int | float | bool) or value is None:
        return size
    if isinstance(value, dict):
        return size + sum(approximate_bytes(k) + approximate_bytes(v) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return size + sum(approximate_bytes(item) for item in value)
    if is_dataclass(value) and not isinstance(value, type):
        return size + sum(approximate_bytes(getattr(value, f.name)) for f in fields(value))
    return size
