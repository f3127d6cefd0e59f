"""Case-blind searches of plain lines without re.I (app/extract/plain_text.py)."""

from __future__ import annotations

import re

import pytest

from app.extract.plain_text import case_sensitive, is_plain

_BLIND = re.compile(r"subscri(?:be|ption)|sign\ ?in\b|\blike\ \w+\ on\ facebook", re.I)


@pytest.mark.parametrize(
    "line",
    [
        "SUBSCRIBE to our newsletter",
        "Please Sign In — it’s free…",
        "Like Us on Facebook",
        "Signing off: nothing here",
    ],
)
def test_a_plain_line_lower_cased_finds_what_re_i_finds(line: str) -> None:
    assert is_plain(line)
    found = _BLIND.search(line)
    lowered = case_sensitive(_BLIND).search(line.lower())
    assert (found and found.span()) == (lowered and lowered.span())


@pytest.mark.parametrize(
    "line",
    ["ſubscribe", "\u212aasım", "Straße", "Déjà vu", "Москва", "٣ يناير"],  # Long s, Kelvin sign.
)
def test_lines_with_other_letters_are_not_plain(line: str) -> None:
    assert not is_plain(line)
