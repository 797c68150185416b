"""Checking a project: the graph and the candidates and review files beside it, so that "valid" means loadable."""

import shutil
from pathlib import Path

import pytest

from graphx.errors import InputError
from graphx.project.check import check_project
from tests.paths import FIXTURES


@pytest.fixture
def graph(tmp_path: Path) -> Path:
    """A copy of the small fixture graph, alone in a folder."""
    target = tmp_path / "small.yaml"
    shutil.copy(FIXTURES / "good" / "small.yaml", target)
    return target


def problems_of(path: Path) -> list[str]:
    with pytest.raises(InputError) as error:
        check_project(path, quotes=False)
    return [str(p) for p in error.value.problems]


def test_a_graph_without_side_files_is_checked_alone(graph: Path) -> None:
    checked = check_project(graph, quotes=False)
    assert (checked.candidates, checked.decisions, checked.warnings) == (None, None, [])


def test_a_misspelt_decision_is_a_located_problem(graph: Path) -> None:
    review = graph.with_name("small.review.yaml")
    review.write_text("graphx-review: 1\ndecisions:\n  c-0123456789: acceptd\n")
    assert problems_of(graph) == [f"{review}:3:17: decision on c-0123456789 must be 'accepted' or 'rejected'"]


def test_a_duplicate_key_in_the_review_file_is_a_located_problem(graph: Path) -> None:
    review = graph.with_name("small.review.yaml")
    review.write_text("graphx-review: 1\ndecisions:\n  c-0123456789: accepted\n  c-0123456789: rejected\n")
    [problem] = problems_of(graph)
    assert problem.startswith(f"{review}:4:3: duplicate key 'c-0123456789'")


def test_problems_of_the_graph_and_of_both_side_files_come_together(graph: Path) -> None:
    graph.write_text(graph.read_text().replace("graphx: 1", "graphx: 1\nbogus: 1", 1))
    graph.with_name("small.candidates.yaml").write_text("- not: a candidates file\n")
    graph.with_name("small.review.yaml").write_text("decisions: {}\n")
    found = problems_of(graph)
    assert [p.split(":")[0] for p in found] == sorted(
        str(graph.with_name(n)) for n in ("small.candidates.yaml", "small.review.yaml", "small.yaml")
    )


def test_a_decision_on_no_candidate_is_a_warning_and_strict_makes_it_a_problem(graph: Path) -> None:
    graph.with_name("small.review.yaml").write_text("graphx-review: 1\ndecisions:\n  c-0123456789: accepted\n")
    checked = check_project(graph, quotes=False)
    assert checked.decisions == 1 and len(checked.warnings) == 1
    assert "unknown candidate id 'c-0123456789'" in checked.warnings[0].message
    with pytest.raises(InputError, match="unknown candidate id"):
        check_project(graph, quotes=False, strict=True)
