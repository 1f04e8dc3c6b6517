"""Build the reader's offline base map (web/static/worldmap.svg) from Natural Earth 1:110m countries.

Run once by hand with a geopandas 0.14 environment (it ships the public-domain Natural Earth
``naturalearth_lowres`` data set); the product never needs geopandas. Equirectangular projection,
360x180 user units: x = lon + 180, y = 90 - lat, so the reader places points without a library.
"""
import sys

import geopandas
from shapely.geometry import MultiPolygon

TOLERANCE = 0.25  # degrees; keeps the file small and the outlines recognisable


def ring_path(coords) -> str:
    pts = [f"{lon + 180:.1f},{90 - lat:.1f}" for lon, lat in coords]
    return "M" + "L".join(pts) + "Z"


def main(out: str) -> None:
    world = geopandas.read_file(geopandas.datasets.get_path("naturalearth_lowres"))
    paths = []
    for _, row in world.iterrows():
        geom = row.geometry.simplify(TOLERANCE, preserve_topology=True)
        polys = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
        d = "".join(ring_path(p.exterior.coords) for p in polys if p.area > 0.05)
        if d:
            paths.append(f'<path data-iso="{row.iso_a3}" d="{d}"/>')
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" class="worldmap">'
           '<g class="land">' + "".join(paths) + "</g></svg>\n")
    with open(out, "w") as fh:
        fh.write(svg)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "src/wirewatch/web/static/worldmap.svg")
