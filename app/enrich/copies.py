"""Copies of one story (invariant 9): MinHash signatures of article text and their LSH bands.

A wire story republished with another header, a changed sentence or another date line keeps
most of its word 5-shingles, so its signature agrees in most positions and shares a band.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

PERMUTATIONS = 64
BANDS = 8
ROWS = PERMUTATIONS // BANDS
SHINGLE_WORDS = 5
MIN_WORDS = 40  # Shorter texts (briefs, summaries) share too much boilerplate to compare.
SAME_STORY = 0.6  # Estimated Jaccard similarity of shingles at or above which texts are copies.
DATE_WINDOW_DAYS = 7
_WORD = re.compile(r"\w+")
# MinHash as datasketch 2 computes it by default ("affine32", seed 1), so signatures stored by
# earlier versions stay comparable: each shingle's 32-bit SHA-1 hash is mixed by MurmurHash3's
# finalizer, then each of PERMUTATIONS functions a*h + b (a odd) maps it, wrapping at 2^32.
# Our own dozen lines: importing datasketch imported scipy (much of every process's start),
# and its default scheme changed between versions our range allowed.
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)


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
    # The runs of SHINGLE_WORDS words, zipped from shifted lists (each shorter by one, hence
    # not strict) rather than sliced one by one.
    shifted = (words[i:] for i in range(SHINGLE_WORDS))
    shingles = set(map(" ".join, zip(*shifted, strict=False)))
    hashes = _fmix32(_hashes32(shingles))
    permuted = hashes[:, np.newaxis] * _A + _B  # uint32 arrays: wraps at 2^32, as intended.
    return Signature(permuted.min(axis=0))


def _hashes32(shingles: set[str]) -> np.ndarray:
    """Each shingle's 32-bit SHA-1 hash (its digest's first four bytes, little-endian), read
    from one buffer rather than made into an int each."""
    sha1 = hashlib.sha1
    digests = b"".join([sha1(shingle.encode()).digest()[:4] for shingle in shingles])
    return np.frombuffer(digests, dtype="<u4").astype(np.uint32)


def _fmix32(hashes: np.ndarray) -> np.ndarray:
    shift1, multiply1, shift2, multiply2, shift3 = (np.uint32(n) for n in _FMIX32)
    hashes = (hashes ^ (hashes >> shift1)) * multiply1
    hashes = (hashes ^ (hashes >> shift2)) * multiply2
    mixed: np.ndarray = hashes ^ (hashes >> shift3)
    return mixed


def _permutations(count: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Each permutation's (a, b), drawn as datasketch draws them."""
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, count, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, count, dtype=np.uint32)
    return a, b


_A, _B = _permutations(PERMUTATIONS)
