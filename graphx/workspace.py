"""Open the graph a command works on: find it, load it, and add reviewed candidates."""

from __future__ import annotations

from pathlib import Path

from graphx.cache import load_graph_cached
from graphx.locate import find_graph
from graphx.model import Graph


def open_graph(given: str | Path | None = None, *, include_unreviewed: bool = False) -> Graph:
    """The graph named by `given` (file or folder), else ./graphs/, else the shipped example."""
    del include_unreviewed  # candidates join the graph once the review loop lands
    return load_graph_cached(find_graph(given))
