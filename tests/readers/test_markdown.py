"""Markdown posts (app/readers/markdown.py), read through read_inputs and the JSON extractor."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.drafts import ArticleDraft, RawItem
from app.extract.jsonl import extract_json_article
from app.readers import read_inputs

_POST = """---
layout: post
title: 2025 January 02
date: 2025-01-02
author: [Ana Lima, Li Wei]
permalink: https://news.example.org/2025/01/02/
published: true
---

#### Armed conflicts and attacks

* [Syrian civil war](https://en.wikipedia.org/wiki/Syrian_civil_war "Syrian civil war")
  * Israeli warplanes carry out airstrikes near [Aleppo](https://en.wikipedia.org/wiki/Aleppo),
    Syria. [(Xinhua)](https://example.com/x)
"""


def _draft(path: Path) -> ArticleDraft:
    (item,) = list(read_inputs([str(path)]))
    assert isinstance(item, RawItem)
    return extract_json_article(item.content.decode())


def test_a_post_s_front_matter_and_its_blocks_as_words(tmp_path: Path) -> None:
    path = tmp_path / "2025-01-02-index.md"
    path.write_text(_POST)
    draft = _draft(path)
    assert draft.title == "2025 January 02"
    assert draft.published is not None
    assert draft.published.isoformat() == "2025-01-02"
    assert draft.byline == "Ana Lima, Li Wei"
    assert draft.url == "https://news.example.org/2025/01/02/"
    assert draft.paragraphs == [
        "Armed conflicts and attacks",
        "Syrian civil war",
        "Israeli warplanes carry out airstrikes near Aleppo, Syria. (Xinhua)",
    ]


def test_a_post_is_told_by_its_front_matter_without_its_name(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(_POST)
    assert _draft(path).title == "2025 January 02"


def test_without_front_matter_the_first_heading_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# Bridge opens\n\nThe bridge opened on *Friday*.\n\n## Traffic\n\nIt flows.\n")
    draft = _draft(path)
    assert draft.title == "Bridge opens"
    assert draft.paragraphs == ["The bridge opened on Friday.", "Traffic", "It flows."]


def test_front_matter_that_is_no_yaml_leaves_the_text(tmp_path: Path) -> None:
    path = tmp_path / "odd.md"
    path.write_text("---\ntitle: [unclosed\n---\n\n# Bridge opens\n\nText.\n")
    draft = _draft(path)
    assert draft.title == "Bridge opens"


@pytest.mark.parametrize(
    "front",
    [
        "title: T\nfoo: " + "[" * 600 + "]" * 600,  # nested past Python's recursion limit
        "title: T\na: &a [x, x, x]\nb: &b [*a, *a, *a]\nauthor: *b",  # aliases: refused
    ],
)
def test_front_matter_that_cannot_be_read_safely_is_left_unread(tmp_path: Path, front: str) -> None:
    path = tmp_path / "odd.md"
    path.write_text(f"---\n{front}\n---\n\n# Bridge opens\n\nThe bridge opened on Friday.\n")
    assert _draft(path).title == "Bridge opens"


def test_front_matter_values_stay_words(tmp_path: Path) -> None:
    path = tmp_path / "typed.md"
    path.write_text(
        "---\ntitle: 2024\ndate: 2025-13-45\nlang: no\nauthors:\n  - name: Jane Doe\n---\n\nText.\n"
    )
    draft = _draft(path)
    assert (draft.title, draft.language, draft.byline) == ("2024", "no", "Jane Doe")
    assert draft.published is None  # A day that never was: unknown, the post kept.


def test_a_readme_opening_with_a_badge_is_markdown(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text("[![Build](https://x/b.svg)](https://x)\n\n# Project news\n\nText.\n")
    assert _draft(path).title == "Project news"


def test_toml_front_matter_as_hugo_writes_it(tmp_path: Path) -> None:
    path = tmp_path / "talks.md"
    path.write_text(
        '+++\ntitle = "Talks resume in Geneva"\ndate = 2024-03-08T14:05:00+01:00\n'
        'authors = ["Jane Doe"]\ndraft = false\n+++\n\nNegotiators met again on Friday.\n'
    )
    draft = _draft(path)
    assert (draft.title, draft.byline) == ("Talks resume in Geneva", "Jane Doe")
    assert draft.published is not None
    assert draft.published.isoformat() == "2024-03-08T14:05:00+01:00"
    assert draft.paragraphs == ["Negotiators met again on Friday."]


def test_toml_front_matter_that_is_no_toml_leaves_the_text(tmp_path: Path) -> None:
    path = tmp_path / "odd.md"
    path.write_text('+++\ntitle = "unclosed\n+++\n\n# Bridge opens\n\nText.\n')
    assert _draft(path).title == "Bridge opens"


def test_a_code_block_is_kept_with_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "data.md"
    path.write_text("# Turnout by region\n\nThe counts:\n\n```\nNorth  61%\nSouth  58%\n```\n")
    assert _draft(path).paragraphs == ["The counts:", "North 61%", "South 58%"]
