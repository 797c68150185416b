"""Commands that check and query a graph: validate, schema, actors, relations, neighbors, path, stats."""

from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated

import typer

from graphx.cli.app import app, reported
from graphx.cli.options import (
    AllowOutsideOption,
    FormatOption,
    GraphOption,
    ListFormat,
    StatesOption,
    TypeOption,
    UnreviewedOption,
    emit,
    parse_window,
)


class Direction(StrEnum):
    """Which relations of an actor `neighbors` lists."""

    in_ = "in"
    out = "out"
    both = "both"


@app.command()
@reported
def validate(
    graph_path: Annotated[str | None, typer.Argument(metavar="[GRAPH]", help="Graph file or folder.")] = None,
    graph: GraphOption = None,
    quotes: Annotated[
        bool, typer.Option("--quotes/--no-quotes", help="Check each quote against its source file.")
    ] = True,
    strict: Annotated[bool, typer.Option(help="Exit 2 on warnings too (quotes not found).")] = False,
    allow_outside: AllowOutsideOption = False,
) -> None:
    """Check a graph file and report every problem as file:line:col.

    Also warns about quotes that are not word for word in their source file.
    Example: graphx validate graphs/caucasus.yaml
    """
    from graphx.errors import InputError
    from graphx.graph.load import parse_graph
    from graphx.graph.quotes import quote_warnings
    from graphx.graph.yamlnodes import read_text
    from graphx.project.locate import find_graph

    path = find_graph(graph_path or graph)
    text = read_text(path, "graph file")
    loaded = parse_graph(text, str(path))
    warnings = quote_warnings(loaded, text, allow_outside=allow_outside) if quotes else []
    if strict and warnings:
        raise InputError(warnings)
    for warning in warnings:
        typer.echo(f"Warning: {warning}", err=True)
    summary = f"{len(loaded.actors)} actors, {len(loaded.relations)} relations"
    if warnings:
        summary += f"; {len(warnings)} warning{'s' if len(warnings) > 1 else ''}"
    typer.echo(f"{path}: valid: {summary}", err=True)


@app.command()
@reported
def schema() -> None:
    """Print the JSON Schema of the graph file format, for an editor's YAML extension.

    Example: graphx schema > graphx.graph.schema.json
    """
    from graphx.graph.schema import graph_schema
    from graphx.query.listing import to_json

    emit(to_json(graph_schema()))


@app.command()
@reported
def actors(graph: GraphOption = None, format: FormatOption = ListFormat.table, states: StatesOption = False) -> None:
    """List the graph's actors with their kind, aliases and number of relations.

    Example: graphx actors --format md
    """
    from graphx.project.workspace import open_graph
    from graphx.query.listing import format_listing
    from graphx.query.present import actors_listing

    emit(format_listing(actors_listing(open_graph(graph, states=states)), format.value))


@app.command()
@reported
def relations(
    graph: GraphOption = None,
    format: FormatOption = ListFormat.table,
    type: TypeOption = None,
    from_: Annotated[str | None, typer.Option("--from", help="Only relations from this actor.")] = None,
    to: Annotated[str | None, typer.Option("--to", help="Only relations to this actor.")] = None,
    actor: Annotated[str | None, typer.Option("--actor", "-a", help="Only relations naming this actor.")] = None,
    since: Annotated[str | None, typer.Option(help="Only relations on or after this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Only relations on or before this date.")] = None,
    include_unreviewed: UnreviewedOption = False,
    states: StatesOption = False,
) -> None:
    """List relations with their date and evidence, filtered by type, actor and date.

    Example: graphx relations --type criticism --since 2022-10
    """
    from graphx.graph.build import select
    from graphx.project.workspace import open_graph
    from graphx.query.listing import format_listing
    from graphx.query.present import relations_listing
    from graphx.query.questions import resolve_actor

    loaded = open_graph(graph, include_unreviewed=include_unreviewed, states=states)
    _check_types(loaded.types, type)
    window = parse_window(since, until)
    chosen = select(
        loaded,
        types=type or (),
        since=window[0],
        until=window[1],
        actors=[resolve_actor(loaded, actor)] if actor else (),
    )
    if from_:
        source = resolve_actor(loaded, from_)
        chosen = [r for r in chosen if r.from_actor == source or (r.from_actor is None and source in r.between)]
    if to:
        target = resolve_actor(loaded, to)
        chosen = [r for r in chosen if r.to_actor == target or (target in r.between and r.from_actor != target)]
    emit(format_listing(relations_listing(chosen), format.value))


@app.command()
@reported
def neighbors(
    actor: Annotated[str, typer.Argument(help="Actor id, name or alias.")],
    graph: GraphOption = None,
    format: FormatOption = ListFormat.table,
    type: TypeOption = None,
    direction: Annotated[Direction, typer.Option(help="in, out or both.")] = Direction.both,
    include_unreviewed: UnreviewedOption = False,
    states: StatesOption = False,
) -> None:
    """List the actors related to ACTOR, and how.

    Example: graphx neighbors Moscow --direction out
    """
    from graphx.project.workspace import open_graph
    from graphx.query.listing import format_listing
    from graphx.query.present import neighbors_listing
    from graphx.query.questions import neighbors as find_neighbors
    from graphx.query.questions import resolve_actor

    loaded = open_graph(graph, include_unreviewed=include_unreviewed, states=states)
    _check_types(loaded.types, type)
    actor_id = resolve_actor(loaded, actor)
    links = find_neighbors(loaded, actor_id, types=type or (), direction=direction.value)
    emit(format_listing(neighbors_listing(actor_id, links), format.value))


@app.command()
@reported
def path(
    source: Annotated[str, typer.Argument(metavar="A", help="Start actor: id, name or alias.")],
    target: Annotated[str, typer.Argument(metavar="B", help="End actor: id, name or alias.")],
    graph: GraphOption = None,
    format: FormatOption = ListFormat.table,
    type: TypeOption = None,
    all_: Annotated[bool, typer.Option("--all", help="All shortest paths, not just one.")] = False,
    undirected: Annotated[bool, typer.Option(help="Follow relations against their direction too.")] = False,
    max_hops: Annotated[int | None, typer.Option(min=1, help="Give up on paths longer than this.")] = None,
    include_unreviewed: UnreviewedOption = False,
    states: StatesOption = False,
) -> None:
    """How is A connected to B? The shortest path, with the evidence for every hop.

    Exits 1 when there is no path. Example: graphx path RUS AZE --format json
    """
    from graphx.project.workspace import open_graph
    from graphx.query.listing import format_listing
    from graphx.query.present import paths_listing
    from graphx.query.questions import paths, resolve_actor

    loaded = open_graph(graph, include_unreviewed=include_unreviewed, states=states)
    _check_types(loaded.types, type)
    a, b = resolve_actor(loaded, source), resolve_actor(loaded, target)
    found = paths(loaded, a, b, types=type or (), undirected=undirected, max_hops=max_hops, all_paths=all_)
    emit(format_listing(paths_listing(a, b, found), format.value))


@app.command()
@reported
def stats(
    graph: GraphOption = None,
    format: FormatOption = ListFormat.table,
    include_unreviewed: UnreviewedOption = False,
    states: StatesOption = False,
) -> None:
    """Counts by type, the most critical and criticised actors, mediators and brokers.

    Example: graphx stats --format json
    """
    from graphx.project.workspace import open_graph
    from graphx.query.listing import format_listing
    from graphx.query.present import stats_listing
    from graphx.query.questions import stats as compute_stats

    loaded = open_graph(graph, include_unreviewed=include_unreviewed, states=states)
    emit(format_listing(stats_listing(loaded, compute_stats(loaded)), format.value))


def _check_types(known: Mapping[str, object], requested: list[str] | None) -> None:
    """Unknown --type values are usage errors, not silent empty answers."""
    from graphx.errors import UsageError

    for name in requested or ():
        if name not in known:
            raise UsageError(f"unknown relation type {name!r}; this graph has {', '.join(sorted(known))}")
