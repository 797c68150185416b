"""Blocs: communities of actors found by Louvain on the undirected view, weighted by relation count.

The same graph always gives the same blocs: nodes and edges are added in sorted order and Louvain's
random choices come from a fixed seed. Each bloc is named by its most central member.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

import networkx as nx

from graphx.graph.model import Graph, Relation

SEED = 0
RESOLUTION = 1.0


@dataclass(frozen=True)
class Community:
    """A bloc: its members, most central first; `leader` (the first) names it."""

    members: tuple[str, ...]

    @property
    def leader(self) -> str:
        """The most central member: the most relations with the rest of the bloc."""
        return self.members[0]


def pair_weights(graph: Graph, relations: Collection[Relation] | None = None) -> Counter[tuple[str, str]]:
    """How many relations link each unordered pair of actors (a relation counts once per pair)."""
    weights: Counter[tuple[str, str]] = Counter()
    for relation in graph.relations if relations is None else relations:
        pairs = {tuple(sorted((u, v))) for u, v in relation.edges(graph.form(relation)) if u != v}
        weights.update((a, b) for a, b in pairs)
    return weights


def communities(graph: Graph, relations: Collection[Relation] | None = None) -> list[Community]:
    """The blocs of actors that take part in relations, largest first (then by leader id)."""
    weights = pair_weights(graph, relations)
    if not weights:
        return []
    network = nx.Graph()
    network.add_nodes_from(sorted({a for pair in weights for a in pair}))
    network.add_weighted_edges_from((a, b, n) for (a, b), n in sorted(weights.items()))
    found = nx.community.louvain_communities(network, weight="weight", resolution=RESOLUTION, seed=SEED)
    strength = dict(network.degree(weight="weight"))
    blocs = [_ranked(network, set(group), strength) for group in found]
    return sorted(blocs, key=lambda c: (-len(c.members), c.leader))


def _ranked(network: nx.Graph, group: set[str], strength: dict[str, float]) -> Community:
    """A bloc's members by weight of relations inside the bloc, then by all their relations, then id."""
    inside = {
        actor: sum(data["weight"] for _, other, data in network.edges(actor, data=True) if other in group)
        for actor in group
    }
    return Community(tuple(sorted(group, key=lambda a: (-inside[a], -strength[a], a))))


def membership(blocs: list[Community]) -> dict[str, int]:
    """Each actor's bloc, as the bloc's index in `blocs`."""
    return {actor: index for index, bloc in enumerate(blocs) for actor in bloc.members}
