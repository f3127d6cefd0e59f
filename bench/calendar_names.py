"""`python -m bench.calendar_names`: write app/extract/data/calendar_names.json from CLDR.

The month and weekday names the date readers use (app/extract/month_names.py), as the installed
Babel gives them; run it after upgrading Babel (tests/extract/test_month_names.py says when).
"""

from __future__ import annotations

import json

from app.extract.month_names import NAMES_PATH, calendar_names


def main() -> None:
    names = calendar_names()
    NAMES_PATH.write_text(json.dumps(names, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{NAMES_PATH}: {len(names['months'])} month names, {len(names['weekdays'])} weekdays")


if __name__ == "__main__":
    main()
