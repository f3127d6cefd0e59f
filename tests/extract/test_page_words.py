"""Words of page furniture that reads like text, in several languages."""

from __future__ import annotations

import pytest

from app.extract import page_words
from app.extract.page_words import has_page_words


@pytest.mark.parametrize(
    "line",
    [
        "Set Your Location (Enter City and State or Zip Code)",
        "Media playback is unsupported on your device",
        "Need more space? Subscribe to our sister title for the latest news!",
        "Stay up to date with Ascom. Sign up for our newsletter.",
        "Suscríbete a nuestro boletín",
        "(Additional reporting by Jane Roe in Jakarta; Editing by John Doe)",
        "Подпишитесь на нашу рассылку",
        # A sponsor's report offered for download.
        "Download the free report on the future of harbour logistics",
        "This custom report helps planners compare port cranes.",
        "Free download courtesy of our partner",
    ],
)
def test_furniture_that_reads_like_text_is_told(line: str) -> None:
    assert has_page_words(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council approved the new bridge over the river on Friday after a long debate.",
        "Taliban say they freed US, Australian hostages for 3 terrorist figures",
        "Der Rat hat die neue Brücke am Freitag nach langer Debatte gebilligt.",
        "The board will put the harbour report up for download next week.",
    ],
)
def test_article_lines_are_not(line: str) -> None:
    assert not has_page_words(line)


def test_the_outlets_name_is_squeezed_to_what_a_note_would_print() -> None:
    assert page_words.outlet_key("The Motley Fool") == "motleyfool"
    assert page_words.outlet_key("Snopes.com") == "snopes"
    assert page_words.outlet_key("Express.co.uk") == "express"
    assert page_words.outlet_key("RT") == ""  # Too short to find inside other words.
    assert page_words.outlet_key(None) == ""


def test_a_line_naming_the_outlet_is_told() -> None:
    key = page_words.outlet_key("The Motley Fool")
    assert page_words.names_outlet("Try any of The Motley Fool's newsletters free.", key)
    assert not page_words.names_outlet("Shares of the fund fell 3 percent on Monday.", key)
    assert not page_words.names_outlet("Any line at all.", "")
