"""What a map draws: the relations a request selects, the actors around them, a highlighted path, a size limit."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import networkx as nx

from graphx.errors import NoAnswerError, UsageError
from graphx.graph.build import select
from graphx.graph.dates import first_day, last_day
from graphx.graph.model import Graph, Relation
from graphx.query.questions import require_types

DEFAULT_LIMIT = 5000


@dataclass(frozen=True)
class DrawnEdge:
    """One line on the map: a directed or mediated relation gives one per (from, to), a mutual one just one."""

    id: str
    relation: Relation
    source: str
    target: str
    mutual: bool


@dataclass(frozen=True)
class ViewRequest:
    """What to draw. Actor ids are resolved ids; dates are days (`as_of` is the first and last day of a period)."""

    types: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    as_of: tuple[dt.date, dt.date] | None = None
    actor: str | None = None
    depth: int = 1
    path: tuple[str, str] | None = None
    undirected: bool = False
    limit: int | None = DEFAULT_LIMIT

    @property
    def filtered(self) -> bool:
        """Whether the request narrows the graph (then actors without a relation are left out)."""
        return bool(self.types or self.since or self.until or self.as_of or self.actor)


@dataclass(frozen=True)
class View:
    """The actors and edges a map draws, in a stable order, and how they were chosen."""

    graph: Graph
    actors: tuple[str, ...]
    edges: tuple[DrawnEdge, ...]
    path: tuple[str, ...] = ()
    path_edges: frozenset[str] = field(default_factory=frozenset)
    focus: str | None = None
    total_actors: int = 0
    total_relations: int = 0
    truncated: bool = False

    @property
    def relations(self) -> tuple[Relation, ...]:
        """The relations with at least one drawn edge, in edge order."""
        return tuple({e.relation.id: e.relation for e in self.edges}.values())


def in_force(relation: Relation, first: dt.date, last: dt.date) -> bool:
    """Whether a relation stands as of a period: begun by its last day and not ended before its first.

    Undated relations always stand; a relation given by `date` alone is an event that, once
    it has happened, stays on the map; only an explicit `end` takes a relation off.
    """
    earliest = relation.earliest()
    if earliest is not None and earliest > last:
        return False
    return not (relation.end and last_day(relation.end) < first)


def drawn_edges(graph: Graph, relations: Iterable[Relation]) -> list[DrawnEdge]:
    """The lines that draw `relations`, sorted by relation key, id and target."""
    edges = []
    for relation in sorted(relations, key=lambda r: (r.key, r.id)):
        form = graph.form(relation)
        if form == "mutual":
            first, second = relation.between
            edges.append(DrawnEdge(relation.id, relation, first, second, True))
            continue
        for source, target in relation.edges(form):
            suffix = f"~{target}" if form == "mediated" else ""
            edges.append(DrawnEdge(relation.id + suffix, relation, source, target, False))
    return edges


def choose_view(graph: Graph, request: ViewRequest) -> View:
    """The view a request asks for: filters, then the neighbourhood, the path and the size limit."""
    require_types(graph, request.types)
    if request.depth < 1:
        raise UsageError("the neighbourhood depth must be at least 1")
    for actor in filter(None, (request.actor, *(request.path or ()))):
        if actor not in graph.actors:
            raise UsageError(f"unknown actor {actor!r}")
    relations = select(graph, types=request.types, since=request.since, until=request.until)
    if request.as_of:
        relations = [r for r in relations if in_force(r, *request.as_of)]
    edges = drawn_edges(graph, relations)
    actors = {a for e in edges for a in (e.source, e.target)} if request.filtered else set(graph.actors)
    if request.actor:
        actors = neighbourhood(edges, request.actor, request.depth)
        edges = [e for e in edges if e.source in actors and e.target in actors]
    path: tuple[str, ...] = ()
    path_edges: frozenset[str] = frozenset()
    if request.path:
        path, path_edges = shortest_path(graph, edges, *request.path, undirected=request.undirected)
    total_actors, total_relations = len(actors), len({e.relation.id for e in edges})
    truncated = False
    if request.limit is not None and (total_actors > request.limit or total_relations > request.limit):
        forced = set(path) | ({request.actor} if request.actor else set())
        actors = most_connected(sorted(actors), edges, request.limit, forced)
        edges = [e for e in edges if e.source in actors and e.target in actors]
        truncated = True
    return View(
        graph=graph,
        actors=tuple(sorted(actors)),
        edges=tuple(edges),
        path=path,
        path_edges=path_edges,
        focus=request.actor,
        total_actors=total_actors,
        total_relations=total_relations,
        truncated=truncated,
    )


def neighbourhood(edges: Sequence[DrawnEdge], actor: str, depth: int) -> set[str]:
    """The actors within `depth` relations of `actor`, whichever way the relations point."""
    adjacent: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        adjacent[edge.source].add(edge.target)
        adjacent[edge.target].add(edge.source)
    found = {actor}
    frontier = deque([(actor, 0)])
    while frontier:
        current, distance = frontier.popleft()
        if distance == depth:
            continue
        for other in sorted(adjacent[current] - found):
            found.add(other)
            frontier.append((other, distance + 1))
    return found


def shortest_path(
    graph: Graph,
    edges: Sequence[DrawnEdge],
    source: str,
    target: str,
    *,
    undirected: bool = False,
) -> tuple[tuple[str, ...], frozenset[str]]:
    """One shortest path over the drawn edges, and the ids of the edges along it."""
    if source == target:
        raise UsageError("the two actors are the same; name two different actors")
    network = nx.Graph() if undirected else nx.DiGraph()
    network.add_nodes_from(sorted(graph.actors))
    for edge in edges:
        network.add_edge(edge.source, edge.target)
        if edge.mutual:
            network.add_edge(edge.target, edge.source)
    try:
        found: list[str] = nx.shortest_path(network, source, target)
    except nx.NetworkXNoPath:
        raise NoAnswerError(
            f"no path from {source} ({graph.actors[source].name}) to {target} ({graph.actors[target].name})"
            " in the relations drawn",
            directed=not undirected,
        ) from None
    steps = set(pairwise(found))
    along = frozenset(
        e.id
        for e in edges
        if (e.source, e.target) in steps or ((e.mutual or undirected) and (e.target, e.source) in steps)
    )
    return tuple(found), along


def most_connected(actors: Sequence[str], edges: Sequence[DrawnEdge], limit: int, forced: set[str]) -> set[str]:
    """The largest set of best-connected actors whose relations among them number at most `limit`.

    Actors are ranked by drawn degree, then id; `forced` actors are always kept.
    """
    degree = Counter(a for e in edges for a in (e.source, e.target))
    ranked = sorted(actors, key=lambda a: (-degree[a], a))

    def relations_among(count: int) -> int:
        chosen = set(ranked[:count]) | forced
        return len({e.relation.id for e in edges if e.source in chosen and e.target in chosen})

    low, high = 0, min(limit, len(ranked))
    while low < high:
        middle = (low + high + 1) // 2
        if relations_among(middle) <= limit:
            low = middle
        else:
            high = middle - 1
    return set(ranked[:low]) | forced


def as_of_period(text: str) -> tuple[dt.date, dt.date]:
    """The first and last day of an as-of date (YYYY, YYYY-MM or YYYY-MM-DD)."""
    from graphx.graph.dates import parse_partial_date

    try:
        checked = parse_partial_date(text)
    except ValueError as exc:
        raise UsageError(f"as-of date: {exc}") from None
    return first_day(checked), last_day(checked)
