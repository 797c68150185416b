"""Coded event data (GDELT, POLECAT, PLOVER, ACLED) imported as counted relations beside a curated graph.

`import_events` reads and aggregates files into graphs/NAME.events.yaml; `with_events` adds those relations
to a loaded graph, labelled with origin "imported", for queries, maps, briefs and exports.
"""

from graphx.events.importer import FORMATS, import_events
from graphx.events.merge import with_events

__all__ = ["FORMATS", "import_events", "with_events"]
