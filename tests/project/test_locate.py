"""Finding the graph like git finds its repository: given, GRAPHX_GRAPH, the nearest graphs/ folder, the example."""

from pathlib import Path

import pytest

from graphx.errors import UsageError
from graphx.project import EXAMPLE_GRAPH, find_graph, locate, open_graph, side_files
from graphx.project.locate import MultipleGraphsError
from tests.paths import SHIPPED

GRAPH = "graphx: 1\nactors:\n  AAA: {name: Alpha}\n"


def project(root: Path, name: str = "mine") -> Path:
    """A project folder with graphs/NAME.yaml, side files and a nested seeds folder."""
    (root / "graphs").mkdir(parents=True)
    (root / "graphs" / f"{name}.yaml").write_text(GRAPH)
    (root / "graphs" / f"{name}.candidates.yaml").write_text("[]\n")
    (root / "graphs" / f"{name}.review.yaml").write_text("{}\n")
    (root / "seeds" / "2025" / "october").mkdir(parents=True)
    return root / "graphs" / f"{name}.yaml"


def test_without_any_graph_the_shipped_example_is_used(tmp_path: Path) -> None:
    found = locate(None, tmp_path)
    assert (found.graph, found.rule) == (EXAMPLE_GRAPH, "example")
    assert EXAMPLE_GRAPH.is_file()


def test_the_graph_in_graphs_folder_is_used_without_its_side_files(tmp_path: Path) -> None:
    graph = project(tmp_path)
    found = locate(None, tmp_path)
    assert (found.graph, found.rule, found.folder) == (graph, "found", tmp_path / "graphs")
    assert (found.candidates, found.review) == side_files(graph)


@pytest.mark.parametrize("below", ["seeds", "seeds/2025/october", "graphs"])
def test_commands_in_any_subfolder_find_the_project(tmp_path: Path, below: str) -> None:
    graph = project(tmp_path)
    found = locate(None, tmp_path / below)
    assert (found.graph, found.rule, found.folder) == (graph, "found", tmp_path / "graphs")


def test_the_nearest_project_wins(tmp_path: Path) -> None:
    project(tmp_path, "outer")
    inner = project(tmp_path / "seeds" / "inner", "inner")
    assert find_graph(None, tmp_path / "seeds" / "inner" / "seeds") == inner


def test_the_current_folder_counts_when_it_holds_graph_files(tmp_path: Path) -> None:
    (tmp_path / "compose.yaml").write_text("services: {}\n")
    assert find_graph(None, tmp_path) == EXAMPLE_GRAPH  # a YAML file that is no graph
    (tmp_path / "pak.yaml").write_text(GRAPH)
    assert locate(None, tmp_path).graph == tmp_path / "pak.yaml"


def test_a_stray_graph_file_in_a_parent_folder_captures_nothing(tmp_path: Path) -> None:
    (tmp_path / "stray.yaml").write_text(GRAPH)
    (tmp_path / "work").mkdir()
    assert find_graph(None, tmp_path / "work") == EXAMPLE_GRAPH


@pytest.mark.parametrize("named", ["", "graphs", "graphs/mine.yaml"])
def test_a_project_folder_a_graphs_folder_or_a_file_may_be_named(tmp_path: Path, named: str) -> None:
    graph = project(tmp_path)
    found = locate(tmp_path / named)
    assert (found.graph, found.rule) == (graph, "given")


def test_graphx_graph_sets_the_default_and_a_given_graph_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    graph = project(tmp_path / "pak")
    monkeypatch.setenv("GRAPHX_GRAPH", str(tmp_path / "pak"))
    found = locate(None, tmp_path)
    assert (found.graph, found.rule) == (graph, "environment")
    assert locate(SHIPPED, tmp_path).graph == SHIPPED


def test_several_graphs_need_a_choice(tmp_path: Path) -> None:
    (tmp_path / "graphs").mkdir()
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / "graphs" / name).write_text(GRAPH)
    with pytest.raises(MultipleGraphsError, match=r"several graphs \(a.yaml, b.yaml\)") as error:
        find_graph(None, tmp_path)
    assert [p.name for p in error.value.graphs] == ["a.yaml", "b.yaml"] and "--" not in str(error.value)
    assert find_graph(tmp_path / "graphs" / "b.yaml") == tmp_path / "graphs" / "b.yaml"


def test_a_folder_without_graphs_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no graph file"):
        find_graph(tmp_path)


def test_open_graph_loads_the_graph_of_a_project_folder(tmp_path: Path) -> None:
    project(tmp_path)
    (tmp_path / "graphs" / "mine.candidates.yaml").unlink()
    assert list(open_graph(tmp_path).actors) == ["AAA"]
