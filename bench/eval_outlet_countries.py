"""English stories of local outlets in 45 countries: how often the primary country is the
outlet's own.

Run: .venv/bin/python -m bench.eval_outlet_countries [--stories]
(needs ../shared/corpora/worldwide_newswire_stanford)

worldwide_newswire_stanford holds 1,095 English articles of newspapers in Asia, Africa, Latin
America and the Middle East (`kenya_nation_11.txt`, `sa_star_13.txt`), with no country labels: its
file names give the outlet's country only. A local paper writes mostly about its own country, so
the share of stories whose primary country is the outlet's is a floor, not a score (a Chinese
paper's story on Argentina's lithium is right to be Argentina's), but it moves with what a
reader expects: a story of the Western Cape High Court or of Kakamega County found to be about
no country at all is a miss the development sets, written by readers in Britain and the US,
seldom hold. Printed: the share by country, and how many stories got no primary.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from app.drafts import ExtractionError
from app.enrich.geo.tagger import tag_countries
from app.extract.textdump import extract_text_dump

CORPUS = (
    Path(__file__).resolve().parents[2]
    / "shared" / "corpora" / "worldwide_newswire_stanford" / "original_articles"
)  # fmt: skip
# The file names' prefixes (read from the files and regions.txt) and the outlet's country; the
# pan-African and pan-Asian outlets' (`af_`, `panaf_`, `asia_`) have none.
OUTLET_COUNTRIES = {
    "alg": "DZ", "arg": "AR", "aus": "AU", "bangladesh": "BD", "bol": "BO", "canada": "CA",
    "chile": "CL", "cn": "CN", "col": "CO", "cosric": "CR", "cosrica": "CR", "cuba": "CU",
    "ecuador": "EC", "eg": "EG", "elsalv": "SV", "et": "ET", "ghana": "GH", "guyana": "GY",
    "hond": "HN", "in": "IN", "iran": "IR", "israel": "IL", "jp": "JP", "jr": "JO", "kenya": "KE",
    "kr": "KR", "kw": "KW", "mauritius": "MU", "mex": "MX", "mong": "MN", "my": "MY", "nic": "NI",
    "nm": "NA", "nz": "NZ", "oman": "OM", "pan": "PA", "paraguay": "PY", "peru": "PE", "pk": "PK",
    "qt": "QA", "saud": "SA", "sa": "ZA", "th": "TH", "tw": "TW", "uae": "AE", "uruguay": "UY",
    "ven": "VE",
}  # fmt: skip
# ...and the outlets whose prefix is their region's: The Standard is Hong Kong's, the Gulf Times
# Qatar's.
OUTLETS = {"cn_article_thestandard": "HK", "kw_gulftimes": "QA", "kw_times_gulftimes": "QA"}
_PREFIX = re.compile(r"[a-z]+")


def outlet_country(name: str) -> str | None:
    """The country of the outlet whose file this is, from its name."""
    for outlet, code in OUTLETS.items():
        if name.startswith(outlet):
            return code
    found = _PREFIX.match(name)
    return OUTLET_COUNTRIES.get(found.group() if found else "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", action="store_true", help="print each story's primary")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        raise SystemExit(f"{CORPUS} is absent: nothing to evaluate")
    by_country: dict[str, Counter[str]] = defaultdict(Counter)
    for path in sorted(CORPUS.glob("*.txt")):
        outlet = outlet_country(path.name)
        raw = path.read_text(encoding="utf-8", errors="replace").replace("\r", "")
        if outlet is None or raw.startswith("{\\rtf"):
            continue  # A pan-regional outlet, or an RTF document the readers refuse.
        try:
            draft = extract_text_dump(raw)
        except ExtractionError:
            continue
        tags = tag_countries(draft.title, draft.paragraphs, "en")
        primary = next((tag.code for tag in tags if tag.primary), None)
        kind = "own" if primary == outlet else "none" if primary is None else "other"
        for key in (outlet, "all"):
            by_country[key][kind] += 1
        if args.stories:
            print(f"{path.name}\t{outlet}\t{primary}\t{[(t.code, t.mentions) for t in tags]}")
    for key, counts in sorted(by_country.items(), key=lambda item: -item[1].total()):
        own, total = counts["own"], counts.total()
        print(
            f"{key:4s} {total:4d} stories  the outlet's country {own:4d} ({own / total:.1%})"
            f"  none {counts['none']:3d}  another {counts['other']:3d}"
        )


if __name__ == "__main__":
    main()
