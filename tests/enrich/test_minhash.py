"""Our MinHash (app/enrich/copies.py) gives the signatures datasketch 2 gave by default (its
"affine32" scheme): signatures stored before stay comparable."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.enrich.copies import PERMUTATIONS, text_signature
from app.settings import DEMO_CORPUS

datasketch = pytest.importorskip("datasketch")


def _datasketch_signature(body: str) -> np.ndarray:
    import re

    words = re.findall(r"\w+", body.casefold())
    shingles = {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}
    minhash = datasketch.MinHash(num_perm=PERMUTATIONS, seed=1, scheme="affine32")
    minhash.update_batch([shingle.encode() for shingle in shingles])
    return np.asarray(minhash.hashvalues, dtype=np.uint32)


def test_demo_articles_sign_as_with_datasketch() -> None:
    import json

    bodies = [json.loads(line)["body"] for line in DEMO_CORPUS.read_text().splitlines()[:40]]
    for body in bodies:
        ours = text_signature(body)
        assert ours is not None
        assert ours.values.tolist() == _datasketch_signature(body).tolist()


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=12), min_size=45, max_size=120))
def test_any_text_signs_as_with_datasketch(words: list[str]) -> None:
    body = " ".join(words)
    ours = text_signature(body)
    if ours is not None:  # Long enough in words once split as the signature splits it.
        assert ours.values.tolist() == _datasketch_signature(body).tolist()
