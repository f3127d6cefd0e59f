"""Country mentions against the hand-marked toponyms of ../shared/corpora/geoparsing_news.

Every toponym there is marked with its country (TR-News, LGL); we compare the set of countries
each article names with the set our tagger finds named (all mentions, not only 'about').
Run: .venv/bin/python -m bench.eval_geoparsing
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pycountry

from app.enrich.geo.tagger import count_mentions

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "geoparsing_news"
_NAMES = {
    "Russia": "RU",
    "Iran": "IR",
    "Syria": "SY",
    "South Korea": "KR",
    "North Korea": "KP",
    "Palestine": "PS",
    "Vietnam": "VN",
    "Taiwan": "TW",
    "Venezuela": "VE",
    "Bolivia": "BO",
    "Tanzania": "TZ",
    "Laos": "LA",
    "Moldova": "MD",
    "Kosovo": "XK",
    "Republic of the Congo": "CG",
    "Democratic Republic of the Congo": "CD",
}


def _code(name: str) -> str | None:
    if name in _NAMES:
        return _NAMES[name]
    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return None


def evaluate(filename: str) -> tuple[float, float, float]:
    """Micro P, R, F1 of the countries named per article."""
    true_pos = false_pos = false_neg = 0
    for article in ET.parse(CORPUS / filename).getroot():
        gold = {_code(c.text or "") for c in article.iter("country")} - {None}
        text = article.findtext("text") or ""
        found = set(count_mentions(None, [p for p in text.split("\n") if p.strip()]))
        true_pos += len(found & gold)
        false_pos += len(found - gold)
        false_neg += len(gold - found)
    precision = true_pos / (true_pos + false_pos)
    recall = true_pos / (true_pos + false_neg)
    return precision, recall, 2 * precision * recall / (precision + recall)


if __name__ == "__main__":
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is absent")
    for name in ("TR-News.xml", "lgl.xml"):
        precision, recall, f1 = evaluate(name)
        print(f"{name} precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
