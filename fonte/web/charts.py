"""Small charts drawn on the server: the geometry here, the SVG in ``templates/charts.html``.

Only numbers and coordinates are computed; labels stay plain strings for the template to escape.
"""

from __future__ import annotations

from typing import Any

#: Drawing size of every chart, in SVG user units (the SVG scales to its container).
WIDTH = 480
BAR_HEIGHT = 22
LINE_HEIGHT = 160
LABEL_WIDTH = 170
PAD = 30
#: Room right of the longest bar for its value and flag.
VALUE_WIDTH = 110


def bar_chart(items: list[dict[str, Any]], label: str, value: str, href: str | None = None, flag: str | None = None) -> dict[str, Any]:
    """Horizontal bars, one per item: ``item[label]`` beside a bar as long as ``item[value]``.

    ``href`` names the item key holding a link; ``flag`` a key whose true value marks the bar (state media).
    """
    top = max((float(i[value] or 0) for i in items), default=0) or 1
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    bars = [
        {
            "label": str(i[label]),
            "value": i[value],
            "y": n * BAR_HEIGHT,
            "width": round(span * float(i[value] or 0) / top, 1),
            "href": i.get(href) if href else None,
            "flag": bool(i.get(flag)) if flag else False,
        }
        for n, i in enumerate(items)
    ]
    return {"kind": "bars", "bars": bars, "width": WIDTH, "height": max(1, len(bars)) * BAR_HEIGHT, "x0": LABEL_WIDTH}


def line_chart(points: list[dict[str, Any]], x: str, y: str) -> dict[str, Any]:
    """A line over time: ``point[x]`` (a date or label) against ``point[y]``, with the largest value as scale."""
    values = [float(p[y] or 0) for p in points]
    top = max(values, default=0) or 1
    inner_w, inner_h = WIDTH - PAD * 2, LINE_HEIGHT - PAD * 2
    step = inner_w / (len(points) - 1) if len(points) > 1 else 0
    coords = [
        {
            "x": round(PAD + (n * step if len(points) > 1 else inner_w / 2), 1),
            "y": round(PAD + inner_h * (1 - v / top), 1),
            "label": str(p[x]),
            "value": p[y],
        }
        for n, (p, v) in enumerate(zip(points, values))
    ]
    return {
        "kind": "line",
        "points": coords,
        "path": " ".join(f"{c['x']},{c['y']}" for c in coords),
        "width": WIDTH,
        "height": LINE_HEIGHT,
        "top": round(top, 2),
        "pad": PAD,
        "baseline": LINE_HEIGHT - PAD,
    }
