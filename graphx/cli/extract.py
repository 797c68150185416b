"""Commands of the review loop: extract, candidates, accept, reject."""

import os
import sys
from enum import StrEnum
from typing import Annotated

import typer

from graphx.cli.app import app, reported
from graphx.cli.options import ClusterOption, GraphOption, emit, shown_path

PROGRESS_MIN_DOCUMENTS = 5


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
    save: Annotated[bool, typer.Option("--save/--no-save", help="Update the candidates file beside the graph.")] = True,
    cluster: ClusterOption = None,
) -> None:
    """Propose candidate relations, each with its sentence, from news documents.

    Candidates go to graphs/NAME.candidates.yaml beside the graph (never into the graph itself);
    accept or reject them by id. Example: graphx extract seeds/ --format json
    """
    from pathlib import Path

    from graphx.extract.documents import find_documents
    from graphx.lexicon import build_lexicon
    from graphx.project.locate import EXAMPLE_GRAPH, find_graph
    from graphx.project.sidefiles import side_files
    from graphx.review.store import (
        collect,
        dump_candidates,
        load_candidates,
        load_decisions,
        merge_sets,
        relative_to_graph,
        statuses,
    )
    from graphx.storage.cache import load_graph_cached as load_graph
    from graphx.storage.files import check_output, write_output, write_text_atomic

    graph_path = find_graph(graph)
    curated = load_graph(graph_path)
    if output is not None:
        check_output(output)  # before anything is written: a refused output changes nothing on disk
    lexicon = build_lexicon(curated, [Path(c) for c in cues or ()])
    documents = find_documents(paths)
    names = {a.id: (a.name, a.kind) for a in lexicon.actors.values()}
    results = _run_on(cluster, documents, lexicon) if cluster else _run(documents, lexicon, jobs)
    found = collect(results, names)
    writable = save and os.path.abspath(graph_path) != os.path.abspath(EXAMPLE_GRAPH)
    candidates_path, review_path = side_files(graph_path)
    status = None
    if writable:
        relative = relative_to_graph(graph_path)
        stored = merge_sets(load_candidates(candidates_path), collect(results, names, relative))
        write_text_atomic(candidates_path, dump_candidates(stored, Path(graph_path).name))
        decisions = load_decisions(review_path)
        by_key = {c.id: c for c in stored.candidates}
        all_status = statuses(curated, stored, decisions)
        status = {i: all_status[i] for i in by_key}
        typer.echo(
            f"{shown_path(candidates_path)}: {len(found.candidates)} candidates from "
            f"{_plural(len(documents), 'document')} ({len(stored.candidates)} in the file); "
            "review with `graphx candidates`, then `graphx accept ID` or `graphx reject ID`",
            err=True,
        )
    elif save:
        typer.echo(
            "not saving candidates beside the shipped example graph; use --graph FILE or a graphs/ folder to keep them",
            err=True,
        )
    text = _render(found, format.value, status)
    if output is not None:
        write_output(output, text)
    else:
        emit(text)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _render(found: object, fmt: str, status: object) -> str:
    from graphx.query.listing import format_listing
    from graphx.review.store import CandidateSet, candidate_rows, dump_candidates

    assert isinstance(found, CandidateSet)
    if fmt == "yaml":
        return dump_candidates(found, "the documents given")
    return format_listing(candidate_rows(found, status), fmt)  # type: ignore[arg-type]


def _run(documents: list[str], lexicon: object, jobs: int) -> list[object]:
    """Extract from every document, with a progress bar on a terminal (never when piped or under CI)."""
    from graphx.extract.documents import extract_files

    show = (
        len(documents) >= PROGRESS_MIN_DOCUMENTS
        and sys.stderr.isatty()
        and os.environ.get("CI", "").lower() not in ("1", "true", "yes")
    )
    if not show:
        return list(extract_files(documents, lexicon, jobs))
    with typer.progressbar(length=len(documents), label="Extracting", file=sys.stderr) as bar:
        return list(extract_files(documents, lexicon, jobs, progress=bar.update))


def _run_on(cluster: str, documents: list[str], lexicon: object) -> list[object]:
    """Extract on a Dask cluster (graphx.scale): the same results, in the same order, as a local run."""
    from graphx.scale.cluster import connect
    from graphx.scale.extract import extract_on_cluster

    with connect(cluster) as client:
        return extract_on_cluster(documents, lexicon, client)
