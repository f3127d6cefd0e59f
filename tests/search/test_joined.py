"""Postings joined over the segments of one state of the index (app/search/joined.py): the
same documents, lengths and idf as Whoosh's, deleted documents and several segments counted."""

from __future__ import annotations

import numpy as np

from app.archive import Archive
from app.archive.ingest import ingest_items
from app.search.joined import JoinedPostings
from app.search.postings import PostingCache, segments
from tests.search.test_searchers import _articles


def test_joined_postings_and_idf_are_whooshs(archive: Archive) -> None:
    ingest_items(archive, _articles(0, 4, body="harbour cranes"))
    ingest_items(archive, _articles(4, 3, body="harbour tugs"))
    ingest_items(archive, _articles(0, 2, body="quay tugs"))  # Deletes two from segment 1.
    with archive.index.searcher() as searcher:
        leaves = segments(searcher)
        assert len(leaves) == 3
        joined = JoinedPostings(PostingCache(), searcher.doc_count_all())
        for word in ("harbour", "cranes", "tugs", "quay", "port", "nosuchword"):
            ids, _ = joined.postings(leaves, "body", word)
            reader = searcher.reader()
            held = ("body", word) in reader
            whooshs = sorted(reader.postings("body", word).all_ids()) if held else []
            live = [docnum for docnum in ids.tolist() if not reader.is_deleted(docnum)]
            assert live == whooshs
            assert joined.idf(leaves, "body", word) == searcher.idf("body", word)
        lengths = joined.lengths(leaves, "body")
        # The meta document has no body (Whoosh answers None).
        expected = [searcher.reader().doc_field_length(n, "body") or 0 for n in range(len(lengths))]
        assert np.array_equal(lengths, np.array(expected, dtype=np.float32))
