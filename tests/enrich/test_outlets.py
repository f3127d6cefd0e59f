"""A followed feed's --country: the country of the outlet it names, and of no other; a feed's
title read as the outlet's name."""

from __future__ import annotations

import unicodedata

from app.drafts import ArticleDraft
from app.enrich import enrich
from app.enrich.outlets import Outlet, resolve_outlet, with_stated_country, without_outlet_suffix


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


def test_a_stated_site_name_that_names_no_outlet_gives_way_to_the_domain() -> None:
    """Pages state copyright lines, addresses and their own titles as their site's name."""
    url = "https://www.example-news.org/2020/a"
    assert resolve_outlet("Copyright (c) Example Holdings 2015", url).name == "example-news.org"
    assert resolve_outlet("Example News ©", url).name == "example-news.org"
    assert resolve_outlet("Calle Mayor 1, 36320 Vigo. Tel. +34 986 81 46 00", url).name == (
        "example-news.org"
    )
    headline = "Parliament limits the president's powers before the inauguration"
    assert resolve_outlet(f"{headline} | World | Politics", url, headline).name == (
        "example-news.org"
    )
    tagline = "Example Agency (EA). All the news of the day, the freshest and the latest."
    assert resolve_outlet(tagline, url).name == "Example Agency (EA)"
    # Without an address there is nothing better to name it by.
    assert resolve_outlet("Copyright 2014 Example Holdings", None) is None
    assert resolve_outlet("Example News, 1 Main St. Phone: 555 0100", url).name == (
        "example-news.org"
    )


def test_a_stated_site_name_keeps_the_outlets_name_wherever_it_stands() -> None:
    url = "https://prtimes.example/main/html/rd/p/000000123.html"
    assert resolve_outlet("The number one press release service｜PR Times", url).name == "PR Times"
    headline = "Black Friday for the nostalgic: deals not to miss - Remember 80/90"
    name = "Remember 80/90 - Memorabilia"
    assert resolve_outlet(name, "https://www.remember8090.it/x", headline).name == "Remember 80/90"
    assert resolve_outlet("Yahoo", "https://uk.yahoo.com/", "Yahoo UK").name == "Yahoo"
    long_name = "El Sol de San Juan del Río"
    assert resolve_outlet(long_name, "https://www.elsoldesanjuandelrio.com.mx/x").name == long_name
    # A short headline ending with the name ('Clima | …') does not make the name a headline.
    url = "https://www.noticiasdenavarra.example/x"
    name = "Diario de Noticias de Navarra"
    assert resolve_outlet(name, url, f"Clima - {name}").name == name
    assert resolve_outlet(name, url, f"Osasuna gana | {name}").name == name
    # A name spelled like the domain is the name, whatever words it holds.
    assert resolve_outlet("Phone Arena", "https://www.phonearena.example/x").name == "Phone Arena"


def test_a_headline_loses_its_outlets_name_at_the_end() -> None:
    wired = Outlet("WIRED", "wired.com", None)
    assert without_outlet_suffix("How Butterflies Get Their Shine | WIRED", wired) == (
        "How Butterflies Get Their Shine"
    )
    youm7 = Outlet("اليوم السابع", "youm7.com", "EG")
    assert without_outlet_suffix("دراسة عن المياه الجوفية - اليوم السابع", youm7) == (
        "دراسة عن المياه الجوفية"
    )
    by_domain = Outlet("kesq.com", "kesq.com", None)
    assert without_outlet_suffix("Masks stay on downtown - kesq.com", by_domain) == (
        "Masks stay on downtown"
    )
    # Only the outlet's name at the very end, and only where a headline is left.
    assert without_outlet_suffix("WIRED - The Best of 2014", wired) == "WIRED - The Best of 2014"
    assert without_outlet_suffix("News | WIRED", wired) == "News | WIRED"
    assert without_outlet_suffix("Rewired", wired) == "Rewired"


def test_a_source_name_written_apart_from_its_accents_is_the_outlet() -> None:
    # A feed's title in decomposed form (NFD: 'e' and U+0301), as some systems write it.
    source = unicodedata.normalize("NFD", "Libération")
    title = "Grève des cheminots : le trafic très perturbé mardi - Libération"
    draft = ArticleDraft(title=title, paragraphs=["Le trafic sera très perturbé mardi."])
    enriched = enrich(draft, source_name=source)
    assert enriched.outlet is not None
    assert (enriched.outlet.name, enriched.outlet.country) == ("Libération", "FR")
    assert enriched.draft.title == "Grève des cheminots : le trafic très perturbé mardi"
