"""Make static/world-110m.svg, the country shapes the world map draws, once, from Natural
Earth's 1:110m admin-0 countries as the npm package world-atlas (Mike Bostock) ships them.

    python -m tools.make_world_map            # runs `npm pack world-atlas@2.0.2` in a temp dir
    python -m tools.make_world_map --topojson countries-110m.json

The shapes are projected (Equal Earth), simplified and rounded to whole units here, and kept as
one static file of paths with the country codes as ids: pages draw them with <use>, so a browser
loads (and caches) the shapes once, and a page carries only its links and colours.

Natural Earth is in the public domain; world-atlas is under the ISC licence (copyright
2013-2019 Michael Bostock); the output keeps both notices.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import tarfile
import tempfile
from itertools import pairwise
from pathlib import Path
from typing import Any

import pycountry

PACKAGE = "world-atlas@2.0.2"
OUTPUT = Path(__file__).resolve().parents[1] / "static" / "world-110m.svg"
WIDTH = 1000  # SVG units across the map.
TOLERANCE = 0.6  # Douglas-Peucker, in SVG units: less than a pixel on a desktop map.
SMALLEST_RING = 3.0  # Islands smaller than this (square units) are left out, unless alone.
SOUTHMOST = -58.0  # Antarctica is left out: a fifth of the map's height for few stories.
# Natural Earth shapes without an ISO 3166-1 numeric code: Kosovo has the code in common use,
# the other two are drawn with the country ISO counts them in.
NAMED = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}
LEFT_OUT = {"AQ"}
NOTICE = (
    "Natural Earth 1:110m admin-0 countries (public domain, naturalearthdata.com), v4.1.0 as "
    "TopoJSON in the npm package world-atlas 2.0.2 (ISC licence, copyright 2013-2019 Michael "
    "Bostock); projected (Equal Earth), simplified and rounded by tools/make_world_map.py. "
    "world-atlas's licence: Permission to use, copy, modify, and/or distribute this software for "
    "any purpose with or without fee is hereby granted, provided that the above copyright notice "
    'and this permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE '
    "AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED "
    "WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY "
    "SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM "
    "LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS "
    "ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE."
)

Point = tuple[float, float]


def equal_earth(lon: float, lat: float) -> Point:
    """Equal Earth (Šavrič, Patterson and Jenny, 2018): x east, y north, in radians' units."""
    a1, a2, a3, a4, m = 1.340264, -0.081106, 0.000893, 0.003796, math.sqrt(3) / 2
    theta = math.asin(m * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = math.radians(lon) * math.cos(theta) / (m * (a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)))
    return x, theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """TopoJSON's quantized, delta-encoded arcs as longitude and latitude."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker on one arc. Written here rather than taken from shapely: shapely
    simplifies whole polygons, each on its own, so two neighbours' shared border would come out
    different and leave slivers; simplifying each shared arc once keeps them meeting."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    length = math.hypot(x2 - x1, y2 - y1)

    def distance(p: Point) -> float:
        if length == 0:
            return math.hypot(p[0] - x1, p[1] - y1)
        return abs((x2 - x1) * (y1 - p[1]) - (x1 - p[0]) * (y2 - y1)) / length

    far = max(range(1, len(points) - 1), key=lambda n: distance(points[n]))
    if distance(points[far]) <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: far + 1], tolerance)[:-1] + simplify(points[far:], tolerance)


def projected_arcs(arcs: list[list[Point]]) -> tuple[list[list[tuple[int, int]]], float, float]:
    """Every arc projected, scaled to WIDTH, simplified and rounded; and the map's size."""
    scale = WIDTH / (2 * equal_earth(180, 0)[0])
    top = equal_earth(0, 90)[1] * scale
    shown = [[equal_earth(lon, max(lat, SOUTHMOST)) for lon, lat in arc] for arc in arcs]
    placed = [[(x * scale + WIDTH / 2, top - y * scale) for x, y in arc] for arc in shown]
    rounded = [[(round(x), round(y)) for x, y in simplify(arc, TOLERANCE)] for arc in placed]
    height = math.ceil(top - equal_earth(0, SOUTHMOST)[1] * scale)
    return rounded, float(WIDTH), float(height)


def ring_points(ring: list[int], arcs: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """A ring's points from its arcs (~n is arc n backwards), each shared end point once."""
    points: list[tuple[int, int]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points += arc[1:] if points else arc
    return points


def cut_at_antimeridian(ring: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A ring that crosses the 180th meridian (Russia's Chukotka, Fiji) as one ring per side of
    the map: Natural Earth's rings run along the meridian and jump across it, which drawn as is
    paints a band across the whole map. The steps on each side are joined in ring order."""
    jumps = [n for n in range(1, len(ring)) if abs(ring[n][0] - ring[n - 1][0]) > WIDTH / 2]
    if not jumps:
        return [ring]
    turned = ring[jumps[0] :] + ring[1 : jumps[0]]  # The first and last points are one.
    sides: dict[bool, list[tuple[int, int]]] = {True: [], False: []}
    east = True
    for n, point in enumerate(turned):
        if n == 0 or abs(point[0] - turned[n - 1][0]) > WIDTH / 2:
            east = point[0] > WIDTH / 2  # Just across the meridian: at one edge of the map.
        sides[east].append(point)
    return [points + points[:1] for points in sides.values() if len(points) > 2]


def area(points: list[tuple[int, int]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(points))) / 2


def path_data(rings: list[list[tuple[int, int]]]) -> str:
    """SVG path data with relative steps (shorter than absolute ones), repeats dropped."""
    parts = []
    for ring in rings:
        x, y = ring[0]
        steps = [f"M{x} {y}"]
        for nx, ny in ring[1:]:
            if (nx, ny) != (x, y):
                steps.append(f"{nx - x} {ny - y}")
                x, y = nx, ny
        parts.append(steps[0] + "l" + " ".join(steps[1:]) + "z")
    return "".join(parts).replace(" -", "-")


def country_code(geometry: dict[str, Any]) -> str | None:
    """The alpha-2 code of a Natural Earth shape, from its ISO numeric code or its name."""
    name = geometry["properties"]["name"]
    if name in NAMED:
        return NAMED[name]
    country = pycountry.countries.get(numeric=geometry.get("id") or "")
    return country.alpha_2 if country else None


def country_rings(geometry: dict[str, Any], arcs: list[list[tuple[int, int]]]) -> list[Any]:
    """A shape's rings worth drawing: all but tiny islands (its largest one always)."""
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    rings = [
        piece
        for polygon in polygons
        for ring in polygon
        for piece in cut_at_antimeridian(ring_points(ring, arcs))
    ]
    rings = [ring for ring in rings if len(ring) > 3]
    largest = max(rings, key=area, default=None)
    return [ring for ring in rings if ring is largest or area(ring) >= SMALLEST_RING]


def world_map(topology: dict[str, Any]) -> str:
    """The map as SVG: the source's notice, and a path per alpha-2 code (its id) in one group."""
    arcs, width, height = projected_arcs(decode_arcs(topology))
    shapes: dict[str, list[Any]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = country_code(geometry)
        if code is None:
            raise SystemExit(f"no ISO code for {geometry['properties']['name']}")
        if code in LEFT_OUT:
            continue
        shapes.setdefault(code, []).extend(country_rings(geometry, arcs))
    paths = "".join(
        f'<path id="{code}" d="{path_data(rings)}"/>\n' for code, rings in sorted(shapes.items())
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}">\n'
        f'<!-- {NOTICE} -->\n<g id="world">\n{paths}</g>\n</svg>\n'
    )


def fetch_topology() -> dict[str, Any]:
    """countries-110m.json from the npm registry, through npm itself."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=folder, check=True)
        tarball = next(Path(folder).glob("world-atlas-*.tgz"))
        with tarfile.open(tarball) as archive:
            member = archive.extractfile("package/countries-110m.json")
            assert member is not None
            return dict(json.load(member))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topojson", type=Path, help="countries-110m.json, if already here")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    topology = json.loads(args.topojson.read_text()) if args.topojson else fetch_topology()
    made = world_map(topology)
    args.output.write_text(made)
    print(f"{made.count('<path')} countries, {args.output.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
