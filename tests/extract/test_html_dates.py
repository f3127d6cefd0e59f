"""Publication dates of HTML pages (app/extract/html_dates.py)."""

from __future__ import annotations

import pytest

from app.extract.html_dates import publication_date
from tests.conftest import CORPORA


def _page(head: str = "", body: str = "<p>Text.</p>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_json_ld_keeps_time_and_offset() -> None:
    head = (
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",'
        ' "datePublished": "2023-08-06T09:28:00+03:00"}]}</script>'
    )
    found = publication_date(_page(head))
    assert found is not None
    assert found[0].isoformat() == "2023-08-06T09:28:00+03:00"
    assert found[1].place == "JSON-LD datePublished"


def test_meta_and_time_tags() -> None:
    meta = publication_date(
        _page('<meta property="article:published_time" content="2020-05-02T02:54:29Z">')
    )
    assert meta is not None
    assert meta[0].isoformat() == "2020-05-02T02:54:29+00:00"
    timed = publication_date(
        _page(body='<time itemprop="datePublished" datetime="2019-01-04">4 Jan</time>')
    )
    assert timed is not None
    assert timed[0].isoformat() == "2019-01-04"


def test_nothing_stated_is_none() -> None:
    assert publication_date(_page(body="<p>No date here at all.</p>")) is None
    assert publication_date("") is None


def test_never_after_the_capture_date() -> None:
    from datetime import datetime

    from app.moments import Moment

    page = _page(body="<p>Posted on 2031-05-01 by the editors.</p>")
    captured = Moment.day(datetime(2023, 8, 6))  # noqa: DTZ001
    found = publication_date(page, captured=captured)
    assert found is None or found[0].utc <= captured.utc


@pytest.mark.corpora
def test_mediacloud_dates_at_least_90_percent_right() -> None:
    if not (CORPORA / "htmldate_mediacloud_2020").exists():
        pytest.skip("../shared/corpora/htmldate_mediacloud_2020 is absent")
    from bench.eval_html_dates import mediacloud, share_right

    right, wrong, missing = share_right(mediacloud())
    assert right / (right + wrong + missing) >= 0.90


def _utc_stamped(stamp: str, body: str = "<p>Text.</p>") -> str:
    return _page(f'<meta property="article:published_time" content="{stamp}">', body)


@pytest.mark.parametrize(
    ("stamp", "url"),
    [
        ("2020-02-18T02:18:11Z", "https://example.com/2020/02/17/a-story"),
        # ISO 8601's basic form, as some sites' JSON-LD writes it; the day written whole.
        ("20200218T02:18:11Z", "https://example.com/news/20200217/a-story"),
    ],
)
def test_utc_stamp_takes_the_local_day_from_the_url(stamp: str, url: str) -> None:
    found = publication_date(_utc_stamped(stamp), url)
    assert found is not None
    assert found[0].local().date().isoformat() == "2020-02-17"


def test_url_day_too_far_from_the_stamp_is_a_filing_day() -> None:
    page = _utc_stamped("2020-07-09T10:04:04Z")
    found = publication_date(page, "https://example.com/politics/2020/07/08/a-story")
    assert found is not None
    assert found[0].local().date().isoformat() == "2020-07-09"


def test_utc_stamp_read_in_the_offset_the_page_uses_elsewhere() -> None:
    body = '<script>{"date":"Fri, 01 May 2020 23:00:00 -0400"}</script><p>Text.</p>'
    found = publication_date(_utc_stamped("2020-05-02T02:54:29.000Z", body))
    assert found is not None
    assert found[0].local().date().isoformat() == "2020-05-01"


def test_utc_stamp_read_in_the_zone_of_the_country_code_domain() -> None:
    page = _utc_stamped("2020-08-25T00:23:33.312Z")
    found = publication_date(page, "https://ici.example.ca/nouvelle/1728875")
    assert found is not None
    assert found[0].local().date().isoformat() == "2020-08-24"
    generic = publication_date(page, "https://example.com/nouvelle/1728875")
    assert generic is not None
    assert generic[0].local().date().isoformat() == "2020-08-25"


def test_one_digit_seconds_keep_the_offset() -> None:
    found = publication_date(_utc_stamped("2020-12-05T23:15:0Z"))
    assert found is not None
    assert found[0].isoformat() == "2020-12-05T23:15:00+00:00"


def test_a_utc_stamp_at_the_calendars_end_is_kept_as_stated() -> None:
    from datetime import datetime

    from app.drafts import Evidence
    from app.extract.utc_stamps import local_day
    from app.moments import Moment, Precision

    stamp = Moment(datetime(9999, 12, 31, 23, 0), 0, Precision.SECOND)  # noqa: DTZ001
    evidence = Evidence("meta", "9999-12-31T23:00:00Z")
    assert local_day(stamp, evidence, "https://example.de/2020/01/01/a", "") == (stamp, evidence)


@pytest.mark.parametrize(
    "body",
    [
        "<p>Market news of the day.</p><footer>&copy; 2016 aryanews.com</footer>",
        "<p>The archive since 2016 holds every story.</p>",
    ],
)
def test_a_year_alone_is_no_day(body: str) -> None:
    assert publication_date(_page(body=body)) is None


@pytest.mark.parametrize(
    "written", ["2016-01-01", "01.01.2016", "January 1, 2016", "1 janvier 2016", "1. Januar 2016"]
)
def test_new_years_day_written_as_a_day_is_kept(written: str) -> None:
    found = publication_date(_page(body=f"<p>Published {written}. The year began.</p>"))
    assert found is not None
    assert found[0].isoformat() == "2016-01-01"
