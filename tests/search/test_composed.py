"""A letter written apart from its accent (NFD) is the same letter, in articles and in queries
(app/extract: decode_text; app/search/query.py: parse_user_query)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest

from app.archive import Archive
from app.search import did_you_mean
from tests.search.small_archives import archive_of, names_found

ARTICLES = {
    "apart": (
        unicodedata.normalize("NFD", "Café owners in Montréal protest the new terrace rules"),
        unicodedata.normalize("NFD", "Café owners in Montréal say the rules cost them summer."),
    ),
    "together": (
        "Pelé's club honours him in São Paulo",
        "Santos honoured Pelé in São Paulo on Sunday with a minute of applause.",
    ),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    opened = archive_of(tmp_path_factory.mktemp("composed"), ARTICLES)
    yield opened
    opened.close()


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_either_form_of_a_query_finds_either_form_of_an_article(
    archive: Archive, form: str
) -> None:
    assert names_found(archive, unicodedata.normalize(form, "café Montréal")) == ["apart"]
    assert names_found(archive, unicodedata.normalize(form, "Pelé São")) == ["together"]


def test_did_you_mean_reads_a_query_written_apart(archive: Archive) -> None:
    for form in ("NFC", "NFD"):
        typed = unicodedata.normalize(form, "Montréall")
        assert did_you_mean(archive.index, typed) == "montreal", form
