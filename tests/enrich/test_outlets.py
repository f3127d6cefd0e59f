"""A followed feed's --country: the country of the outlet it names, and of no other."""

from __future__ import annotations

from app.enrich.outlets import Outlet, resolve_outlet, with_stated_country


def _outlet(page_says: str | None, feed_name: str | None, country: str | None) -> Outlet | None:
    """The outlet of a page from a feed, as enrich() derives it."""
    outlet = resolve_outlet(page_says or feed_name, "https://www.example-news.org/a")
    return with_stated_country(outlet, feed_name, country)


def test_the_feeds_country_is_its_outlets_when_nothing_else_is_known() -> None:
    assert _outlet(None, "Example News", "CL") == Outlet("Example News", "example-news.org", "CL")
    assert _outlet("Example News", "Example News", "CL") == Outlet(
        "Example News", "example-news.org", "CL"
    )
    # A feed title with a tagline names the same outlet.
    assert _outlet("Example News", "Example News - World", "CL").country == "CL"


def test_the_outlet_list_wins_over_the_feed() -> None:
    assert _outlet(None, "BBC News", "FR") == resolve_outlet("BBC News", None)
    assert _outlet("BBC", "BBC News", "FR").country == "GB"


def test_a_page_naming_another_outlet_keeps_its_own() -> None:
    assert _outlet("Wire Service", "Example News", "CL") == Outlet(
        "Wire Service", "example-news.org", None
    )


def test_without_a_feed_name_or_country_nothing_is_added() -> None:
    assert _outlet("Example News", None, "CL").country is None
    assert _outlet(None, "Example News", None).country is None
