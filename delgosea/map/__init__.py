"""The map of the five countries, drawn as inline SVG from data shipped with the project.

``southeast-asia.json`` holds the countries' outlines, already projected, built by
``manage.py build_map`` from the world-atlas package (Natural Earth 1:50m, public domain).
Places are projected with the same equirectangular projection at request time.
"""

import json
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "southeast-asia.json"

# The projection: longitude and latitude to SVG units, 10 units a degree, x shrunk by
# cos(12°) so that shapes near the middle latitude keep their proportions.
WEST, EAST, NORTH, SOUTH = 91.0, 142.0, 24.5, -11.5
SCALE = 10
X_SCALE = SCALE * 0.978


def project(longitude, latitude):
    return round((float(longitude) - WEST) * X_SCALE, 1), round((NORTH - float(latitude)) * SCALE, 1)


def viewbox():
    width, height = project(EAST, SOUTH)
    return f"0 0 {width:g} {height:g}"


@cache
def outlines():
    return json.loads(DATA.read_text())["countries"]
