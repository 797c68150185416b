from pathlib import Path

import pytest

from graphx.errors import UsageError
from graphx.project.locate import EXAMPLE_GRAPH, find_graph


def test_without_graphs_folder_the_shipped_example_is_used(tmp_path: Path) -> None:
    assert find_graph(None, tmp_path) == EXAMPLE_GRAPH
    assert EXAMPLE_GRAPH.is_file()


def test_the_graph_in_graphs_folder_is_used(tmp_path: Path) -> None:
    (tmp_path / "graphs").mkdir()
    (tmp_path / "graphs" / "mine.yaml").write_text("graphx: 1\n")
    (tmp_path / "graphs" / "mine.candidates.yaml").write_text("[]\n")
    (tmp_path / "graphs" / "mine.review.yaml").write_text("{}\n")
    assert find_graph(None, tmp_path) == tmp_path / "graphs" / "mine.yaml"


def test_several_graphs_need_a_choice(tmp_path: Path) -> None:
    (tmp_path / "graphs").mkdir()
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / "graphs" / name).write_text("graphx: 1\n")
    with pytest.raises(UsageError, match=r"several graphs \(a.yaml, b.yaml\)"):
        find_graph(None, tmp_path)
    assert find_graph(tmp_path / "graphs" / "b.yaml") == tmp_path / "graphs" / "b.yaml"


def test_a_folder_without_graphs_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no graph file"):
        find_graph(tmp_path)
