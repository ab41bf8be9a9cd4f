"""Convert a world-atlas TopoJSON file into the compact GeoJSON basemap sitrep ships.

Run once by a maintainer when the basemap is refreshed (never at run time)::

    python src/sitrep/static/topojson_to_geojson.py countries-50m.json countries.geojson.gz --digits 2

It decodes the quantised, delta-encoded arcs, stitches them into rings, rounds
coordinates to ``--digits`` decimals and drops points that rounding made repeat,
and keeps only each country's ``name`` and numeric ISO ``id``.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path
from typing import Any

__all__ = ["convert", "decode_arcs"]

Point = list[float]


def decode_arcs(topo: dict[str, Any]) -> list[list[Point]]:
    """Absolute coordinates of every arc (undoing quantisation and delta encoding)."""
    transform = topo.get("transform")
    arcs: list[list[Point]] = []
    for arc in topo["arcs"]:
        if transform is None:
            arcs.append([[float(p[0]), float(p[1])] for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points: list[Point] = []
        for dx, dy, *_ in arc:
            x += dx
            y += dy
            points.append([x * sx + tx, y * sy + ty])
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[Point]], digits: int) -> list[Point]:
    points: list[Point] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]  # a negative index means the arc reversed
        for k, (x, y) in enumerate(arc):
            if points and k == 0:
                continue  # consecutive arcs share their joining point
            p = [round(x, digits), round(y, digits)]
            if not points or p != points[-1]:
                points.append(p)
    if points and points[0] != points[-1]:
        points.append(points[0])
    return points


def _polygon(rings: list[list[int]], arcs: list[list[Point]], digits: int) -> list[list[Point]]:
    out = [_ring(r, arcs, digits) for r in rings]
    return [r for r in out if len(r) >= 4]  # a ring needs three distinct points and the closing one


def convert(topo: dict[str, Any], object_name: str = "countries", digits: int = 2) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of ``topo['objects'][object_name]``."""
    arcs = decode_arcs(topo)
    features: list[dict[str, Any]] = []
    for geom in topo["objects"][object_name]["geometries"]:
        if geom["type"] == "Polygon":
            polys = [_polygon(geom["arcs"], arcs, digits)]
        elif geom["type"] == "MultiPolygon":
            polys = [_polygon(p, arcs, digits) for p in geom["arcs"]]
        else:
            continue
        polys = [p for p in polys if p]
        if not polys:
            continue
        props = {"name": (geom.get("properties") or {}).get("name"), "id": geom.get("id")}
        geometry = {"type": "MultiPolygon", "coordinates": polys}
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--object", default="countries")
    parser.add_argument("--digits", type=int, default=2)
    args = parser.parse_args()
    geo = convert(json.loads(args.source.read_text(encoding="utf-8")), args.object, args.digits)
    data = json.dumps(geo, separators=(",", ":")).encode("utf-8")
    with gzip.GzipFile(args.target, "wb", compresslevel=9, mtime=0) as fh:
        fh.write(data)


if __name__ == "__main__":
    main()
