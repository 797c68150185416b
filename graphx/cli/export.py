"""Commands that write a graph for people and other tools: brief, diff, export."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from graphx.cli.app import app, reported
from graphx.cli.options import (
    EventsOption,
    GraphOption,
    ListFormat,
    MinEventsOption,
    RawCellsOption,
    StatesOption,
    TypeOption,
    UnreviewedOption,
    emit,
    open_graph_for,
    parse_day_end,
    parse_window,
    refuse_overwriting_inputs,
)


class BriefFormat(StrEnum):
    """Output formats of `brief`."""

    md = "md"
    html = "html"


class ExportFormat(StrEnum):
    """Formats of `export` (see graphx.export)."""

    json = "json"
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"
    dot = "dot"
    mermaid = "mermaid"
    cypher = "cypher"


def _said(message: str) -> None:
    typer.echo(message, err=True)


@app.command()
@reported
def brief(
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Where to write [default: out/brief.md or out/brief.html in the project folder]; '-' prints it"
            " (Markdown: no figure).",
        ),
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", metavar="DATE", help="Relations up to this date [default: the latest].")
    ] = None,
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="Only relations naming this actor.")] = None,
    format: Annotated[BriefFormat, typer.Option("--format", "-f", help="md, or one printable html page.")] = (
        BriefFormat.md
    ),
    graph: GraphOption = None,
    include_unreviewed: UnreviewedOption = False,
    states: StatesOption = False,
    events: EventsOption = False,
    min_events: MinEventsOption = 1,
) -> None:
    """Write a briefing: summary, key actors, relations with citations, references, figure.

    Markdown gets the figure as SVG and PNG beside it (brief.svg, brief.png); html inlines it.

    \b
    Example: graphx brief -o out/brief.md --as-of 2022-10
    """
    from graphx.project.locate import output_folder
    from graphx.query.questions import resolve_actor
    from graphx.report import brief as briefing

    loaded = open_graph_for(
        graph, include_unreviewed=include_unreviewed, states=states, events=events, min_events=min_events
    )
    focus = resolve_actor(loaded, actor) if actor else None
    day = parse_day_end(as_of, "--as-of")
    if output == "-":
        made = briefing.document(loaded, fmt=format.value, as_of=day, actor=focus)
        emit(made.text)
    else:
        target = Path(output) if output is not None else output_folder(loaded.path) / f"brief.{format.value}"
        refuse_overwriting_inputs([target, target.with_suffix(".svg"), target.with_suffix(".png")], loaded)
        made = briefing.write(loaded, target, fmt=format.value, as_of=day, actor=focus)
        _said("wrote " + ", ".join(str(p) for p in made.files))
    for warning in made.warnings:
        _said(f"Warning: {warning}")


@app.command()
@reported
def diff(
    old: Annotated[str | None, typer.Argument(metavar="OLD", help="The earlier graph file.")] = None,
    new: Annotated[str | None, typer.Argument(metavar="NEW", help="The later graph file.")] = None,
    at: Annotated[
        list[str] | None,
        typer.Option("--at", metavar="DATE", help="Compare one graph at two dates: give --at twice."),
    ] = None,
    format: Annotated[
        ListFormat, typer.Option("--format", "-f", help="table, json, csv, or md (the briefing's style).")
    ] = ListFormat.table,
    raw_cells: RawCellsOption = False,
    graph: GraphOption = None,
    include_unreviewed: UnreviewedOption = False,
    states: StatesOption = False,
    events: EventsOption = False,
    min_events: MinEventsOption = 1,
) -> None:
    """What changed: relations and actors added, removed and changed.

    Compare two files as written, or one graph, with its accepted candidates, at two dates.

    \b
    Examples: graphx diff old.yaml new.yaml
              graphx diff --at 2022-09 --at 2022-10
    """
    from graphx.errors import UsageError
    from graphx.project import open_graph
    from graphx.query.listing import format_listing
    from graphx.report import diff as differ

    if at:
        if len(at) != 2:
            raise UsageError("--at takes two dates: --at DATE1 --at DATE2")
        if new is not None or (old is not None and graph is not None):
            raise UsageError("with --at, name one graph (GRAPH or --graph), not two")
        loaded = open_graph_for(
            old or graph, include_unreviewed=include_unreviewed, states=states, events=events, min_events=min_events
        )
        first, second = (parse_day_end(d, "--at") for d in at)
        assert first is not None and second is not None
        name = Path(loaded.path).name
        result = differ.compare(
            differ.snapshot(loaded, first),
            differ.snapshot(loaded, second),
            f"{name} as of {first.isoformat()}",
            f"{name} as of {second.isoformat()}",
        )
    else:
        if old is None or new is None:
            raise UsageError("name two graph files (graphx diff OLD NEW), or one graph with --at DATE1 --at DATE2")
        # two files are compared as written: candidates beside either file would blur what changed
        if include_unreviewed:
            raise UsageError(
                "--include-unreviewed works with one graph at two dates (--at); two files are compared as written"
            )
        before, after = (
            open_graph(old, states=states, curated_only=True),
            open_graph(new, states=states, curated_only=True),
        )
        if events:
            from graphx.events.merge import with_events

            before, after = with_events(before, min_events), with_events(after, min_events)
        result = differ.compare(before, after, old, new)
    if format == ListFormat.md:
        emit(differ.markdown(result))
    else:
        emit(format_listing(differ.listing(result), format.value, raw_cells=raw_cells))


@app.command()
@reported
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="The format to write.")],
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="File to write [default: stdout]; for csv, the folder for nodes.csv and edges.csv.",
        ),
    ] = None,
    type: TypeOption = None,
    since: Annotated[str | None, typer.Option(help="Only relations on or after this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Only relations on or before this date.")] = None,
    raw_cells: RawCellsOption = False,
    graph: GraphOption = None,
    include_unreviewed: UnreviewedOption = False,
    states: StatesOption = False,
    events: EventsOption = False,
    min_events: MinEventsOption = 1,
) -> None:
    """Export the graph for another tool, evidence and sources included.

    Formats: json (networkx node-link), graphml, gexf (Gephi, dated relations as spells),
    csv (Gephi's nodes.csv and edges.csv, into the folder -o names), dot (Graphviz),
    mermaid, cypher (Neo4j).

    \b
    Example: graphx export --format gexf -o caucasus.gexf
    """
    from dataclasses import replace

    from graphx.errors import UsageError
    from graphx.export import exporter
    from graphx.graph.build import select
    from graphx.query.questions import require_types
    from graphx.storage.files import write_files

    loaded = open_graph_for(
        graph, include_unreviewed=include_unreviewed, states=states, events=events, min_events=min_events
    )
    require_types(loaded, type or ())
    since_day, until_day = parse_window(since, until)
    chosen = select(loaded, types=type or (), since=since_day, until=until_day)
    writer = exporter(format.value, raw_cells=raw_cells)
    if not writer.single and output in (None, "-"):
        raise UsageError(f"{format.value} writes several files: name a folder for them with -o")
    files, note = writer.files_and_note(replace(loaded, relations=tuple(chosen)))
    if note:
        _said(f"note: {note}")
    if writer.single:
        (text,) = files.values()
        if output in (None, "-"):
            emit(text)
            return
        refuse_overwriting_inputs([Path(str(output))], loaded)
        written = write_files({Path(str(output)): text})
    else:
        folder = Path(str(output))
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"{folder} is a file; {format.value} needs a folder for {' and '.join(files)}")
        refuse_overwriting_inputs([folder / name for name in files], loaded)
        written = write_files({folder / name: text for name, text in files.items()})
    _said("wrote " + ", ".join(map(str, written)))
