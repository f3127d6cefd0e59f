"""The map's shape making (tools/make_world_map.py) on small made-up topologies."""

from __future__ import annotations

from tools.make_world_map import WIDTH, cut_at_antimeridian, path_data, simplify, world_map


def test_simplify_keeps_corners_and_drops_near_straight_points() -> None:
    line = [(0.0, 0.0), (1.0, 0.1), (2.0, 0.0), (3.0, 5.0), (4.0, 0.0)]
    assert simplify(line, 0.5) == [(0.0, 0.0), (2.0, 0.0), (3.0, 5.0), (4.0, 0.0)]


def test_a_ring_across_the_antimeridian_becomes_one_ring_per_side() -> None:
    east, west = WIDTH - 10, 10
    ring = [(east - 50, 20), (east, 20), (west, 22), (west + 20, 25), (west, 28), (east, 28),
            (east - 50, 28), (east - 50, 20)]  # fmt: skip
    pieces = cut_at_antimeridian(ring)
    assert len(pieces) == 2
    for piece in pieces:
        assert piece[0] == piece[-1]
        xs = [x for x, _ in piece]
        assert max(xs) - min(xs) < WIDTH / 2
    one_side = [*ring[:2], (east - 60, 25), ring[0]]
    assert cut_at_antimeridian(one_side) == [one_side]


def test_path_data_is_relative_and_skips_repeats() -> None:
    assert path_data([[(10, 10), (12, 10), (12, 10), (12, 7), (10, 10)]]) == "M10 10l2 0 0-3-2 3z"


def test_a_topology_becomes_svg_paths_by_alpha_2_code() -> None:
    # Two squares sharing an edge: France (250) and Germany (276), and Antarctica, left out.
    topology = {
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [[[0, 0], [0, 10]], [[0, 10], [-10, 0], [0, -10], [10, 0]],
                 [[0, 0], [10, 0], [0, 10], [-10, 0]], [[0, -70], [5, 0], [0, 1], [-5, 0]]],
        "objects": {"countries": {"geometries": [
            {"type": "Polygon", "arcs": [[0, 1]], "id": "250", "properties": {"name": "France"}},
            {"type": "Polygon", "arcs": [[2, -1]], "id": "276", "properties": {"name": "Ger"}},
            {"type": "Polygon", "arcs": [[3]], "id": "010", "properties": {"name": "Antarctica"}},
        ]}},
    }  # fmt: skip
    svg = world_map(topology)
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 ')
    assert svg.count("<path ") == 2
    assert '<path id="DE" d="M' in svg
    assert '<path id="FR" d="M' in svg
    assert "Natural Earth" in svg
