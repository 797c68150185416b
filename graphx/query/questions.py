"""Questions asked of a graph: actor lookup, neighbours, paths and statistics."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from itertools import islice, pairwise
from typing import Literal

import networkx as nx

from graphx.errors import NoAnswerError, UsageError
from graphx.graph.model import Graph, Relation
from graphx.query.communities import Community, communities
from graphx.query.names import resolve_actor

__all__ = [
    "NoPathError",
    "UnknownTypeError",
    "find_relations",
    "neighborhood",
    "neighbors",
    "paths",
    "resolve_actor",
    "stats",
]

Direction = Literal["in", "out", "both"]
BETWEENNESS_BUDGET = 2_000_000  # edge visits; above it betweenness is estimated from a seeded sample


class UnknownTypeError(UsageError):
    """A relation type the graph does not have: asking for it would silently answer nothing."""

    def __init__(self, name: str, known: Collection[str]) -> None:
        self.name = name
        self.known = sorted(known)
        super().__init__(f"unknown relation type {name!r}; this graph has {', '.join(self.known)}")


class NoPathError(NoAnswerError):
    """No path between two actors. `undirected_path` is true when one exists against the relations'
    direction, so that the CLI can suggest following relations both ways."""

    def __init__(self, message: str, *, undirected_path: bool = False) -> None:
        self.undirected_path = undirected_path
        super().__init__(message, directed=undirected_path)


def require_types(graph: Graph, types: Collection[str]) -> None:
    """UnknownTypeError for the first requested type the graph does not know."""
    for name in types:
        if name not in graph.types:
            raise UnknownTypeError(name, graph.types)


def find_relations(
    graph: Graph,
    *,
    types: Collection[str] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
) -> list[Relation]:
    """Relations of the given types in the window, naming `actor`, coming from `source` and going to `target`.

    Names are resolved as in `resolve_actor`. A mediation comes from its mediator and goes to each party;
    a conflict comes from and goes to both of its sides.
    """
    from graphx.graph.build import select

    require_types(graph, types)
    actors = [resolve_actor(graph, actor)] if actor else []
    chosen = select(graph, types=types, since=since, until=until, actors=actors)
    if source:
        start = resolve_actor(graph, source)
        chosen = [r for r in chosen if r.from_actor == start or (r.from_actor is None and start in r.between)]
    if target:
        end = resolve_actor(graph, target)
        chosen = [r for r in chosen if r.to_actor == end or (end in r.between and r.from_actor != end)]
    return chosen


@dataclass(frozen=True)
class Link:
    """One relation seen from an actor: the other actor and which way the edge points."""

    actor: str
    other: str
    direction: Literal["in", "out", "mutual"]
    relation: Relation


@dataclass(frozen=True)
class Neighbors:
    """An actor (resolved to its id) and its links."""

    actor: str
    links: list[Link]


def neighborhood(graph: Graph, name: str, *, types: Collection[str] = (), direction: Direction = "both") -> Neighbors:
    """The actor called `name` and its links, of the given types and direction."""
    require_types(graph, types)
    actor = resolve_actor(graph, name)
    return Neighbors(actor, neighbors(graph, actor, types=types, direction=direction))


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

    `source` and `target` are ids or names (see `resolve_actor`). Raises NoPathError when there is
    no path, NoAnswerError when there is none within `max_hops`.
    """
    require_types(graph, types)
    source, target = resolve_actor(graph, source), resolve_actor(graph, target)
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
        raise _no_path(graph, chosen, source, target, types, undirected) from None
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


def _no_path(
    graph: Graph,
    relations: Collection[Relation],
    source: str,
    target: str,
    types: Collection[str],
    undirected: bool,
) -> NoPathError:
    """Why there is no path, and whether following relations backwards would find one."""
    scope = f" through {', '.join(sorted(types))} relations" if types else ""
    backwards = False
    if not undirected:
        try:
            _shortest_path(_links(graph, relations, True), source, target)
            backwards = True
        except nx.NetworkXNoPath:
            pass
    ends = f"from {source} ({graph.actors[source].name}) to {target} ({graph.actors[target].name})"
    return NoPathError(f"no path {ends}{scope}", undirected_path=backwards)


@dataclass(frozen=True)
class Stats:
    """Counts and rankings that summarise a graph.

    `actors` counts every actor in the graph; `linked` those that take part in at least one relation.
    """

    actors: int
    linked: int
    relations: int
    by_type: dict[str, int]
    critics: list[tuple[str, int]]
    criticised: list[tuple[str, int]]
    mediators: list[tuple[str, int]]
    conflicts: list[tuple[str, str, int]]
    brokers: list[tuple[str, float]]
    communities: list[Community]


def stats(graph: Graph, relations: Collection[Relation] | None = None, top: int = 5) -> Stats:
    """Counts by type, the most critical and criticised actors, mediators, brokers and blocs."""
    chosen = list(graph.relations if relations is None else relations)
    by_type = Counter(r.type for r in chosen)
    critics = Counter(r.from_actor for r in chosen if r.type == "criticism" and r.from_actor)
    criticised = Counter(r.to_actor for r in chosen if r.type == "criticism" and r.to_actor)
    mediators = Counter(r.from_actor for r in chosen if r.type == "mediation" and r.from_actor)
    conflicts = Counter(tuple(sorted(r.between)) for r in chosen if r.type == "conflict")
    return Stats(
        actors=len(graph.actors),
        linked=len({a for r in chosen for a in r.actors}),
        relations=len(chosen),
        by_type=dict(sorted(by_type.items())),
        critics=_ranked(critics, top),
        criticised=_ranked(criticised, top),
        mediators=_ranked(mediators, top),
        conflicts=[(a, b, n) for (a, b), n in sorted(conflicts.items(), key=lambda kv: (-kv[1], kv[0]))][:top],
        brokers=brokers(graph, chosen, top),
        communities=communities(graph, chosen),
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
