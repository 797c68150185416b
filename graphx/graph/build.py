"""Turn the model into a networkx MultiDiGraph, and select or collapse relations first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import replace

import networkx as nx

from graphx.graph.model import Actor, Graph, Relation


def to_networkx(graph: Graph, relations: Iterable[Relation] | None = None) -> nx.MultiDiGraph:
    """One node per actor and one edge per (relation, direction).

    Mediation gives mediator -> each party; a mutual relation (conflict) gives both
    directions, the second marked `reverse`. Edge keys are relation ids, so parallel
    relations stay separate edges. Nodes and edges are added in sorted order so that
    every algorithm run on the result is deterministic.
    """
    chosen = sorted(graph.relations if relations is None else relations, key=lambda r: (r.key, r.id))
    result = nx.MultiDiGraph(title=graph.title)
    for actor_id in sorted(graph.actors):
        actor = graph.actors[actor_id]
        result.add_node(actor_id, name=actor.name, kind=actor.kind, aliases=actor.aliases, part_of=actor.part_of)
    for relation in chosen:
        form = graph.form(relation)
        for index, (u, v) in enumerate(relation.edges(form)):
            reverse = form == "mutual" and index == 1
            key = relation.id + ("~reverse" if reverse else "" if form != "mediated" else f"~{v}")
            result.add_edge(
                u,
                v,
                key=key,
                relation=relation,
                type=relation.type,
                mutual=form == "mutual",
                reverse=reverse,
            )
    return result


def select(
    graph: Graph,
    relations: Iterable[Relation] | None = None,
    *,
    types: Collection[str] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    actors: Collection[str] = (),
) -> list[Relation]:
    """The relations of the given types, that may fall within [since, until], naming any of `actors`.

    Date filters keep a relation whose period may overlap the window; undated and
    open-ended relations are kept.
    """
    chosen = []
    for relation in graph.relations if relations is None else relations:
        if types and relation.type not in types:
            continue
        if actors and not set(relation.actors) & set(actors):
            continue
        if since is not None and (latest := relation.latest()) is not None and latest < since:
            continue
        if until is not None and (earliest := relation.earliest()) is not None and earliest > until:
            continue
        chosen.append(relation)
    return chosen


def state_of(graph: Graph, actor_id: str) -> str:
    """The top of an actor's `part_of` chain: a minister's state, say."""
    seen = {actor_id}
    while (parent := graph.actors[actor_id].part_of) is not None and parent not in seen:
        seen.add(parent)
        actor_id = parent
    return actor_id


def collapse(graph: Graph) -> Graph:
    """The graph at state level: every actor with `part_of` is merged into its top actor.

    The top actor answers to the merged actors' ids, names and aliases too. Relations that
    become the same (same type, actors and date) are merged into one that keeps all their
    evidence; relations that become reflexive are dropped.
    """
    top = {a: state_of(graph, a) for a in graph.actors}
    merged: dict[str, Relation] = {}
    for relation in graph.relations:
        between = tuple(dict.fromkeys(top[a] for a in relation.between))
        moved = replace(
            relation,
            from_actor=top[relation.from_actor] if relation.from_actor else None,
            to_actor=top[relation.to_actor] if relation.to_actor else None,
            between=between,
            given_id=None,
        )
        form = graph.form(moved)
        if form == "directed" and moved.from_actor == moved.to_actor:
            continue
        if form == "mutual" and len(between) < 2:
            continue
        if form == "mediated" and (len(between) < 2 or moved.from_actor in between):
            continue
        earlier = merged.get(moved.key)
        merged[moved.key] = moved if earlier is None else _merged(earlier, moved)
    return replace(graph, actors=_absorbed(graph, top), relations=tuple(merged.values()))


def _merged(first: Relation, second: Relation) -> Relation:
    """One relation with the evidence of both; curated if either is."""
    confidences = [c for c in (first.confidence, second.confidence) if c is not None]
    return replace(
        first,
        evidence=tuple(dict.fromkeys(first.evidence + second.evidence)),
        confidence=max(confidences) if confidences else None,
        origin="curated" if "curated" in (first.origin, second.origin) else first.origin,
        note="; ".join(n for n in dict.fromkeys((first.note, second.note)) if n) or None,
    )


def _absorbed(graph: Graph, top: dict[str, str]) -> dict[str, Actor]:
    """The top actors, each also known by the ids, names and aliases of the actors merged into it."""
    actors = {a: graph.actors[a] for a in graph.actors if top[a] == a}
    for actor in graph.actors.values():
        if top[actor.id] != actor.id:
            host = actors[top[actor.id]]
            known = {label.casefold() for label in (host.id, host.name, *host.aliases)}
            extra = [label for label in (actor.id, actor.name, *actor.aliases) if label.casefold() not in known]
            actors[host.id] = replace(host, aliases=host.aliases + tuple(dict.fromkeys(extra)))
    return actors
