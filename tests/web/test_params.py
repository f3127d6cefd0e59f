"""The search form's links (app/web/params.py): every parameter kept in its order, only those
asked changed, the page back to the first."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest

from app.search import Sort
from app.web.params import SearchForm

FORM = SearchForm(
    q='"peace talks" & more',
    sort=Sort.NEWEST,
    page=4,
    country=("FR", "DE"),
    source=("Le Monde",),
    date_from="2023",
    date_to="2023-08",
    copies="all",
    country_mode="all",
    lang=("fr",),
    byline=("Dupré",),
    min_words="100",
)
PAIRS = [
    ("q", '"peace talks" & more'),
    ("sort", "newest"),
    ("country", "FR"),
    ("country", "DE"),
    ("source", "Le Monde"),
    ("lang", "fr"),
    ("byline", "Dupré"),
    ("country_mode", "all"),
    ("from", "2023"),
    ("to", "2023-08"),
    ("copies", "all"),
    ("min_words", "100"),
]


def test_a_link_keeps_every_parameter_but_the_page() -> None:
    assert parse_qsl(FORM.link()) == PAIRS
    assert parse_qsl(FORM.page_link(5)) == [*PAIRS, ("page", "5")]
    assert parse_qsl(FORM.page_link(1)) == PAIRS


def test_a_link_changes_only_what_it_names() -> None:
    changed = parse_qsl(FORM.link(sort="title", date_from="", date_to="2024"))
    expected = [(name, "title" if name == "sort" else value) for name, value in PAIRS]
    expected = [("to", "2024") if name == "to" else (name, value) for name, value in expected]
    assert changed == [(name, value) for name, value in expected if name != "from"]


def test_a_toggle_adds_or_removes_one_value() -> None:
    # One country left: the mode says nothing, and no link says it.
    left = [pair for pair in PAIRS if pair not in (("country", "FR"), ("country_mode", "all"))]
    assert parse_qsl(FORM.toggle("country", "FR")) == left
    added = PAIRS.copy()
    added.insert(PAIRS.index(("lang", "fr")) + 1, ("lang", "de"))
    assert parse_qsl(FORM.toggle("lang", "de")) == added


def test_a_parameter_the_form_has_not_is_refused() -> None:
    with pytest.raises(TypeError, match="datefrom"):
        FORM.link(datefrom="2023")
