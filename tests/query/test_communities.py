"""Blocs: seeded Louvain communities on the undirected view, weighted by relation count."""

from graphx.graph.load import load_graph
from graphx.graph.synthetic import synthetic_graph
from graphx.query.communities import communities, membership, pair_weights
from graphx.render.blocs import UNGROUPED_COLOR, bloc_colors
from tests.paths import SHIPPED


def test_two_dense_groups_joined_by_one_relation_are_two_blocs() -> None:
    from graphx.graph.load import parse_graph

    lines = ["graphx: 1", "sources:", "  s: {title: S, url: 'https://example.org/s'}", "actors:"]
    lines += [f"  {a}: {{name: Actor {a}}}" for a in "ABCDEFG"]
    lines += ["relations:"]
    pairs = [tuple(p) for p in ("AB", "AB", "AC", "BC", "AC", "DE", "DF", "EF", "EF", "CD")]
    lines += [
        f"  - {{type: criticism, from: {u}, to: {v}, date: 2025-01-{n:02d}, evidence: [{{source: s, quote: q}}]}}"
        for n, (u, v) in enumerate(pairs, 1)
    ]
    graph = parse_graph("\n".join(lines) + "\n", "blocs.yaml")
    assert pair_weights(graph)[("A", "B")] == 2
    blocs = communities(graph)
    assert [c.members for c in blocs] == [("A", "C", "B"), ("E", "F", "D")]  # G has no relation: in no bloc
    assert [c.leader for c in blocs] == ["A", "E"]
    assert membership(blocs) == {"A": 0, "C": 0, "B": 0, "E": 1, "F": 1, "D": 1}


def test_mediation_links_the_mediator_to_each_party_once() -> None:
    graph = load_graph(SHIPPED)
    mediation = [r for r in graph.relations if r.type == "mediation"]
    weights = pair_weights(graph, mediation[:1])
    assert sum(weights.values()) == 2 and all(mediation[0].from_actor in pair for pair in weights)


def test_the_same_graph_always_gives_the_same_blocs() -> None:
    graph = synthetic_graph(400, 1200, seed=3)
    first = communities(graph)
    assert first == communities(graph) and len(first) > 1
    assert sorted(a for c in first for a in c.members) == sorted({a for r in graph.relations for a in r.actors})


def test_a_graph_without_relations_has_no_blocs() -> None:
    graph = load_graph(SHIPPED)
    assert communities(graph, []) == []


def test_the_map_legend_names_each_bloc_by_its_most_central_actor() -> None:
    graph = load_graph(SHIPPED)
    fills, legend = bloc_colors(graph, tuple(graph.actors), graph.relations)
    assert [entry["name"] for entry in legend] == [
        "Armenia's bloc (4 actors)",
        "Russia's bloc (3 actors)",
        "in no bloc (no relation drawn)",
    ]
    assert fills["ARM"] == fills["USA"] != fills["RUS"] and fills["KAZ"] == UNGROUPED_COLOR
