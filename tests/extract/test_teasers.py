"""Runs of other stories' teasers after an article (app/extract/teasers.py)."""

from __future__ import annotations

from app.extract import teasers
from app.extract.body_lines import Lines
from app.extract.textdump import extract_text_dump

_TEXT = [
    "The council approved the new bridge on Friday after a long debate about its cost to the town.",
    "Work starts in the spring and should end within two years, the council said in a statement.",
    "Residents who opposed the plan said they would appeal the decision in the courts next month.",
]
_TEASERS = [
    "Digital Life",
    "Uber loses its case against the taxi dispatchers",
    "The ride-hailing firm's claim against a Vienna taxi centre was thrown out by the court.",
    "B2B",
    "Waymo asks carmakers for money",
    "The Google sister company is looking for investors among the makers of cars for its fleet.",
    "B2B",
    "Lyft raises billions in its market debut",
    "The US firm took in nearly 2.3 billion dollars, valuing it at 24 billion dollars in all.",
]


def test_a_run_of_teasers_is_found_and_the_text_is_not() -> None:
    inside = teasers.in_teasers(Lines.of([*_TEXT, *_TEASERS], lists=True)).tolist()
    assert inside == [False] * len(_TEXT) + [True] * len(_TEASERS)


def test_a_gallery_of_captioned_pictures_is_no_run_of_teasers() -> None:
    gallery = []
    for number in range(1, 4):
        gallery += [
            f"Image {number} of 3",
            "An artist's concept of the lander that will carry the instruments to the surface.",
            "(Image credit: Blue Origin)",
        ]
    assert not teasers.in_teasers(Lines.of([*_TEXT, *gallery], lists=True)).any()


def test_the_text_ends_before_other_stories_teasers() -> None:
    head = [" date 2019-05-08 The Daily Post - News Sport", "Council approves the new bridge"]
    page = "\n\n".join([*head, *_TEXT, *_TEASERS]) + "\n"
    assert extract_text_dump(page).paragraphs[-1] == _TEXT[-1]
