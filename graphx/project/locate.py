"""Which graph file a command uses when none, a file or a folder is given."""

from __future__ import annotations

from pathlib import Path

from graphx.errors import UsageError

EXAMPLE_GRAPH = Path(__file__).parent.parent / "data" / "caucasus.yaml"
CANDIDATES_SUFFIX = ".candidates.yaml"
REVIEW_SUFFIX = ".review.yaml"
EVENTS_SUFFIX = ".events.yaml"  # imported event data (graphx.events)
SIDE_FILE_SUFFIXES = (CANDIDATES_SUFFIX, REVIEW_SUFFIX, EVENTS_SUFFIX)


def side_files(graph_path: str | Path) -> tuple[Path, Path]:
    """The candidates and review files beside a graph file (graphs/NAME.candidates.yaml, .review.yaml)."""
    path = Path(graph_path)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return path.with_name(stem + CANDIDATES_SUFFIX), path.with_name(stem + REVIEW_SUFFIX)


def graph_files(folder: Path) -> list[Path]:
    """The graph files in a folder, leaving out the candidate and review files beside them."""
    found = [
        p
        for p in sorted(folder.iterdir())
        if p.suffix in (".yaml", ".yml") and p.is_file() and not p.name.endswith(SIDE_FILE_SUFFIXES)
    ]
    return found


def find_graph(given: str | Path | None = None, cwd: Path | None = None) -> Path:
    """The graph to use: the one given, else the one in ./graphs/, else the shipped example."""
    if given is not None:
        path = Path(given)
        if path.is_dir():
            return _single(path)
        return path
    folder = (cwd or Path.cwd()) / "graphs"
    if folder.is_dir() and graph_files(folder):
        return _single(folder)
    return EXAMPLE_GRAPH


def _single(folder: Path) -> Path:
    found = graph_files(folder)
    if not found:
        raise UsageError(f"{folder}: no graph file (*.yaml) in this folder")
    if len(found) > 1:
        names = ", ".join(p.name for p in found)
        raise UsageError(f"{folder} holds several graphs ({names}); choose one with --graph")
    return found[0]
