"""Commands of the review loop after extraction: candidates, accept, reject, review (the page) and promote."""

import os
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from graphx.cli.app import app, reported
from graphx.cli.options import GraphOption, RawCellsOption, emit, shown_path

if TYPE_CHECKING:
    from graphx.review.decisions import Decision


class CandidatesFormat(StrEnum):
    """Output formats of `graphx candidates`."""

    table = "table"
    json = "json"
    yaml = "yaml"
    csv = "csv"
    md = "md"


class StatusFilter(StrEnum):
    """Which candidates `graphx candidates` lists."""

    all = "all"
    unreviewed = "unreviewed"
    accepted = "accepted"
    rejected = "rejected"
    curated = "curated"


@app.command()
@reported
def candidates(
    graph: GraphOption = None,
    format: Annotated[CandidatesFormat, typer.Option("--format", "-f", help="Output format.")] = CandidatesFormat.table,
    raw_cells: RawCellsOption = False,
    status: Annotated[
        StatusFilter, typer.Option("--status", "-s", help="Only candidates with this status.")
    ] = StatusFilter.all,
    type: Annotated[
        list[str] | None, typer.Option("--type", "-t", metavar="TYPE", help="Only this relation type (repeatable).")
    ] = None,
) -> None:
    """List the extracted candidates beside the graph, most likely first, with their review status.

    \b
    Example: graphx candidates --status unreviewed
    """
    from graphx.project.locate import find_graph
    from graphx.query.listing import format_listing
    from graphx.review.candidates import dump_candidates
    from graphx.review.listing import candidate_rows, reviewed_candidates
    from graphx.storage.cache import load_graph_cached as load_graph

    graph_path = find_graph(graph)
    shown, state = reviewed_candidates(load_graph(graph_path), graph_path, status.value, type or ())
    if format == CandidatesFormat.yaml:
        emit(dump_candidates(shown, graph_path.name))
    else:
        emit(format_listing(candidate_rows(shown, state), format.value, raw_cells=raw_cells))


def _writable_graph(graph: str | None) -> "Path":
    from graphx.errors import UsageError
    from graphx.project.locate import EXAMPLE_GRAPH, find_graph

    graph_path = find_graph(graph)
    if os.path.abspath(graph_path) == os.path.abspath(EXAMPLE_GRAPH):
        raise UsageError("no graph to review: the shipped example is read-only; use --graph or a graphs/ folder")
    return graph_path


def _decide(ids: list[str], graph: str | None, decision: "Decision") -> None:
    from graphx.project.sidefiles import side_files
    from graphx.review.decisions import decide
    from graphx.storage.cache import load_graph_cached as load_graph

    graph_path = _writable_graph(graph)
    done = decide(graph_path, ids, decision, load_graph(graph_path))
    for candidate in done.named:
        held = done.curated.get(candidate.id)
        if held:
            typer.echo(
                f"{candidate.id}: already in the curated graph as {', '.join(held)} ({candidate.describe()}); "
                f"nothing recorded (edit {shown_path(graph_path)} to change it)",
                err=True,
            )
        else:
            typer.echo(f"{decision} {candidate.id}: {candidate.describe()}", err=True)
    typer.echo(f"{shown_path(side_files(graph_path)[1])}: {len(done.recorded)} decision(s) recorded", err=True)


@app.command()
@reported
def accept(
    ids: Annotated[list[str], typer.Argument(metavar="ID...", help="Candidate ids (or unique prefixes), in any case.")],
    graph: GraphOption = None,
) -> None:
    """Accept candidates: they join the graph in queries, renders and exports.

    \b
    Example: graphx accept c-1a2b3c4d5e c-0f9e
    """
    _decide(ids, graph, "accepted")


@app.command()
@reported
def reject(
    ids: Annotated[list[str], typer.Argument(metavar="ID...", help="Candidate ids (or unique prefixes), in any case.")],
    graph: GraphOption = None,
) -> None:
    """Reject candidates: they stay out of the graph, even with --include-unreviewed.

    \b
    Example: graphx reject c-1a2b3c4d5e
    """
    _decide(ids, graph, "rejected")


@app.command()
@reported
def review(
    graph: GraphOption = None,
    browser: Annotated[
        bool, typer.Option("--browser/--no-browser", help="Open the page in the default browser.")
    ] = True,
    idle_timeout: Annotated[
        float, typer.Option("--idle-timeout", min=0.1, metavar="SECONDS", help="Stop after this long idle.")
    ] = 1800.0,
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port on 127.0.0.1 (0: a free one).")] = 0,
) -> None:
    """Review candidates in the browser: a local page to accept, reject, reverse, retype or re-actor them.

    Serves one page on 127.0.0.1 behind a random token and prints its URL; stops on Ctrl-C or when idle.
    Decisions go to the review file at once, as with `graphx accept`.

    \b
    Example: graphx review --no-browser
    """
    from graphx.review.server import ReviewServer

    graph_path = _writable_graph(graph)
    server = ReviewServer(graph_path, idle_timeout=idle_timeout, port=port)
    typer.echo(f"Reviewing {shown_path(graph_path)} at {server.url}", err=True)
    typer.echo("Press Ctrl-C to stop.", err=True)
    if browser:
        import webbrowser

        webbrowser.open(server.url)
    why = server.serve()
    typer.echo(f"review page stopped ({'idle' if why == 'idle' else why})", err=True)


@app.command()
@reported
def promote(
    graph: GraphOption = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the unified diff; write nothing.")] = False,
) -> None:
    """Write accepted candidates into the curated graph file as ordinary relations.

    This is the one command that edits the curated file, and only when you run it. Each accepted candidate
    becomes a relation (type, actors, date, the sentence as evidence), with a source for its document and
    actors the graph lacks; comments and the rest of the file stay byte for byte. The result must validate,
    or nothing is written. Promoted candidates leave the review file.

    \b
    Example: graphx promote --dry-run
    """
    from graphx.project.sidefiles import side_files
    from graphx.review.promote import promote as run_promotion

    graph_path = _writable_graph(graph)
    done = run_promotion(graph_path, dry_run=dry_run)
    if not done.promoted:
        typer.echo("nothing to promote: no accepted candidate that the graph does not already hold", err=True)
        return
    if dry_run:
        emit(done.diff(shown_path(graph_path)))
    verb = "would promote" if dry_run else "promoted"
    for chosen in done.promoted:
        typer.echo(f"{verb} {chosen.id}: {chosen.shape.describe()}", err=True)
    added = [f"source {s}" for s in done.sources] + [f"actor {a}" for a in done.actors]
    if added:
        typer.echo(f"{'would add' if dry_run else 'added'} {', '.join(added)}", err=True)
    if not dry_run:
        typer.echo(
            f"{shown_path(graph_path)}: {len(done.promoted)} relation(s) added; "
            f"their decisions left {shown_path(side_files(graph_path)[1])}",
            err=True,
        )
