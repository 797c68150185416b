import pytest

from graphx.errors import NoAnswerError, UnknownActorError, UsageError
from graphx.graph.load import load_graph
from graphx.graph.model import Graph
from graphx.query.questions import (
    NoPathError,
    UnknownTypeError,
    find_relations,
    neighborhood,
    neighbors,
    paths,
    resolve_actor,
    stats,
)
from tests.paths import SHIPPED


@pytest.fixture(scope="module")
def caucasus() -> Graph:
    return load_graph(SHIPPED)


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("RUS", "RUS"),
        ("rus", "RUS"),
        ("Moscow", "RUS"),
        ("the kremlin", "RUS"),
        ("European Union", "EU"),
        ("Baku", "AZE"),
    ],
)
def test_actors_are_found_by_id_name_or_alias(caucasus: Graph, name: str, actor: str) -> None:
    assert resolve_actor(caucasus, name) == actor


def test_an_unknown_actor_suggests_close_names(caucasus: Graph) -> None:
    with pytest.raises(UnknownActorError) as error:
        resolve_actor(caucasus, "Armenai")
    assert error.value.suggestions == ["ARM (Armenia)"]
    assert "did you mean ARM (Armenia)?" in str(error.value)


def test_path_gives_every_hop_with_evidence(caucasus: Graph) -> None:
    [path] = paths(caucasus, "FRA", "AZE")
    assert [(h.source, h.target) for h in path] == [("FRA", "RUS"), ("RUS", "AZE")]
    assert all(h.relations and all(r.evidence for _, _, r in h.relations) for h in path)
    assert {r.type for _, _, r in path[1].relations} == {"mediation"}


def test_conflict_is_traversed_both_ways(caucasus: Graph) -> None:
    [path] = paths(caucasus, "UKR", "AZE")
    assert [h.target for h in path] == ["RUS", "AZE"]
    edge_from, edge_to, relation = path[0].relations[0]
    assert (edge_from, edge_to, relation.type) == ("UKR", "RUS", "conflict")


def test_no_path_raises_no_answer(caucasus: Graph) -> None:
    with pytest.raises(NoPathError, match="no path from ARM") as error:
        paths(caucasus, "ARM", "FRA", types=["criticism"])
    assert not error.value.undirected_path and error.value.exit_code == 1


def test_no_path_says_whether_one_exists_against_the_direction_without_naming_a_flag(caucasus: Graph) -> None:
    with pytest.raises(NoPathError) as error:
        paths(caucasus, "ARM", "RUS")
    assert error.value.undirected_path
    assert str(error.value) == "no path from ARM (Armenia) to RUS (Russia)"


def test_paths_and_neighbors_take_any_name_of_an_actor(caucasus: Graph) -> None:
    [path] = paths(caucasus, "Macron", "Aliyev")
    assert (path[0].source, path[-1].target) == ("FRA", "AZE")
    found = neighborhood(caucasus, "Yerevan", types=["conflict"])
    assert found.actor == "ARM" and {k.other for k in found.links} == {"AZE"}


def test_an_unknown_type_is_an_error_not_an_empty_answer(caucasus: Graph) -> None:
    for ask in (
        lambda: paths(caucasus, "FRA", "AZE", types=["praise"]),
        lambda: neighborhood(caucasus, "FRA", types=["praise"]),
        lambda: find_relations(caucasus, types=["praise"]),
    ):
        with pytest.raises(UnknownTypeError, match="unknown relation type 'praise'; this graph has conflict"):
            ask()


def test_relations_from_and_to_follow_each_form(caucasus: Graph) -> None:
    def ends(**kwargs: str) -> set[tuple[str, str | None, str | None]]:
        return {(r.type, r.from_actor, r.to_actor) for r in find_relations(caucasus, **kwargs)}  # type: ignore[arg-type]

    assert ends(source="Putin", target="Paris") == {("criticism", "RUS", "FRA")}
    assert {t for t, _, _ in ends(target="Baku")} == {"mediation", "conflict"}  # a party, a side
    assert ends(source="EU") == {("mediation", "EU", None)}
    assert all(f in (None, "RUS") for _, f, _ in ends(source="RUS", actor="UKR"))


def test_undirected_follows_relations_backwards(caucasus: Graph) -> None:
    [path] = paths(caucasus, "ARM", "FRA", undirected=True, types=["criticism", "mediation"])
    assert [h.target for h in path] == ["RUS", "FRA"]
    backwards = path[0].relations[0]
    assert (backwards[0], backwards[1]) == ("RUS", "ARM")  # the edge as it really points


def test_max_hops_and_all_paths(caucasus: Graph) -> None:
    with pytest.raises(NoAnswerError, match="within 1 hop "):
        paths(caucasus, "FRA", "AZE", max_hops=1)
    found = paths(caucasus, "EU", "USA", all_paths=True, undirected=True)
    assert [[h.target for h in p] for p in found] == [["ARM", "USA"], ["AZE", "USA"], ["RUS", "USA"]]


def test_same_actor_twice_is_a_usage_error(caucasus: Graph) -> None:
    with pytest.raises(UsageError):
        paths(caucasus, "RUS", "RUS")


def test_neighbors_by_direction_and_type(caucasus: Graph) -> None:
    out = neighbors(caucasus, "RUS", direction="out", types=["criticism"])
    assert sorted({k.other for k in out}) == ["EU", "FRA", "USA"]
    incoming = neighbors(caucasus, "RUS", direction="in")
    assert {(k.other, k.direction) for k in incoming} == {("FRA", "in"), ("UKR", "mutual")}


def test_stats_counts_and_rankings(caucasus: Graph) -> None:
    summary = stats(caucasus)
    assert (summary.actors, summary.linked) == (9, 7)  # KAZ and CIS take part in no relation
    assert [c.members for c in summary.communities] == [("ARM", "AZE", "USA", "EU"), ("RUS", "FRA", "UKR")]
    assert summary.by_type == {"conflict": 4, "criticism": 4, "mediation": 5}
    assert summary.critics[0] == ("RUS", 3)
    assert dict(summary.mediators) == {"RUS": 2, "USA": 2, "EU": 1}
    assert summary.conflicts[0] == ("ARM", "AZE", 3)
    assert summary.brokers[0][0] == "RUS"


def test_the_shortest_path_agrees_with_networkx_on_a_random_graph() -> None:
    import networkx as nx

    from graphx.graph.build import to_networkx
    from graphx.graph.synthetic import synthetic_graph

    graph = synthetic_graph(300, 600, seed=7)
    network = nx.DiGraph(to_networkx(graph))
    ids = sorted(graph.actors)
    for source, target in zip(ids[::17], ids[5::13], strict=False):
        try:
            expected = nx.shortest_path_length(network, source, target)
        except nx.NetworkXNoPath:
            with pytest.raises(NoAnswerError):
                paths(graph, source, target)
            continue
        if source == target:
            continue
        [path] = paths(graph, source, target)
        assert len(path) == expected
        assert all(network.has_edge(h.source, h.target) for h in path)
        assert path[0].source == source and path[-1].target == target
