"""Listings for the query commands: rows for table/csv/md and structured data for JSON."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from graphx.graph.model import Graph, Relation
from graphx.query.listing import Listing
from graphx.query.questions import Hop, Neighbors, Stats

_NO_DATE = dt.date.min


def relation_data(relation: Relation, edge: tuple[str, str] | None = None) -> dict[str, Any]:
    """A relation as JSON: endpoints as in the file (or the edge walked), dates, evidence."""
    data: dict[str, Any] = {"id": relation.id, "type": relation.type}
    if edge is not None:
        data["from"], data["to"] = edge
    else:
        if relation.from_actor:
            data["from"] = relation.from_actor
        if relation.to_actor:
            data["to"] = relation.to_actor
    if relation.between:
        data["between"] = list(relation.between)
    for key in ("date", "start", "end", "note", "confidence"):
        value = getattr(relation, key)
        if value is not None:
            data[key] = value
    data["origin"] = relation.origin
    if relation.tally is not None:
        data["events"] = {k: v for k, v in asdict(relation.tally).items() if v is not None}
    data["evidence"] = [{"source": e.source, "quote": e.quote} for e in relation.evidence]
    return data


def _ends(relation: Relation) -> tuple[str, str]:
    """How a relation's endpoints read in one table cell each."""
    if relation.from_actor and relation.to_actor:
        return relation.from_actor, relation.to_actor
    if relation.from_actor:
        return relation.from_actor, " & ".join(relation.between)
    return relation.between[0], relation.between[1]


def _first_quote(relation: Relation) -> str:
    more = len(relation.evidence) - 1
    quote = relation.evidence[0].quote if relation.evidence else ""
    return quote + (f" (+{more} more)" if more > 0 else "")


def actors_listing(graph: Graph) -> Listing:
    degree: dict[str, int] = dict.fromkeys(graph.actors, 0)
    for relation in graph.relations:
        for actor in set(relation.actors):
            degree[actor] += 1
    rows = [
        (a.id, a.name, a.kind, a.part_of or "", degree[a.id], ", ".join(a.aliases))
        for a in sorted(graph.actors.values(), key=lambda a: a.id)
    ]
    data = [
        {
            "id": a.id,
            "name": a.name,
            "kind": a.kind,
            "part_of": a.part_of,
            "aliases": list(a.aliases),
            "relations": degree[a.id],
        }
        for a in sorted(graph.actors.values(), key=lambda a: a.id)
    ]
    return Listing(("id", "name", "kind", "part_of", "relations", "aliases"), rows, data)


def relations_listing(relations: Sequence[Relation]) -> Listing:
    ordered = sorted(relations, key=lambda r: (r.type, r.earliest() or _NO_DATE, r.key))
    rows = [(r.id, r.type, *_ends(r), r.when or "", r.origin, _first_quote(r)) for r in ordered]
    return Listing(
        ("id", "type", "from", "to", "date", "origin", "evidence"), rows, [relation_data(r) for r in ordered]
    )


def neighbors_listing(found: Neighbors) -> Listing:
    actor, links = found.actor, found.links
    rows = [(k.other, k.direction, k.relation.type, k.relation.when or "", _first_quote(k.relation)) for k in links]
    data = {
        "actor": actor,
        "neighbors": [
            {"actor": k.other, "direction": k.direction, "relation": relation_data(k.relation)} for k in links
        ],
    }
    return Listing(("neighbor", "direction", "type", "date", "evidence"), rows, data)


def paths_listing(found: Sequence[Sequence[Hop]]) -> Listing:
    source, target = (found[0][0].source, found[0][-1].target) if found and found[0] else ("", "")
    rows = []
    for number, path in enumerate(found, start=1):
        for step, hop in enumerate(path, start=1):
            for edge_from, edge_to, relation in hop.relations:
                rows.append(
                    (
                        number,
                        step,
                        edge_from,
                        edge_to,
                        relation.type,
                        relation.when or "",
                        _first_quote(relation),
                        relation.evidence[0].source if relation.evidence else "",
                    )
                )
    data = {
        "from": source,
        "to": target,
        "hops": len(found[0]) if found else 0,
        "paths": [
            [
                {
                    "from": hop.source,
                    "to": hop.target,
                    "relations": [relation_data(r, (a, b)) for a, b, r in hop.relations],
                }
                for hop in path
            ]
            for path in found
        ],
    }
    return Listing(("path", "hop", "from", "to", "type", "date", "evidence", "source"), rows, data)


def stats_listing(graph: Graph, summary: Stats) -> Listing:
    rows: list[tuple[object, ...]] = [
        ("actors in the graph", "", summary.actors),
        ("actors with relations", "", summary.linked),
        ("relations", "", summary.relations),
    ]
    rows += [(f"relations: {t}", "", n) for t, n in summary.by_type.items()]
    rows += [("most critical", a, n) for a, n in summary.critics]
    rows += [("most criticised", a, n) for a, n in summary.criticised]
    rows += [("mediator", a, n) for a, n in summary.mediators]
    rows += [("conflict", f"{a} <-> {b}", n) for a, b, n in summary.conflicts]
    rows += [("broker (betweenness)", a, c) for a, c in summary.brokers]
    rows += [(f"bloc {n} (community)", c.leader, ", ".join(c.members)) for n, c in enumerate(summary.communities, 1)]
    data = {
        "title": graph.title,
        "actors": summary.actors,
        "actors_with_relations": summary.linked,
        "relations": summary.relations,
        "by_type": summary.by_type,
        "most_critical": [{"actor": a, "count": n} for a, n in summary.critics],
        "most_criticised": [{"actor": a, "count": n} for a, n in summary.criticised],
        "mediators": [{"actor": a, "count": n} for a, n in summary.mediators],
        "conflicts": [{"between": [a, b], "count": n} for a, b, n in summary.conflicts],
        "brokers": [{"actor": a, "betweenness": c} for a, c in summary.brokers],
        "communities": [{"leader": c.leader, "actors": list(c.members)} for c in summary.communities],
    }
    return Listing(("measure", "actor", "value"), rows, data)
