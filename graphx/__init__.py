"""graphx: evidence-backed graphs of political actors, from news articles and curated YAML.

The library is usable without the command line::

    import graphx
    graph = graphx.load_graph("graphs/caucasus.yaml")

Names are imported on first use, so that `graphx --help` starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "GraphxError": "graphx.errors",
    "InputError": "graphx.errors",
    "NoAnswerError": "graphx.errors",
    "Problem": "graphx.errors",
    "UnknownActorError": "graphx.errors",
    "UsageError": "graphx.errors",
    "load_graph": "graphx.graph.load",
    "parse_graph": "graphx.graph.load",
    "Actor": "graphx.graph.model",
    "Evidence": "graphx.graph.model",
    "Graph": "graphx.graph.model",
    "Relation": "graphx.graph.model",
    "RelationType": "graphx.graph.model",
    "Source": "graphx.graph.model",
}

if TYPE_CHECKING:
    from graphx.errors import GraphxError, InputError, NoAnswerError, Problem, UnknownActorError, UsageError
    from graphx.graph.load import load_graph, parse_graph
    from graphx.graph.model import Actor, Evidence, Graph, Relation, RelationType, Source


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'graphx' has no attribute {name!r}")


__all__ = [
    "Actor",
    "Evidence",
    "Graph",
    "GraphxError",
    "InputError",
    "NoAnswerError",
    "Problem",
    "Relation",
    "RelationType",
    "Source",
    "UnknownActorError",
    "UsageError",
    "__version__",
    "load_graph",
    "parse_graph",
]
