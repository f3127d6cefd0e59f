"""The shapes a search's answer can take (`_shape`, as in Datasette): objects (the default),
arrays (a list of column names and a row of values per article, for tables and dataframes), and
newline-delimited JSON (one article per line, for streaming readers and `jq`)."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from fastapi.responses import JSONResponse, Response

from app.present.exports import CSV_COLUMNS, csv_row
from app.present.safe_text import json_line


class Shape(StrEnum):
    OBJECTS = "objects"
    ARRAYS = "arrays"
    NDJSON = "ndjson"


# The export's flat columns (without the text), then what a search adds to each article.
SEARCH_ADDS = ["snippet", "snippet_text", "highlights", "title_highlights", "other_copies"]
ARRAY_COLUMNS = [name for name in CSV_COLUMNS if name != "body"] + SEARCH_ADDS


def shaped(answer: dict[str, Any], shape: Shape) -> Response:
    """The search's answer in the shape asked for."""
    if shape is Shape.NDJSON:
        lines = (json_line(json.dumps(item, ensure_ascii=False)) + "\n" for item in answer["items"])
        return Response("".join(lines), media_type="application/x-ndjson")
    if shape is Shape.ARRAYS:
        rest = {key: value for key, value in answer.items() if key != "items"}
        return JSONResponse({"columns": ARRAY_COLUMNS, "rows": _rows(answer["items"]), **rest})
    return JSONResponse(answer)


def _rows(items: list[dict[str, Any]]) -> list[list[Any]]:
    rows = []
    for item in items:
        flat = {**csv_row(item), **{name: item[name] for name in SEARCH_ADDS}}
        rows.append([flat.get(name) for name in ARRAY_COLUMNS])
    return rows
