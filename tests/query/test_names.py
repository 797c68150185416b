"""Every name the lexicon knows resolves to an actor of the graph; the analyst's own names win."""

from __future__ import annotations

import pytest

from graphx.errors import UnknownActorError
from graphx.graph.load import load_graph, parse_graph
from graphx.graph.model import Graph
from graphx.query.names import ActorNotInGraphError, AmbiguousActorError, date_span, resolve_actor
from tests.paths import SHIPPED


def graph_of(actors: str, date: str = "2025-10-12") -> Graph:
    """A graph with these actors (YAML mapping lines) and one dated relation between the first two."""
    ids = [line.split(":")[0].strip() for line in actors.strip().splitlines()]
    text = (
        "graphx: 1\nsources:\n  s: {title: S, url: 'https://example.org/s'}\nactors:\n"
        + "".join(f"  {line.strip()}\n" for line in actors.strip().splitlines())
        + f"relations:\n  - {{type: criticism, from: {ids[0]}, to: {ids[1]}, date: {date},"
        " evidence: [{source: s, quote: q}]}\n"
    )
    return parse_graph(text, "test.yaml")


@pytest.fixture(scope="module")
def south_asia() -> Graph:
    return graph_of(
        """
        PAK: {name: Pakistan}
        AFG: {name: Afghanistan}
        TTP: {name: Tehrik-i-Taliban Pakistan, kind: group}
        QAT: {name: Qatar}
        USA: {name: United States}
        """
    )


@pytest.fixture(scope="module")
def caucasus() -> Graph:
    return load_graph(SHIPPED)


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Islamabad", "PAK"),  # capital
        ("kabul", "AFG"),  # capital, any case
        ("Afghan", "AFG"),  # demonym
        ("Doha", "QAT"),
        ("Islamic Republic of Pakistan", "PAK"),  # long form (ISO name)
        ("Tehrik-i-Taliban", "TTP"),  # short form of a name in the graph
        ("Trump", "USA"),  # in office in October 2025
        ("Marco Rubio", "USA"),
    ],
)
def test_names_the_lexicon_knows_resolve_to_the_graphs_actor(south_asia: Graph, name: str, actor: str) -> None:
    assert resolve_actor(south_asia, name) == actor


def test_the_example_resolves_leaders_it_never_declared(caucasus: Graph) -> None:
    assert (resolve_actor(caucasus, "Pashinyan"), resolve_actor(caucasus, "Aliyev")) == ("ARM", "AZE")


def test_an_office_holder_counts_only_within_the_graphs_dates(south_asia: Graph) -> None:
    with pytest.raises(ActorNotInGraphError) as error:
        resolve_actor(south_asia, "Biden")
    assert str(error.value) == (
        "unknown actor 'Biden': Biden spoke for USA (United States) from 2021-01-20 to 2025-01-20,"
        " outside this graph's dates (2025-10-12 to 2025-10-12)"
    )
    earlier = graph_of("USA: {name: United States}\nRUS: {name: Russia}", date="2022-03")
    assert resolve_actor(earlier, "Biden") == "USA"
    assert date_span(earlier) == ("2022-03-01", "2022-03-31")


def test_the_analysts_aliases_win_over_the_lexicon() -> None:
    graph = graph_of("FRA: {name: France}\nPCL: {name: Paris Club, aliases: [Paris]}")
    assert resolve_actor(graph, "Paris") == "PCL"
    assert resolve_actor(graph, "Elysee") == "FRA"


def test_a_graph_that_renames_a_state_keeps_its_lexicon_names() -> None:
    graph = graph_of("PK: {name: Pakistan}\nAF: {name: Afghanistan}")
    assert (resolve_actor(graph, "Islamabad"), resolve_actor(graph, "Kabul")) == ("PK", "AF")


def test_an_ambiguous_name_lists_its_candidates() -> None:
    graph = graph_of("COD: {name: Democratic Republic of the Congo}\nCOG: {name: Republic of the Congo}")
    with pytest.raises(AmbiguousActorError) as error:
        resolve_actor(graph, "Congo")
    assert error.value.candidates == ["COD (Democratic Republic of the Congo)", "COG (Republic of the Congo)"]
    assert str(error.value).startswith("ambiguous actor 'Congo': it may be COD (Democratic Republic of the Congo), COG")
    assert error.value.exit_code == 2


def test_a_name_of_an_actor_not_in_the_graph_gets_no_unrelated_suggestion(caucasus: Graph) -> None:
    with pytest.raises(ActorNotInGraphError) as error:
        resolve_actor(caucasus, "Islamabad")
    assert error.value.suggestions == []
    assert "the world lexicon knows it as a name of PAK (Pakistan), which is not in this graph" in str(error.value)


@pytest.mark.parametrize(("typo", "meant"), [("Pashinian", "ARM (Armenia)"), ("Macronn", "FRA (France)")])
def test_suggestions_consider_the_lexicons_names(caucasus: Graph, typo: str, meant: str) -> None:
    with pytest.raises(UnknownActorError) as error:
        resolve_actor(caucasus, typo)
    assert error.value.suggestions == [meant]


def test_the_lexicon_is_loaded_only_when_the_graphs_names_fail(
    caucasus: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graphx.lexicon

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("the lexicon was loaded")

    monkeypatch.setattr(graphx.lexicon, "build_lexicon", refuse)
    assert [resolve_actor(caucasus, n) for n in ("RUS", "the kremlin", "Baku")] == ["RUS", "RUS", "AZE"]
    with pytest.raises(AssertionError, match="lexicon was loaded"):
        resolve_actor(caucasus, "Pashinyan")
