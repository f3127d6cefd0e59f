"""What changed between two copies of a story, paragraph by paragraph, word by word."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass(frozen=True)
class Difference:
    """One changed stretch: words as (kind, text), kind being same, removed or added."""

    words: list[tuple[str, str]]


def paragraph_differences(original: list[str], copy: list[str]) -> list[Difference]:
    """The paragraphs of `copy` that differ from `original`, with their changed words marked."""
    differences = []
    matcher = SequenceMatcher(a=original, b=copy, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        before, after = " ".join(original[a1:a2]), " ".join(copy[b1:b2])
        differences.append(Difference(_word_changes(before.split(), after.split())))
    return differences


def _word_changes(before: list[str], after: list[str]) -> list[tuple[str, str]]:
    words: list[tuple[str, str]] = []
    for tag, a1, a2, b1, b2 in SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes():
        if tag == "equal":
            words.append(("same", " ".join(before[a1:a2])))
            continue
        if a2 > a1:
            words.append(("removed", " ".join(before[a1:a2])))
        if b2 > b1:
            words.append(("added", " ".join(after[b1:b2])))
    return words
