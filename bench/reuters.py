"""Reading Reuters-21578 (../shared/corpora/reuters21578): stories with their PLACES labels."""

from __future__ import annotations

import gzip
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pycountry

REUTERS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578"
# Labels that are not modern country names, mapped as README's "Countries" section says.
LABEL_CODES = {
    "usa": "US",
    "uk": "GB",
    "ussr": "RU",
    "west-germany": "DE",
    "east-germany": "DE",
    "uae": "AE",
    "south-korea": "KR",
    "north-korea": "KP",
    "hong-kong": "HK",
    "ivory-coast": "CI",
    "burma": "MM",
    "zaire": "CD",
    "congo": "CG",
    "yugoslavia": "RS",
    "czechoslovakia": "CZ",
    "kampuchea": "KH",
    "macao": "MO",
    "vatican": "VA",
    "western-samoa": "WS",
    "yemen-arab-republic": "YE",
    "yemen-demo-republic": "YE",
    "netherlands-antilles": "CW",
    "trinidad-tobago": "TT",
    "us-virgin-islands": "VI",
    "british-virgin-islands": "VG",
    "cape-verde": "CV",
    "swaziland": "SZ",
    "iran": "IR",
    "syria": "SY",
    "vietnam": "VN",
    "laos": "LA",
    "taiwan": "TW",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "gambia": "GM",
    "bahamas": "BS",
    "french-guiana": "GF",
    "guadeloupe": "GP",
    "martinique": "MQ",
    "new-caledonia": "NC",
    "sri-lanka": "LK",
    "turkey": "TR",
    "moldova": "MD",
    "brunei": "BN",
}
_STORY = re.compile(r"<REUTERS .*?</REUTERS>", re.S)
_FIELD = {
    name: re.compile(rf"<{name}[^>]*>(.*?)</{name}>", re.S)
    for name in ("PLACES", "TITLE", "DATELINE", "BODY")
}


@dataclass(frozen=True)
class Story:
    title: str
    paragraphs: list[str]
    places: frozenset[str]


def label_code(label: str) -> str | None:
    """The ISO code of a PLACES label."""
    if label in LABEL_CODES:
        return LABEL_CODES[label]
    try:
        return str(pycountry.countries.lookup(label.replace("-", " ")).alpha_2)
    except LookupError:
        return None


def stories() -> Iterator[Story]:
    """Every story with at least one PLACES label, as the tagger sees an article."""
    for path in sorted(REUTERS.glob("reut2-*.sgm.gz")):
        text = gzip.decompress(path.read_bytes()).decode("latin-1")
        for raw in _STORY.findall(text):
            story = _parse(raw)
            if story is not None:
                yield story


def _parse(raw: str) -> Story | None:
    places_field = _field(raw, "PLACES")
    labels = re.findall(r"<D>(.*?)</D>", places_field)
    places = frozenset(code for code in map(label_code, labels) if code)
    if not places:
        return None
    body = _field(raw, "BODY").replace("Reuter\n&#3;", "").replace("&#3;", "")
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n {3,}", body) if p.strip()]
    dateline = " ".join(_field(raw, "DATELINE").split())
    if paragraphs:
        paragraphs[0] = f"{dateline} {paragraphs[0]}".strip()
    elif dateline:
        paragraphs = [dateline]
    return Story(html.unescape(_field(raw, "TITLE")), paragraphs, places)


def _field(raw: str, name: str) -> str:
    match = _FIELD[name].search(raw)
    return html.unescape(match.group(1)) if match else ""
