"""Checking a project: the graph file and the candidates and review files beside it.

"Valid" means that every command will load: the graph parses, each side file that exists parses
(candidates, review decisions, imported events), and the graph merged with its reviewed candidates
builds. Problems of all the files are reported together, each as file:line:col.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graphx.errors import InputError, Problem
from graphx.graph.model import Graph
from graphx.project.sidefiles import events_file, side_files


@dataclass(frozen=True)
class Checked:
    """A valid project: its graph, the side files that exist, their sizes, and the warnings found."""

    path: Path
    graph: Graph
    warnings: list[Problem]
    candidates: int | None = None  # None when there is no candidates file
    decisions: int | None = None  # None when there is no review file
    events: int | None = None  # imported event relations; None when there is no events file


def check_project(path: Path, *, quotes: bool = True, strict: bool = False, allow_outside: bool = False) -> Checked:
    """Check the graph at `path` and its side files; InputError with every problem found.

    Warnings (a quote not word for word in its source, a decision naming no candidate) are returned;
    with `strict` they are problems too.
    """
    from graphx.graph.load import parse_graph
    from graphx.graph.yamlnodes import read_text
    from graphx.project.quotes import quote_warnings

    text = read_text(path, "graph file")
    problems: list[Problem] = []
    graph: Graph | None = None
    try:
        graph = parse_graph(text, str(path))
    except InputError as exc:
        problems += exc.problems
    candidates_path, review_path = side_files(path)
    counts, side_problems = _side_files(candidates_path, review_path)
    problems += side_problems
    events, event_problems = _events_file(events_file(path))
    problems += event_problems
    if problems or graph is None:
        raise InputError(problems)
    warnings = quote_warnings(graph, text, allow_outside=allow_outside) if quotes else []
    if counts != (None, None):
        warnings += _merge_warnings(graph, path)
    if strict and warnings:
        raise InputError(warnings)
    return Checked(path, graph, sorted(warnings), *counts, events=events)


def _events_file(path: Path) -> tuple[int | None, list[Problem]]:
    """How many imported relations the events file holds (None when absent), and its problems."""
    if not path.exists():
        return None, []
    from graphx.events.store import load_events

    try:
        return len(load_events(path).tallies), []
    except InputError as exc:
        return None, list(exc.problems)


def _side_files(candidates_path: Path, review_path: Path) -> tuple[tuple[int | None, int | None], list[Problem]]:
    """How many candidates and decisions the side files hold (None when absent), and their problems."""
    if not candidates_path.exists() and not review_path.exists():
        return (None, None), []  # the review module is not even imported
    from graphx.review.store import load_candidates, load_decisions

    problems: list[Problem] = []
    candidates = decisions = None
    if candidates_path.exists():
        try:
            candidates = len(load_candidates(candidates_path).candidates)
        except InputError as exc:
            problems += exc.problems
    if review_path.exists():
        try:
            decisions = len(load_decisions(review_path))
        except InputError as exc:
            problems += exc.problems
    return (candidates, decisions), problems


def _merge_warnings(graph: Graph, path: Path) -> list[Problem]:
    """Decisions that name no candidate; and InputError if the graph and its candidates do not merge."""
    from graphx.review.store import decision_problems, merge_reviewed

    merge_reviewed(graph, path, include_unreviewed=True)
    return decision_problems(path)
