"""Notes that close a page after the article's text, in the languages the archive reads most:
a prompt to comment on or share the article (`Leave a comment`, `Deixe seu comentário`,
`Partagez cet article`, `Поделитесь с друзьями`, in English, Spanish, French, German, Portuguese,
Italian and Russian), read as layout.is_end_note reads an English prompt, and an embedded tweet
(its text, a picture's link, the signature under it).

No library recognises these in a page's text: boilerplate removers judge a block by its length
and link density, which such a note passes as text; what gives it away is its phrasing or its
shape, kept here as data. The learned scores weigh a match as one piece of evidence (an article
may quote such a line).
"""

from __future__ import annotations

import functools
import re

# A prompt to comment on the article or to share it, anywhere in a short line: 'Leave a comment',
# 'Deixe seu comentário', 'Partagez cet article', 'Поделитесь с друзьями'. Not 'let us know in
# the comments': an article's own last sentence asks that.
_SHARE_OR_COMMENT = re.compile(
    r"""(?:
      # English.
        \b(?:leave|post|add|drop)\ (?:us\ )?(?:a|your)\ (?:comment|reply|thoughts)
      | \bjoin\ the\ (?:discussion|conversation)\b
      | \bshare\ (?:this|it|them)\ with\b | \bshare\ your\ (?:thoughts|views|opinions?)\b
      | \bplease\ share\b
      # Spanish.
      | \bdéja(?:nos|me)?\ (?:tu|un|su)\ (?:comentario|opini[oó]n)
      | \bcomparte\ (?:esta|este|la|el|con)\b | \bcomenta\ (?:esta|este|la|el)\b
      # French.
      | \blaissez(?:-nous)?\ (?:un|votre|vos)\ (?:commentaire|avis)
      | \bpartagez\ (?:cet|cette|ce|l['’]|avec)\b | \bdonnez(?:-nous)?\ votre\ avis\b
      # German.
      | \b(?:hinterlassen|schreiben)\ sie\ (?:einen|ihren|uns\ einen)\ kommentar
      | \bteilen\ sie\ (?:diesen|den|diese|das)\b | \bdiskutieren\ sie\ mit\b
      # Portuguese.
      | \bdeixe\ (?:o\ |aqui\ )?(?:seu|sua|suas|seus|um)\ (?:comentário|opini|dúvidas|recado)
      | \bcompartilhe\ (?:este|esta|com|nas)\b | \bobrigad[oa]\ por\ compartilhar\b
      # Italian.
      | \blascia\ (?:un|il\ tuo|la\ tua)\ (?:commento|opinione)
      | \bcondividi\ (?:questo|questa|l['’]|con)\b
      | \bdevi\ essere\ (?:connesso|registrato|loggato)\ per\b
      # Russian.
      | \bоставьте\ (?:свой\ |ваш\ )?(?:комментари|отзыв|мнение)
      | \bподелитесь\ (?:с\ друзьями|этой|статьей|новостью|своим)
      | \bнапишите\ в\ комментариях\b
    )""",
    re.I | re.X,
)
_PROMPT_WORDS = 40  # Longer lines that say so are prose about comments or sharing.
# A piece of a word every prompt above holds: lines holding none are passed over first.
_PROMPT_KEYS = (
    "comment", "coment", "kommentar", "reply", "thoughts", "share", "discussion", "conversation",
    "opini", "compart", "partag", "avis", "teilen", "diskut", "dúvidas", "recado", "condivid",
    "connesso", "registrato", "loggato", "коммент", "отзыв", "мнение", "подел",
)  # fmt: skip


@functools.lru_cache(maxsize=8192)
def is_closing_note(line: str) -> bool:
    """Whether the line asks the reader to comment on or share the article (see above)."""
    lower = line.lower()
    if not any(key in lower for key in _PROMPT_KEYS):
        return False
    return len(line.split()) <= _PROMPT_WORDS and bool(_SHARE_OR_COMMENT.search(line))


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
