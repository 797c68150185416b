"""DOT for Graphviz: one node per actor, one edge per relation coloured by type, evidence as tooltips.

Every ID and attribute value is a double-quoted string: `"` and `\\` are escaped and newlines
become `\\n`, so no text can end a string early or inject attributes.
"""

from __future__ import annotations

from graphx.export import records
from graphx.export.base import SingleFile
from graphx.graph.model import Graph

FONT = "DejaVu Sans"


CHUNK = 3000
"""Characters per quoted piece: Graphviz refuses a quoted string over 16,384 bytes, so longer text
is written as pieces joined with `+` (each piece at most 4 bytes a character once escaped)."""


def quote(text: str) -> str:
    """`text` as a DOT double-quoted string, safe in labels (escString) and plain attributes.

    NUL, which ends a string in Graphviz, becomes U+FFFD; text over CHUNK characters is split
    into quoted pieces joined with `+`, which Graphviz reads as one string.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    pieces = [text[i : i + CHUNK] for i in range(0, len(text), CHUNK)] or [""]
    return " + ".join(_quote_piece(piece) for piece in pieces)


def _quote_piece(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _attributes(values: dict[str, str]) -> str:
    return ", ".join(f"{name}={quote(value)}" for name, value in values.items())


class DotExporter(SingleFile):
    """A Graphviz digraph; `dot -Tsvg graph.dot > graph.svg` draws it, with evidence in tooltips."""

    name = "dot"
    suffix = ".dot"
    summary = "Graphviz DOT; colours and styles per type, mutual edges dir=none, evidence as tooltips"

    def text(self, graph: Graph) -> str:
        defaults = {
            "graph": {"label": graph.title, "labelloc": "t", "fontname": FONT, "rankdir": "LR", "charset": "UTF-8"},
            "node": {"shape": "box", "style": "rounded,filled", "fillcolor": "#f4f6f7", "fontname": FONT},
            "edge": {"fontname": FONT, "fontsize": "9"},
        }
        lines = ["digraph graphx {"] + [f"  {scope} [{_attributes(values)}];" for scope, values in defaults.items()]
        for actor in records.actors(graph):
            values = {
                "label": f"{actor.name}\n({actor.id})",
                "tooltip": "; ".join((actor.name, *actor.aliases)),
                "kind": actor.kind,
            }
            lines.append(f"  {quote(actor.id)} [{_attributes(values)}];")
        for edge in records.edges(graph):
            lines.append(f"  {quote(edge.source)} -> {quote(edge.target)} [{_attributes(_edge(graph, edge))}];")
        lines.append("}")
        return "\n".join(lines) + "\n"


def _edge(graph: Graph, edge: records.Edge) -> dict[str, str]:
    relation = edge.relation
    values = {
        "id": edge.key,
        "label": edge.type.label + (f"\n{relation.when}" if relation.when else ""),
        "color": edge.type.color,
        "fontcolor": edge.type.color,
        "style": edge.type.style,
        "tooltip": "\n".join(f"“{e.quote}” [{e.source}]" for e in relation.evidence),
    }
    if edge.mutual:
        values["dir"] = "none"
    flat = records.edge_attributes(graph, edge)
    for name in (
        "relation",
        "mutual",
        "between",
        "date",
        "start",
        "end",
        "note",
        "confidence",
        "origin",
        "sources",
        "citations",
    ):
        if name in flat:
            value = flat[name]
            values[name] = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return values
