"""Words of page furniture that reads like text: pitches, sign-up and sign-in forms, sharing and
player controls, boilerplate. A line holding them is rarely a headline or an article's last
paragraph, but articles use these words too, so the learned scores weigh them as one piece of
evidence among others rather than rules deciding alone."""

from __future__ import annotations

import functools
import re

from app.extract.plain_text import case_sensitive, is_plain

# In the languages of the development set and a few more; matched anywhere in a line. A sponsor's
# report offered for download ('Free download', 'custom report') is a pitch too.
_PAGE_WORDS = re.compile(
    r"newsletter|subscri(?:be|ption)|sign(?:\ |-)?(?:up|in)\b|log\ ?in\b|register\b|follow\ us"
    r"|affiliate|sponsored|advertis|adapted\ from|originally\ (?:published|appeared)|syndicat"
    r"|all\ rights|copyright|©|disclaimer|headquartered|press\ release|for\ more\ information"
    r"|contact\ us|terms\ of|privacy\ policy|stay\ (?:tuned|up\ to\ date)|email\ address"
    r"|enter\ (?:your|a|city)|sharing\ options|new\ window|playback|your\ device|read\ later"
    r"|\blike\ \w+\ on\ facebook|your\ inbox|(?:additional\ )?reporting\ by|editing\ by"
    r"|reserva\ el\ derecho|suscr[ií]b|bolet[ií]n|abonn|anmelden|iscriviti|inscreva|assine"
    r"|подпис|рассылк|free\ download|custom\ report"
    r"|download\ (?:the\ |our\ |this\ )?(?:free\ )?(?:report|e-?book|guide)",
    re.I | re.X,
)

_PAGE_WORDS_CASED = case_sensitive(_PAGE_WORDS)

# A literal piece of each word above: a case-insensitive search of so many alternatives tries
# each at every position of a line, so lines holding none of these are passed over first.
_KEYS = (
    "newsletter", "subscri", "sign", "log", "register", "follow us", "affiliate", "sponsor",
    "advertis", "adapted", "originally", "syndicat", "all rights", "copyright", "©", "disclaim",
    "headquarter", "press release", "more information", "contact us", "terms of", "privacy",
    "stay ", "email address", "enter ", "sharing options", "new window", "playback", "device",
    "read later", "facebook", "inbox", "reporting by", "editing by", "reserva", "suscr",
    "bolet", "abonn", "anmelden", "iscriviti", "inscreva", "assine", "подпис", "рассылк",
    "download", "custom report",
)  # fmt: skip


@functools.lru_cache(maxsize=8192)
def has_page_words(line: str) -> bool:
    """Whether the line holds words of page furniture (see the module's docstring)."""
    lower = line.lower()
    if not any(key in lower for key in _KEYS):
        return False
    return bool(_PAGE_WORDS_CASED.search(lower) if is_plain(line) else _PAGE_WORDS.search(line))


# An outlet's name as the dump's header gives it ('Snopes.com', 'The Motley Fool'): notes,
# pitches and boilerplate name the site ('Support Snopes', 'our Foolish newsletter'); an
# article's own text rarely does.
_DOMAIN_END = re.compile(
    r"\.(?:com|net|org|info|co|in|ru|uk|au|ca|de|es|it|fr|br|jp|kr)\b.*$", re.I
)
_OUTLET_CHARS = 4  # Shorter names ('RT', 'Vox') are found inside too many other words.


def outlet_key(outlet: str | None) -> str:
    """The outlet's name squeezed to its letters, without 'the' and the domain's ending ('' when
    it is unknown or too short to find)."""
    name = _DOMAIN_END.sub("", outlet or "")
    key = _squeezed(re.sub(r"^the\s+", "", name, flags=re.I))
    return key if len(key) >= _OUTLET_CHARS else ""


def names_outlet(line: str, key: str) -> bool:
    """Whether the line names the outlet (its name squeezed by outlet_key, spaces and all)."""
    return bool(key) and key in _squeezed(line)


_NOT_LETTERS = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=8192)
def _squeezed(text: str) -> str:
    return _NOT_LETTERS.sub("", text.casefold())
