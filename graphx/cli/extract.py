"""The extract command: candidate relations from news documents, saved beside the graph for review."""

import os
import sys
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, TypeVar

import typer

from graphx.cli.app import app, reported
from graphx.cli.options import ClusterOption, GraphOption, emit, shown_path

PROGRESS_MIN_DOCUMENTS = 5
T = TypeVar("T")


class ExtractFormat(StrEnum):
    """Output formats of `graphx extract`."""

    table = "table"
    json = "json"
    yaml = "yaml"
    csv = "csv"
    md = "md"


@app.command()
@reported
def extract(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Documents (.txt, .md, .html) or folders.")],
    graph: GraphOption = None,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.table,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="FILE", help="Write the output to FILE instead of stdout.")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Documents read in parallel processes.")] = 1,
    cues: Annotated[
        list[str] | None,
        typer.Option("--cues", metavar="FILE", help="More cue words (shaped like the shipped cues.yaml)."),
    ] = None,
    groups: Annotated[
        list[str] | None,
        typer.Option("--groups", metavar="FILE", help="More armed groups (shaped like the shipped groups.yaml)."),
    ] = None,
    save: Annotated[bool, typer.Option("--save/--no-save", help="Update the candidates file beside the graph.")] = True,
    min_confidence: Annotated[
        float,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            metavar="X",
            help="Keep candidates at least this confident (0 keeps every pair of actors near a cue, for review).",
        ),
    ] = 0.5,
    date: Annotated[
        str | None,
        typer.Option("--date", metavar="YYYY-MM-DD", help="The date of documents that state none (for 'on Monday')."),
    ] = None,
    cluster: ClusterOption = None,
) -> None:
    """Propose candidate relations, each with its sentence, from news documents.

    Candidates go to graphs/NAME.candidates.yaml beside the graph (never into the graph itself);
    accept or reject them by id.

    \b
    Example: graphx extract seeds/ --format json
    """
    from graphx.extract.workflow import run_extraction
    from graphx.storage.files import check_output, write_output

    if output is not None:
        check_output(output)  # before anything is written: a refused output changes nothing on disk
    run = _progress(
        lambda progress: run_extraction(
            paths,
            graph,
            cues or (),
            group_files=groups or (),
            jobs=jobs,
            save=save,
            min_confidence=min_confidence,
            date=_checked_date(date),
            progress=progress,
            cluster=cluster,
        ),
        len(paths),
    )
    if run.candidates_path is not None:
        typer.echo(
            f"{shown_path(run.candidates_path)}: {len(run.found.candidates)} candidates from "
            f"{_plural(run.documents, 'document')} ({run.stored} in the file); "
            "review with `graphx candidates`, then `graphx accept ID` or `graphx reject ID`",
            err=True,
        )
    elif run.example_graph:
        typer.echo(
            "Note: not saving candidates beside the shipped example graph; use --graph FILE or a graphs/ folder"
            " to keep them",
            err=True,
        )
    text = _render(run, format.value)
    if output is not None:
        write_output(output, text)
    else:
        emit(text)


def _checked_date(date: str | None) -> str | None:
    import datetime as dt

    from graphx.errors import UsageError

    if date is None:
        return None
    padded = date + "-01-01"[len(date) - 4 :] if len(date) in (4, 7) else date
    try:
        dt.date.fromisoformat(padded)
    except ValueError:
        raise UsageError(f"--date {date!r} is not a date: expected YYYY-MM-DD (or YYYY-MM, YYYY)") from None
    return date


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _render(run: object, fmt: str) -> str:
    from graphx.extract.workflow import ExtractionRun, event_dates
    from graphx.query.listing import format_listing
    from graphx.review.store import candidate_rows, dump_candidates

    assert isinstance(run, ExtractionRun)
    if fmt == "yaml":
        return dump_candidates(run.found, "the documents given")
    listing = candidate_rows(run.found, run.status)
    if fmt == "json":
        dates = event_dates(run.results)
        published = {r.document.path: r.document.date for r in run.results}
        for item in listing.data:
            key = (item["document"], item["sentence"], item["type"], item["from"], item["to"])
            item["event_date"], item["date_precision"] = dates.get(key, (None, None))
            item["published"] = published.get(item["document"])
    return format_listing(listing, fmt)


def _progress(work: Callable[[Callable[[int], None] | None], T], count: int) -> T:
    """Run `work` with a progress bar on a terminal (never when piped or under CI)."""
    show = (
        count >= PROGRESS_MIN_DOCUMENTS
        and sys.stderr.isatty()
        and os.environ.get("CI", "").lower() not in ("1", "true", "yes")
    )
    if not show:
        return work(None)
    with typer.progressbar(length=count, label="Extracting", file=sys.stderr) as bar:
        return work(bar.update)
