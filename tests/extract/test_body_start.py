"""Where the text starts: the learned score over the first paragraphs, and the shortcut."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.extract import body_start
from app.extract.body_lines import Lines
from app.extract.textdump import extract_text_dump, rule_start

_FIXTURES = [
    path
    for path in sorted((Path(__file__).parents[1] / "fixtures" / "dumps").glob("*.txt"))
    if path.read_text(encoding="utf-8", errors="replace").strip()  # An empty dump has no body.
]
_TEXT = [
    "RIVERTON, Ohio — The council approved the new bridge over the river on Friday after a long"
    " and bitter debate.",
    "It will cost the town more than any project it has built since the war ended, officials said.",
    "Work starts in the spring and should end within two years, the council said in a statement.",
]


def _every_score(text: str) -> int | None:
    """The first paragraph found the slow way: every candidate scored in full."""
    texts, start, spaced, title = rule_start(text)
    if start is None:
        return None
    lines = Lines.of(body_start.in_reach(texts, start), spaced=spaced)
    if not lines.paragraph[start]:
        return start
    cands, matrix = body_start.feature_matrix(lines, start, title)
    return int(cands[int(np.argmax(matrix @ np.concatenate(body_start.weights())))])


@pytest.mark.parametrize("path", _FIXTURES, ids=lambda p: p.name)
def test_the_shortcut_finds_the_best_scored_paragraph(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    texts, start, spaced, title = rule_start(text)
    chosen = None if start is None else body_start.first_paragraph(texts, start, title, spaced)
    assert chosen == _every_score(text)


def test_a_teaser_over_a_dateline_led_text_is_not_its_first_paragraph() -> None:
    teaser = "Storm closes the coast road. These photos show the damage."
    head = [" date 2019-11-20 The Daily Post - News Sport", "Council approves the new bridge"]
    text = "\n".join([*head, teaser, *_TEXT]) + "\n"
    texts, start, *_ = rule_start(text)
    assert start is not None
    assert texts[start] == teaser  # The rules start at the teaser.
    assert extract_text_dump(text).paragraphs[0] == _TEXT[0]


def test_a_box_of_key_points_over_the_text_is_not_its_first_paragraph() -> None:
    points = ["Highlights", "Residents who opposed the plan say they will take it to court."]
    text_lines = [_TEXT[0].removeprefix("RIVERTON, Ohio — "), *_TEXT[1:]]
    head = [" date 2019-11-20 The Daily Post - News Sport", "Council approves the new bridge"]
    # A browser's text: the box's items run on, the text's paragraphs are set apart.
    text = "\n".join([*head, *points, "", "\n\n".join(text_lines)]) + "\n"
    texts, start, *_ = rule_start(text)
    assert start is not None
    assert texts[start] == points[1]  # The rules start at the box.
    assert extract_text_dump(text).paragraphs[0] == text_lines[0]


@pytest.mark.parametrize(
    "leads",
    [
        pytest.param(
            [
                "Washington, DC, United States: Getting to the Moon, while not easy, has been"
                " done before.",
                "Dekalb, Ill. — Mike Glass threw for three touchdowns and ran for another on"
                " Saturday.",
                "Update: the council met again on Friday and approved the plan, officials said"
                " later.",
            ],
            id="mixed-case dateline",
        ),
        pytest.param(
            [
                "(CNN) -- The Pennsylvania official was just talking about one area, but he"
                " summed it up.",
                "Hong Kong (CNN Business)A muddled view of trade talks once again weighs on the"
                " stocks.",
                "The World Health Organisation (WHO) said on Friday that the outbreak was under"
                " control.",
            ],
            id="agency in brackets",
        ),
        pytest.param(
            [
                "МОСКВА, 5 марта. /ТАСС/. Президент подписал указ о новых мерах поддержки семей.",
                "КИЇВ — Уряд затвердив новий план відновлення енергетики, повідомили у"
                " міністерстві.",
                "Москва — это город, где в пятницу открылась новая станция метро, сообщили власти.",
            ],
            id="Cyrillic capitals",
        ),
    ],
)
def test_a_dateline_is_read_as_one(leads: list[str]) -> None:
    """The first two leads open with a dateline; the third, shaped like one, does not."""
    head = [" date 2019-11-20 The Daily Post - News Sport", "Council approves the new bridge"]
    texts, start, spaced, title = rule_start("\n".join([*head, *leads, *_TEXT]) + "\n")
    assert start is not None
    cands, matrix = body_start.feature_matrix(Lines.of(texts, spaced=spaced), start, title)
    dateline = matrix[:, body_start.FEATURES.index("dateline")]
    assert [texts[int(i)] for i in cands[:3]] == leads
    assert list(dateline[:3]) == [1.0, 1.0, 0.0]


def test_a_blank_line_above_a_paragraph_is_read() -> None:
    """A browser's text sets a `<p>` apart with blank lines; a standfirst's block often not."""
    standfirst = "The vote ends a decade of argument about how the town should cross the river."
    head = [" date 2019-11-20 The Daily Post - News Sport", "Council approves the new bridge"]
    page = "\n".join([*head, "© Photo: Jane Roe", standfirst, "", "\n\n".join(_TEXT)]) + "\n"
    texts, start, spaced, title = rule_start(page)
    assert start is not None
    cands, matrix = body_start.feature_matrix(Lines.of(texts, spaced=spaced), start, title)
    column = matrix[:, body_start.FEATURES.index("spaced")]
    gaps = {texts[int(at)]: gap for at, gap in zip(cands, column, strict=True)}
    assert gaps[standfirst] == 0.0
    assert [gaps[text] for text in _TEXT] == [1.0, 1.0, 1.0]


def test_a_note_on_the_author_under_the_byline_does_not_open_the_text() -> None:
    note = (
        "Markus Balser kam 2001 zur Süddeutschen Zeitung. Er ist Absolvent der Kölner"
        " Journalistenschule und war zunächst in der Wirtschaftsredaktion."
    )
    texts = [
        "Flixbus attackiert die Deutsche Bahn",
        "15. Mai 2019, 05:28 Uhr",
        "Von Markus Balser, Berlin",
        note,
        "Die Ankündigungen von Deutscher Bahn und Bundesverkehrsminister versprachen vergangene"
        " Woche viel: Der geplante Takt habe eigentlich nur Vorteile.",
        "Doch nach Informationen der Zeitung sehen das private Bahn-Konkurrenten ganz anders."
        " Sie fürchten massive Nachteile für ihre Fahrgäste.",
    ]
    lines = Lines.of(texts, spaced=[False, False, False, True, True, True])
    assert list(body_start.candidates(lines, 3)) == [4, 5]
    assert (
        body_start.first_paragraph(texts, 3, texts[0], [False, False, False, True, True, True]) == 4
    )
