"""JSON: networkx node-link data with an explicit `edges` key, round-trippable through networkx."""

from __future__ import annotations

from typing import Any

import networkx as nx

from graphx.export import records
from graphx.export.base import SingleFile
from graphx.graph.model import Graph
from graphx.query.listing import to_json
from graphx.query.present import relation_data


def to_multidigraph(graph: Graph) -> nx.MultiDiGraph:
    """The graph as a MultiDiGraph with JSON-friendly attributes: lists, not tuples; no None values."""
    result = nx.MultiDiGraph()
    result.graph.update(_graph_attributes(graph))
    for actor in records.actors(graph):
        data: dict[str, Any] = {"name": actor.name, "kind": actor.kind, "aliases": list(actor.aliases)}
        if actor.part_of:
            data["part_of"] = actor.part_of
        if actor.note:
            data["note"] = actor.note
        result.add_node(actor.id, **data)
    for edge in records.edges(graph):
        relation = edge.relation
        attributes = {k: v for k, v in relation_data(relation).items() if k not in ("from", "to")}
        attributes.update(label=edge.type.label, mutual=edge.mutual)
        result.add_edge(edge.source, edge.target, key=edge.key, **attributes)
    return result


def _graph_attributes(graph: Graph) -> dict[str, Any]:
    data: dict[str, Any] = {"title": graph.title}
    if graph.description:
        data["description"] = graph.description
    data["types"] = {
        t.name: {"label": t.label, "form": t.form, "color": t.color, "style": t.style, "description": t.description}
        for t in (graph.types[name] for name in sorted(graph.types))
    }
    data["sources"] = {s.id: records.source_attributes(s) for s in records.cited_sources(graph)}
    return data


class JsonExporter(SingleFile):
    """networkx node-link JSON: `nx.node_link_graph(json.load(f), edges="edges")` reads it back."""

    name = "json"
    suffix = ".json"
    summary = "networkx node-link JSON (edges key 'edges'); evidence as lists of {source, quote}"

    def text(self, graph: Graph) -> str:
        return to_json(nx.node_link_data(to_multidigraph(graph), edges="edges"))
