"""JSON Feed 1.0 and 1.1: items listed with their own JSON, one item read as an article."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.drafts import ExtractionError, RawItem
from app.extract import extract
from app.extract.json_feed import extract_json_feed_item, json_feed_items

FEED_1_1 = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Example News",
    "items": [
        {
            "id": "https://news.example.org/a",
            "url": "https://news.example.org/a",
            "title": "Floods close the  port of Valparaíso",
            "content_html": "<p>Heavy rain flooded the port.</p><p>Ships waited offshore.</p>",
            "summary": "Rain.",
            "date_published": "2024-05-14T08:30:00+02:00",
            "authors": [{"name": "Ana Pérez"}, {"name": "Li Wei"}],
            "_custom": {"kept": True},
        },
        {"url": "https://news.example.org/no-id", "title": "No id: not an item"},
        {"id": 42, "url": "https://news.example.org/b", "summary": "Only a summary."},
    ],
}


def _item(**fields: object) -> str:
    return json.dumps({"id": "x", **fields})


def test_items_are_listed_with_their_own_json() -> None:
    items = json_feed_items(json.dumps(FEED_1_1).encode(), 100)
    assert [item.id for item, _ in items] == ["https://news.example.org/a", "42"]
    first = json.loads(items[0][1])
    assert first["_custom"] == {"kept": True}  # The item as the feed gave it.


@pytest.mark.parametrize(
    "content",
    [b"[]", b'{"version": "https://example.org/v1", "items": []}', b"{broken", b"\xff{"],
)
def test_what_is_not_a_json_feed_says_so(content: bytes) -> None:
    with pytest.raises(ValueError, match="JSON"):
        json_feed_items(content, 100)


def test_an_item_with_content_is_the_article() -> None:
    items = json_feed_items(json.dumps(FEED_1_1).encode(), 100)
    draft = extract_json_feed_item(items[0][1].decode())
    assert draft.title == "Floods close the port of Valparaíso"
    assert draft.paragraphs == ["Heavy rain flooded the port.", "Ships waited offshore."]
    assert not draft.summary_only
    assert draft.byline == "Ana Pérez, Li Wei"
    assert draft.url == "https://news.example.org/a"
    assert draft.published is not None
    assert draft.published.isoformat() == "2024-05-14T08:30:00+02:00"
    assert draft.evidence["body"].place == "JSON Feed content"


def test_an_item_with_a_summary_only_is_marked_so() -> None:
    draft = extract_json_feed_item(_item(summary="Only a summary.", author={"name": "Bo"}))
    assert (draft.paragraphs, draft.summary_only, draft.byline) == (["Only a summary."], True, "Bo")
    repeated = extract_json_feed_item(_item(summary="Same.", content_text="Same."))
    assert repeated.summary_only


def test_an_item_is_read_through_the_feed_extractor() -> None:
    content = _item(title="Hi", content_text="One.\n\nTwo.").encode()
    draft = extract(RawItem(content, "feed.json", "feed", "application/feed+json"))
    assert draft.paragraphs == ["One.", "Two."]


FIELDS = ["id", "url", "title", "content_html", "content_text", "summary", "date_published"]
VALUES = st.one_of(st.text(max_size=80), st.integers(), st.none(), st.lists(st.text(max_size=5)))


@given(
    st.one_of(
        st.text(max_size=300), st.dictionaries(st.sampled_from(FIELDS), VALUES).map(json.dumps)
    )
)
def test_no_input_breaks_the_reader(text: str) -> None:
    """Any text gives a draft or an ExtractionError, nothing else."""
    try:
        draft = extract_json_feed_item(text)
    except ExtractionError:
        return
    assert draft.title or draft.paragraphs


def test_a_summary_ending_on_a_related_link_drops_it() -> None:
    item = {"id": "a", "title": "T", "summary": "Rain closed the port.\n\nRelated: Floods in May"}
    draft = extract_json_feed_item(json.dumps(item))
    assert draft.paragraphs == ["Rain closed the port."]
