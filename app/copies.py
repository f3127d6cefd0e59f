"""Copies of one story (invariant 9): MinHash signatures of article text and their LSH bands.

A wire story republished with another header, a changed sentence or another date line keeps
most of its word 5-shingles, so its signature agrees in most positions and shares a band.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

PERMUTATIONS = 64
BANDS = 8
ROWS = PERMUTATIONS // BANDS
SHINGLE_WORDS = 5
MIN_WORDS = 40  # Shorter texts (briefs, summaries) share too much boilerplate to compare.
SAME_STORY = 0.6  # Estimated Jaccard similarity of shingles at or above which texts are copies.
DATE_WINDOW_DAYS = 7
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Signature:
    """A MinHash signature: PERMUTATIONS 32-bit values."""

    values: np.ndarray

    @classmethod
    def from_bytes(cls, data: bytes) -> Signature:
        return cls(np.frombuffer(data, dtype=np.uint32))

    def to_bytes(self) -> bytes:
        return self.values.astype(np.uint32).tobytes()

    def band_keys(self) -> list[int]:
        """One signed 64-bit key per band (as the database stores it)."""
        keys = []
        for band in range(BANDS):
            rows = self.values[band * ROWS : (band + 1) * ROWS].astype(np.uint32).tobytes()
            digest = hashlib.blake2b(bytes([band]) + rows, digest_size=8).digest()
            keys.append(int.from_bytes(digest, "big", signed=True))
        return keys

    def similarity(self, other: Signature) -> float:
        """The estimated Jaccard similarity of the two texts' shingles."""
        return float(np.mean(self.values == other.values))


def text_signature(body: str) -> Signature | None:
    """The signature of a text, or None when it is too short to tell copies apart."""
    words = _WORD.findall(body.casefold())
    if len(words) < MIN_WORDS:
        return None
    shingles = {
        " ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)
    }
    minhash = MinHash(num_perm=PERMUTATIONS, seed=1)
    minhash.update_batch([shingle.encode() for shingle in shingles])
    return Signature(minhash.hashvalues.astype(np.uint32))
