"""The gold of the text-dump development set (bench/dumps_gold.jsonl) and how texts are compared."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from bench.dump_pages import GOLD_PATH

_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"',
     "»": '"', "–": "-", "—": "-", "−": "-", "‐": "-", "…": "...", "\u200b": "", "\ufeff": ""}
)  # fmt: skip
_WS = re.compile(r"\s+")


@dataclass
class GoldEntry:
    """What a dump of one page should give: title, publication day, where the body starts and ends.

    date_printed_<mode> says whether that mode's dump prints the publication day in some
    form (then the extractor must find it; when False it must leave the date empty)."""

    id: str
    corpus: str
    site: str
    domain: str | None
    url: str | None
    title: str | None
    published_day: str | None
    date_printed_from_title: bool
    date_printed_whole: bool
    first_sentence: str | None
    last_sentence: str | None
    published_source: str | None = None
    date_text_from_title: str | None = None
    date_text_whole: str | None = None
    flags: list[str] = field(default_factory=list)
    skip: str | None = None
    checked_by_hand: bool = False
    note: str | None = None

    def date_printed(self, mode: str) -> bool:
        """Whether the dump of that mode prints the publication day."""
        return self.date_printed_from_title if mode == "from_title" else self.date_printed_whole


def normalise(text: str) -> str:
    """For comparisons: NFKC, plain quotes and dashes, whitespace collapsed, case folded."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _WS.sub(" ", text).strip().casefold()


def read_gold(path: Path = GOLD_PATH) -> list[GoldEntry]:
    """The committed gold, one entry per page (keys the entry has no field for are left out)."""
    if not path.exists():
        return []
    names = {f.name for f in fields(GoldEntry)}
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            entries.append(GoldEntry(**{k: v for k, v in data.items() if k in names}))
    return entries


def write_gold(entries: list[GoldEntry]) -> None:
    """Write the gold, one JSON object a line, in the given order."""
    text = "".join(json.dumps(asdict(e), ensure_ascii=False) + "\n" for e in entries)
    GOLD_PATH.write_text(text, encoding="utf-8")
