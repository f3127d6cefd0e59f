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
