"""RSS and Atom entries -> ArticleDraft (app/extract/feed.py)."""

from __future__ import annotations

import pytest

from app.extract.feed import extract_feed_entry

_ITEM = (
    "<item><title>Trump address promised unity</title>"
    "<link>https://news.example.org/a</link><description><![CDATA[{}]]></description></item>"
)


@pytest.mark.parametrize(
    "label",
    [
        '<span>Related: </span><a href="https://news.example.org/b">Fact check: the address</a>',
        'Leia também: <a href="https://news.example.org/b">Chuvas fecham o porto</a>',
        'Lire aussi : <a href="https://news.example.org/b">Le port fermé</a>',
    ],
)
def test_a_summary_ending_on_a_labelled_link_to_another_story_drops_it(label: str) -> None:
    summary = f"<p>The speech stirred applause.</p><p>Democrats showed contempt.</p><p>{label}</p>"
    draft = extract_feed_entry(_ITEM.format(summary))
    assert draft.paragraphs == ["The speech stirred applause.", "Democrats showed contempt."]


def test_a_related_link_inside_the_text_and_a_sentence_on_related_matters_stay() -> None:
    summary = (
        "<p>Related: the talks.</p><p>Officials said related cases were closed.</p>"
        "<p>Related to the war, prices rose by a third this year.</p>"
    )
    draft = extract_feed_entry(_ITEM.format(summary))
    assert draft.paragraphs[1:] == [
        "Officials said related cases were closed.",
        "Related to the war, prices rose by a third this year.",
    ]
