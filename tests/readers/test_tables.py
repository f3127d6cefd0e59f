"""CSV and tab-separated files of articles (app/readers/tables.py), read through read_inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.drafts import RawItem
from app.extract.jsonl import extract_json_article
from app.readers import Limits, ReadFailure, read_bytes, read_inputs


def _items(path: Path) -> list[RawItem | ReadFailure]:
    return list(read_inputs([str(path)]))


def test_each_row_is_an_article_under_the_header_s_names(tmp_path: Path) -> None:
    path = tmp_path / "wikinews.csv"
    path.write_text(
        'url,date,title,text\n"https://example.org/a",2019-01-04,"A bridge opens","Line one.\n\n'
        'Line two, with a comma."\n"https://example.org/b",2019-01-05,"A port closes","Text."\n',
        encoding="utf-8",
    )
    items = _items(path)
    assert [item.position for item in items if isinstance(item, RawItem)] == ["row 2", "row 3"]
    first = items[0]
    assert isinstance(first, RawItem)
    draft = extract_json_article(first.content.decode())
    assert draft.title == "A bridge opens"
    assert draft.paragraphs == ["Line one.", "Line two, with a comma."]
    assert draft.published is not None
    assert draft.published.isoformat() == "2019-01-04"


@pytest.mark.parametrize(("name", "mark"), [("a.tsv", "\t"), ("a.csv", ";"), ("noname", ",")])
def test_the_header_tells_the_mark_and_the_content_a_table_without_its_name(
    tmp_path: Path, name: str, mark: str
) -> None:
    path = tmp_path / name
    path.write_text(mark.join(["headline", "short_description"]) + "\nA title" + mark + "Text.\n")
    items = _items(path)
    assert len(items) == 1
    assert isinstance(items[0], RawItem)
    assert json.loads(items[0].content) == {"headline": "A title", "short_description": "Text."}


def test_a_table_without_a_header_is_one_clear_failure(tmp_path: Path) -> None:
    path = tmp_path / "ag_news.csv"  # AG News: class, title, description, no header row.
    path.write_text('"3","Fears for pension after talks","Unions say they are disappointed."\n')
    items = _items(path)
    assert len(items) == 1
    assert isinstance(items[0], ReadFailure)
    assert "names no title column" in items[0].reason


def test_a_spreadsheet_s_windows_1252_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("title,body\nCaf\xe9 reopens,The caf\xe9 reopened.\n".encode("cp1252"))
    items = _items(path)
    assert isinstance(items[0], RawItem)
    assert json.loads(items[0].content)["title"] == "Café reopens"


def test_a_text_dump_is_no_table(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("Title, and a subtitle\n\nThe text of the article, with commas.\n")
    items = _items(path)
    assert len(items) == 1
    assert isinstance(items[0], RawItem)
    assert items[0].format == "text"


def test_a_spreadsheet_s_capitalised_header_is_read(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("Title,Text,Date\nA bridge opens,The bridge opened.,2024-03-08\n")
    (item,) = _items(path)
    assert isinstance(item, RawItem)
    draft = extract_json_article(item.content.decode())
    assert (draft.title, draft.paragraphs) == ("A bridge opens", ["The bridge opened."])
    assert draft.published is not None


def test_a_row_over_the_item_limit_is_one_failure_not_a_crash() -> None:
    # A stray quote makes the rest of a table one field: Python's csv refused it (an error no
    # reader caught, which stopped the whole ingest); the row is over the item limit instead.
    table = b'title,body\nA,"a stray quote\n' + b"x" * 200_000 + b"\n"
    (item,) = list(read_bytes(table, "broken.csv", "auto", Limits(max_item_bytes=1000)))
    assert isinstance(item, ReadFailure)
    assert item.position == "row 2"
    assert "over the limit" in item.reason
