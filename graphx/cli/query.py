"""Commands that check and query a graph: validate, schema, actors, relations, neighbors, path, stats."""

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from graphx.cli.app import app, reported
from graphx.cli.options import (
    AllowOutsideOption,
    EventsOption,
    FormatOption,
    GraphOption,
    ListFormat,
    MinEventsOption,
    RawCellsOption,
    StatesOption,
    TypeOption,
    UnreviewedOption,
    emit,
    open_graph_for,
    parse_window,
)

if TYPE_CHECKING:
    from graphx.project.check import Checked


class Direction(StrEnum):
    """Which relations of an actor `neighbors` lists."""

    in_ = "in"
    out = "out"
    both = "both"


@app.command()
@reported
def validate(
    graph_path: Annotated[str | None, typer.Argument(metavar="[GRAPH]", help="Graph file or folder.")] = None,
    graph: Annotated[
        str | None, typer.Option("--graph", "-g", metavar="PATH", help="Graph file, graphs folder or project folder.")
    ] = None,
    quotes: Annotated[
        bool, typer.Option("--quotes/--no-quotes", help="Check each quote against its source file.")
    ] = True,
    strict: Annotated[bool, typer.Option(help="Exit 2 on warnings too (quotes not found, stale decisions).")] = False,
    allow_outside: AllowOutsideOption = False,
) -> None:
    """Check a graph and the candidates and review files beside it; report every problem as file:line:col.

    "valid" means every command will load these files. Also warns about quotes that are not word for
    word in their source file, and decisions that name no candidate.

    \b
    Example: graphx validate graphs/caucasus.yaml
    """
    from graphx.cli.options import EXAMPLE_NOTE
    from graphx.project.check import check_project
    from graphx.project.locate import locate

    location = locate(graph_path or graph)
    if location.rule == "example":
        typer.echo(EXAMPLE_NOTE, err=True)
    checked = check_project(location.graph, quotes=quotes, strict=strict, allow_outside=allow_outside)
    for warning in checked.warnings:
        typer.echo(f"Warning: {warning}", err=True)
    typer.echo(f"{checked.path}: valid: {_summary(checked)}", err=True)


def _summary(checked: "Checked") -> str:
    """What a valid project holds: actors, relations, candidates, decisions and warnings."""
    parts = [_count(len(checked.graph.actors), "actor"), _count(len(checked.graph.relations), "relation")]
    if checked.candidates is not None:
        parts.append(_count(checked.candidates, "candidate"))
    if checked.decisions is not None:
        parts.append(_count(checked.decisions, "review decision"))
    if checked.events is not None:
        parts.append(_count(checked.events, "imported relation"))
    summary = ", ".join(parts)
    return summary + (f"; {_count(len(checked.warnings), 'warning')}" if checked.warnings else "")


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"


@app.command()
@reported
def schema() -> None:
    """Print the JSON Schema of the graph file format, for an editor's YAML extension.

    \b
    Example: graphx schema > graphx.graph.schema.json
    """
    from graphx.graph.schema import graph_schema
    from graphx.query.listing import to_json

    emit(to_json(graph_schema()))


@app.command()
@reported
def actors(
    graph: GraphOption = None,
    format: FormatOption = ListFormat.table,
    raw_cells: RawCellsOption = False,
    states: StatesOption = False,
    events: EventsOption = False,
    min_events: MinEventsOption = 1,
) -> None:
    """List the graph's actors with their kind, aliases and number of relations.

    \b
    Example: graphx actors --format md
    """
    from graphx.query.listing import format_listing
    from graphx.query.present import actors_listing

    loaded = open_graph_for(graph, states=states, events=events, min_events=min_events)
    emit(format_listing(actors_listing(loaded), format.value, raw_cells=raw_cells))


@app.command()
@reported
def relations(
    graph: GraphOption = None,
    format: FormatOption = ListFormat.table,
    raw_cells: RawCellsOption = False,
    type: TypeOption = None,
    from_: Annotated[str | None, typer.Option("--from", help="Only relations from this actor.")] = None,
    to: Annotated[str | None, typer.Option("--to", help="Only relations to this actor.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="Only relations naming this actor.")] = None,
    since: Annotated[str | None, typer.Option(help="Only relations on or after this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Only relations on or before this date.")] = None,
    include_unreviewed: UnreviewedOption = False,
    states: StatesOption = False,
    events: EventsOption = False,
    min_events: MinEventsOption = 1,
) -> None:
    """List relations with their date and evidence, filtered by type, actor and date.

    Actors may be named by id, name, alias, or any name the world lexicon knows (capital, leader).

    \b
    Example: graphx relations --type criticism --since 2022-10
    """
    from graphx.query.listing import format_listing
    from graphx.query.present import relations_listing
    from graphx.query.questions import find_relations

    start, end = parse_window(since, until)
    loaded = open_graph_for(
        graph, include_unreviewed=include_unreviewed, states=states, events=events, min_events=min_events
    )
    chosen = find_relations(loaded, types=type or (), since=start, until=end, actor=actor, source=from_, target=to)
    emit(format_listing(relations_listing(chosen), format.value, raw_cells=raw_cells))


@app.command()
@reported
def neighbors(
    actor: Annotated[str, typer.Argument(help="Actor id, name, alias, or a name the lexicon knows.")],
    graph: GraphOption = None,
    format: FormatOption = ListFormat.table,
    raw_cells: RawCellsOption = False,
    type: TypeOption = None,
    direction: Annotated[Direction, typer.Option(help="in, out or both.")] = Direction.both,
    include_unreviewed: UnreviewedOption = False,
    states: StatesOption = False,
    events: EventsOption = False,
    min_events: MinEventsOption = 1,
) -> None:
    """List the actors related to ACTOR, and how.

    \b
    Example: graphx neighbors Moscow --direction out
    """
    from graphx.query.listing import format_listing
    from graphx.query.present import neighbors_listing
    from graphx.query.questions import neighborhood

    loaded = open_graph_for(
        graph, include_unreviewed=include_unreviewed, states=states, events=events, min_events=min_events
    )
    found = neighborhood(loaded, actor, types=type or (), direction=direction.value)
    emit(format_listing(neighbors_listing(found), format.value, raw_cells=raw_cells))


@app.command()
@reported
def path(
    source: Annotated[str, typer.Argument(metavar="A", help="Start actor: id, name, alias or lexicon name.")],
    target: Annotated[str, typer.Argument(metavar="B", help="End actor: id, name, alias or lexicon name.")],
    graph: GraphOption = None,
    format: FormatOption = ListFormat.table,
    raw_cells: RawCellsOption = False,
    type: TypeOption = None,
    all_: Annotated[bool, typer.Option("--all", help="All shortest paths, not just one.")] = False,
    undirected: Annotated[bool, typer.Option(help="Follow relations against their direction too.")] = False,
    max_hops: Annotated[int | None, typer.Option(min=1, help="Give up on paths longer than this.")] = None,
    include_unreviewed: UnreviewedOption = False,
    states: StatesOption = False,
    events: EventsOption = False,
    min_events: MinEventsOption = 1,
) -> None:
    """How is A connected to B? The shortest path, with the evidence for every hop.

    Exits 1 when there is no path.

    \b
    Example: graphx path Macron Pashinyan --format json
    """
    from graphx.query.listing import format_listing
    from graphx.query.present import paths_listing
    from graphx.query.questions import paths

    loaded = open_graph_for(
        graph, include_unreviewed=include_unreviewed, states=states, events=events, min_events=min_events
    )
    found = paths(loaded, source, target, types=type or (), undirected=undirected, max_hops=max_hops, all_paths=all_)
    emit(format_listing(paths_listing(found), format.value, raw_cells=raw_cells))


@app.command()
@reported
def stats(
    graph: GraphOption = None,
    format: FormatOption = ListFormat.table,
    raw_cells: RawCellsOption = False,
    include_unreviewed: UnreviewedOption = False,
    states: StatesOption = False,
    events: EventsOption = False,
    min_events: MinEventsOption = 1,
) -> None:
    """Counts by type, the most critical and criticised actors, mediators, brokers and blocs.

    "actors in the graph" counts every actor declared; "actors with relations" those in at least one
    relation. Blocs are Louvain communities of the undirected graph, weighted by relation count.

    \b
    Example: graphx stats --format json
    """
    from graphx.query.listing import format_listing
    from graphx.query.present import stats_listing
    from graphx.query.questions import stats as compute_stats

    loaded = open_graph_for(
        graph, include_unreviewed=include_unreviewed, states=states, events=events, min_events=min_events
    )
    emit(format_listing(stats_listing(loaded, compute_stats(loaded)), format.value, raw_cells=raw_cells))
