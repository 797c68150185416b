"""The analyst's project: finding the graph and the files beside it, opening it, starting a new one.

`locate` finds the graph a command uses, and why; `open_graph` loads it with its reviewed
candidates; `init_project` creates a new project folder.
"""

from graphx.project.locate import (
    EXAMPLE_GRAPH,
    Location,
    find_graph,
    locate,
    open_graph,
)
from graphx.project.sidefiles import side_files

__all__ = ["EXAMPLE_GRAPH", "Location", "find_graph", "locate", "open_graph", "side_files"]
