"""Lines whose letters are all ASCII: there a pattern's case can be ignored cheaply.

Python's engine ignores case by comparing each character in several forms (and takes 'ſ' for
's', 'K' for 'k', 'ı' for 'i'), which makes long case-blind patterns slow. In a line holding no
letter but ASCII ones, and besides ASCII only common punctuation (neither letters nor cased), a
case-blind search finds what a case-sensitive one finds in the lower-cased line, which is
several times faster.
"""

from __future__ import annotations

import re

_NOT_PLAIN = re.compile(r"[^\x00-\x7f\u2000-\u206f\xa0\xa9\xab\xae\xbb]")


def is_plain(text: str) -> bool:
    """Whether the text's letters are all ASCII and its other characters are caseless."""
    return _NOT_PLAIN.search(text) is None


def case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-blind pattern without re.I, to search lower-cased plain text with (its own
    letters must be lower case)."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
