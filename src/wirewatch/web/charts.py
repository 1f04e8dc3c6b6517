"""Small server-rendered SVG charts and the offline map (no JavaScript, nothing fetched)."""
from __future__ import annotations

import functools
import re
from importlib import resources

from markupsafe import Markup, escape


def bars(points: list[tuple[str, int]], width: int = 560, height: int = 90, label: str = "") -> Markup:
    """A bar chart of (label, count) points; every label escaped, a <title> per bar."""
    if not points:
        return Markup('<p class="muted">no dated data</p>')
    peak = max(n for _, n in points) or 1
    step = width / len(points)
    bar_w = max(step * 0.8, 1)
    out = [f'<svg class="chart" viewBox="0 0 {width} {height + 18}" role="img" aria-label="{escape(label)}">']
    for i, (name, n) in enumerate(points):
        h = max(n / peak * height, 1)
        x = i * step
        out.append(f'<rect x="{x:.1f}" y="{height - h:.1f}" width="{bar_w:.1f}" height="{h:.1f}">'
                   f'<title>{escape(name)}: {n}</title></rect>')
    out.append(f'<text x="0" y="{height + 14}">{escape(points[0][0])}</text>')
    if len(points) > 1:
        out.append(f'<text x="{width}" y="{height + 14}" text-anchor="end">{escape(points[-1][0])}</text>')
    out.append("</svg>")
    return Markup("".join(out))


@functools.lru_cache(maxsize=1)
def _land() -> str:
    svg = (resources.files("wirewatch.web") / "static" / "worldmap.svg").read_text("utf-8")
    return re.search(r"<g class=\"land\">.*</g>", svg, re.S).group(0)


def world_map(places: list[dict]) -> Markup:
    """The shipped Natural Earth outline (equirectangular 360x180) with a dot per place."""
    dots = []
    peak = max((p["events"] for p in places), default=1)
    for p in places:
        r = 1.2 + 3.0 * (p["events"] / peak) ** 0.5
        dots.append(f'<circle cx="{p["lon"] + 180:.2f}" cy="{90 - p["lat"]:.2f}" r="{r:.2f}">'
                    f'<title>{escape(p["name"])}: {p["events"]} events</title></circle>')
    return Markup(f'<svg class="worldmap" viewBox="0 0 360 180" role="img" aria-label="map of event places">'
                  f'{_land()}<g class="dots">{"".join(dots)}</g></svg>')
