"""Lists inside an article's text: tour dates, qualified teams, a calendar of events.

Their items are no paragraphs (`Oct. 10 -- The Forum, Los Angeles, CA`, `Wales (Group E):
Second appearance`), so an article that ends on a list has no paragraph at its end. An item is
told by its shape: what it opens with (a number, a capital, ...) and the first separator it sets
after that (` -- `, `: `, `) `, ` (`). A run of lines of one shape that the text announces (a
colon, a heading under a paragraph) is a list of the article's; headlines of other stories come
unannounced.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence

from app.extract import layout

_MIN_ITEMS = 3  # Lines of one shape in a row that make a list.
_SEPARATOR = re.compile(r" (?:--|–|—|-|@) |: |\) | \(")
_SEPARATOR_WITHIN = 60  # Characters from the item's start where the separator may sit.
_ITEM_WORDS = 40
_BELOW = 2  # Lines past the end where a list may still open (under its heading).


@functools.lru_cache(maxsize=8192)
def shape(text: str) -> tuple[str, str] | None:
    """What kind of character an item opens with and the separator after it; None for lines
    that are no item (none found near the start, or too long)."""
    found = _SEPARATOR.search(text, 1, _SEPARATOR_WITHIN)
    if found is None or layout.word_count(text) > _ITEM_WORDS:
        return None
    first = text[0]
    kind = "digit" if first.isdigit() else "upper" if first.isupper() else "other"
    return kind, found.group().strip()


def list_items(texts: Sequence[str]) -> list[bool]:
    """Which lines are items of a list set in the text: runs of one shape it announces."""
    items = [False] * len(texts)
    for start, end in runs(texts):
        if _announced(texts, start):
            items[start:end] = [True] * (end - start)
    return items


def runs(texts: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Where each run of enough lines of one shape starts and ends (past its last line)."""
    start = 0
    for kind, group in itertools.groupby(_shapes(texts)):
        count = sum(1 for _ in group)
        end = start + count
        if kind is not None and count - sum(map(is_link, texts[start:end])) >= _MIN_ITEMS:
            yield start, end
        start = end


# An item's bare link under it (`1) Lego Star Wars 75188` over `http://amzn.to/2iJFhRj`, as a
# shopping list prints each offer) belongs to the item: it takes the shape of the items either
# side, so that the run goes on through it.
_LINK = re.compile(r"^(?:https?://|www\.)\S+$")


def is_link(text: str) -> bool:
    """A line that is a bare address: 'http://amzn.to/2iJFhRj', a dump's page address."""
    return bool(_LINK.match(text.strip()))


def _shapes(texts: Sequence[str]) -> list[tuple[str, str] | None]:
    shapes = [shape(text) for text in texts]
    for index in range(1, len(texts) - 1):
        if shapes[index] is None and shapes[index - 1] is not None and is_link(texts[index]):
            following = next(
                (shapes[i] for i in range(index + 1, len(texts)) if not is_link(texts[i])), None
            )
            if following == shapes[index - 1]:
                shapes[index] = following
    return shapes


def _announced(texts: Sequence[str], start: int) -> bool:
    """Whether the text announces the list: a line ending in a colon right above it, or a
    heading between it and a paragraph. A footer's label (`À lire aussi :`, `Related:`)
    announces other stories, not the article's own list."""
    if start < 1:
        return False
    above = texts[start - 1]
    if layout.is_footer(above):
        return False
    if above.endswith(":"):
        return True
    return start >= 2 and layout.could_be_heading(above) and layout.is_paragraph(texts[start - 2])


def lists_through(texts: Sequence[str], start: int, end: int) -> int:
    """The line `end`, or the last item of a list that runs past it and opens below `start` (or
    just below `end`, under its heading)."""
    index = start + 1
    shapes = _shapes(texts) if any(map(is_link, texts[index:])) else list(map(shape, texts))
    while index <= min(end + _BELOW, len(texts) - 1):
        kind, last = shapes[index], index + 1
        while kind is not None and last < len(texts) and shapes[last] == kind:
            last += 1
        if last - index - sum(map(is_link, texts[index:last])) >= _MIN_ITEMS:
            end = max(end, last - 1)
        index = last
    return end
