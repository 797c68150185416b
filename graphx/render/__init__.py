"""The interactive HTML map: one self-contained, offline, deterministic page per graph.

    from graphx.render import ViewRequest, render_html
    html = render_html(graph, ViewRequest(types=("criticism",))).html

Only `pyvis_adapter` imports pyvis; jinja2 and pyvis load when a page is rendered.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from graphx.graph.model import Graph
from graphx.render.view import DEFAULT_LIMIT, View, ViewRequest, as_of_period, choose_view

__all__ = ["DEFAULT_LIMIT", "Rendered", "View", "ViewRequest", "as_of_period", "choose_view", "render_html"]


@dataclass(frozen=True)
class Rendered:
    """A rendered page and the view it draws."""

    html: str
    view: View

    @property
    def notice(self) -> str | None:
        """The warning to show when the size limit left part of the graph out."""
        return truncation_notice(self.view)


def truncation_notice(view: View) -> str | None:
    """What a partial view leaves out, in words, or None when the view is whole."""
    if not view.truncated:
        return None
    return (
        f"This map shows the {len(view.actors):,} most connected actors and their {len(view.relations):,} "
        f"relations, out of {view.total_actors:,} actors and {view.total_relations:,} relations "
        "(render with --all to draw everything)."
    )


def search_example(view: View) -> str | None:
    """The name the search box suggests: the map's most connected actor (then the first by id); None if empty."""
    if not view.actors:
        return None
    degree = Counter(a for e in view.edges for a in (e.source, e.target))
    chosen = min(view.actors, key=lambda a: (-degree[a], a))
    return view.graph.actors[chosen].name


def render_html(
    graph: Graph, request: ViewRequest | None = None, *, stem: str | None = None, color_by: str = "kind"
) -> Rendered:
    """The page for `graph` as `request` asks; the same graph and request give the same bytes.

    `color_by` is "kind" (actor kinds) or "community" (blocs, see graphx.query.communities).
    """
    from graphx.render.page import page_html
    from graphx.render.payload import build_payload
    from graphx.render.pyvis_adapter import vis_css, vis_javascript

    view = choose_view(graph, request or ViewRequest())
    name = stem or (Path(graph.path).stem if graph.path else "graph")
    html = page_html(
        title=graph.title,
        description=graph.description,
        notice=truncation_notice(view),
        path=" \u2192 ".join(graph.actors[a].name for a in view.path) or None,
        data=build_payload(view, name, color_by),
        vis_js=vis_javascript(),
        vis_css=vis_css(),
        example=search_example(view),
    )
    return Rendered(html=html, view=view)
