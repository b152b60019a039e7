"""Writes crates/services/departure/data/us_south_boundary_osm100m.geojson: the edges of the United
States' land outline (about 100 m accurate) near its border with Mexico, as one MultiLineString:
what a distance from a point in Mexico (or further south) to the United States is measured to.

Source: the npm package @geo-maps/countries-land-100m 0.6.0 (map.geo.json, feature `A3` = USA),
derived from OpenStreetMap (ODbL 1.0, (c) OpenStreetMap contributors), the package the Mexico
outline comes from. An edge is kept when either end lies in the band of longitude -118 to -96.5
and latitude 25.5 to 33.0 (the land border, and the Pacific and Gulf coasts near it); runs of
kept edges become one line each.

    npm pack @geo-maps/countries-land-100m@0.6.0 && tar xzf geo-maps-countries-land-100m-0.6.0.tgz
    python3 tools/geo/us_south_boundary.py package/map.geo.json
"""

import json
import sys


def in_band(point):
    lon, lat = point
    return -118.0 <= lon <= -96.5 and 25.5 <= lat <= 33.0


def main(source, target):
    data = json.load(open(source))
    usa = next(f for f in data["features"] if f["properties"]["A3"] == "USA")
    lines = []
    for polygon in usa["geometry"]["coordinates"]:
        for ring in polygon:
            run = []
            for a, b in zip(ring, ring[1:]):
                if in_band(a) or in_band(b):
                    if not run:
                        run = [a]
                    run.append(b)
                elif run:
                    lines.append(run)
                    run = []
            if run:
                lines.append(run)
    lines = [[[round(x, 5), round(y, 5)] for x, y in line] for line in lines]
    feature = {
        "type": "Feature",
        "properties": {"country": "US", "band": "south"},
        "geometry": {"type": "MultiLineString", "coordinates": lines},
    }
    with open(target, "w") as out:
        json.dump({"type": "FeatureCollection", "features": [feature]}, out, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "crates/services/departure/data/us_south_boundary_osm100m.geojson")
