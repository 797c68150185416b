"""The shipped Caucasus graph: every quote is word for word from its cited source file."""

import os
from pathlib import Path

from graphx.graph.load import load_graph
from graphx.project.locate import EXAMPLE_GRAPH
from tests.paths import ROOT, SHIPPED


def test_graphs_folder_links_to_the_packaged_graph_so_the_two_cannot_drift() -> None:
    # A copy could drift from the packaged example; the repository keeps a relative symlink instead.
    assert SHIPPED.is_symlink() and not Path(os.readlink(SHIPPED)).is_absolute()
    assert SHIPPED.resolve() == EXAMPLE_GRAPH.resolve()


def test_every_quote_is_in_its_source_file() -> None:
    graph = load_graph(SHIPPED)
    for relation in graph.relations:
        for evidence in relation.evidence:
            source = graph.sources[evidence.source]
            assert source.file is not None
            text = (SHIPPED.parent / source.file).read_text(encoding="utf-8")
            assert evidence.quote in text, (relation.id, evidence.quote)


def test_the_article_is_shipped_with_its_source_named() -> None:
    graph = load_graph(SHIPPED)
    [source] = graph.sources.values()
    assert source.publisher == "Expatica" and source.date == "2022-10-14"
    assert (SHIPPED.parent / str(source.file)).resolve() == (ROOT / "seeds" / "expatica-putin-macron-karabakh.txt")


def test_the_relations_a_careful_reader_finds_are_all_there() -> None:
    graph = load_graph(SHIPPED)
    found: set[tuple[str, str | None, str | None]] = set()
    for relation in graph.relations:
        if relation.type == "mediation":
            found |= {("mediation", relation.from_actor, party) for party in relation.between}
        elif relation.type == "conflict":
            first, second = sorted(relation.between)
            found.add(("conflict", first, second))
        else:
            found.add((relation.type, relation.from_actor, relation.to_actor))
    assert found == {
        ("criticism", "RUS", "FRA"),
        ("criticism", "FRA", "RUS"),
        ("criticism", "RUS", "EU"),
        ("criticism", "RUS", "USA"),
        ("mediation", "RUS", "ARM"),
        ("mediation", "RUS", "AZE"),
        ("mediation", "USA", "ARM"),
        ("mediation", "USA", "AZE"),
        ("mediation", "EU", "ARM"),
        ("mediation", "EU", "AZE"),
        ("conflict", "ARM", "AZE"),
        ("conflict", "RUS", "UKR"),
    }


def test_the_code_names_no_subject() -> None:
    """Nothing in the code names the first subject: it lives in data only."""
    for path in (ROOT / "graphx").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "Karabakh" not in text and "Azerbaijan" not in text, path
