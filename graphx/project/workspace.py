"""Kept so that `from graphx.project.workspace import open_graph` still works: use `graphx.project`."""

from graphx.project.locate import open_graph

__all__ = ["open_graph"]
