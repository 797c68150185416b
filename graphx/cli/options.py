"""Options shared by several commands, and printing a listing."""

import datetime as dt
import os
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from graphx.errors import UsageError

if TYPE_CHECKING:
    from graphx.graph.model import Graph


class ListFormat(StrEnum):
    """Output formats of the listing commands."""

    table = "table"
    json = "json"
    csv = "csv"
    md = "md"


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as the user would type it: relative to the current folder when it is inside it."""
    absolute = os.path.abspath(path)
    here = os.getcwd()
    if os.path.commonpath([absolute, here]) == here:
        return os.path.relpath(absolute, here)
    return str(path)


EXAMPLE_NOTE = (
    "Note: no graph in graphs/ here or in any parent folder, so this is the example graph shipped with"
    " graphx; --graph or GRAPHX_GRAPH names yours (graphx init starts a project)"
)


# Arguments that name the graph files a command reads (`validate FILE`, `diff OLD NEW`): when one is
# given, the command does not use --graph's default, so nothing is said about it.
GRAPH_ARGUMENTS = ("graph_path", "old", "new")


def _announce_graph(ctx: typer.Context, value: str | None) -> str | None:
    """Before a command runs: say when the shipped example graph is used by default, and warn
    about review decisions that name no candidate (they are ignored)."""
    from dataclasses import replace

    if value is None and any(ctx.params.get(name) is not None for name in GRAPH_ARGUMENTS):
        return value

    from graphx.errors import InputError
    from graphx.project.locate import EXAMPLE_GRAPH, find_graph
    from graphx.project.sidefiles import side_files

    try:
        path = find_graph(value)
        if value is None and path == EXAMPLE_GRAPH:
            typer.echo(EXAMPLE_NOTE, err=True)
            return value
        if not side_files(path)[1].exists():
            return value
        from graphx.review.store import decision_problems

        for problem in decision_problems(path):
            typer.echo(f"Warning: {replace(problem, file=shown_path(problem.file))}", err=True)
    except (UsageError, InputError):
        pass  # no single graph, or a broken review file: the command itself reports it
    return value


GraphOption = Annotated[
    str | None,
    typer.Option(
        "--graph",
        "-g",
        metavar="PATH",
        callback=_announce_graph,
        help="Graph file, graphs folder or project folder [default: $GRAPHX_GRAPH, else the nearest graphs/ folder"
        " here or above, else the shipped example].",
    ),
]
FormatOption = Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")]
TypeOption = Annotated[
    list[str] | None, typer.Option("--type", "-t", metavar="TYPE", help="Only this relation type (repeatable).")
]
StatesOption = Annotated[
    bool, typer.Option("--states", help="State level: merge people and bodies into the actor they are part_of.")
]
RawCellsOption = Annotated[
    bool,
    typer.Option(
        "--raw-cells",
        help="CSV: keep cells that start with =, +, -, @ as they are (by default they get a leading ', "
        "so that a spreadsheet does not run them as formulas).",
    ),
]
AllowOutsideOption = Annotated[
    bool,
    typer.Option("--allow-outside", help="Read source files outside the project folder too (for the quote check)."),
]
UnreviewedOption = Annotated[
    bool, typer.Option("--include-unreviewed", help="Also use extracted candidates not yet reviewed.")
]


def parse_day(text: str | None, option: str) -> dt.date | None:
    """A --since/--until value: YYYY, YYYY-MM or YYYY-MM-DD (the first day of the period)."""
    if text is None:
        return None
    from graphx.graph.dates import first_day, parse_partial_date

    try:
        return first_day(parse_partial_date(text))
    except ValueError as exc:
        raise UsageError(f"{option}: {exc}") from None


def parse_day_end(text: str | None, option: str) -> dt.date | None:
    """An --until value: the last day of the period it names."""
    if text is None:
        return None
    from graphx.graph.dates import last_day, parse_partial_date

    try:
        return last_day(parse_partial_date(text))
    except ValueError as exc:
        raise UsageError(f"{option}: {exc}") from None


def emit(text: str) -> None:
    """Write command output to stdout, as is."""
    typer.echo(text, nl=False)


def parse_window(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    """--since and --until as the first and last day they name; an empty window is a usage error."""
    start, end = parse_day(since, "--since"), parse_day_end(until, "--until")
    if start is not None and end is not None and start > end:
        raise UsageError(f"--since {since} is after --until {until}: no date falls in that window")
    return start, end


def refuse_overwriting_inputs(targets: Iterable[Path], graph: "Graph") -> None:
    """Refuse (OutputRefusedError) an output that would replace the graph, a file it cites or its side files."""
    from graphx.storage.files import check_output, protect_graph

    if graph.path:
        protect_graph(graph.path, [s.file for s in graph.sources.values() if s.file])
    for target in targets:
        check_output(target)


EventsOption = Annotated[
    bool, typer.Option("--events", help="Also use the imported event data beside the graph (graphx import).")
]
MinEventsOption = Annotated[
    int, typer.Option("--min-events", min=1, metavar="N", help="With --events: only relations of N or more events.")
]


def open_graph_for(
    graph: str | None,
    *,
    include_unreviewed: bool = False,
    states: bool = False,
    events: bool = False,
    min_events: int = 1,
) -> "Graph":
    """open_graph, plus the imported event relations when --events is given."""
    from graphx.project import open_graph

    if min_events > 1 and not events:
        raise UsageError("--min-events needs --events")
    loaded = open_graph(graph, include_unreviewed=include_unreviewed, states=states)
    if not events:
        return loaded
    from graphx.events.merge import with_events

    return with_events(loaded, min_events)


ClusterOption = Annotated[
    str | None,
    typer.Option(
        "--cluster",
        metavar="ADDRESS",
        help="Run on a Dask cluster: a scheduler address (tcp://host:8786), or local:N for N local workers.",
    ),
]
