"""GEXF 1.3 for Gephi: dated relations as dynamic spells, relation colours, typed attributes.

Partial dates become the days they cover (2022-09 -> 2022-09-01 .. 2022-09-30); an open
end is left out of the spell. Undated relations have no spell: Gephi shows them always.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from graphx.export import records
from graphx.export.base import SingleFile
from graphx.export.xml import clean, serialize, value_text
from graphx.graph.model import Graph

NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
_BUILT_IN = ("id", "label")  # GEXF attributes of <node> and <edge> themselves
_GEXF_TYPES = {"string": "string", "boolean": "boolean", "double": "double"}


class GexfExporter(SingleFile):
    """GEXF with node and edge attributes; edge `label` is the relation type's label."""

    name = "gexf"
    suffix = ".gexf"
    summary = "GEXF 1.3 for Gephi; dated relations as dynamic spells, evidence as attributes"

    def text(self, graph: Graph) -> str:
        root = ET.Element("gexf", {"xmlns": NS, "xmlns:viz": VIZ, "version": "1.3"})
        meta = ET.SubElement(root, "meta")
        ET.SubElement(meta, "creator").text = "graphx"
        ET.SubElement(meta, "title").text = clean(graph.title)
        if graph.description:
            ET.SubElement(meta, "description").text = clean(graph.description)
        edges = records.edges(graph)
        dynamic = any(records.spell(e.relation) for e in edges)
        attributes = {"defaultedgetype": "directed"}
        if dynamic:
            attributes |= {"mode": "dynamic", "timeformat": "date"}
        body = ET.SubElement(root, "graph", attributes)
        _declare(body, "node", tuple(f for f in records.NODE_FIELDS if f[0] not in _BUILT_IN))
        _declare(body, "edge", tuple(f for f in records.EDGE_FIELDS if f[0] not in _BUILT_IN))
        nodes = ET.SubElement(body, "nodes")
        for actor in records.actors(graph):
            values = records.node_attributes(actor)
            node = ET.SubElement(nodes, "node", {"id": clean(actor.id), "label": value_text(values.pop("label"))})
            _values(node, values)
        links = ET.SubElement(body, "edges")
        for edge in edges:
            values = records.edge_attributes(graph, edge)
            values.pop("id")
            element = ET.SubElement(
                links,
                "edge",
                {
                    "id": clean(edge.key),
                    "source": edge.source,
                    "target": edge.target,
                    "label": value_text(values.pop("label")),
                },
            )
            _values(element, values)
            _spells(element, records.spell(edge.relation))
            red, green, blue = (int(edge.type.color[i : i + 2], 16) for i in (1, 3, 5))
            ET.SubElement(element, "viz:color", {"r": str(red), "g": str(green), "b": str(blue)})
        return serialize(root)


def _declare(body: ET.Element, scope: str, fields: tuple[tuple[str, str], ...]) -> None:
    declared = ET.SubElement(body, "attributes", {"class": scope, "mode": "static"})
    for name, kind in fields:
        ET.SubElement(declared, "attribute", {"id": name, "title": name, "type": _GEXF_TYPES[kind]})


def _values(element: ET.Element, values: dict[str, records.Flat]) -> None:
    if values:
        holder = ET.SubElement(element, "attvalues")
        for name, value in values.items():
            ET.SubElement(holder, "attvalue", {"for": name, "value": value_text(value)})


def _spells(element: ET.Element, spell: tuple[str | None, str | None] | None) -> None:
    if spell is None:
        return
    start, end = spell
    bounds = {k: v for k, v in (("start", start), ("end", end)) if v is not None}
    ET.SubElement(ET.SubElement(element, "spells"), "spell", bounds)
