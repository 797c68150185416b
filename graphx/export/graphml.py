"""GraphML: every attribute declared with a type; lists flattened (GraphML has no list type).

A mutual relation is one edge with `mutual` true. GraphML could mark it `directed="false"`,
but networkx (and most readers) reject mixed graphs, so the marker is an attribute.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from graphx.export import records
from graphx.export.base import SingleFile
from graphx.export.xml import clean, serialize, value_text
from graphx.graph.model import Graph

NS = "http://graphml.graphdrawing.org/xmlns"
SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
GRAPH_FIELDS = (("title", "string"), ("description", "string"), ("sources", "string"))


class GraphmlExporter(SingleFile):
    """GraphML for Gephi, yEd, Cytoscape, networkx and igraph."""

    name = "graphml"
    suffix = ".graphml"
    summary = "GraphML; lists joined with '; ', evidence also as JSON text; graph-level sources"

    def text(self, graph: Graph) -> str:
        root = ET.Element(
            "graphml",
            {
                "xmlns": NS,
                "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation": f"{NS} {SCHEMA}",
            },
        )
        for scope, fields in (("graph", GRAPH_FIELDS), ("node", records.NODE_FIELDS), ("edge", records.EDGE_FIELDS)):
            for name, kind in fields:
                ET.SubElement(
                    root, "key", {"id": _key(scope, name), "for": scope, "attr.name": name, "attr.type": kind}
                )
        body = ET.SubElement(root, "graph", {"id": "G", "edgedefault": "directed"})
        about = {"title": graph.title, "description": graph.description, "sources": records.sources_json(graph)}
        _data(body, "graph", {k: v for k, v in about.items() if v is not None})
        for actor in records.actors(graph):
            _data(ET.SubElement(body, "node", {"id": clean(actor.id)}), "node", records.node_attributes(actor))
        for edge in records.edges(graph):
            element = ET.SubElement(body, "edge", {"id": clean(edge.key), "source": edge.source, "target": edge.target})
            _data(element, "edge", records.edge_attributes(graph, edge))
        return serialize(root)


def _key(scope: str, name: str) -> str:
    return f"{scope[0]}_{name}"


def _data(parent: ET.Element, scope: str, values: dict[str, records.Flat]) -> None:
    for name, value in values.items():
        ET.SubElement(parent, "data", {"key": _key(scope, name)}).text = value_text(value)
