"""Commands about the project itself: init (start one) and where (which files commands use)."""

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from graphx.cli.app import app, reported
from graphx.cli.options import FormatOption, ListFormat, emit, shown_path

if TYPE_CHECKING:
    from graphx.project.locate import Location
    from graphx.query.listing import Listing

RULES = {
    "given": "named with --graph",
    "environment": "named by the GRAPHX_GRAPH environment variable",
    "found": "the nearest graph folder from the current folder ({folder})",
    "example": "no graphs/ folder here or in any parent folder, so the example shipped with graphx",
}


@app.command()
@reported
def init(
    folder: Annotated[Path, typer.Argument(metavar="[DIR]", help="Project folder (created if missing).")] = Path("."),
    name: Annotated[str | None, typer.Option(help="Graph file name [default: the folder's name].")] = None,
    title: Annotated[str | None, typer.Option(help="Title of the graph [default: the folder's name].")] = None,
) -> None:
    """Start a project: graphs/NAME.yaml (a commented starting graph), seeds/ and a README.

    Never overwrites a file: if the graph or the README exists, nothing is created.

    \b
    Example: graphx init pakistan-afghanistan
    """
    from graphx.project.scaffold import init_project

    project = init_project(folder, name, title)
    for path in (project.graph, project.seeds, project.readme):
        typer.echo(f"created {shown_path(path)}{'/' if path.is_dir() else ''}", err=True)
    typer.echo(
        f"Next: put articles into {shown_path(project.seeds)}/, then run graphx extract"
        f" {shown_path(project.seeds)}/ (see {shown_path(project.readme)})",
        err=True,
    )


@app.command()
@reported
def where(
    graph: Annotated[
        str | None, typer.Option("--graph", "-g", metavar="PATH", help="Graph file, graphs folder or project folder.")
    ] = None,
    format: FormatOption = ListFormat.table,
) -> None:
    """Show which graph, candidates file and review file commands use here, and why.

    \b
    Example: graphx where
    """
    from graphx.project.locate import locate
    from graphx.query.listing import format_listing

    emit(format_listing(_where_listing(locate(graph)), format.value))


def _where_listing(location: "Location") -> "Listing":
    """The three files and the rule that chose them, as rows and as JSON."""
    from graphx.query.listing import Listing

    folder = _near(location.folder) + "/" if location.folder else ""
    why = RULES[location.rule].format(folder=folder)
    side = [
        ("candidates", location.candidates, "beside the graph; graphx extract writes it"),
        ("review", location.review, "beside the graph; graphx accept, reject and review write it"),
        ("events", location.events, "beside the graph; graphx import writes it"),
    ]
    rows = [("graph", _near(location.graph), "yes" if location.graph.is_file() else "no", why)]
    rows += [(what, _near(path), "yes" if path.is_file() else "no", note) for what, path, note in side]
    data = {
        "graph": str(location.graph),
        "rule": location.rule,
        "why": why,
        "folder": str(location.folder) if location.folder else None,
        "candidates": str(location.candidates),
        "review": str(location.review),
        "events": str(location.events),
        "exists": {row[0]: row[2] == "yes" for row in rows},
    }
    return Listing(("file", "path", "exists", "why"), rows, data)


def _near(path: Path) -> str:
    """A path relative to the current folder when they share a folder other than the root (../graphs/x.yaml)."""
    absolute, here = os.path.abspath(path), os.getcwd()
    common = os.path.commonpath([absolute, here])
    return os.path.relpath(absolute, here) if common != os.path.dirname(common) else absolute
