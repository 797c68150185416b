"""How a view looks: node sizes and colours, edge lines and curves, and the vis-network options."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from graphx.graph.model import RelationType
from graphx.render.view import DrawnEdge

KIND_COLORS: dict[str, str] = {
    "state": "#5d6d7e",
    "organisation": "#d68910",
    "person": "#17a589",
    "body": "#a04000",
    "group": "#7f8c8d",
    "other": "#95a5a6",
}
DEFAULT_KIND_COLOR = "#95a5a6"
DASHES: dict[str, bool | list[int]] = {"solid": False, "dashed": [10, 7], "dotted": [2, 6]}
BIG = 300  # from this many edges, edges hide while dragging or zooming
MIN_SIZE, MAX_SIZE = 10, 30
EDGE_WIDTH, PATH_WIDTH = 2, 6
IMPORTED_WIDTHS = (0.5, 1.75)  # imported event counts: thinner than curated lines, wider with more events
FADED = 0.25  # opacity of what is off a highlighted path


def node_sizes(actors: Sequence[str], edges: Sequence[DrawnEdge]) -> dict[str, int]:
    """A dot size per actor growing with the square root of its number of drawn edges."""
    degree = Counter(a for e in edges for a in (e.source, e.target))
    top = max((degree[a] for a in actors), default=0) or 1
    return {a: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(degree[a] / top)) for a in actors}


def curves(edges: Sequence[DrawnEdge]) -> dict[str, dict[str, Any] | bool]:
    """The `smooth` option per edge: straight when alone, fanned-out curves when actors share several lines."""
    groups: dict[tuple[str, str], list[DrawnEdge]] = defaultdict(list)
    for edge in edges:
        groups[(min(edge.source, edge.target), max(edge.source, edge.target))].append(edge)
    result: dict[str, dict[str, Any] | bool] = {}
    for (low, _high), group in groups.items():
        count = len(group)
        step = min(0.18, 0.6 / math.ceil(count / 2))
        for number, edge in enumerate(group):
            if count % 2 and number == 0:
                result[edge.id] = False
                continue
            rank = number + 1 - count % 2
            bend = step * ((rank + 1) // 2) * (1 if rank % 2 else -1)
            if edge.source != low:
                bend = -bend
            result[edge.id] = {
                "enabled": True,
                "type": "curvedCW" if bend > 0 else "curvedCCW",
                "roundness": round(abs(bend), 3),
            }
    return result


def edge_look(
    edge: DrawnEdge,
    kind: RelationType,
    smooth: dict[str, Any] | bool,
    on_path: bool | None,
) -> dict[str, Any]:
    """vis-network attributes of one edge; `on_path` is None when no path is highlighted."""
    color: dict[str, Any] = {"color": kind.color, "highlight": kind.color, "hover": kind.color}
    if on_path is False:
        color["opacity"] = FADED
    arrows = {"to": {"enabled": True}, "from": {"enabled": edge.mutual}}
    return {
        "color": color,
        "dashes": DASHES.get(kind.style, False),
        "arrows": arrows,
        "smooth": smooth,
        "width": PATH_WIDTH if on_path else _width(edge),
    }


def _width(edge: DrawnEdge) -> float:
    tally = edge.relation.tally
    return imported_width(tally.events) if tally is not None else EDGE_WIDTH


def imported_width(events: int) -> float:
    """The line width of an imported relation: thin for one event, growing with the log of the count."""
    low, high = IMPORTED_WIDTHS
    return round(min(high, low + 0.25 * math.log2(max(1, events))), 2)


def node_look(kind: str, size: int, on_path: bool | None, focus: bool, fill: str | None = None) -> dict[str, Any]:
    """vis-network attributes of one node; `on_path` is None when no path is highlighted.

    The fill is the colour of the actor's kind unless `fill` is given (a bloc's colour, say).
    """
    fill = fill or KIND_COLORS.get(kind, DEFAULT_KIND_COLOR)
    look: dict[str, Any] = {
        "color": {"background": fill, "border": "#1b2631", "highlight": {"background": fill, "border": "#000000"}},
        "size": size,
        "borderWidth": 4 if on_path or focus else 1,
    }
    if on_path is False:
        look["opacity"] = 0.45
    return look


def network_options(edge_count: int) -> dict[str, Any]:
    """The vis-network options: no physics (positions come from Python), hover tooltips, quiet labels."""
    big = edge_count >= BIG
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "navigationButtons": False,
            "keyboard": False,
            "multiselect": False,
        },
        "nodes": {
            "shape": "dot",
            "font": {"size": 15, "face": "system-ui, sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff"},
        },
        "edges": {
            "arrows": {"to": {"scaleFactor": 0.7}, "from": {"scaleFactor": 0.7}},
            "selectionWidth": 2,
            "hoverWidth": 1.5,
            "arrowStrikethrough": False,
        },
    }
