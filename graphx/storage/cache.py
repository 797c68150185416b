"""A cache of loaded graphs, keyed by the graph file's content, outside the project.

A cache entry is only used when its header, digest and version all match; anything
else (a corrupt, truncated, stale or foreign file) is ignored and rebuilt, never trusted.
Set GRAPHX_CACHE_DIR to move the cache, or GRAPHX_NO_CACHE=1 to turn it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from dataclasses import replace
from pathlib import Path

from graphx import __version__
from graphx.graph import load, model
from graphx.graph.load import collector_paused, parse_graph
from graphx.graph.model import Graph
from graphx.graph.yamlnodes import read_text
from graphx.storage.atomic import write_bytes_atomic

MAGIC = b"GRAPHXC1"
MIN_BYTES = 512 * 1024  # smaller graphs load faster than a cache entry can be checked
_DIGEST = 32


def cache_dir() -> Path:
    """Where cache entries live: GRAPHX_CACHE_DIR, else the user's cache folder."""
    if os.environ.get("GRAPHX_CACHE_DIR"):
        return Path(os.environ["GRAPHX_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "graphx"


def _entry(content: bytes) -> Path:
    """The entry for this content, this graphx (down to the model and loader code) and this Python."""
    key = hashlib.sha256(content)
    key.update(f"|graphx {__version__}|python {sys.version_info[:2]}|".encode())
    for module in (model, load):  # an edited model or loader never reads an older entry
        key.update(Path(str(module.__file__)).read_bytes())
    return cache_dir() / f"{key.hexdigest()}.graph"


def load_graph_cached(path: Path | str) -> Graph:
    """Load a graph, reusing the cache entry for this exact content when there is a sound one."""
    path = Path(path)
    text = read_text(path, "graph file")
    if os.environ.get("GRAPHX_NO_CACHE") or len(text) < MIN_BYTES:
        return parse_graph(text, str(path))
    content = text.encode("utf-8")
    entry = _entry(content)
    graph = _read_entry(entry)
    if graph is None:
        graph = parse_graph(text, str(path))
        _write_entry(entry, graph)
    return replace(graph, path=str(path))


def _read_entry(entry: Path) -> Graph | None:
    """The graph in a cache entry, or None if it is missing or not exactly as written."""
    try:
        data = entry.read_bytes()
    except OSError:
        return None
    header, digest, payload = data[: len(MAGIC)], data[len(MAGIC) : len(MAGIC) + _DIGEST], data[len(MAGIC) + _DIGEST :]
    if header != MAGIC or hashlib.sha256(payload).digest() != digest:
        return None
    try:
        with collector_paused():
            graph = pickle.loads(payload)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return graph if isinstance(graph, Graph) else None


def _write_entry(entry: Path, graph: Graph) -> None:
    """Store a graph; a cache that cannot be written is simply not used."""
    payload = pickle.dumps(replace(graph, path=""), protocol=pickle.HIGHEST_PROTOCOL)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_bytes_atomic(entry, MAGIC + hashlib.sha256(payload).digest() + payload)
    except OSError:
        return
