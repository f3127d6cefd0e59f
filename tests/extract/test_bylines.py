"""Bylines (app/extract/bylines.py)."""

from __future__ import annotations

import pytest

from app.extract.bylines import parse_byline


@pytest.mark.parametrize(
    ("line", "text", "agency"),
    [
        ("By REUTERS", "Reuters", "Reuters"),
        (
            "By Jane Doe and John Roe, Associated Press",
            "Jane Doe and John Roe, Associated Press",
            "Associated Press",
        ),
        ("Jane Doe | Reuters", "Jane Doe, Reuters", "Reuters"),
        ("By JANE DOE", "Jane Doe", None),
        ("by Sarah Perez", "Sarah Perez", None),
        (
            "BY HYUNG-JIN KIM AND KIM TONG-HYUNG, AP",
            "Hyung-Jin Kim and Kim Tong-Hyung, AP",
            "Associated Press",
        ),
        ("BY JANE DOE, REUTERS", "Jane Doe, Reuters", "Reuters"),
        ("Joe Hildebrand, Herald Sun", "Joe Hildebrand, Herald Sun", None),
        ("AFP", "AFP", "AFP"),
        # The word for 'by' in other languages, before a capitalised name.
        ("Von Markus Balser und Anna Schmidt", "Markus Balser und Anna Schmidt", None),
        ("Por Juan Gaona", "Juan Gaona", None),
        ("Par Cécile Ducourtieux, AFP", "Cécile Ducourtieux, AFP", "AFP"),
        ("Door Jan de Vries", "Jan de Vries", None),
    ],
)
def test_byline_forms(line: str, text: str, agency: str | None) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.text, byline.agency) == (text, agency)


@pytest.mark.parametrize(
    "line",
    [
        "North Korea's growing weapons arsenal",
        "By the way, this is a sentence that goes on and on.",
        "Share this article",
        "Jane Doe",  # A bare name could be anything: not taken as a byline.
        "Von der Leyen",  # 'Von' before a name's particle, not before a name.
        "Par ailleurs",
        "Por qué Madrid",
        "",
    ],
)
def test_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None
