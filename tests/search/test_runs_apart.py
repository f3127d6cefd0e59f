"""A Chinese or Japanese run a reader types also finds its words written apart in the story
(app/search/query_languages.py: _or_apart), below the story that writes the run itself."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.archive import Archive
from tests.search.small_archives import archive_of, names_found

ARTICLES = {
    "whole": (
        "高村首相が記者会見",
        "高村首相は11日、首相官邸で記者会見を開き、補正予算案の早期成立に意欲を示した。",
    ),
    "named": (
        "補正予算案が衆院を通過",
        "高村誠一首相は国会で「国民生活を守るために必要な措置だ」と述べ、理解を求めた。",
    ),
    "far": (
        "高村氏が地元で講演",
        "元外相の高村氏は地元の会合で講演した。後半では、首相の外交方針について質問が出た。",
    ),
    "chinese": (
        "领导人在人民大会堂会见来访的总统",
        "习近平国家主席在人民大会堂会见来访的总统，双方就经贸合作交换了意见。",
    ),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    opened = archive_of(tmp_path_factory.mktemp("apart"), ARTICLES)
    yield opened
    opened.close()


def test_a_run_finds_its_words_apart_below_the_run_itself(archive: Archive) -> None:
    # 'named' writes the given name between the surname and the title; 'far' writes both
    # words, a sentence apart: too far to be the run's.
    assert names_found(archive, "高村首相") == ["whole", "named"]
    assert names_found(archive, "习近平主席") == ["chinese"]
    # The parts in the other order are no run of the query's.
    assert names_found(archive, "主席习近平") == []


def test_a_short_run_stays_whole(archive: Archive) -> None:
    # Three characters are one word or two joined: no place to split them apart.
    assert names_found(archive, "高村氏") == ["far"]


def test_a_not_leaves_out_the_run_as_written(archive: Archive) -> None:
    assert names_found(archive, "首相 NOT 高村首相") == ["named", "far"]
