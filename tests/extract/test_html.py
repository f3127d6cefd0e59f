"""HTML pages through trafilatura (app/extract/html.py): the fields read from its metadata."""

from __future__ import annotations

import pytest

from app.drafts import RawItem
from app.extract import extract

_TEXT = "The council met on Monday and voted on the budget for the coming year. " * 6


def _page(credit: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Council votes on budget</title></head><body>'
        f"<article><h1>Council votes on budget</h1>{credit}<p>{_TEXT}</p></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ('<span class="submitted-by">By Jane Doe</span>', "Jane Doe"),
        # Drupal's default line, which trafilatura reads as the author 'Submitted'.
        ('<span class="submitted-by">Submitted on Mon, 2019-01-21 13:49</span>', None),
    ],
)
def test_a_templates_label_is_no_byline(credit: str, byline: str | None) -> None:
    draft = extract(RawItem(_page(credit), "page.html", "html", "text/html"))
    assert draft.byline == byline


def test_what_closes_the_page_after_the_text_is_left_out() -> None:
    closing = (
        "<p>Follow us on Twitter and Facebook.</p>"
        "<p>© 2024 Harbour Times. Alle Rechte vorbehalten.</p>"
    )
    page = _page("").replace(b"</article>", closing.encode() + b"</article>")
    draft = extract(RawItem(page, "page.html", "html", "text/html"))
    assert draft.paragraphs[-1].startswith("The council met on Monday")
    assert not any("Twitter" in p or "Rechte" in p for p in draft.paragraphs)


def test_a_list_of_other_stories_cut_short_ends_the_text() -> None:
    teasers = "".join(
        f"<p>Story {n}: the harbour board met again on Monday to discuss the plan for…</p>"
        for n in range(3)
    )
    page = _page("").replace(b"</article>", teasers.encode() + b"</article>")
    draft = extract(RawItem(page, "page.html", "html", "text/html"))
    assert len(draft.paragraphs) == 1
    assert draft.paragraphs[0].startswith("The council met on Monday")


def test_lines_of_dialogue_cut_short_inside_the_text_do_not_end_it() -> None:
    dialogue = "".join(f"<p>“We will see…” said speaker number {n}…</p>" for n in range(3))
    after = "<p>The council then voted on the budget and approved it by a wide margin.</p>"
    page = _page("").replace(b"</article>", (dialogue + after).encode() + b"</article>")
    draft = extract(RawItem(page, "page.html", "html", "text/html"))
    assert draft.paragraphs[-1].startswith("The council then voted")
