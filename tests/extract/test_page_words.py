"""Words of page furniture that reads like text, in several languages."""

from __future__ import annotations

import pytest

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
    ],
)
def test_article_lines_are_not(line: str) -> None:
    assert not has_page_words(line)
