"""Questions asked of a graph: actor lookup, neighbours, paths and statistics."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from itertools import islice, pairwise
from typing import Literal

import networkx as nx

from graphx.errors import NoAnswerError, UnknownActorError, UsageError
from graphx.graph.model import Graph, Relation

Direction = Literal["in", "out", "both"]
BETWEENNESS_BUDGET = 2_000_000  # edge visits; above it betweenness is estimated from a seeded sample


def resolve_actor(graph: Graph, name: str) -> str:
    """The id of the actor called `name` (id, name or alias, any case), else UnknownActorError."""
    if name in graph.actors:
        return name
    folded = name.strip().casefold()
    labels: dict[str, str] = {}
    for actor in graph.actors.values():
        for label in (actor.id, actor.name, *actor.aliases):
            labels.setdefault(label.casefold(), actor.id)
    if folded in labels:
        return labels[folded]
    close = _close_matches(folded, list(labels), n=5, cutoff=0.6)
    suggestions = list(dict.fromkeys(f"{labels[c]} ({graph.actors[labels[c]].name})" for c in close))
    raise UnknownActorError(name, suggestions[:3])


@dataclass(frozen=True)
class Link:
    """One relation seen from an actor: the other actor and which way the edge points."""

    actor: str
    other: str
    direction: Literal["in", "out", "mutual"]
    relation: Relation


def neighbors(
    graph: Graph,
    actor: str,
    *,
    types: Collection[str] = (),
    direction: Direction = "both",
    relations: Collection[Relation] | None = None,
) -> list[Link]:
    """Relations touching `actor`, one Link per other actor and relation, in a stable order."""
    links: dict[tuple[str, str], Link] = {}
    for relation in graph.relations if relations is None else relations:
        if (types and relation.type not in types) or actor not in relation.actors:
            continue
        form = graph.form(relation)
        for u, v in relation.edges(form):
            if form == "mutual":
                if u == actor:
                    links.setdefault((v, relation.id), Link(actor, v, "mutual", relation))
            elif u == actor and direction in ("out", "both"):
                links.setdefault((v, relation.id), Link(actor, v, "out", relation))
            elif v == actor and direction in ("in", "both"):
                links.setdefault((u, relation.id), Link(actor, u, "in", relation))
    return sorted(links.values(), key=lambda k: (k.other, k.relation.type, k.relation.key, k.direction))


@dataclass(frozen=True)
class Hop:
    """One step of a path and every relation that makes it."""

    source: str
    target: str
    relations: tuple[tuple[str, str, Relation], ...]  # (edge from, edge to, relation)


def paths(
    graph: Graph,
    source: str,
    target: str,
    *,
    types: Collection[str] = (),
    undirected: bool = False,
    max_hops: int | None = None,
    all_paths: bool = False,
    limit: int = 100,
    relations: Collection[Relation] | None = None,
) -> list[list[Hop]]:
    """The shortest path from `source` to `target` (or all of them), hop by hop with evidence.

    Raises NoAnswerError when there is none (within `max_hops`, if given).
    """
    if source == target:
        raise UsageError("the two actors are the same; name two different actors")
    chosen = [r for r in (graph.relations if relations is None else relations) if not types or r.type in types]
    try:
        if all_paths:
            network = _simple_graph(graph, chosen, undirected)
            found = sorted(islice(nx.all_shortest_paths(network, source, target), limit))
        else:
            found = [_shortest_path(_links(graph, chosen, undirected), source, target)]
    except nx.NetworkXNoPath:
        raise NoAnswerError(_no_path_message(graph, chosen, source, target, types, undirected)) from None
    if max_hops is not None and len(found[0]) - 1 > max_hops:
        raise NoAnswerError(
            f"no path from {source} to {target} within {max_hops} hop{'s' if max_hops > 1 else ''}"
            f" (the shortest has {len(found[0]) - 1})"
        )
    steps = {step for path in found for step in pairwise(path)}
    evidence = _relations_of_steps(graph, chosen, steps, undirected)
    return [[Hop(u, v, evidence[(u, v)]) for u, v in pairwise(path)] for path in found]


def _links(graph: Graph, relations: Collection[Relation], undirected: bool) -> dict[str, dict[str, None]]:
    """Who links to whom, in file order: each actor's successors (or neighbours if undirected)."""
    links: dict[str, dict[str, None]] = {}
    for relation in relations:
        for u, v in relation.edges(graph.form(relation)):
            links.setdefault(u, {})[v] = None
            if undirected:
                links.setdefault(v, {})[u] = None
    return links


def _shortest_path(links: dict[str, dict[str, None]], source: str, target: str) -> list[str]:
    """A shortest path by breadth-first search, neighbours taken in file order.

    networkx's shortest_path gives the same length; this avoids building a networkx graph,
    which costs more than the search itself on a graph of 100,000 relations.
    """
    parents: dict[str, str | None] = {source: None}
    frontier = [source]
    while frontier and target not in parents:
        following = []
        for node in frontier:
            for neighbour in links.get(node, ()):
                if neighbour not in parents:
                    parents[neighbour] = node
                    following.append(neighbour)
        frontier = following
    if target not in parents:
        raise nx.NetworkXNoPath(f"no path from {source} to {target}")
    path = [target]
    while (parent := parents[path[-1]]) is not None:
        path.append(parent)
    return path[::-1]


def _simple_graph(graph: Graph, relations: Collection[Relation], undirected: bool) -> nx.Graph:
    """Actors and who-is-linked-to-whom only: what a path search needs, built in file order."""
    network = nx.Graph() if undirected else nx.DiGraph()
    network.add_nodes_from(sorted(graph.actors))
    network.add_edges_from(dict.fromkeys(edge for r in relations for edge in r.edges(graph.form(r))))
    return network


def _relations_of_steps(
    graph: Graph,
    relations: Collection[Relation],
    steps: set[tuple[str, str]],
    undirected: bool,
) -> dict[tuple[str, str], tuple[tuple[str, str, Relation], ...]]:
    """For each (u, v) step, the relations that make it, as (edge from, edge to, relation)."""
    found: dict[tuple[str, str], dict[str, tuple[str, str, Relation]]] = {step: {} for step in steps}
    for relation in relations:
        for a, b in relation.edges(graph.form(relation)):
            if (a, b) in found:
                found[(a, b)].setdefault(relation.id, (a, b, relation))
            if undirected and (b, a) in found:
                found[(b, a)].setdefault(relation.id, (a, b, relation))
    return {
        step: tuple(sorted(items.values(), key=lambda item: (item[2].type, item[2].when or "", item[2].id)))
        for step, items in found.items()
    }


def _no_path_message(
    graph: Graph,
    relations: Collection[Relation],
    source: str,
    target: str,
    types: Collection[str],
    undirected: bool,
) -> str:
    """Why there is no path, with a hint only when following relations backwards would find one."""
    scope = f" through {', '.join(sorted(types))} relations" if types else ""
    hint = ""
    if not undirected:
        try:
            _shortest_path(_links(graph, relations, True), source, target)
            hint = "; --undirected finds one by following relations against their direction"
        except nx.NetworkXNoPath:
            pass
    return f"no path from {source} ({graph.actors[source].name}) to {target} ({graph.actors[target].name}){scope}{hint}"


@dataclass(frozen=True)
class Stats:
    """Counts and rankings that summarise a graph."""

    actors: int
    relations: int
    by_type: dict[str, int]
    critics: list[tuple[str, int]]
    criticised: list[tuple[str, int]]
    mediators: list[tuple[str, int]]
    conflicts: list[tuple[str, str, int]]
    brokers: list[tuple[str, float]]


def stats(graph: Graph, relations: Collection[Relation] | None = None, top: int = 5) -> Stats:
    """Counts by type, the most critical and criticised actors, mediators and brokers."""
    chosen = list(graph.relations if relations is None else relations)
    by_type = Counter(r.type for r in chosen)
    critics = Counter(r.from_actor for r in chosen if r.type == "criticism" and r.from_actor)
    criticised = Counter(r.to_actor for r in chosen if r.type == "criticism" and r.to_actor)
    mediators = Counter(r.from_actor for r in chosen if r.type == "mediation" and r.from_actor)
    conflicts = Counter(tuple(sorted(r.between)) for r in chosen if r.type == "conflict")
    return Stats(
        actors=len(graph.actors),
        relations=len(chosen),
        by_type=dict(sorted(by_type.items())),
        critics=_ranked(critics, top),
        criticised=_ranked(criticised, top),
        mediators=_ranked(mediators, top),
        conflicts=[(a, b, n) for (a, b), n in sorted(conflicts.items(), key=lambda kv: (-kv[1], kv[0]))][:top],
        brokers=brokers(graph, chosen, top),
    )


def _ranked(counts: Counter[str], top: int) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]


def brokers(graph: Graph, relations: Collection[Relation], top: int = 5) -> list[tuple[str, float]]:
    """Actors with the highest betweenness centrality.

    Exact while nodes x edges stays within BETWEENNESS_BUDGET; above it, estimated from a
    sample of source nodes drawn with a fixed seed, so the answer is still deterministic.
    """
    simple = _simple_graph(graph, relations, undirected=True)
    if simple.number_of_edges() == 0:
        return []
    sample = betweenness_sample(simple.number_of_nodes(), simple.number_of_edges())
    centrality = nx.betweenness_centrality(simple, k=sample, seed=0 if sample else None)
    ranked = sorted(((a, round(c, 4)) for a, c in centrality.items() if c > 0), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:top]


def betweenness_sample(nodes: int, edges: int) -> int | None:
    """How many source nodes betweenness uses: None for all of them (exact)."""
    if nodes * edges <= BETWEENNESS_BUDGET:
        return None
    return min(nodes, max(20, BETWEENNESS_BUDGET // max(edges, 1)))


def _close_matches(word: str, candidates: list[str] | tuple[str, ...], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Names like `word`, for suggestions (difflib is imported only when one is needed)."""
    import difflib

    return difflib.get_close_matches(word, candidates, n=n, cutoff=cutoff)
