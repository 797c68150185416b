"""Cypher: statements Neo4j runs (`cypher-shell -f graph.cypher`) to create the graph.

Actors and sources are MERGEd on their id, so running the file twice does not duplicate
them; relations are MERGEd on their id too. A relation's evidence is two parallel list
properties, `quotes` and `sources` (Neo4j properties cannot hold maps); `sources` holds the
ids of (:Source) nodes. Relationships are directed in Neo4j: a mutual one has `mutual: true`.
"""

from __future__ import annotations

from graphx.export import records
from graphx.export.base import SingleFile
from graphx.export.records import Flat
from graphx.graph.model import Graph

_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def string(text: str) -> str:
    """`text` as a Cypher single-quoted string literal."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or char in "\x85\u2028\u2029":  # every character that some reader takes as a line end
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "'" + "".join(out) + "'"


def literal(value: Flat | list[str]) -> str:
    """A property value as a Cypher literal."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(string(v) for v in value) + "]"
    return string(value)


def identifier(name: str) -> str:
    """A label or relationship type in backticks (a backtick inside is doubled)."""
    return "`" + name.replace("`", "``") + "`"


def properties(values: dict[str, Flat | list[str]]) -> str:
    """A map literal; keys are plain identifiers chosen by graphx."""
    return "{" + ", ".join(f"{k}: {literal(v)}" for k, v in values.items()) + "}"


class CypherExporter(SingleFile):
    """Neo4j Cypher: (:Actor), (:Source), and one relationship per relation, typed by its type."""

    name = "cypher"
    suffix = ".cypher"
    summary = "Cypher for Neo4j: MERGE statements; evidence as parallel quotes/sources lists"

    def text(self, graph: Graph) -> str:
        title = " ".join(graph.title.split())
        lines = [
            f"// {title}: exported by graphx. Run: cypher-shell -f graph.cypher",
            "CREATE CONSTRAINT graphx_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;",
            "CREATE CONSTRAINT graphx_source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;",
        ]
        for source in records.cited_sources(graph):
            values: dict[str, Flat | list[str]] = dict(records.source_attributes(source))
            lines.append(f"MERGE (n:Source {{id: {string(source.id)}}}) SET n += {properties(values)};")
        for actor in records.actors(graph):
            values = {"name": actor.name, "kind": actor.kind, "aliases": list(actor.aliases)}
            values |= {k: v for k, v in (("part_of", actor.part_of), ("note", actor.note)) if v is not None}
            lines.append(f"MERGE (n:Actor {{id: {string(actor.id)}}}) SET n += {properties(values)};")
        for actor in records.actors(graph):
            if actor.part_of:
                lines.append(
                    f"MATCH (a:Actor {{id: {string(actor.id)}}}), (b:Actor {{id: {string(actor.part_of)}}}) "
                    "MERGE (a)-[:PART_OF]->(b);"
                )
        for edge in records.edges(graph):
            lines.append(_relationship(graph, edge))
        return "\n".join(lines) + "\n"


def _relationship(graph: Graph, edge: records.Edge) -> str:
    relation = edge.relation
    flat = records.edge_attributes(graph, edge)
    values: dict[str, Flat | list[str]] = {"type": relation.type}
    values |= {
        k: flat[k] for k in ("label", "mutual", "date", "start", "end", "note", "confidence", "origin") if k in flat
    }
    if relation.between:
        values["between"] = list(relation.between)
    values["quotes"] = [e.quote for e in relation.evidence]
    values["sources"] = [e.source for e in relation.evidence]
    kind = identifier(relation.type.upper().replace("-", "_"))
    return (
        f"MATCH (a:Actor {{id: {string(edge.source)}}}), (b:Actor {{id: {string(edge.target)}}}) "
        f"MERGE (a)-[r:{kind} {{id: {string(edge.key)}}}]->(b) SET r += {properties(values)};"
    )
