"""CSV (and tab-separated) files of articles: a row each, under a header row that names the
columns as JSON lines name their fields (app/record_fields.py). Each row becomes a JSON object
and is read as a JSON line is, so a row lacking a title or a text is reported as a line is."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from app import record_fields

_DELIMITERS = ",;\t"
# Names that make a first row a header of articles: a title's and a text's (or a summary's).
_TITLES = {name.lower() for name in record_fields.TITLE}
_TEXTS = {name.lower() for name in (*record_fields.BODY, *record_fields.SUMMARY)}


# Python's csv refuses a field over 128 KB (an article's text may be longer); rows over the
# archive's item limit are refused by the reader instead, after they are read.
csv.field_size_limit(1 << 30)


class NoHeader(ValueError):
    """A table whose first row names no title column: its columns cannot be told apart."""


def decoded(content: bytes) -> str:
    """The table's text: UTF-8 (with or without its mark), else Windows-1252, as spreadsheets
    save it."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def is_article_table(first_line: str) -> bool:
    """Whether a first line is a table's header naming a title and a text column."""
    names = _header(first_line)
    return len(names) >= 2 and bool(names & _TITLES) and bool(names & _TEXTS)


def table_rows(text: str, max_rows: int, max_row_chars: int) -> Iterator[tuple[int, bytes]]:
    """Each row (its number as a spreadsheet counts, the header being row 1) as a JSON object's
    bytes; NoHeader where the first row names no title column; OverflowError past max_rows."""
    delimiter = _delimiter(text.split("\n", 1)[0])
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [name.strip() for name in next(rows, [])]
    if not {name.lower() for name in header} & _TITLES:
        shown = ", ".join(repr(name[:40]) for name in header[:6])
        raise NoHeader(
            "a table whose first row names no title column ('title' or 'headline'), so its"
            f" columns cannot be read; its first row is {shown}"
        )
    for number, row in enumerate(rows, 2):
        if number - 1 > max_rows:
            raise OverflowError(f"more than {max_rows:,} rows; the rest were not read")
        if any(cell.strip() for cell in row):
            record = {name: cell for name, cell in zip(header, row, strict=False) if name}
            yield number, json.dumps(record, ensure_ascii=False).encode()


def _delimiter(first_line: str) -> str:
    """The mark the header row parts its names with: the one that parts it into most columns
    (a whole table is a poor sample: a text's own commas and quotes mislead csv.Sniffer)."""
    return max(_DELIMITERS, key=lambda mark: len(next(csv.reader([first_line], delimiter=mark))))


def _header(first_line: str) -> set[str]:
    names = next(csv.reader([first_line], delimiter=_delimiter(first_line)), [])
    return {name.strip().lower() for name in names}
