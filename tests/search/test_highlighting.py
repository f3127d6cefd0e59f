"""Every query word is highlighted whatever field it matched: a word in no title too (issue 22;
Whoosh's existing_terms over a tree kept the first leaf's field only)."""

from __future__ import annotations

import json
from pathlib import Path

from app.archive import Archive
from app.archive.ingest import ingest_paths
from app.present.results import find_articles
from app.search import SearchRequest
from tests.web.explore_corpus import write_corpus


def test_a_word_found_only_in_bodies_is_highlighted(archive: Archive, tmp_path: Path) -> None:
    ingest_paths(archive, [str(write_corpus(tmp_path))])
    with archive.sessions() as session:
        page = find_articles(session, archive.index, SearchRequest("Russia weapons"))
    assert not any("weapon" in (item.article.title or "").lower() for item in page.items)
    assert "weapon" in page.results.highlight_terms
    snippet = str(page.items[0].snippet)
    assert "<mark>weapons</mark>" in snippet
    assert "<mark>Russia</mark>" in snippet


def test_an_arabic_plural_found_by_its_singular_is_marked(archive: Archive, tmp_path: Path) -> None:
    # 'قرية' (a village) finds 'القرى' (the villages) through the listed singular's term; the
    # plural shares no prefix with it, and is still the word the snippet marks.
    body = (
        "جرفت السيول عددا من القرى في المنطقة الجبلية بعد أمطار غزيرة هطلت طوال الليل، وقالت"
        " السلطات إن فرق الإنقاذ تعمل على فتح الطرق."
    )
    path = tmp_path / "ar.jsonl"
    path.write_text(
        json.dumps({"title": "سيول تعزل مناطق جبلية", "body": body}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    ingest_paths(archive, [str(path)])
    with archive.sessions() as session:
        page = find_articles(session, archive.index, SearchRequest("قرية"))
        snippets = [str(item.snippet) for item in page.items]
    assert any("<mark>القرى</mark>" in snippet for snippet in snippets), snippets
