"""The static figure of a briefing: matplotlib (Agg, no pyplot), deterministic SVG and PNG.

Relations between the same two actors of the same type are drawn as one arrow, thicker the
more relations it stands for. Names show control and invisible characters as escapes (`\\x01`),
which also keeps the SVG well-formed XML. Big graphs are cut to the most connected actors (or, with a
focus actor, to it and its most connected neighbours); the caption says so.
"""

from __future__ import annotations

import io
import math
import re
import textwrap
import warnings
from collections import Counter
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graphx.export.mermaid import ranking
from graphx.graph.model import Graph
from graphx.query.listing import visible

MAX_ACTORS = 20
MAX_LINKS = 80  # lines drawn (one per pair of actors and type)
LAYOUT_SEED = 7
WIDTH_INCHES, HEIGHT_INCHES = 7.5, 6.0
PNG_DPI = 200
FONT = "DejaVu Sans"
_KIND_COLORS = {
    "state": "#d6eaf8",
    "organisation": "#fdebd0",
    "person": "#d5f5e3",
    "body": "#ebdef0",
    "group": "#fcf3cf",
}
_OTHER_COLOR = "#e5e7e9"
_DASHES: dict[str, Any] = {"solid": "-", "dashed": (0, (5, 3)), "dotted": (0, (1, 2))}
_RC: dict[Any, Any] = {
    "svg.hashsalt": "graphx",
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": [FONT],
    "path.simplify": True,
}


@dataclass(frozen=True)
class Figure:
    """The figure as SVG text and PNG bytes (empty if not asked for), what it shows, and a caption."""

    svg: str
    png: bytes
    actors_shown: int
    actors_total: int
    caption: str
    missing_glyphs: str = ""

    @property
    def warnings(self) -> list[str]:
        """What the reader should know about the drawing (characters the font cannot show)."""
        if not self.missing_glyphs:
            return []
        codes = [f"U+{ord(c):04X}" for c in self.missing_glyphs]
        listed = ", ".join(codes[:8]) + (f" and {len(codes) - 8} more" if len(codes) > 8 else "")
        return [f"the figure's font ({FONT}) has no glyph for {listed}: the figure shows a box for each"]


def chosen_actors(graph: Graph, focus: str | None = None, limit: int = MAX_ACTORS) -> list[str]:
    """The actors the figure shows: the most connected (focus first), at most `limit`.

    Fewer when the lines among them would pass MAX_LINKS: a denser figure is unreadable.
    """
    named = {a for r in graph.relations for a in r.actors}
    pool = [a for a in ranking(graph) if a in named] or sorted(graph.actors)
    if focus is not None:
        pool = [focus, *(a for a in pool if a != focus)]
    count = min(limit, len(pool))
    while count > 2 and len(_links(graph, set(pool[:count]))) > MAX_LINKS:
        count -= 1
    return sorted(pool[:count])


def draw(graph: Graph, *, focus: str | None = None, limit: int = MAX_ACTORS, png: bool = True) -> Figure:
    """Draw the graph; `focus` puts that actor in the middle of a cut-down figure.

    With `png` false (the HTML page inlines the SVG only), `Figure.png` is empty.
    """
    import matplotlib

    shown = chosen_actors(graph, focus, limit)
    with matplotlib.rc_context(_RC), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure, _ = laid_out(graph, shown, focus)
        svg, raster = io.BytesIO(), io.BytesIO()
        figure.savefig(svg, format="svg", metadata={"Date": None, "Creator": "graphx"})
        if png:
            figure.savefig(raster, format="png", dpi=PNG_DPI, metadata={"Software": "graphx"})
    return Figure(
        svg.getvalue().decode("utf-8"),
        raster.getvalue(),
        len(shown),
        len(graph.actors),
        _caption(graph, len(shown), focus),
        _missing_glyphs(caught),
    )


_MISSING_GLYPH = re.compile(r"^Glyph \d+ \((.*)\) missing from font")


def _missing_glyphs(caught: list[warnings.WarningMessage]) -> str:
    """The characters matplotlib warned it has no glyph for, once each, in order; other warnings dropped.

    matplotlib's own warnings name its source files: they are never printed.
    """
    found: dict[str, None] = {}
    for warning in caught:
        match = _MISSING_GLYPH.match(str(warning.message))
        if match:
            name = match.group(1)
            found[_character(name)] = None
    return "".join(found)


def _character(escaped: str) -> str:
    """`\\N{CJK UNIFIED IDEOGRAPH-4E2D}` (as matplotlib names a glyph) as the character itself."""
    try:
        text: str = escaped.encode("ascii", "backslashreplace").decode("unicode_escape")
    except UnicodeDecodeError:
        return "?"
    return text if len(text) == 1 else "?"


def laid_out(graph: Graph, shown: list[str], focus: str | None) -> tuple[Any, _Drawn]:
    """The matplotlib figure of `shown` actors, laid out once for every file, and what it draws."""
    from matplotlib.figure import Figure as MplFigure

    figure = MplFigure(figsize=(WIDTH_INCHES, HEIGHT_INCHES), layout="constrained")
    axes = figure.add_subplot()
    axes.set_axis_off()
    drawn = _draw_graph(axes, graph, shown, focus)
    figure.draw_without_rendering()  # the constrained layout, once for both files
    figure.set_layout_engine(None)
    _clear_the_labels(figure, axes, drawn)
    return figure, drawn


def _caption(graph: Graph, shown: int, focus: str | None) -> str:
    kinds = ", ".join(
        f"{t.label.lower()} ({_form_text(t.form)})"
        for t in (graph.types[n] for n in sorted({r.type for r in graph.relations}))
    )
    text = f"Relations by type: {kinds}." if kinds else "No relations."
    text += " Line width grows with the number of relations."
    named = len({a for r in graph.relations for a in r.actors})
    if shown < named:
        who = f"{graph.actors[focus].name} and the" if focus else "the"
        text += f" Showing {who} {shown} most connected of {named} related actors and the relations among them."
    if named and named < len(graph.actors):
        text += f" Actors with no relation here ({len(graph.actors) - named}) are left out."
    return text


def _form_text(form: str) -> str:
    return {
        "directed": "arrow from source to target",
        "mutual": "both ways",
        "mediated": "arrow from mediator to each party",
    }.get(form, form)


def _links(graph: Graph, shown: set[str]) -> Counter[tuple[str, str, str]]:
    counts: Counter[tuple[str, str, str]] = Counter()
    for relation in graph.relations:
        form = graph.form(relation)
        pairs = list(relation.edges(form))
        if form == "mutual":
            pairs = [(min(pairs[0]), max(pairs[0]))]
        for u, v in pairs:
            if u in shown and v in shown:
                counts[(u, v, relation.type)] += 1
    return counts


def _layout(actors: list[str], links: Counter[tuple[str, str, str]]) -> dict[str, tuple[float, float]]:
    simple = nx.Graph()
    simple.add_nodes_from(actors)
    for (u, v, _), count in sorted(links.items()):
        weight = simple.edges[u, v]["weight"] + count if simple.has_edge(u, v) else count
        simple.add_edge(u, v, weight=weight)
    if len(actors) == 1:
        return {actors[0]: (0.0, 0.0)}
    positions = nx.spring_layout(simple, iterations=300, seed=LAYOUT_SEED, weight=None)
    return {a: (float(p[0]), float(p[1])) for a, p in positions.items()}


@dataclass
class _Drawn:
    """What the arrows must keep clear of: each arrow with its two ends and bend, each actor's label."""

    positions: dict[str, tuple[float, float]]
    radius: dict[str, float]
    arrows: list[tuple[Any, str, str, float]]
    labels: dict[str, Any]


def _draw_graph(axes: Any, graph: Graph, actors: list[str], focus: str | None) -> _Drawn:
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    links = _links(graph, set(actors))
    positions = _layout(actors, links)
    degree: Counter[str] = Counter()
    for (u, v, _), count in links.items():
        degree[u] += count
        degree[v] += count
    most = max(degree.values(), default=1)
    size = {a: 160 + 640 * math.sqrt(degree[a] / most) for a in actors}  # area, points²
    radius = {a: math.sqrt(size[a]) / 2 for a in actors}  # points
    type_order = sorted({t for _, _, t in links})
    drawn = _Drawn(positions, radius, [], {})
    for (u, v, name), count in sorted(links.items()):
        kind = graph.types[name]
        mutual = kind.form == "mutual"
        bend = 0.0 if mutual and len(type_order) == 1 else 0.12 + 0.1 * type_order.index(name)
        arrow = axes.add_patch(
            FancyArrowPatch(
                positions[u],
                positions[v],
                arrowstyle="<|-|>" if mutual else "-|>",
                mutation_scale=11,
                connectionstyle=f"arc3,rad={bend}",
                color=kind.color,
                linestyle=_DASHES.get(kind.style, "-"),
                linewidth=1.0 + 0.8 * min(count - 1, 4),
                shrinkA=radius[u] + 1,
                shrinkB=radius[v] + 1,
                zorder=1,
                alpha=0.9,
            )
        )
        drawn.arrows.append((arrow, u, v, bend))
    xs = [positions[a][0] for a in actors]
    ys = [positions[a][1] for a in actors]
    colors = [_KIND_COLORS.get(graph.actors[a].kind, _OTHER_COLOR) for a in actors]
    edges = ["#1b2631" if a == focus else "#566573" for a in actors]
    axes.scatter(xs, ys, s=[size[a] for a in actors], c=colors, edgecolors=edges, linewidths=1.0, zorder=2)
    font = 8 if len(actors) <= 15 else 7 if len(actors) <= 30 else 6
    for actor in actors:
        text = textwrap.fill(visible(graph.actors[actor].name), 18)
        drawn.labels[actor] = axes.annotate(
            text,
            positions[actor],
            xytext=(0, -radius[actor] - 2),
            textcoords="offset points",
            ha="center",
            va="top",
            fontsize=font,
            zorder=3,
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.75},
            fontweight="bold" if actor == focus else "normal",
            parse_math=False,
        )
    axes.margins(0.12)
    handles = [
        Line2D(
            [],
            [],
            color=graph.types[n].color,
            linestyle=_DASHES.get(graph.types[n].style, "-"),
            linewidth=2,
            label=f"{visible(graph.types[n].label)} ({_form_text(graph.types[n].form)})",
        )
        for n in type_order
    ]
    handles += [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=9,
            markerfacecolor=_KIND_COLORS.get(k, _OTHER_COLOR),
            markeredgecolor="#566573",
            label=visible(k),
        )
        for k in sorted({graph.actors[a].kind for a in actors})
    ]
    if handles:
        legend = axes.legend(
            handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.01), ncol=2, fontsize=8, frameon=False
        )
        for label in legend.get_texts():
            label.set_parse_math(False)  # a '$' in a type label is text, not mathtext
    return drawn


def _clear_the_labels(figure: Any, axes: Any, drawn: _Drawn) -> None:
    """End every arrow outside its actors' labels, not only outside the dots.

    A label sits under its dot: an arrow that reaches an actor from below would end, head and
    all, under the label. Once the layout is done, each end of each arrow is cut back to where
    its last stretch leaves the label's box (matplotlib cuts an arrow at a circle around its end).
    """
    to_points = 72 / figure.dpi
    boxes = {a: label.get_window_extent().padded(3) for a, label in drawn.labels.items()}
    for arrow, u, v, bend in drawn.arrows:
        start, end = axes.transData.transform(drawn.positions[u]), axes.transData.transform(drawn.positions[v])
        (dx, dy), middle = end - start, (start + end) / 2
        control = (middle[0] + bend * dy, middle[1] - bend * dx)  # matplotlib's arc3 control point
        length = math.hypot(dx, dy)
        cut_a = _exit_distance(start, control, boxes[u])
        cut_b = _exit_distance(end, control, boxes[v])
        shrink_a = max(arrow.shrinkA, (cut_a + 2) * to_points)
        shrink_b = max(arrow.shrinkB, (cut_b + 2) * to_points)
        if (shrink_a + shrink_b) / to_points < 0.8 * length:  # never cut an arrow away
            arrow.shrinkA, arrow.shrinkB = shrink_a, shrink_b
        elif (arrow.shrinkA + shrink_b) / to_points < 0.8 * length:  # too close: at least clear the head
            arrow.shrinkB = shrink_b


def _exit_distance(origin: Any, toward: tuple[float, float], box: Any) -> float:
    """How far from `origin`, heading to `toward`, the line leaves `box` (0 if it never enters it)."""
    heading = (toward[0] - origin[0], toward[1] - origin[1])
    norm = math.hypot(*heading)
    if norm == 0:
        return 0.0
    low, high = 0.0, math.inf
    for axis, (least, most) in enumerate(((box.x0, box.x1), (box.y0, box.y1))):
        step = heading[axis] / norm
        if step == 0:
            if not least <= origin[axis] <= most:
                return 0.0
            continue
        first, second = sorted(((least - origin[axis]) / step, (most - origin[axis]) / step))
        low, high = max(low, first), min(high, second)
    return high if high >= low and high != math.inf else 0.0
