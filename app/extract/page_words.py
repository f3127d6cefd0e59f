"""Words of page furniture that reads like text: pitches, sign-up and sign-in forms, sharing and
player controls, boilerplate. A line holding them is rarely a headline or an article's last
paragraph, but articles use these words too, so the learned scores weigh them as one piece of
evidence among others rather than rules deciding alone."""

from __future__ import annotations

import re

# In the languages of the development set and a few more; matched anywhere in a line.
_PAGE_WORDS = re.compile(
    r"newsletter|subscri(?:be|ption)|sign(?:\ |-)?(?:up|in)\b|log\ ?in\b|register\b|follow\ us"
    r"|affiliate|sponsored|advertis|adapted\ from|originally\ (?:published|appeared)|syndicat"
    r"|all\ rights|copyright|©|disclaimer|headquartered|press\ release|for\ more\ information"
    r"|contact\ us|terms\ of|privacy\ policy|stay\ (?:tuned|up\ to\ date)|email\ address"
    r"|enter\ (?:your|a|city)|sharing\ options|new\ window|playback|your\ device|read\ later"
    r"|\blike\ \w+\ on\ facebook|your\ inbox|(?:additional\ )?reporting\ by|editing\ by"
    r"|reserva\ el\ derecho|suscr[ií]b|bolet[ií]n|abonn|anmelden|iscriviti|inscreva|assine"
    r"|подпис|рассылк",
    re.I | re.X,
)


def has_page_words(line: str) -> bool:
    """Whether the line holds words of page furniture (see the module's docstring)."""
    return bool(_PAGE_WORDS.search(line))
