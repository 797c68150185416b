"""The `import` command: coded event data (GDELT, POLECAT, PLOVER, ACLED) into the events file beside a graph."""

from enum import StrEnum
from typing import Annotated

import typer

from graphx.cli.app import app, reported
from graphx.cli.options import ClusterOption, GraphOption, shown_path


class EventFormat(StrEnum):
    """The event data formats `graphx import` reads."""

    gdelt = "gdelt"
    polecat = "polecat"
    plover = "plover"
    acled = "acled"


class Period(StrEnum):
    """How long a period one imported relation counts."""

    day = "day"
    week = "week"
    month = "month"
    year = "year"


@app.command("import")
@reported
def import_(
    format: Annotated[EventFormat, typer.Argument(metavar="FORMAT", help="gdelt, polecat, plover or acled.")],
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="Event files (plain, .zip or .gz).")],
    graph: GraphOption = None,
    period: Annotated[Period, typer.Option("--period", help="One relation per pair and period.")] = Period.month,
    max_errors: Annotated[
        int,
        typer.Option("--max-errors", min=0, metavar="N", help="Skip up to N bad rows (reported); more is an error."),
    ] = 0,
    cluster: ClusterOption = None,
) -> None:
    """Import coded event data as counted relations, into graphs/NAME.events.yaml beside the graph.

    Events become one relation per (from, type, to, period), never written into the curated file;
    use them with --events in queries, render, brief, export and diff. Importing the same file again
    adds nothing; a new file adds its counts.

    \b
    Example: graphx import gdelt 20250101.export.CSV.zip
    """
    from graphx.errors import UsageError
    from graphx.events.importer import import_events
    from graphx.project.locate import EXAMPLE_GRAPH, find_graph

    graph_path = find_graph(graph)
    if graph_path.resolve() == EXAMPLE_GRAPH.resolve():
        raise UsageError("no graph to import into: the shipped example is read-only; use --graph or a graphs/ folder")
    if cluster:
        from graphx.scale.cluster import connect

        with connect(cluster) as client:
            report = import_events(
                format.value, files, graph_path, period=period.value, max_errors=max_errors, cluster=client
            )
    else:
        report = import_events(format.value, files, graph_path, period=period.value, max_errors=max_errors)
    for problem in report.warnings:
        typer.echo(f"Warning: {problem} (skipped)", err=True)
    for name in report.already:
        typer.echo(f"{name}: already imported (same bytes); nothing added", err=True)
    for scan in report.scans:
        skipped = sum(scan.skipped.values())
        typer.echo(
            f"{scan.file}: {scan.rows} rows, {scan.counted} events counted, {skipped} skipped"
            + (f", {len(scan.problems)} bad rows skipped" if scan.problems else ""),
            err=True,
        )
        for reason, count in sorted(scan.skipped.items(), key=lambda item: (-item[1], item[0])):
            typer.echo(f"  skipped {count}: {reason}", err=True)
    verb = "wrote" if report.written else "unchanged"
    typer.echo(f"{verb} {shown_path(report.events_file)}: {report.relations} imported relations", err=True)
