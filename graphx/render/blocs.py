"""Colouring a map by bloc: each Louvain community of the drawn relations gets a colour, and the legend
names each bloc by its most central actor."""

from __future__ import annotations

from graphx.graph.model import Graph, Relation
from graphx.query.communities import communities

PALETTE = (  # qualitative, and apart from the red, blue and purple of the built-in relation types
    "#1b9e77",
    "#d95f02",
    "#66a61e",
    "#e7298a",
    "#e6ab02",
    "#a6761d",
    "#17becf",
    "#666666",
    "#bcbd22",
    "#7570b3",
)
UNGROUPED_COLOR = "#c8ccd0"  # actors drawn without a relation belong to no bloc


def bloc_colors(
    graph: Graph, actors: tuple[str, ...], relations: tuple[Relation, ...]
) -> tuple[dict[str, str], list[dict[str, str]]]:
    """A fill colour per drawn actor, and the legend entries: one per bloc, largest first.

    Past the palette's length, colours repeat; the legend then says which blocs share one.
    """
    blocs = communities(graph, relations)
    fills: dict[str, str] = dict.fromkeys(actors, UNGROUPED_COLOR)
    legend: list[dict[str, str]] = []
    for index, bloc in enumerate(blocs):
        color = PALETTE[index % len(PALETTE)]
        for actor in bloc.members:
            fills[actor] = color
        leader = graph.actors[bloc.leader].name
        legend.append({"name": f"{leader}'s bloc ({len(bloc.members)} actors)", "color": color})
    if any(fill == UNGROUPED_COLOR for fill in fills.values()):
        legend.append({"name": "in no bloc (no relation drawn)", "color": UNGROUPED_COLOR})
    return fills, legend
