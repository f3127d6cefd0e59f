"""Lists set in an article's text: told by their items' shape and by the text announcing them."""

from __future__ import annotations

from app.extract import list_runs
from app.extract.textdump import extract_text_dump

_INTRO = "The band will play thirty dates across the country next summer, its first tour in years."
_DATES = [
    "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
    "June 10 -- Credit Union Amphitheatre, Tampa, FL",
    "June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA",
    "June 17 -- Bridgestone Arena, Nashville, TN",
]


def test_a_run_of_one_shape_under_a_colon_is_a_list() -> None:
    texts = [_INTRO, "The dates:", *_DATES, "FACEBOOK", "TWITTER"]
    assert list_runs.list_items(texts) == [False, False, True, True, True, True, False, False]


def test_a_run_under_a_heading_below_a_paragraph_is_a_list() -> None:
    texts = [_INTRO, "Tour dates", *_DATES]
    assert list_runs.list_items(texts) == [False, False, True, True, True, True]


def test_headlines_of_one_shape_the_text_does_not_announce_are_no_list() -> None:
    teasers = [
        "Story: The Real Risk of Pension Plans",
        "Story: The Hidden Risk in the World's Best Pension System",
        "Story: Pension Funds and Catastrophe Bonds",
    ]
    assert not any(list_runs.list_items([_INTRO, *teasers]))


def test_two_lines_of_one_shape_are_no_list() -> None:
    assert not any(list_runs.list_items([_INTRO, "The dates:", *_DATES[:2]]))


def test_an_article_that_ends_on_a_list_ends_on_its_last_item() -> None:
    body = [
        _INTRO,
        "Tickets go on sale on Friday at ten in the morning, the promoter said in a statement.",
        "The singer said the band had been in the studio and would play new songs on the tour.",
        "The band's 50th anniversary tour dates:",
    ]
    links = ["FACEBOOK", "TWITTER", "Related", "Band cancels its winter show", "Singer marries"]
    page = [" date 2019-11-20 The Daily Post - News Music", "Band announces a summer tour"]
    draft = extract_text_dump("\n".join([*page, *body, *_DATES, *links]) + "\n")
    assert draft.paragraphs[-len(_DATES) :] == _DATES
    assert not set(links) & set(draft.paragraphs)


def test_a_list_opening_just_below_the_reach_under_its_heading_is_taken_in() -> None:
    texts = [_INTRO, "Tour dates", *_DATES, "FACEBOOK"]
    assert list_runs.lists_through(texts, 0, 0) == len(_DATES) + 1  # Its last item.
    further = [_INTRO, "Share", "Tweet", "Tour dates", *_DATES]
    assert list_runs.lists_through(further, 0, 0) == 0  # Too far below to be the text's.


def test_a_run_under_a_footers_label_is_no_list_of_the_articles() -> None:
    related = [
        "Les intouchables : KPMG a caché l'argent de riches clients",
        "Les intouchables : l’affaire KPMG camouflée à Ottawa",
        "Affaire KPMG : des soirées cocktail payées par les comptables",
    ]
    assert not any(list_runs.list_items([_INTRO, "À lire aussi :", *related]))


_OFFERS = [
    "1) Lego Star Wars 75188 Bombardiere della Resistenza",
    "http://amzn.to/2iJFhRj",
    "2) Polistil 960574 Pista Elettrica Sorpasso",
    "http://amzn.to/2hZfWFJ",
    "3) Blade Runner The Final Cut (4K Ultra HD + Blu-Ray)",
    "http://amzn.to/2hWEIX7",
]


def test_an_items_bare_link_under_it_keeps_the_list_going() -> None:
    # The list runs through the links between items and ends on its last item: the gold text of
    # such a page (article_extraction_benchmark) ends on the item, not on the link below it.
    texts = [_INTRO, "Ecco allora le offerte da non lasciarsi sfuggire:", *_OFFERS, "Condividi"]
    assert list_runs.list_items(texts) == [False, False, *[True] * 5, False, False]
    assert list_runs.lists_through(texts, 1, 1) == len(_OFFERS)  # The last offer.


def test_links_alone_make_no_list() -> None:
    items = ["1) Lego Star Wars 75188", "http://amzn.to/2iJFhRj", "Condividi", "Seguici"]
    links = ["http://example.com/a", "http://example.com/b", "http://example.com/c"]
    assert not any(list_runs.list_items([_INTRO, "Links:", *items]))
    assert not any(list_runs.list_items([_INTRO, "Links:", *links]))
