"""The static figure: deterministic SVG and PNG, every name kept, big graphs cut to the top actors."""

from __future__ import annotations

import math
import struct
import xml.etree.ElementTree as ET
from dataclasses import replace
from html import escape

import pytest

from graphx.graph.load import load_graph
from graphx.graph.model import Graph
from graphx.graph.synthetic import synthetic_graph
from graphx.report.figure import MAX_ACTORS, MAX_LINKS, PNG_DPI, _links, chosen_actors, draw
from tests.paths import FIXTURES, SHIPPED

EXPORT_FIXTURES = FIXTURES / "export"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_figure_is_deterministic_and_readable_at_page_width() -> None:
    graph = load_graph(SHIPPED)
    first, second = draw(graph), draw(load_graph(SHIPPED))
    assert first.svg == second.svg and first.png == second.png
    width, _ = _png_size(first.png)
    assert width == 7.5 * PNG_DPI  # 7.5 in at 200 dpi: sharp at page width
    ET.fromstring(first.svg.encode("utf-8"))
    assert "<dc:date>" not in first.svg
    for name in ("Russia", "Armenia", "European Union"):
        assert name in first.svg  # text stays text (svg.fonttype none)
    assert "Mediation (arrow from mediator to each party)" in first.svg  # the legend
    assert "Actors with no relation here (2) are left out." in first.caption


def test_figure_keeps_non_latin_and_special_names() -> None:
    graph = load_graph(EXPORT_FIXTURES / "tricky.yaml")
    figure = draw(graph)
    ET.fromstring(figure.svg.encode("utf-8"))  # still well-formed with <, &, quotes in names
    for line in ("Հայաստան", 'Россия "РФ"', "Azərbaycan <Şuşa>", "& Ğəncə"):  # long names wrap
        assert f">{escape(line, quote=False)}</text>" in figure.svg
    assert "<script" not in figure.svg


def test_big_graph_is_cut_to_the_most_connected_actors() -> None:
    sparse = synthetic_graph(200, 200, seed=0)
    assert len(chosen_actors(sparse)) == MAX_ACTORS
    graph = synthetic_graph(500, 2000, seed=0)
    shown = chosen_actors(graph)
    assert 2 < len(shown) < MAX_ACTORS  # its top actors are so densely linked that fewer are drawn
    assert len(_links(graph, set(shown))) <= MAX_LINKS
    figure = draw(graph)
    assert figure.actors_shown == len(shown) and figure.actors_total == 500
    assert f"Showing the {len(shown)} most connected of" in figure.caption


def test_focus_actor_is_always_shown() -> None:
    graph = synthetic_graph(500, 2000, seed=0)
    quiet = sorted(graph.actors)[-1]
    assert quiet in chosen_actors(graph, focus=quiet)


def test_graph_without_relations_still_draws() -> None:
    graph = replace(load_graph(SHIPPED), relations=())
    figure = draw(graph)
    assert figure.caption.startswith("No relations.")
    ET.fromstring(figure.svg.encode("utf-8"))


def _hidden_arrowheads(graph: Graph) -> list[tuple[str, str]]:
    """Arrows with a head under the label, or inside the dot, of the actor it points to."""
    import matplotlib

    from graphx.report.figure import _RC, laid_out

    with matplotlib.rc_context(_RC):
        figure, drawn = laid_out(graph, chosen_actors(graph), None)
        axes = figure.axes[0]
        hidden = []
        for arrow, u, v, _ in drawn.arrows:
            paths, fillable = arrow._get_path_in_displaycoord()  # the line, and the heads (filled)
            heads = [p.vertices for p, filled in zip(paths, fillable, strict=True) if filled]
            assert heads, (u, v)
            centres = {a: axes.transData.transform(drawn.positions[a]) for a in (u, v)}
            for head in heads:
                tip_x, tip_y = head.mean(axis=0)
                actor = min((u, v), key=lambda a: math.hypot(tip_x - centres[a][0], tip_y - centres[a][1]))
                box = drawn.labels[actor].get_window_extent()
                radius = drawn.radius[actor] * figure.dpi / 72
                for x, y in head:
                    if box.contains(x, y) or math.hypot(x - centres[actor][0], y - centres[actor][1]) < radius - 1:
                        hidden.append((u, v))
        return sorted(set(hidden))


@pytest.mark.parametrize("graph", ["shipped", "tricky", "synthetic"])
def test_every_arrowhead_is_visible_even_from_below(graph: str) -> None:
    loaded = {
        "shipped": lambda: load_graph(SHIPPED),
        "tricky": lambda: load_graph(EXPORT_FIXTURES / "tricky.yaml"),
        "synthetic": lambda: synthetic_graph(40, 60, seed=3),
    }[graph]()
    assert _hidden_arrowheads(loaded) == []


def test_control_characters_in_names_keep_the_svg_well_formed() -> None:
    graph = load_graph(SHIPPED)
    actors = dict(graph.actors)
    actors["RUS"] = replace(actors["RUS"], name="Rus\x01sia\x1b[31m\x00")
    figure = draw(replace(graph, actors=actors), png=False)
    ET.fromstring(figure.svg.encode("utf-8"))  # XML 1.0 forbids most control characters
    assert "Rus\\x01sia" in figure.svg  # shown as escapes (the label wraps after 18 characters)
