"""Mermaid: a flowchart within Mermaid's limits, each relation's evidence as `%%` comments."""

from __future__ import annotations

from graphx.export.base import SingleFile
from graphx.graph.model import Graph
from graphx.report.mermaid import diagram


class MermaidExporter(SingleFile):
    """A Mermaid flowchart; above Mermaid's limits, the most connected actors with a note."""

    name = "mermaid"
    suffix = ".mmd"
    summary = "Mermaid flowchart (<= 500 edges: the top actors above that, with a note); evidence as comments"

    def text(self, graph: Graph) -> str:
        return diagram(graph).text

    def files_and_note(self, graph: Graph) -> tuple[dict[str, str], str | None]:
        drawn = diagram(graph)
        return {"graph" + self.suffix: drawn.text}, drawn.note
