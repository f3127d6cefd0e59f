"""Matching and scoring over posting arrays (app/search/ranking.py, postings.py) give what
Whoosh's own matchers give, on a real index of several segments."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from app.archive import Archive, open_archive
from app.archive.ingest import ingest_items, ingest_paths
from app.readers import Limits, read_inputs
from app.search.facets import META_ID
from app.search.postings import PostingCache, segment_ids
from app.search.query import parse_user_query
from app.search.ranking import Ranker
from app.settings import DEMO_CORPUS, Settings
from tests.conftest import DUMPS

QUERIES = [
    "said",
    "Kim OR Russia",
    "election AND president",
    "police NOT protest",
    "NOT said",
    '"prime minister"',
    '"united nations security council"',
    '"said the"~3 AND government',
    '"more and more"',
    "protest* OR sanction*",
    "gover*",
    "source:BB*",
    "title:sudan OR byline:reuters",
    "(Ukraine OR Russia) AND NOT (war OR troops)",
    "country:US AND government",
    "nosuchwordanywhere",
]
SCORED = [
    "said",
    "Kim OR Russia",
    "election AND president",
    "police NOT protest",
    "title:president OR byline:press",
]


@pytest.fixture(scope="module")
def demo_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """The demo corpus, then the fixture dumps committed apart (several segments)."""
    archive = open_archive(Settings(data_dir=tmp_path_factory.mktemp("ranking")))
    ingest_paths(archive, [str(DEMO_CORPUS)])
    dumps = read_inputs([str(DUMPS)], "text", Limits())
    ingest_items(archive, dumps, catch_up=False)
    archive.catch_up_index(bulk_allowed=False)  # A server's commit: a segment of its own.
    yield archive
    archive.close()


def test_the_index_has_several_segments(demo_archive: Archive) -> None:
    with demo_archive.index.searcher() as searcher:
        assert len(searcher.leaf_searchers()) >= 2


@pytest.mark.parametrize("text", QUERIES)
def test_matches_are_whooshs_own(demo_archive: Archive, text: str) -> None:
    with demo_archive.index.searcher() as searcher:
        words = parse_user_query(text, searcher.schema).words
        ranker = Ranker(searcher, PostingCache())
        meta = searcher.document_number(id=META_ID)
        live = set(searcher.reader().all_doc_ids()) - {meta}
        ours = [docnum for docnum in ranker.matching(words).tolist() if docnum in live]
        theirs = sorted(set(searcher.docs_for_query(words)) - {meta})
    assert ours == theirs
    assert text == "nosuchwordanywhere" or ours


@pytest.mark.parametrize("text", SCORED)
def test_scores_are_whooshs_bm25f(demo_archive: Archive, text: str) -> None:
    with demo_archive.index.searcher() as searcher:
        words = parse_user_query(text, searcher.schema).words
        hits = searcher.search(words, limit=None)
        theirs = {hit.docnum: hit.score for hit in hits}
        docnums = np.array(sorted(theirs), dtype=np.int64)
        ours = Ranker(searcher, PostingCache()).scores(words, docnums)
    expected = np.array([theirs[d] for d in docnums.tolist()])
    assert len(docnums) > 0
    # Whoosh adds 1 to every match for a NOT (its inverse matcher's score): the same order.
    offset = 1.0 if "NOT" in text else 0.0
    assert ours == pytest.approx(expected - offset, rel=1e-5)


def test_arrays_of_merged_segments_are_forgotten(demo_archive: Archive) -> None:
    cache = PostingCache()
    with demo_archive.index.searcher() as searcher:
        Ranker(searcher, cache).scores(
            parse_user_query("said", searcher.schema).words, np.arange(10)
        )
        kept = len(cache)
        assert kept >= 2 * len(segment_ids(searcher))  # Postings and lengths of each segment.
        cache.keep_only(segment_ids(searcher))
        assert len(cache) == kept
    cache.keep_only(set())
    assert len(cache) == 0


def test_the_cache_keeps_to_its_budget(demo_archive: Archive) -> None:
    cache = PostingCache(budget_bytes=20_000)
    with demo_archive.index.searcher() as searcher:
        ranker = Ranker(searcher, cache)
        for word in ["said", "government", "president", "police", "minister", "people"]:
            ranker.scores(parse_user_query(word, searcher.schema).words, np.arange(50))
    assert 0 < cache.size_bytes <= 20_000
