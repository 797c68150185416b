"""CSV: nodes.csv and edges.csv with the column names Gephi's spreadsheet import knows.

Gephi's edge `Type` is Directed or Undirected (a mutual relation); the relation type is in
`relation`, its display name in `Label`. Lists are joined with '; ', evidence is also JSON text.
A text cell that starts with `=`, `+`, `-`, `@`, a tab or CR gets a leading `'`, so that no
spreadsheet runs it as a formula, unless the exporter keeps `raw_cells`.
"""

from __future__ import annotations

from graphx.export import records
from graphx.export.base import Exporter
from graphx.export.records import Flat
from graphx.graph.model import Graph
from graphx.query.listing import csv_cell, csv_text

NODE_COLUMNS = ("Id", "Label", *(name for name, _ in records.NODE_FIELDS if name != "label"))
EDGE_COLUMNS = (
    "Source",
    "Target",
    "Type",
    "Id",
    "Label",
    *(name for name, _ in records.EDGE_FIELDS if name not in ("id", "label")),
)


class CsvExporter(Exporter):
    """Two files, nodes.csv and edges.csv, written into a folder."""

    name = "csv"
    suffix = ".csv"
    summary = "nodes.csv and edges.csv with Gephi's columns (Id, Label; Source, Target, Type, ...)"
    single = False

    def files(self, graph: Graph) -> dict[str, str]:
        nodes = []
        for actor in records.actors(graph):
            values = records.node_attributes(actor)
            nodes.append({"Id": actor.id, "Label": values.pop("label"), **values})
        links = []
        for edge in records.edges(graph):
            values = records.edge_attributes(graph, edge)
            values.pop("id")
            links.append(
                {
                    "Source": edge.source,
                    "Target": edge.target,
                    "Type": "Undirected" if edge.mutual else "Directed",
                    "Id": edge.key,
                    "Label": values.pop("label"),
                    **values,
                }
            )
        return {
            "nodes.csv": _table(NODE_COLUMNS, nodes, self.raw_cells),
            "edges.csv": _table(EDGE_COLUMNS, links, self.raw_cells),
        }


def _table(columns: tuple[str, ...], rows: list[dict[str, Flat]], raw: bool) -> str:
    return csv_text(columns, ([_cell(row[c], raw) if c in row else "" for c in columns] for row in rows))


def _cell(value: Flat, raw: bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return csv_cell(value, raw=raw)
    return str(value)
