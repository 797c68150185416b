"""Export a graph for other tools: one small interface (`Exporter`), one module per format.

    from graphx.export import exporter
    files = exporter("graphml").files(graph)   # {"graph.graphml": "<?xml ..."}

Every format keeps the evidence and the sources, escapes text for its own syntax, and gives
byte-identical output for the same graph.
"""

from __future__ import annotations

from graphx.errors import UsageError
from graphx.export.base import Exporter, SingleFile
from graphx.export.csvfiles import CsvExporter
from graphx.export.cypher import CypherExporter
from graphx.export.dot import DotExporter
from graphx.export.gexf import GexfExporter
from graphx.export.graphml import GraphmlExporter
from graphx.export.mermaid import MermaidExporter
from graphx.export.nodelink import JsonExporter

EXPORTERS: dict[str, type[Exporter]] = {
    e.name: e
    for e in (JsonExporter, GraphmlExporter, GexfExporter, CsvExporter, DotExporter, MermaidExporter, CypherExporter)
}
FORMATS: tuple[str, ...] = tuple(EXPORTERS)


def exporter(name: str, *, raw_cells: bool = False) -> Exporter:
    """The exporter of format `name`; UsageError names the known ones.

    CSV cells that a spreadsheet would run as a formula start with `'` unless `raw_cells`.
    """
    try:
        return EXPORTERS[name](raw_cells=raw_cells)
    except KeyError:
        raise UsageError(f"unknown export format {name!r}; expected one of {', '.join(FORMATS)}") from None


__all__ = ["EXPORTERS", "FORMATS", "Exporter", "SingleFile", "exporter"]
