"""Bylines as news pages print them: 'By Jane Doe and John Roe, AP', 'Jane Doe | Reuters'."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from app.enrich.outlets import find_outlet

# Wire agencies, keyed by how they are written in lower case, valued by how we show them.
WIRE_AGENCIES = {
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "ap": "Associated Press",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "afp": "AFP",
    "bloomberg": "Bloomberg",
    "bloomberg news": "Bloomberg",
    "yonhap": "Yonhap",
    "yonhap news agency": "Yonhap",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "tass": "TASS",
    "dpa": "dpa",
    "ani": "ANI",
    "pti": "PTI",
    "ians": "IANS",
    "upi": "UPI",
    "anadolu agency": "Anadolu Agency",
    "efe": "EFE",
    "ansa": "ANSA",
    "pa": "PA Media",
    "pa media": "PA Media",
    "press association": "PA Media",
    "kcna": "KCNA",
    "wafa": "WAFA",
}
_BY = re.compile(
    r"^\s*(?:(?i:(?:written |reported |words |story |posted )?by[:\s]\s*)"
    # 'Von', 'Par', 'Por', 'Door', 'Av', 'Af' before a capitalised name: the word for 'by' in
    # German, French, Spanish and Portuguese, Dutch, Swedish and Norwegian, Danish.
    r"|(?:[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa][vf])\s+(?=[A-ZÀ-ÖØ-Þ]))"
)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[a-z]{1,3}|[A-Z]{1,3}\.?)$")
_JOINERS = re.compile(r"\s*(?:,|\b(?:and|und|et|y|e|en|og|och)\b|&|\||\s-\s|\s—\s|/|;)\s*", re.I)
_ROLE_WORDS = {
    "staff",
    "writer",
    "correspondent",
    "reporter",
    "editor",
    "contributor",
    "columnist",
    "bureau",
    "chief",
    "senior",
    "political",
    "special",
    "in",
    "news",
    "desk",
    "team",
    "for",
    "the",
    "our",
    "foreign",
    "affairs",
    "diplomatic",
}
_MAX_LINE = 140


@dataclass(frozen=True)
class Byline:
    """Who wrote it, as shown, and the wire agency if one is named."""

    text: str
    agency: str | None


# Asked of one line from several places (headline scoring, front fields): cached.
@functools.lru_cache(maxsize=4096)
def parse_byline(line: str) -> Byline | None:
    """Read a byline line; None if the line is not one."""
    text = line.strip()
    if not text or len(text) > _MAX_LINE:
        return None
    by_match = _BY.match(text)
    rest = text[by_match.end() :] if by_match else text
    parts = [part for part in _JOINERS.split(rest.strip().rstrip(".")) if part]
    if not parts or not all(_is_name_part(part) for part in parts):
        return None
    agency = next((WIRE_AGENCIES[p.lower()] for p in parts if p.lower() in WIRE_AGENCIES), None)
    if by_match is None and agency is None and not _names_outlet(parts):
        # Without 'By', only 'Name | Agency' or 'Name, Outlet' is taken as a byline.
        return None
    return Byline(_display(rest, parts), agency)


def _names_outlet(parts: list[str]) -> bool:
    return len(parts) >= 2 and find_outlet(parts[-1]) is not None


def _is_name_part(part: str) -> bool:
    if part.lower() in WIRE_AGENCIES or find_outlet(part) is not None:
        return True
    words = part.split()
    if not 1 <= len(words) <= 6:
        return False
    if all(word.lower() in _ROLE_WORDS for word in words):
        return True
    return all(_NAME_WORD.match(word) for word in words) and any(w[0].isupper() for w in words)


def _display(rest: str, parts: list[str]) -> str:
    """The byline as readers expect it: agencies in their own spelling, no shouting capitals."""
    if len(parts) == 1 and parts[0].lower() in WIRE_AGENCIES:
        return WIRE_AGENCIES[parts[0].lower()]
    text = re.sub(r"\s*\|\s*", ", ", re.sub(r"\s+,", ",", rest.strip().rstrip(".")))
    for part in parts:
        if part.isupper() and len(part) > 3:
            calm = WIRE_AGENCIES.get(part.lower()) or " ".join(_unshout(w) for w in part.split())
            text = text.replace(part, calm)
    return re.sub(r"\bAND\b", "and", text) if text != text.upper() else text


def _unshout(word: str) -> str:
    bare = word.strip(",").lower()
    if bare in WIRE_AGENCIES:
        return word.replace(word.strip(","), WIRE_AGENCIES[bare])
    if bare in ("and", "of", "in"):
        return bare
    return "-".join(piece.capitalize() for piece in word.split("-"))
