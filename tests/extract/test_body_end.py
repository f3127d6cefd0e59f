"""Where the article's text ends: the learned score over its paragraphs, and the shortcut."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.extract import body_end
from app.extract.body_lines import Lines
from app.extract.textdump import extract_text_dump, rule_body

_FIXTURES = [
    path
    for path in sorted((Path(__file__).parents[1] / "fixtures" / "dumps").glob("*.txt"))
    if path.read_text(encoding="utf-8", errors="replace").strip()  # An empty dump has no body.
]
_PARAGRAPHS = [
    "The council approved the new bridge over the river on Friday after a long and bitter debate.",
    "It will cost the town more than any project it has built since the war ended, officials said.",
    "Work starts in the spring and should end within two years, the council said in a statement.",
    "Residents who opposed the plan said they would take the council to court over the decision.",
    "The mayor said the bridge would cut the drive to the hospital across the river by half.",
    "Engineers will close the old ferry landing once the bridge opens to traffic next year.",
]
_LINKS = [
    "Related",
    "Storm closes the coast road for a second day",
    "Mayor opens the new library",
    "Council votes on the budget",
    "School board names a new head",
    "Police appeal for witnesses after crash",
    "Football club sacks its manager",
    "Museum reopens after repairs",
    "Market returns to the square",
    "Rail line shut for the weekend",
]


def _every_score(text: str) -> int | None:
    """The last paragraph found the slow way: every candidate scored in full."""
    texts, rule_end, spaced, title, outlet = rule_body(text)
    if rule_end is None:
        return None
    lines = Lines.of(body_end.in_reach(texts, rule_end), lists=True, spaced=spaced)
    if not lines.paragraph[rule_end]:
        return rule_end
    cands, matrix = body_end.feature_matrix(lines, rule_end, title, outlet)
    return int(cands[int(np.argmax(matrix @ np.concatenate(body_end.weights())))])


def _chosen(text: str) -> int | None:
    texts, rule_end, spaced, title, outlet = rule_body(text)
    if rule_end is None:
        return None
    return body_end.last_paragraph(texts, rule_end, title, outlet, spaced)


@pytest.mark.parametrize("path", _FIXTURES, ids=lambda p: p.name)
def test_the_shortcut_finds_the_best_scored_paragraph(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    assert _chosen(text) == _every_score(text)


def _page(*blocks: list[str]) -> str:
    head = [" date 2019-11-20 The Daily Post - News Sport", "Council approves the new bridge"]
    return "\n".join(head + [line for block in blocks for line in block]) + "\n"


def test_the_text_goes_on_below_a_box_of_links_the_rules_stop_at() -> None:
    later = [paragraph.replace("council", "committee") for paragraph in _PARAGRAPHS]
    text = _page(_PARAGRAPHS[:2], _LINKS[:9], _PARAGRAPHS[2:], later, _LINKS)
    assert rule_body(text)[1] == 1  # The rules end the text at the box.
    draft = extract_text_dump(text)
    assert draft.paragraphs[-1] == later[-1]
    assert not set(_LINKS) & set(draft.paragraphs)


def test_the_reach_takes_in_a_short_last_paragraph_below_the_prose() -> None:
    sign_off = "That is all the council would say."
    texts = [*_PARAGRAPHS[:2], *_LINKS, *_LINKS, *_PARAGRAPHS[2:], "The next steps", sign_off]
    texts += ["Share on Facebook", "Mayor opens the new library", *_LINKS[1:5]]
    reach = body_end.in_reach(texts, 1)
    assert reach[-1] == sign_off  # A short paragraph, two lines below the last long one,
    assert "Share on Facebook" not in reach  # and nothing past it.


def test_readers_comments_are_told_by_their_headers() -> None:
    texts = [
        _PARAGRAPHS[0],
        "Milan Griffes on September 12, 2018 at 4:47 pm said:",
        "Any update on how the follow-up paper will affect the recommendation?",
        "Report this Comment On December 23, 2014, at 10:07 PM, argusdc wrote:",
        "The mayor said:",  # A quote announced in the text is no comment.
    ]
    assert Lines.of(texts).comment.tolist() == [False, True, False, True, False]


def test_a_line_too_short_to_carry_the_story_on_is_no_prose() -> None:
    pitch = "Get updates in your inbox."
    lines = Lines.of([_PARAGRAPHS[0], pitch, _PARAGRAPHS[1]])
    assert lines.paragraph.tolist() == [True, True, True]  # It may still be the last paragraph,
    assert lines.prose[1] == 0  # but is no text going on below the one above it.
    assert lines.prose[[0, 2]].tolist() == lines.words[[0, 2]].tolist()


@pytest.mark.parametrize("sign_off", ["Thanks Junior!", "More coming soon!", "Got it? Good."])
def test_a_sign_off_set_apart_may_end_the_text(sign_off: str) -> None:
    texts = [_PARAGRAPHS[0], sign_off, "Share", "Tags: politics"]
    spaced = [True, True, False, False]
    assert Lines.of(texts, lists=True, spaced=spaced).candidates().tolist() == [0, 1]
    # Not for the start (the text never opens on one), nor run into the line above it, nor
    # where it is not known which lines are set apart.
    assert Lines.of(texts, spaced=spaced).candidates().tolist() == [0]
    run_on = Lines.of(texts, lists=True, spaced=[True, False, False, False])
    assert run_on.candidates().tolist() == [0]
    assert Lines.of(texts, lists=True).candidates().tolist() == [0]


@pytest.mark.parametrize(
    "line",
    [
        "Click here now!",  # A prompt,
        "Share this!",
        "Read more.",
        "Listen to article.",  # a label or a credit, on a full stop,
        "Image via Shutterstock.",
        "Reuters contributed.",
        "Updated 2 hours ago!",  # a stamp,
        "Photo: Getty Images!",  # a caption,
        "By Jane Roe!",  # a byline,
        "Thanks!",  # one word,
        "Thanks Junior",  # no sentence's end.
    ],
)
def test_a_label_is_no_sign_off(line: str) -> None:
    texts = [_PARAGRAPHS[0], line]
    assert not Lines.of(texts, lists=True, spaced=[True, True]).item[1]


def test_a_longer_closing_line_is_a_paragraph_not_a_sign_off() -> None:
    texts = [_PARAGRAPHS[0], "Thanks a lot, everyone, for reading!"]
    lines = Lines.of(texts, lists=True, spaced=[True, True])
    assert lines.candidates().tolist() == [0, 1]
    assert not lines.item[1]


def test_a_credit_as_long_as_a_paragraph_is_no_prose() -> None:
    credit = "This article originally appeared at The Aviationist and is republished with leave."
    lines = Lines.of([_PARAGRAPHS[0], credit])
    assert lines.paragraph.tolist() == [True, True]
    assert lines.prose.tolist() == [lines.words[0], 0]


def test_a_paragraph_cut_short_reads_as_a_teaser() -> None:
    teaser = "Storm closes the coast road for a second day as the council warns drivers to keep …"
    texts, rule_end, _, title, outlet = rule_body(_page(_PARAGRAPHS, [teaser], _LINKS))
    lines = Lines.of(body_end.in_reach(texts, rule_end), lists=True)
    cands, matrix = body_end.feature_matrix(lines, rule_end, title, outlet)
    cut = matrix[:, body_end.FEATURES.index("cut_short")]
    assert [lines.texts[int(at)] for at in cands[cut == 1]] == [teaser]


def test_the_text_does_not_end_on_a_labelled_link_to_another_story() -> None:
    links = [f"Related article: {headline}?" for headline in _LINKS[1:5]]
    draft = extract_text_dump(_page(_PARAGRAPHS, links, ["Add a comment"]))
    assert draft.paragraphs[-1] == _PARAGRAPHS[-1]
