"""The files that live beside a graph NAME.yaml: its candidates, the analyst's review and imported events.

Kept apart from `locate` so that the review and event packages can name these files without
depending on how a project is found.
"""

from __future__ import annotations

from pathlib import Path

CANDIDATES_SUFFIX = ".candidates.yaml"
REVIEW_SUFFIX = ".review.yaml"
EVENTS_SUFFIX = ".events.yaml"  # imported event data (graphx.events)
SIDE_FILE_SUFFIXES = (CANDIDATES_SUFFIX, REVIEW_SUFFIX, EVENTS_SUFFIX)


def _stem(path: Path) -> str:
    return path.name[: -len(path.suffix)] if path.suffix else path.name


def side_files(graph_path: str | Path) -> tuple[Path, Path]:
    """The candidates and review files beside a graph file (graphs/NAME.candidates.yaml, .review.yaml)."""
    path = Path(graph_path)
    stem = _stem(path)
    return path.with_name(stem + CANDIDATES_SUFFIX), path.with_name(stem + REVIEW_SUFFIX)


def events_file(graph_path: str | Path) -> Path:
    """The imported-events file beside a graph file (graphs/NAME.events.yaml)."""
    path = Path(graph_path)
    return path.with_name(_stem(path) + EVENTS_SUFFIX)
