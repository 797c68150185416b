"""Open the graph a command works on: find it, load it, and add reviewed candidates."""

from __future__ import annotations

from pathlib import Path

from graphx.graph.model import Graph
from graphx.project.locate import find_graph, side_files
from graphx.storage.cache import load_graph_cached


def open_graph(
    given: str | Path | None = None,
    *,
    include_unreviewed: bool = False,
    states: bool = False,
    curated_only: bool = False,
) -> Graph:
    """The graph named by `given` (file or folder), else ./graphs/, else the shipped example.

    Candidates accepted in the review file beside the graph join it with origin "accepted"; with
    `include_unreviewed`, candidates not yet decided join too, with origin "unreviewed". With `states`,
    people and bodies are merged into the actor they are `part_of` (the state-level view). With
    `curated_only`, the file alone, without any candidates.
    """
    path = find_graph(given)
    merged = curated = load_graph_cached(path)
    if not curated_only and side_files(path)[0].exists():
        from graphx.review.store import merge_reviewed

        merged = merge_reviewed(curated, path, include_unreviewed)
    if states:
        from graphx.graph.build import collapse

        return collapse(merged)
    return merged
