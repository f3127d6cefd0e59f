"""How much memory a remembered result holds, roughly: caches are bounded in bytes, not in
entries (one facet set can weigh a thousand result pages)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Hashable, Iterable
from contextlib import suppress
from dataclasses import fields, is_dataclass
from itertools import islice
from typing import Any, TypeVar, cast

import numpy as np
from cachetools import LRUCache

SAMPLE = 16  # Items of a long container weighed: the rest are taken to weigh as much.
T = TypeVar("T")


class Remembered:
    """Values computed once per key, kept within a budget of bytes (the least recently used
    go), for threads side by side: the bookkeeping is locked, the computing is not."""

    def __init__(self, budget_bytes: int) -> None:
        self._values: LRUCache[Hashable, Any] = LRUCache(budget_bytes, getsizeof=approximate_bytes)
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()` once per key (two threads asking at once may both compute it)."""
        with self._lock:
            if key in self._values:
                return cast(T, self._values[key])
        value = compute()
        with self._lock, suppress(ValueError):  # Larger than the whole budget.
            self._values[key] = value
        return value

    @property
    def size_bytes(self) -> int:
        """Bytes kept (roughly)."""
        return int(self._values.currsize)


def approximate_bytes(value: Any) -> int:
    """The size of `value` and of what it holds (containers, dataclasses, arrays). A long
    container is weighed by a sample of its items: weighing every one of a full facet list
    (thousands of values) cost more than the search that made it."""
    if isinstance(value, np.ndarray):
        return int(value.nbytes) + 100
    size = sys.getsizeof(value)
    if isinstance(value, str | bytes | int | float | bool) or value is None:
        return size
    if isinstance(value, dict):
        return size + _sampled(value.items(), len(value), lambda kv: _pair_bytes(*kv))
    if isinstance(value, list | tuple | set | frozenset):
        return size + _sampled(value, len(value), approximate_bytes)
    if is_dataclass(value) and not isinstance(value, type):
        return size + sum(approximate_bytes(getattr(value, f.name)) for f in fields(value))
    return size


def _pair_bytes(key: Any, value: Any) -> int:
    return approximate_bytes(key) + approximate_bytes(value)


def _sampled(items: Iterable[Any], length: int, weigh: Callable[[Any], int]) -> int:
    weighed = [weigh(item) for item in islice(items, SAMPLE)]
    return sum(weighed) * length // len(weighed) if weighed else 0
