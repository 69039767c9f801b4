"""The map of the five countries, drawn as inline SVG from data shipped with the project.

``southeast-asia.json`` holds the countries' outlines, already projected, built by
``manage.py build_map`` from the world-atlas package (Natural Earth 1:50m, public domain).
Places are projected with the same equirectangular projection at request time.
"""

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "southeast-asia.json"

# The projection: longitude and latitude to SVG units, 10 units a degree, x shrunk by
# cos(12°) so that shapes near the middle latitude keep their proportions.
WEST, EAST, NORTH, SOUTH = 91.0, 142.0, 24.5, -11.5
SCALE = 10
X_SCALE = SCALE * 0.978

# Where each programme country's name is written: longitude and latitude of the text's centre,
# and its size in SVG units at the whole map's scale. Chosen by hand on the drawn map so that no
# name lies over another country (Vietnam's and the Philippines' in the sea off their coasts,
# Cambodia's smaller to fit inside it); tests/delgosea/test_map.py checks it in both languages.
LABELS = {
    "TH": (101.9, 15.2, 10),
    "KH": (104.95, 12.8, 7.5),
    "VN": (112.3, 15.0, 10),
    "PH": (127.4, 16.0, 10),
    "ID": (119.0, -8.9, 10),
}
MARKER_SIZE = 5


def project(longitude, latitude):
    return round((float(longitude) - WEST) * X_SCALE, 1), round((NORTH - float(latitude)) * SCALE, 1)


def full_box():
    width, height = project(EAST, SOUTH)
    return (0, 0, width, height)


def viewbox(box=None):
    return " ".join(f"{value:g}" for value in (box or full_box()))


@cache
def outlines():
    return json.loads(DATA.read_text())["countries"]


@cache
def rings(code):
    """A country's outlines as lists of (x, y) points, read from its SVG path."""
    path = next(outline["path"] for outline in outlines() if outline["code"] == code)
    result = []
    for start, moves in re.findall(r"M(-?\d+ -?\d+)l([^z]*)z", path):
        x, y = (float(n) for n in start.split())
        ring = [(x, y)]
        numbers = [float(n) for n in moves.split()]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = x + dx, y + dy
            ring.append((x, y))
        result.append(ring)
    return result


def zoom_box(code, margin=15):
    """The part of the map a country fills, with a margin, at least as wide as it is high."""
    points = [point for ring in rings(code) for point in ring]
    left, top = min(x for x, _ in points) - margin, min(y for _, y in points) - margin
    width, height = max(x for x, _ in points) + margin - left, max(y for _, y in points) + margin - top
    if width < height:
        left, width = left - (height - width) / 2, height
    return (round(left), round(top), round(width), round(height))


def zoom_factor(box):
    """How much smaller than on the whole map dots and labels are drawn in a zoomed box, so
    that they grow on screen a little, not as much as the land."""
    return (box[2] / full_box()[2]) ** 0.5


def contains(code, x, y):
    """Whether the point lies on the country's land (even-odd rule over its rings)."""
    inside = False
    for ring in rings(code):
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


def text_width(text, size):
    """Roughly how wide a bold label is: Thai vowel and tone marks above or below take no width."""
    return 0.68 * size * sum(1 for char in text if unicodedata.category(char) != "Mn")


def label(code):
    """Where a country's name is written: x, y and size, or None for a neighbour."""
    if code not in LABELS:
        return None
    longitude, latitude, size = LABELS[code]
    return (*project(longitude, latitude), size)


def label_box(code, text):
    """The rectangle (left, top, right, bottom) a country's label covers."""
    x, y, size = label(code)
    half = text_width(text, size) / 2
    return (x - half, y - size * 0.8, x + half, y + size * 0.3)


def marker(kind, x, y, size):
    """A place's dot: hosts are circles, pilots triangles, places that are both squares."""
    if kind == "host":
        return {"shape": "circle", "x": x, "y": y, "r": round(size, 2)}
    if kind == "pilot":
        s = size * 1.3
        points = [(x, y - s), (x + s * 0.95, y + s * 0.7), (x - s * 0.95, y + s * 0.7)]
    else:
        s = size * 0.95
        points = [(x - s, y - s), (x + s, y - s), (x + s, y + s), (x - s, y + s)]
    return {"shape": "polygon", "points": " ".join(f"{px:.1f},{py:.1f}" for px, py in points)}
