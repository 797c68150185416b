import datetime as dt
from pathlib import Path

from graphx.graph.build import collapse, select, state_of, to_networkx
from graphx.graph.load import load_graph
from tests.paths import FIXTURES, ROOT


def test_mediation_gives_an_edge_to_each_party_and_conflict_both_ways(small_path: Path) -> None:
    graph = load_graph(small_path)
    network = to_networkx(graph)
    assert network.number_of_nodes() == 5
    pairs = sorted((u, v, d["type"]) for u, v, d in network.edges(data=True))
    assert ("ORG", "BBB", "mediation") in pairs and ("ORG", "CCC", "mediation") in pairs
    assert ("BBB", "CCC", "conflict") in pairs and ("CCC", "BBB", "conflict") in pairs
    reverse = [d for _, _, d in network.edges(data=True) if d["reverse"]]
    assert len(reverse) == 1 and reverse[0]["mutual"]
    assert network.number_of_edges() == 1 + 1 + 2 + 2 + 1


def test_parallel_relations_stay_separate_edges() -> None:
    graph = load_graph(ROOT / "graphs" / "caucasus.yaml")
    network = to_networkx(graph)
    assert network.number_of_edges("ARM", "AZE") == 3  # three wars and clashes, each with its evidence
    quotes = {d["relation"].evidence[0].quote for d in network.get_edge_data("ARM", "AZE").values()}
    assert len(quotes) == 3


def test_select_by_type_actor_and_dates(small_path: Path) -> None:
    graph = load_graph(small_path)
    assert {r.type for r in select(graph, types=["criticism"])} == {"criticism"}
    assert {r.type for r in select(graph, actors=["ORG"])} == {"mediation", "sanction"}
    since_march = select(graph, since=dt.date(2024, 3, 1))
    assert sorted(r.type for r in since_march) == ["criticism", "sanction"]
    until_2023 = select(graph, until=dt.date(2023, 12, 31))
    assert sorted(r.type for r in until_2023) == ["conflict", "mediation"]


def test_collapse_merges_people_into_their_state(small_path: Path) -> None:
    graph = load_graph(small_path)
    assert state_of(graph, "AAA-FM") == "AAA"
    collapsed = collapse(graph)
    assert "AAA-FM" not in collapsed.actors
    assert ("AAA", "CCC") in {(r.from_actor, r.to_actor) for r in collapsed.relations}


def test_collapse_merges_relations_that_become_the_same() -> None:
    graph = load_graph(FIXTURES / "good" / "people.yaml")
    collapsed = collapse(graph)
    assert sorted(collapsed.actors) == ["FRA", "RUS"]
    by_date = {r.date: r for r in collapsed.relations}
    assert sorted(d or "" for d in by_date) == ["2022-10-13", "2022-10-14"]  # the self-criticism is dropped
    assert [e.quote for e in by_date["2022-10-13"].evidence] == ["a", "b"]
    assert len({r.id for r in collapsed.relations}) == len(collapsed.relations)


def test_collapsed_actors_answer_to_the_merged_names() -> None:
    from graphx.query.questions import resolve_actor

    collapsed = collapse(load_graph(FIXTURES / "good" / "people.yaml"))
    assert resolve_actor(collapsed, "LAVROV") == "RUS"
    assert resolve_actor(collapsed, "Emmanuel Macron") == "FRA"
    assert resolve_actor(collapsed, "russian foreign ministry") == "RUS"
