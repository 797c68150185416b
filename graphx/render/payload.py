"""The data block of the page: vis-network records plus the text the page shows, as plain JSON values."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from graphx.graph.dates import last_day
from graphx.graph.model import Actor, Relation, Source
from graphx.render import style
from graphx.render.layout import layout
from graphx.render.pyvis_adapter import build_records
from graphx.render.view import View

COLOR_BY = ("kind", "community")  # what the fill of an actor's dot shows


def build_payload(view: View, stem: str, color_by: str = "kind") -> dict[str, Any]:
    """Everything the page script needs, in a stable order (same view, same JSON).

    Dots are coloured by actor kind, or with `color_by="community"` by bloc (the legend then names the blocs).
    """
    graph = view.graph
    fills: dict[str, str] = {}
    kinds = sorted({graph.actors[a].kind for a in view.actors})
    legend = [{"name": k, "color": style.KIND_COLORS.get(k, style.DEFAULT_KIND_COLOR)} for k in kinds]
    if color_by == "community":
        from graphx.render.blocs import bloc_colors

        fills, legend = bloc_colors(graph, view.actors, view.relations)
    positions = layout(view.actors, [(e.source, e.target) for e in view.edges])
    sizes = style.node_sizes(view.actors, view.edges)
    smooth = style.curves(view.edges)
    highlighting = bool(view.path)
    on_path = set(view.path)
    node_items = []
    for actor_id in view.actors:
        actor = graph.actors[actor_id]
        x, y = positions[actor_id]
        look = style.node_look(
            actor.kind,
            sizes[actor_id],
            (actor_id in on_path) if highlighting else None,
            actor_id == view.focus,
            fills.get(actor_id),
        )
        node_items.append((actor_id, {"label": actor.name, "shape": "dot", "x": x, "y": y, **look}))
    edge_items = []
    for edge in view.edges:
        kind = graph.types[edge.relation.type]
        look = style.edge_look(edge, kind, smooth[edge.id], (edge.id in view.path_edges) if highlighting else None)
        edge_items.append((edge.source, edge.target, {"id": edge.id, "rel": edge.relation.id, **look}))
    records = build_records(node_items, edge_items)
    relations = view.relations
    counts = Counter(r.type for r in relations)
    cited = sorted({item.source for r in relations for item in r.evidence})
    return {
        "stem": stem,
        "options": style.network_options(len(view.edges)),
        "nodes": records.nodes,
        "edges": records.edges,
        "actors": {a: _actor(graph.actors[a]) for a in view.actors},
        "relations": {r.id: _relation(r) for r in relations},
        "sources": {s: _source(graph.sources[s]) for s in cited if s in graph.sources},
        "types": [
            {
                "name": t.name,
                "label": t.label,
                "color": t.color,
                "style": t.style,
                "form": t.form,
                "description": t.description,
                "count": counts[t.name],
            }
            for t in graph.types.values()
            if counts[t.name]
        ],
        "kinds": legend,
        "path": list(view.path),
        "focus": view.focus,
        "dates": _dates(relations),
        "imported": sum(1 for r in relations if r.origin == "imported"),
    }


def _actor(actor: Actor) -> dict[str, Any]:
    return _compact(
        {
            "name": actor.name,
            "kind": actor.kind,
            "aliases": list(actor.aliases),
            "part_of": actor.part_of,
            "note": actor.note,
        }
    )


def _relation(relation: Relation) -> dict[str, Any]:
    earliest = relation.earliest()
    return _compact(
        {
            "type": relation.type,
            "from": relation.from_actor,
            "to": relation.to_actor,
            "between": list(relation.between),
            "when": _when(relation),
            "from_day": earliest.isoformat() if earliest else None,
            "end_day": last_day(relation.end).isoformat() if relation.end else None,
            "evidence": [{"source": e.source, "quote": e.quote} for e in relation.evidence],
            "note": relation.note,
            "confidence": relation.confidence,
            "origin": relation.origin,
        }
    )


def _when(relation: Relation) -> str | None:
    """The date or period in words: 2022-10-12, 2020-09 to 2020-11, since 2022-02, until 2021."""
    if relation.date or not (relation.start or relation.end):
        return relation.date
    if relation.start and relation.end:
        return f"{relation.start} to {relation.end}"
    return f"since {relation.start}" if relation.start else f"until {relation.end}"


def _source(source: Source) -> dict[str, Any]:
    return _compact(
        {
            "title": source.title,
            "publisher": source.publisher,
            "date": source.date,
            "file": source.file,
            "url": source.url,
        }
    )


def _dates(relations: tuple[Relation, ...]) -> list[str]:
    """The days on which the map changes as the date control moves: starts, and the day after ends."""
    days = set()
    for relation in relations:
        earliest = relation.earliest()
        if earliest:
            days.add(earliest.isoformat())
        if relation.end:
            days.add((last_day(relation.end) + dt.timedelta(days=1)).isoformat())
    return sorted(days)


def _compact(values: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty values, so the JSON stays small."""
    return {k: v for k, v in values.items() if v is not None and v != []}
