"""Whoosh's work done in fewer calls reads what Whoosh's own code reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh.filedb.filetables import FileFormatError, HashReader
from whoosh.filedb.structfile import StructFile
from whoosh.index import FileIndex
from whoosh.reading import SegmentReader

from app.search.whoosh_faster import WHOOSHS_OPEN_HASH_FILE
from app.search.writers import open_writer
from tests.search.test_writers import _documents, _new_index

STATE = ("tables", "endofdata", "startofdata", "hashtype", "hashfn", "extras", "startoffset")


def _three_segments(folder: Path, compound: bool) -> FileIndex:
    index = _new_index(folder)
    documents = _documents()
    for start in range(0, 90, 30):
        writer = open_writer(index, None, compound=compound)
        for document in documents[start : start + 30]:
            writer.add_document(**document)
        writer.commit(merge=False)
    return index


def _terms_tables(index: FileIndex) -> list[tuple[dict[str, Any], list[bytes]]]:
    """What opening each segment's terms table read: its directory, extras, keys."""
    tables = []
    for segment in index._segments():
        reader = SegmentReader(index.storage, index.schema, segment)
        table = reader._terms._tindex
        tables.append(({name: getattr(table, name) for name in STATE}, list(table.keys())))
        reader.close()
    return tables


@pytest.mark.parametrize("compound", [True, False])
def test_a_terms_table_opens_as_whoosh_opens_it(
    tmp_path: Path, compound: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = _three_segments(tmp_path / "index", compound)
    ours = _terms_tables(index)
    monkeypatch.setattr(HashReader, "__init__", WHOOSHS_OPEN_HASH_FILE)
    whooshs = _terms_tables(index)
    assert len(ours) == 3
    assert all(len(state["tables"]) == 256 and keys for state, keys in ours)
    assert ours == whooshs


def test_a_file_of_another_kind_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "not-a-table"
    path.write_bytes(b"XXXX" + bytes(5000))
    with path.open("rb") as file, pytest.raises(FileFormatError):
        HashReader(StructFile(file))
