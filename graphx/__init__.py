"""graphx: evidence-backed graphs of political actors, from news articles and curated YAML.

The library is usable without the command line::

    import graphx
    graph = graphx.load_graph("graphs/caucasus.yaml")
"""

from __future__ import annotations

__version__ = "0.1.0"

from graphx.errors import GraphxError, InputError, NoAnswerError, Problem, UnknownActorError, UsageError
from graphx.load import load_graph, parse_graph
from graphx.model import Actor, Evidence, Graph, Relation, RelationType, Source

__all__ = [
    "Actor", "Evidence", "Graph", "GraphxError", "InputError", "NoAnswerError", "Problem", "Relation",
    "RelationType", "Source", "UnknownActorError", "UsageError", "__version__", "load_graph", "parse_graph",
]
