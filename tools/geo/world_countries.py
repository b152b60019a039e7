"""Writes crates/platform/domain/data/world_countries_osm10km.geojson: each country's land, about
10 km accurate, named by its ISO 3166-1 alpha-2 code.

Source: the npm package @geo-maps/countries-land-10km 0.6.0 (map.geo.json), derived from
OpenStreetMap (ODbL 1.0, (c) OpenStreetMap contributors). Its features carry ISO alpha-3 codes
(`A3`; Kosovo as `XKX`); pycountry turns them into alpha-2. Coordinates are rounded to 4 decimals
(about 11 m), far finer than the data's own 10 km.

    npm pack @geo-maps/countries-land-10km@0.6.0 && tar xzf geo-maps-countries-land-10km-0.6.0.tgz
    pip install pycountry && python3 tools/geo/world_countries.py package/map.geo.json
"""

import json
import sys

import pycountry

SPECIAL = {"XKX": "XK"}


def rounded(value):
    if isinstance(value, list):
        return [rounded(v) for v in value]
    return round(value, 4)


def main(source, target):
    data = json.load(open(source))
    features = []
    for f in data["features"]:
        a3 = f["properties"]["A3"]
        a2 = SPECIAL.get(a3) or pycountry.countries.get(alpha_3=a3).alpha_2
        geometry = {"type": f["geometry"]["type"], "coordinates": rounded(f["geometry"]["coordinates"])}
        features.append({"type": "Feature", "properties": {"country": a2}, "geometry": geometry})
    features.sort(key=lambda f: f["properties"]["country"])
    with open(target, "w") as out:
        json.dump({"type": "FeatureCollection", "features": features}, out, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "crates/platform/domain/data/world_countries_osm10km.geojson")
