"""The weight of remembered results (app/search/memory.py): close to the real one, including
long containers that are weighed by a sample."""

from __future__ import annotations

import sys
from dataclasses import dataclass

import numpy as np

from app.search.memory import SAMPLE, approximate_bytes


@dataclass
class _Counts:
    values: list[tuple[str, int]]
    days: np.ndarray


def _exact(value: object) -> int:
    if isinstance(value, tuple | list):
        return sys.getsizeof(value) + sum(_exact(item) for item in value)
    return sys.getsizeof(value)


def test_a_long_list_is_weighed_within_a_tenth() -> None:
    values = [(f"country-{n:05d}", n) for n in range(5000)]
    exact = _exact(values)
    assert abs(approximate_bytes(values) - exact) < exact / 10


def test_short_containers_are_weighed_item_by_item() -> None:
    values = ["a", "b" * 1000, "c"]
    assert approximate_bytes(values) == _exact(values)
    assert len(values) < SAMPLE


def test_dataclasses_dicts_and_arrays_count_what_they_hold() -> None:
    counts = _Counts([("KP", 3)] * 100, np.zeros(10_000, dtype=np.int64))
    assert approximate_bytes(counts) > 80_000 + _exact(counts.values)
    assert approximate_bytes({"k" * 5000: 1}) > 5000
    assert approximate_bytes({}) == sys.getsizeof({})
