"""The world map's classes and legend (app/present/world_map.py) over the shipped shapes."""

from __future__ import annotations

from itertools import pairwise

from app.countries import is_country_code
from app.present.world_map import LEVELS, shapes, world_map


def test_the_shapes_are_countries_by_their_codes() -> None:
    codes, width, height = shapes()
    assert {"US", "RU", "FR", "KP", "XK", "BR", "AU", "FJ"} <= codes
    assert "AQ" not in codes  # Left out on purpose (tools/make_world_map.py).
    assert all(is_country_code(code) for code in codes)
    assert width > height > 0


def test_every_count_falls_in_the_legend_class_of_its_colour() -> None:
    counts = [("US", 193), ("GB", 47), ("FR", 25), ("KP", 7), ("PT", 2), ("IS", 1), ("SG", 4)]
    drawn = world_map(counts)
    assert {c.code for c in drawn.countries} == {"US", "GB", "FR", "KP", "PT", "IS"}
    assert drawn.not_drawn == 1  # Singapore is too small for 1:110m: the list has it.
    classes = {step.level: step for step in drawn.legend}
    for country in drawn.countries:
        step = classes[country.level]
        assert step.low <= country.count <= step.high
    assert drawn.legend[0].low == 1
    assert drawn.legend[-1].high == 193
    assert [step.level for step in drawn.legend][-1] == LEVELS
    # The classes touch: each starts one past where the one before ends.
    assert all(a.high + 1 == b.low for a, b in pairwise(drawn.legend))


def test_two_classes_take_the_lightest_and_darkest_colours() -> None:
    drawn = world_map([("US", 2), ("FR", 1)])
    assert [(s.level, s.label) for s in drawn.legend] == [(1, "1"), (LEVELS, "2")]
    assert drawn.countries[0].label == "United States: 2 articles"
    assert drawn.countries[1].label == "France: 1 article"


def test_no_counts_draw_an_empty_map() -> None:
    drawn = world_map([("US", 0)])
    assert drawn.countries == []
    assert drawn.legend == []
