"""JSON article objects -> ArticleDraft (app/extract/jsonl.py)."""

from __future__ import annotations

import json

import pytest

from app.drafts import ExtractionError
from app.extract.jsonl import extract_json_article
from app.extract.printed_dates import parse_date_line
from app.settings import DEMO_CORPUS


def test_all_fields() -> None:
    draft = extract_json_article(
        json.dumps(
            {
                "id": "wire-42",
                "title": "Talks resume",
                "body": "First paragraph.\n\nSecond paragraph.",
                "url": "https://example.org/talks",
                "published_at": "2023-08-06T09:28:00+03:00",
                "captured_at": "2023-08-07",
                "source": {"name": "Example Times"},
                "byline": "Jane Doe",
                "language": "en",
            }
        )
    )
    assert draft.title == "Talks resume"
    assert draft.paragraphs == ["First paragraph.", "Second paragraph."]
    assert draft.external_id == "wire-42"
    assert draft.outlet == "Example Times"
    assert draft.published is not None
    assert draft.published.isoformat() == "2023-08-06T09:28:00+03:00"
    assert draft.captured is not None
    assert draft.captured.isoformat() == "2023-08-07"
    assert draft.evidence["title"].place == "JSON field 'title'"


def test_text_instead_of_body_and_a_leading_dateline() -> None:
    draft = extract_json_article(
        json.dumps({"title": "T", "text": "Friday, January 4, 2019\n\n\nThe story itself."})
    )
    assert draft.paragraphs == ["The story itself."]
    assert draft.published is not None
    assert draft.published.isoformat() == "2019-01-04"


def test_a_dateline_ended_by_one_line_break_leaves_the_text() -> None:
    body = "Friday, March 29, 2019\u00a0\nToronto Comicon returned.\n\n\nMore text."
    draft = extract_json_article(json.dumps({"title": "T", "body": body}))
    assert draft.paragraphs == ["Toronto Comicon returned.", "More text."]
    assert draft.published is not None
    assert draft.published.isoformat() == "2019-03-29"


def test_banners_above_a_dateline_are_not_text() -> None:
    body = (
        "This article requires pre-publication review by an uninvolved reviewer.\n\n\n"
        "-Article last amended: Mar 5 at 12:05:19 UTC (history)Please check the talk page.\n\n\n"
        "Tuesday, November 17, 2020\u00a0\n\n\nOn November 16, GitHub re-enabled access."
    )
    record = {"title": "T", "body": body, "published_at": "2020-11-17"}
    draft = extract_json_article(json.dumps(record))
    assert draft.paragraphs == ["On November 16, GitHub re-enabled access."]
    assert "pre-publication review" in draft.evidence["body"].text
    assert draft.evidence["published_at"].place == "JSON field 'published_at'"


def test_a_dateline_that_disagrees_with_the_stated_date_stays_in_the_text() -> None:
    body = "Friday, January 4, 2019\n\nThe story itself."
    record = {"title": "T", "body": body, "published_at": "2019-02-01"}
    draft = extract_json_article(json.dumps(record))
    assert draft.paragraphs == ["Friday, January 4, 2019", "The story itself."]
    assert draft.published is not None
    assert draft.published.isoformat() == "2019-02-01"


def test_a_date_below_a_long_paragraph_is_not_a_dateline() -> None:
    lead = " ".join(["The minister spoke at length about the budget and the war."] * 5)
    body = f"{lead}\n\nFriday, January 4, 2019\n\nMore text."
    draft = extract_json_article(json.dumps({"title": "T", "body": body}))
    assert draft.paragraphs[0] == lead
    assert draft.published is None


def test_unreadable_date_is_unknown_and_kept_as_evidence() -> None:
    draft = extract_json_article(json.dumps({"title": "T", "body": "B.", "published_at": "soon"}))
    assert draft.published is None
    assert draft.evidence["published_at"].text == "soon"
    assert "not a date" in draft.evidence["published_at"].place


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1709906700, "2024-03-08T14:05:00+00:00"),  # a Unix time in seconds
        (1709906700123, "2024-03-08T14:05:00+00:00"),  # in milliseconds
        ("2024/03/08 14:05", "2024-03-08T14:05"),
        ("20240308T140500Z", "2024-03-08T14:05:00+00:00"),
    ],
)
def test_dates_as_data_sets_store_them(value: object, expected: str) -> None:
    record = {"title": "T", "body": "B.", "published_at": value}
    draft = extract_json_article(json.dumps(record))
    assert draft.published is not None
    assert draft.published.isoformat() == expected


@pytest.mark.parametrize("value", [True, 3.5, {"date": "2024-03-08"}, [2024, 3, 8]])
def test_a_date_of_another_kind_is_unknown_and_kept_as_evidence(value: object) -> None:
    draft = extract_json_article(json.dumps({"title": "T", "body": "B.", "published_at": value}))
    assert draft.published is None
    assert "not a date" in draft.evidence["published_at"].place
    assert draft.evidence["published_at"].text == json.dumps(value)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"title": "T"', "not valid JSON"),
        ("[1, 2]", "JSON object is expected"),
        ('{"body": "text"}', "'title'"),
        ('{"title": "T", "body": "   "}', "'body'"),
    ],
)
def test_bad_objects_say_why(line: str, reason: str) -> None:
    with pytest.raises(ExtractionError, match=reason):
        extract_json_article(line)


def test_no_demo_article_opens_on_a_dateline_or_a_banner_and_its_date_is_the_stated_one() -> None:
    for line in DEMO_CORPUS.read_text(encoding="utf-8").splitlines():
        draft = extract_json_article(line)
        assert parse_date_line(draft.paragraphs[0]) is None, draft.paragraphs[0]
        assert "review" not in draft.paragraphs[0], draft.paragraphs[0]
        assert draft.published is not None
        assert draft.published.isoformat() == json.loads(line)["published_at"]


def test_a_kaggle_style_line_with_a_headline_and_a_short_description() -> None:
    # The HuffPost news set's shape: no 'title' nor 'body', other names for both.
    record = {
        "link": "https://www.example.com/entry/boosters",
        "headline": "Millions Roll Up Sleeves For New Boosters",
        "category": "U.S. NEWS",
        "short_description": "Health experts said it is too early to predict demand.",
        "authors": "Carla K. Johnson, AP",
        "date": "2022-09-23",
    }
    draft = extract_json_article(json.dumps(record))
    assert draft.title == record["headline"]
    assert draft.paragraphs == [record["short_description"]]
    assert draft.summary_only  # Only a summary: marked so.
    assert draft.url == record["link"]
    assert draft.byline == "Carla K. Johnson, AP"
    assert draft.published is not None
    assert draft.published.isoformat() == "2022-09-23"
    assert draft.evidence["title"].place == "JSON field 'headline'"


def test_a_newsapi_article_cut_short_is_a_summary() -> None:
    record = {
        "source": {"id": None, "name": "BBC News"},
        "author": "BBC News",
        "title": "Leaders meet in California",
        "url": "https://www.example.co.uk/news/1",
        "publishedAt": "2023-11-15T20:12:00Z",
        "content": "The two leaders met in California on Wednesday… [+2345 chars]",
    }
    draft = extract_json_article(json.dumps(record))
    assert draft.outlet == "BBC News"
    assert draft.paragraphs == ["The two leaders met in California on Wednesday…"]
    assert draft.summary_only
    assert draft.published is not None
    assert draft.published.isoformat() == "2023-11-15T20:12:00+00:00"


def test_a_news_please_article_with_its_authors_listed() -> None:
    record = {
        "title": "Probe launched",
        "maintext": "The probe was launched on Monday.",
        "date_publish": "2019-11-18 20:51:19",
        "date_download": "2019-11-19 01:00:00",
        "source_domain": "space.example.com",
        "authors": ["Mike Wall", "Tariq Malik"],
    }
    draft = extract_json_article(json.dumps(record))
    assert draft.byline == "Mike Wall, Tariq Malik"
    assert draft.outlet == "space.example.com"
    assert not draft.summary_only
    assert draft.captured is not None
    assert draft.captured.isoformat() == "2019-11-19T01:00:00"


def test_a_missing_title_says_which_names_were_looked_for_and_what_is_there() -> None:
    with pytest.raises(ExtractionError, match=r"'title' or 'headline'.*'name', 'story'"):
        extract_json_article(json.dumps({"name": "x", "story": "y"}))


def test_a_guardian_api_result_with_its_text_under_fields() -> None:
    record = {
        "id": "world/2024/mar/08/bridge",
        "webPublicationDate": "2024-03-08T09:15:00Z",
        "webTitle": "Bridge opens",
        "webUrl": "https://www.example.com/world/2024/mar/08/bridge",
        "fields": {"byline": "Anna Smith", "bodyText": "The bridge opened on Friday."},
    }
    draft = extract_json_article(json.dumps(record))
    assert (draft.title, draft.byline) == ("Bridge opens", "Anna Smith")
    assert draft.paragraphs == ["The bridge opened on Friday."]
    assert draft.url == record["webUrl"]
    assert draft.published is not None
    assert draft.published.isoformat() == "2024-03-08T09:15:00+00:00"
