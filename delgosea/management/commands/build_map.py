"""Build delgosea/map/southeast-asia.json from world-atlas's countries-50m.json.

    npm pack world-atlas@2 && tar xzf world-atlas-2*.tgz
    python manage.py build_map package/countries-50m.json

The result is committed: the portal never fetches map data or tiles at run time.
"""

import json

from django.core.management.base import BaseCommand

from delgosea.map import DATA, project

# ISO 3166 numeric ids of world-atlas: the five programme countries, then their neighbours.
PROGRAMME = {"764": "TH", "608": "PH", "360": "ID", "116": "KH", "704": "VN"}
NEIGHBOURS = {"104": "MM", "418": "LA", "458": "MY", "096": "BN", "626": "TL", "598": "PG"}
MIN_RING_POINTS = 4  # rings smaller than this at the map's scale are islets too small to draw


def decode_arcs(topology):
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def label_point(polygons, arcs):
    """Where a country's name goes: the centre of its largest landmass, projected."""

    def area(points):
        return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False))) / 2

    largest = max((ring_points(polygon[0], arcs) for polygon in polygons), key=area)
    lon = sum(p[0] for p in largest) / len(largest)
    lat = sum(p[1] for p in largest) / len(largest)
    return project(lon, lat)


def ring_path(points):
    projected = []
    for lon, lat in points:
        x, y = project(lon, lat)
        point = (round(x), round(y))
        if not projected or projected[-1] != point:
            projected.append(point)
    if len(projected) < MIN_RING_POINTS:
        return ""
    start = projected[0]
    moves = [f"{b[0] - a[0]} {b[1] - a[1]}" for a, b in zip(projected, projected[1:], strict=False)]
    return f"M{start[0]} {start[1]}l" + " ".join(moves) + "z"


class Command(BaseCommand):
    help = "Build the shipped map data from world-atlas's countries-50m.json."

    def add_arguments(self, parser):
        parser.add_argument("topojson")

    def handle(self, topojson, **options):
        with open(topojson) as source:
            topology = json.load(source)
        arcs = decode_arcs(topology)
        countries = []
        for geometry in topology["objects"]["countries"]["geometries"]:
            code = PROGRAMME.get(geometry.get("id")) or NEIGHBOURS.get(geometry.get("id"))
            if not code:
                continue
            polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
            paths = [ring_path(ring_points(polygon[0], arcs)) for polygon in polygons]
            countries.append(
                {
                    "code": code,
                    "programme": code in PROGRAMME.values(),
                    "path": "".join(paths),
                    "label": label_point(polygons, arcs),
                }
            )
        countries.sort(key=lambda c: (c["programme"], c["code"]))
        DATA.write_text(
            json.dumps({"source": "world-atlas 2.0.2 countries-50m (Natural Earth)", "countries": countries})
        )
        self.stdout.write(f"Wrote {DATA} ({DATA.stat().st_size} bytes, {len(countries)} countries)")
