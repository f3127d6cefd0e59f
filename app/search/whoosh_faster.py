"""Whoosh's own work done in fewer Python calls: the same bytes read and written.

Like app/search/whoosh_internals.py (whose check it shares), this relies on parts of Whoosh it
does not promise, tested with the version pinned in pyproject.toml:
- a new segment's posting writer asks each document's field length once per posting
  (FlushLengths, used by app/search/writers.QuickWriter);
- opening a segment reads its terms table's directory of 256 hash tables in 256 reads, each
  a seek and a read of the compound file in Python (the whole directory is read in one).
"""

from __future__ import annotations

import os
from typing import Any

from whoosh.codec import whoosh3
from whoosh.filedb import filetables
from whoosh.filedb.filetables import FileFormatError, HashReader
from whoosh.util import numeric

from app.search.whoosh_internals import check_whoosh, fixed_column_values

RELIED_ON = (
    (whoosh3, ("_lenfield", "LENGTHS_COLUMN")),
    (whoosh3.W3PerDocReader, ("_cached_reader",)),
    (filetables, ("_dir_entry", "_directory_size", "_INT_SIZE", "_hash_functions")),
    (HashReader, ("_read_extras", "self.tables", "self.endofdata", "self.startofdata")),
    (HashReader, ("self.hashtype", "self.hashfn", "self.is_closed", "self.startoffset")),
)
check_whoosh(RELIED_ON)

# What a posting writer is told of a document's field length, by its length byte: Whoosh's
# length, None for the byte 0 (as W3PerDocReader.doc_field_length answers).
_POSTING_LENGTHS: list[int | None] = [None, *(numeric.byte_to_length(b) for b in range(1, 256))]


class FlushLengths:
    """A new segment's field lengths as its posting writer asks for them, once per posting:
    each field's column read in one block at its first posting. Whoosh's reader unpacks one
    byte per call, and asks the storage whether the column's file exists (a system call) at
    every posting of a field that has none (ids, numbers, dates)."""

    def __init__(self, perdoc: Any) -> None:
        self._perdoc = perdoc
        self._fields: dict[str, list[int | None] | None] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        if fieldname not in self._fields:
            self._fields[fieldname] = self._read(fieldname)
        lengths = self._fields[fieldname]
        if lengths is None:
            return default
        return lengths[docnum] if docnum < len(lengths) else None

    def _read(self, fieldname: str) -> list[int | None] | None:
        column = self._perdoc._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
        if column is None:
            return None
        return [_POSTING_LENGTHS[b] for b in fixed_column_values(column).tolist()]

    def close(self) -> None:
        self._perdoc.close()


def _open_hash_file(
    self: HashReader,
    dbfile: Any,
    length: int | None = None,
    magic: bytes = b"HSH3",
    startoffset: int = 0,
) -> None:
    """HashReader.__init__ as Whoosh writes it, but for the directory, read in one piece.

    Each of the 256 reads is a seek and a read of the compound file in Python, most of the
    time a segment took to open: every search process opens each segment again after each
    commit, and the follower twice a commit."""
    self.dbfile, self.startoffset, self.is_closed = dbfile, startoffset, False
    if length is None:
        dbfile.seek(0, os.SEEK_END)
        length = dbfile.tell() - startoffset
    dbfile.seek(startoffset)
    filemagic = dbfile.read(4)
    if filemagic != magic:
        raise FileFormatError(f"Unknown file header {filemagic!r}")
    self.hashtype = dbfile.read_byte()
    self.hashfn = filetables._hash_functions[self.hashtype]
    dbfile.read_int()  # Two ints Whoosh keeps for future use.
    dbfile.read_int()
    self.startofdata = dbfile.tell()
    extras_end = startoffset + length - filetables._INT_SIZE
    extras_at = extras_end - dbfile.get_int(extras_end)
    dbfile.seek(extras_at)
    self._read_extras()
    dbfile.seek(extras_at - filetables._directory_size)
    directory = dbfile.read(filetables._directory_size)
    self.tables = list(filetables._dir_entry.iter_unpack(directory))
    self.endofdata = self.tables[0][0]  # The first hash table follows the keys and values.


WHOOSHS_OPEN_HASH_FILE = HashReader.__init__
HashReader.__init__ = _open_hash_file
