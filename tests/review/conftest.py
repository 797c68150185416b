"""Review-loop fixtures: a project folder whose candidates file holds many synthetic candidates."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from graphx.review.candidates import Candidate, CandidateSet, DocumentInfo, Occurrence, dump_candidates
from tests.paths import FIXTURES

GRAPH_NAME = "small.yaml"
WIRE = "../news/wire.txt"


def synthetic_candidates(count: int) -> CandidateSet:
    """`count` criticism candidates BBB -> X0..Xn and their document."""
    candidates = tuple(
        Candidate(
            "criticism",
            "BBB",
            f"X{n}",
            (),
            (Occurrence(WIRE, n, f"Betastan condemned X{n} on day {n}.", round(0.5 + (n % 50) / 100, 2)),),
        )
        for n in range(count)
    )
    documents = {"../news/wire.txt": DocumentInfo("../news/wire.txt", "Wire of the day", "2024-03-05", count)}
    actors = {"BBB": ("Betastan", "state"), **{f"X{n}": (f"Exland {n}", "state") for n in range(count)}}
    return CandidateSet(candidates, documents, actors)


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[[int], Path]:
    """A graph (the small fixture) with `count` synthetic candidates beside it; returns the graph's path."""

    def make(count: int) -> Path:
        folder = tmp_path / "graphs"
        folder.mkdir(exist_ok=True)
        graph = folder / GRAPH_NAME
        shutil.copy(FIXTURES / "good" / GRAPH_NAME, graph)
        (tmp_path / "news").mkdir(exist_ok=True)
        lines = [f"Betastan condemned X{n} on day {n}." for n in range(count)]
        (tmp_path / "news" / "wire.txt").write_text("\n".join(lines) + "\n")
        (folder / "small.candidates.yaml").write_text(dump_candidates(synthetic_candidates(count), GRAPH_NAME))
        return graph

    return make
