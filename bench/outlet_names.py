"""The outlet names HTML pages state and the ones the archive keeps, where they differ.

Run: python -m bench.outlet_names [FOLDER...]   (default: the HTML corpora of ../shared/corpora)

Each page goes through the real extractor (`og:site_name` and the like, as trafilatura reads
them) and the outlet's resolution (app/enrich/outlets.py); a page whose stated name is not kept
as given is printed with what was kept instead and its headline, to be read by eye.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from app.drafts import ExtractionError, RawItem
from app.enrich.outlets import find_outlet, resolve_outlet
from app.extract import extract

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
DEFAULT = ["article_extraction_benchmark", "newspaper_fixtures", "htmldate_mediacloud_2020"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    folders = parser.parse_args().folders or [CORPORA / name for name in DEFAULT]
    pages = changed = 0
    for folder in folders:
        for path in sorted(folder.rglob("*.htm*")):
            raw = path.read_bytes()
            raw = gzip.decompress(raw) if path.suffix == ".gz" else raw
            try:
                draft = extract(RawItem(raw, path.name, "html", "text/html"))
            except ExtractionError:
                continue
            pages += 1
            outlet = resolve_outlet(draft.outlet, draft.url, draft.title)
            kept = outlet.name if outlet else None
            if draft.outlet and kept != draft.outlet and not find_outlet(draft.outlet):
                changed += 1
                print(f"{path.name}: {draft.outlet!r} -> {kept!r} (headline {draft.title!r})")
    print(f"{pages} pages, {changed} stated names not kept as given")


if __name__ == "__main__":
    main()
