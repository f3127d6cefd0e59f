"""Notes that close a page after the article's text, in the languages the archive reads most:
an embedded tweet (its text, a picture's link, the signature under it).

No library recognises these in a page's text: boilerplate removers judge a block by its length
and link density, which such a note passes as text; what gives it away is its phrasing or its
shape, kept here as data. The learned scores weigh a match as one piece of evidence (an article
may quote such a line).
"""

from __future__ import annotations

import re

# An embedded tweet as a page's text gives it: its text, perhaps ending on a picture's link, then
# a signature line, '— Jane Doe (@jdoe) October 9, 2018' (the date in the embed's language).
_TWEET_SIGNATURE = re.compile(r"^\W{0,3}[—–-]\s?[^()\n]{1,80}\(@\w{1,15}\)\s+\S.{0,40}\b\d{4}\s*$")
_TWEET_PICTURE = "pic.twitter.com/"


def is_tweet_signature(line: str) -> bool:
    """Whether the line is the signature under an embedded tweet (see above)."""
    return "(@" in line and bool(_TWEET_SIGNATURE.match(line))


def is_tweet(lines: list[str], index: int) -> bool:
    """Whether the line is part of an embedded tweet: its signature, a line with a picture's
    link, or the tweet's text just above the signature (only that line: a tweet of several
    lines cannot be told from the article's paragraphs above it)."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return _TWEET_PICTURE in line or is_tweet_signature(line) or is_tweet_signature(following)
