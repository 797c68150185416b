"""What every exporter writes: actors as nodes, relations as edges, evidence flattened for flat formats.

A mutual relation (conflict) is one edge marked `mutual`, from the first actor of `between`
to the second; a mediation is one edge from the mediator to each party.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from graphx.graph.dates import first_day, last_day
from graphx.graph.model import Actor, Graph, Relation, RelationType, Source

Flat = str | bool | int | float

NODE_FIELDS: tuple[tuple[str, str], ...] = (
    ("label", "string"),
    ("kind", "string"),
    ("aliases", "string"),
    ("part_of", "string"),
    ("note", "string"),
)
"""The flat attributes of a node, with their GraphML/GEXF type."""

EDGE_FIELDS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("relation", "string"),
    ("label", "string"),
    ("mutual", "boolean"),
    ("between", "string"),
    ("date", "string"),
    ("start", "string"),
    ("end", "string"),
    ("note", "string"),
    ("confidence", "double"),
    ("origin", "string"),
    ("quote", "string"),
    ("sources", "string"),
    ("citations", "string"),
    ("evidence", "string"),
)
"""The flat attributes of an edge, with their GraphML/GEXF type."""


@dataclass(frozen=True)
class Edge:
    """One exported edge: a relation, or one (mediator, party) pair of a mediation."""

    key: str
    source: str
    target: str
    relation: Relation
    type: RelationType
    mutual: bool


def edges(graph: Graph) -> list[Edge]:
    """The graph's edges, each relation once (a mediation once per party), in a stable order."""
    found: list[Edge] = []
    for relation in sorted(graph.relations, key=lambda r: (r.key, r.id)):
        kind = graph.types[relation.type]
        pairs = list(relation.edges(kind.form))
        if kind.form == "mutual":
            pairs = pairs[:1]
        for u, v in pairs:
            key = relation.id + (f"~{v}" if kind.form == "mediated" else "")
            found.append(Edge(key, u, v, relation, kind, kind.form == "mutual"))
    return found


def actors(graph: Graph) -> list[Actor]:
    """The actors, sorted by id."""
    return [graph.actors[a] for a in sorted(graph.actors)]


def cited_sources(graph: Graph) -> list[Source]:
    """The sources the relations cite, sorted by id."""
    cited = {e.source for r in graph.relations for e in r.evidence}
    return [graph.sources[s] for s in sorted(cited) if s in graph.sources]


def spell(relation: Relation) -> tuple[str | None, str | None] | None:
    """The ISO dates a dated relation may span (`None` for an open end); None if undated."""
    start = relation.date or relation.start
    end = relation.date or relation.end
    if start is None and end is None:
        return None
    return (first_day(start).isoformat() if start else None, last_day(end).isoformat() if end else None)


def citation(source: Source) -> str:
    """A source as one line: title, publisher, date, then URL or file."""
    parts = [source.title, source.publisher, source.date, source.url or source.file]
    return ", ".join(p for p in parts if p)


def node_attributes(actor: Actor) -> dict[str, Flat]:
    """An actor's attributes as flat values (lists joined with '; '); empty ones left out."""
    values: dict[str, Flat | None] = {
        "label": actor.name,
        "kind": actor.kind,
        "aliases": "; ".join(actor.aliases) or None,
        "part_of": actor.part_of,
        "note": actor.note,
    }
    return {k: v for k, v in values.items() if v is not None}


def edge_attributes(graph: Graph, edge: Edge) -> dict[str, Flat]:
    """A relation's attributes as flat values, with its evidence three ways.

    `quote` is the first quote, `sources` the cited source ids, `citations` the cited sources
    in full, and `evidence` the whole list as JSON text, for a lossless round trip.
    """
    relation = edge.relation
    ids = list(dict.fromkeys(e.source for e in relation.evidence))
    values: dict[str, Flat | None] = {
        "id": relation.id,
        "relation": relation.type,
        "label": edge.type.label,
        "mutual": edge.mutual,
        "between": "; ".join(relation.between) or None,
        "date": relation.date,
        "start": relation.start,
        "end": relation.end,
        "note": relation.note,
        "confidence": relation.confidence,
        "origin": relation.origin,
        "quote": relation.evidence[0].quote if relation.evidence else None,
        "sources": "; ".join(ids) or None,
        "citations": " | ".join(citation(graph.sources[s]) for s in ids if s in graph.sources) or None,
        "evidence": evidence_json(relation),
    }
    return {k: v for k, v in values.items() if v is not None}


def evidence_json(relation: Relation) -> str:
    """The evidence list as compact JSON text."""
    return json.dumps([{"source": e.source, "quote": e.quote} for e in relation.evidence], ensure_ascii=False)


def source_attributes(source: Source) -> dict[str, str]:
    """A source's fields, empty ones left out."""
    values = {
        "title": source.title,
        "publisher": source.publisher,
        "date": source.date,
        "file": source.file,
        "url": source.url,
    }
    return {k: v for k, v in values.items() if v is not None}


def sources_json(graph: Graph) -> str:
    """The cited sources as JSON text, keyed by id."""
    return json.dumps({s.id: source_attributes(s) for s in cited_sources(graph)}, ensure_ascii=False)
