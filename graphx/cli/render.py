"""The `render` command: one self-contained interactive HTML map of a graph."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from graphx.cli.app import app, reported
from graphx.cli.options import (
    EventsOption,
    GraphOption,
    MinEventsOption,
    StatesOption,
    TypeOption,
    UnreviewedOption,
    open_graph_for,
    parse_window,
    refuse_overwriting_inputs,
)


class ColorBy(StrEnum):
    """What the colour of an actor's dot shows (kept equal to graphx.render.payload.COLOR_BY)."""

    kind = "kind"
    community = "community"


DEFAULT_LIMIT = 5000  # kept equal to graphx.render.DEFAULT_LIMIT, which this module must not import at start-up


@app.command()
@reported
def render(
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="HTML file to write, or - for stdout [default: out/<graph>.html].",
        ),
    ] = None,
    graph: GraphOption = None,
    highlight_path: Annotated[
        tuple[str, str] | None,
        typer.Option("--highlight-path", metavar="A B", help="Draw the shortest path from A to B prominently."),
    ] = None,
    undirected: Annotated[
        bool,
        typer.Option("--undirected", help="With --highlight-path, also follow relations against their direction."),
    ] = False,
    type: TypeOption = None,
    since: Annotated[str | None, typer.Option(help="Only relations on or after this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Only relations on or before this date.")] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="The graph as it stood on this date: begun, and not ended before."),
    ] = None,
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="Only this actor's neighbourhood.")] = None,
    depth: Annotated[
        int | None,
        typer.Option(min=1, help="With --actor: how many relations away [default: 1]."),
    ] = None,
    limit: Annotated[
        int,
        typer.Option(min=1, help="Above this many actors or relations, draw only the most connected part."),
    ] = DEFAULT_LIMIT,
    all_: Annotated[bool, typer.Option("--all", help="Draw everything, however big (overrides --limit).")] = False,
    color_by: Annotated[
        ColorBy, typer.Option("--color-by", help="Colour actors by kind, or by community (blocs, named in the legend).")
    ] = ColorBy.kind,
    include_unreviewed: UnreviewedOption = False,
    states: StatesOption = False,
    events: EventsOption = False,
    min_events: MinEventsOption = 1,
) -> None:
    """Write the graph as one interactive HTML page that works offline.

    Colours and line styles by relation type, a legend, search, neighbourhood
    highlight, type and date filters, PNG export.

    \b
    Example: graphx render --highlight-path FRA AZE -o out/path.html
    """
    from graphx.errors import UsageError
    from graphx.project.locate import output_folder
    from graphx.query.questions import resolve_actor
    from graphx.render import ViewRequest, as_of_period, render_html
    from graphx.storage.files import write_output

    if depth is not None and actor is None:
        raise UsageError("--depth needs --actor")
    loaded = open_graph_for(
        graph, include_unreviewed=include_unreviewed, states=states, events=events, min_events=min_events
    )
    window = parse_window(since, until)
    request = ViewRequest(
        types=tuple(type or ()),
        since=window[0],
        until=window[1],
        as_of=as_of_period(as_of) if as_of else None,
        actor=resolve_actor(loaded, actor) if actor else None,
        depth=depth or 1,
        path=(resolve_actor(loaded, highlight_path[0]), resolve_actor(loaded, highlight_path[1]))
        if highlight_path
        else None,
        undirected=undirected,
        limit=None if all_ else limit,
    )
    stem = Path(loaded.path).stem if loaded.path else "graph"
    rendered = render_html(loaded, request, stem=stem, color_by=color_by.value)
    if rendered.notice:
        typer.echo(f"Warning: {rendered.notice}", err=True)
    view = rendered.view
    if output == "-":
        typer.echo(rendered.html, nl=False)
        return
    target = Path(output) if output is not None else output_folder(loaded.path) / f"{stem}.html"
    refuse_overwriting_inputs([target], loaded)
    write_output(target, rendered.html)
    typer.echo(f"wrote {target}: {len(view.actors)} actors, {len(view.relations)} relations", err=True)
