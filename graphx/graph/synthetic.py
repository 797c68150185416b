"""Seeded synthetic graphs, for benchmarks and scale tests: same seed, same bytes."""

from __future__ import annotations

import itertools
import random

from graphx.graph.load import parse_graph
from graphx.graph.model import Graph

_TYPES = ("criticism", "mediation", "conflict")


def synthetic_yaml(actors: int, relations: int, seed: int = 0) -> str:
    """A valid graph file of `actors` actors and `relations` relations, as YAML text.

    Actor popularity follows a power law, so a few actors have many relations, as in news.
    """
    rng = random.Random(seed)
    ids = [f"A{i:05d}" for i in range(actors)]
    cumulative = list(itertools.accumulate(1.0 / (i + 1) ** 0.8 for i in range(actors)))
    out = [
        "graphx: 1",
        f"title: Synthetic graph of {actors} actors and {relations} relations",
        "sources:",
        "  synthetic:",
        "    title: Generated text",
        "    publisher: graphx",
        "    date: 2024-01-01",
        "    file: synthetic.txt",
        "actors:",
    ]
    for number, actor_id in enumerate(ids):
        out.append(f"  {actor_id}: {{name: Actor {number}, kind: state, aliases: [Alias {number}]}}")
    out.append("relations:")
    seen: set[tuple[object, ...]] = set()
    while len(seen) < relations:
        kind = rng.choice(_TYPES)
        a, b, c = rng.choices(ids, cum_weights=cumulative, k=3)
        date = f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if kind == "criticism" and a != b:
            key: tuple[object, ...] = (kind, a, b, date)
            ends = f"from: {a}, to: {b}"
        elif kind == "mediation" and len({a, b, c}) == 3:
            key = (kind, a, b, c, date)
            ends = f"from: {a}, between: [{b}, {c}]"
        elif kind == "conflict" and a != b:
            key = (kind, *sorted((a, b)), date)
            ends = f"between: [{a}, {b}]"
        else:
            continue
        if key in seen:
            continue
        seen.add(key)
        out.append(
            f"  - {{type: {kind}, {ends}, date: {date}, "
            f'evidence: [{{source: synthetic, quote: "Sentence {len(seen)} about {a} and {b}."}}]}}'
        )
    return "\n".join(out) + "\n"


def synthetic_graph(actors: int, relations: int, seed: int = 0) -> Graph:
    """The synthetic graph, loaded."""
    return parse_graph(synthetic_yaml(actors, relations, seed), f"synthetic-{actors}-{relations}.yaml")
