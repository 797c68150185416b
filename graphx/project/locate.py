"""Where a project's files are, found the way git finds its repository, and opening the graph.

A command given no graph looks in the current folder and then in each parent folder for the nearest
`graphs/` folder holding a graph (so commands work inside `graphs/` and below it too); the current
folder also counts when it holds graph files itself. The environment variable GRAPHX_GRAPH names a
default. Only when nothing is found is the example graph shipped with graphx used. Beside each graph
NAME.yaml live NAME.candidates.yaml (extracted candidates) and NAME.review.yaml (the analyst's decisions).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from graphx.errors import UsageError
from graphx.project.sidefiles import SIDE_FILE_SUFFIXES, events_file, side_files

if TYPE_CHECKING:
    from graphx.graph.model import Graph

EXAMPLE_GRAPH = Path(__file__).parent.parent / "data" / "caucasus.yaml"
ENVIRONMENT_VARIABLE = "GRAPHX_GRAPH"
GRAPHS_FOLDER = "graphs"
_GRAPH_MARK = re.compile(rb"^graphx\s*:", re.MULTILINE)
_MARK_BYTES = 4096  # a graph file says `graphx: 1` near its top

Rule = Literal["given", "environment", "found", "example"]


class MultipleGraphsError(UsageError):
    """A folder holds several graphs, so the one to use must be named."""

    def __init__(self, folder: Path, graphs: list[Path]) -> None:
        self.folder = folder
        self.graphs = graphs
        names = ", ".join(p.name for p in graphs)
        super().__init__(f"{folder} holds several graphs ({names}); name one of the files")


@dataclass(frozen=True)
class Location:
    """The graph a command uses, and the rule that chose it.

    `rule` is "given" (named by the caller), "environment" (GRAPHX_GRAPH), "found" (the nearest
    graph folder from `start`) or "example" (nothing found: the shipped example). `folder` is the
    folder that was named or found, when the rule went through one.
    """

    graph: Path
    rule: Rule
    folder: Path | None = None
    start: Path | None = None

    @property
    def candidates(self) -> Path:
        """The candidates file beside the graph (it may not exist yet)."""
        return side_files(self.graph)[0]

    @property
    def review(self) -> Path:
        """The review file beside the graph (it may not exist yet)."""
        return side_files(self.graph)[1]

    @property
    def events(self) -> Path:
        """The imported-events file beside the graph (it may not exist yet)."""
        return events_file(self.graph)


def graph_files(folder: Path, *, marked_only: bool = False) -> list[Path]:
    """The graph files in a folder, leaving out the candidate and review files beside them.

    With `marked_only`, only YAML files that say `graphx:` near their top: a folder not named
    graphs/ may hold other YAML files (CI settings, compose files) that are no graphs.
    """
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    found = [
        p for p in entries if p.suffix in (".yaml", ".yml") and not p.name.endswith(SIDE_FILE_SUFFIXES) and p.is_file()
    ]
    return [p for p in found if _is_marked(p)] if marked_only else found


def _is_marked(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return _GRAPH_MARK.search(stream.read(_MARK_BYTES)) is not None
    except OSError:
        return False


def graph_folder(folder: Path, *, here: bool = False) -> Path | None:
    """The graph folder of `folder`: its graphs/ subfolder, or itself if it is a graphs/ folder; else None.

    With `here` (the folder a command starts from), a folder of any name that holds graph files
    counts too. Parent folders do not count that way: a stray graph file in /tmp or in a home
    folder must not capture every command run below it.
    """
    sub = folder / GRAPHS_FOLDER
    if sub.is_dir() and graph_files(sub):
        return sub
    if folder.name == GRAPHS_FOLDER and graph_files(folder):
        return folder
    if here and graph_files(folder, marked_only=True):
        return folder
    return None


def locate(given: str | Path | None = None, cwd: Path | None = None) -> Location:
    """The graph to use and why: the one given, else GRAPHX_GRAPH, else the nearest graph folder, else the example.

    A given path (or GRAPHX_GRAPH) may be a graph file, a graphs folder or a project folder holding graphs/.
    """
    if given is not None:
        return _named(Path(given), "given")
    variable = os.environ.get(ENVIRONMENT_VARIABLE)
    if variable:
        return _named(Path(variable), "environment")
    start = (cwd or Path.cwd()).absolute()
    for folder in (start, *start.parents):
        found = graph_folder(folder, here=folder == start)
        if found is not None:
            marked_only = found == start and found.name != GRAPHS_FOLDER
            if cwd is None:  # as the user would type it: graphs/x.yaml, ../graphs/x.yaml
                found = Path(os.path.relpath(found))
            return Location(_single(found, marked_only=marked_only), "found", found, start)
    return Location(EXAMPLE_GRAPH, "example", None, start)


def _named(path: Path, rule: Rule) -> Location:
    if not path.is_dir():
        return Location(path, rule)
    sub = path / GRAPHS_FOLDER
    if sub.is_dir() and graph_files(sub):
        return Location(_single(sub), rule, sub)
    return Location(_single(path), rule, path)


def find_graph(given: str | Path | None = None, cwd: Path | None = None) -> Path:
    """The graph file to use (see `locate`)."""
    return locate(given, cwd).graph


def _single(folder: Path, *, marked_only: bool = False) -> Path:
    found = graph_files(folder, marked_only=marked_only)
    if not found:
        raise UsageError(f"{folder}: no graph file (*.yaml) in this folder or in its graphs/ folder")
    if len(found) > 1:
        raise MultipleGraphsError(folder, found)
    return found[0]


def open_graph(
    given: str | Path | None = None,
    *,
    include_unreviewed: bool = False,
    states: bool = False,
    curated_only: bool = False,
) -> Graph:
    """The graph named by `given` (file or folder), else the one `locate` finds.

    Candidates accepted in the review file beside the graph join it with origin "accepted"; with
    `include_unreviewed`, candidates not yet decided join too, with origin "unreviewed". With `states`,
    people and bodies are merged into the actor they are `part_of` (the state-level view). With
    `curated_only`, the file alone, without any candidates.
    """
    from graphx.storage.cache import load_graph_cached

    path = find_graph(given)
    merged = curated = load_graph_cached(path)
    if not curated_only and side_files(path)[0].exists():
        from graphx.review.store import merge_reviewed

        merged = merge_reviewed(curated, path, include_unreviewed)
    if states:
        from graphx.graph.build import collapse

        return collapse(merged)
    return merged


def output_folder(graph_path: str | Path | None) -> Path:
    """Where a command's outputs go by default: out/ in the project folder (the parent of graphs/),
    so that a map or a briefing never lands among the articles of seeds/; else ./out."""
    if graph_path is not None:
        graphs = Path(graph_path).resolve().parent
        if graphs.name == GRAPHS_FOLDER and Path(graph_path).resolve() != EXAMPLE_GRAPH.resolve():
            return graphs.parent / "out"
    return Path("out")
