"""The extract workflow as a library call: read documents, extract, merge into the candidates file, save.

`run_extraction` is what `graphx extract` does, without printing: the command parses options, calls it and
shows the result.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE


@dataclass(frozen=True)
class ExtractionRun:
    """What one extraction run found and where it went."""

    found: Any  # graphx.review.store.CandidateSet of this run's documents
    results: tuple[Any, ...]  # graphx.extract.documents.Result per document
    documents: int
    status: dict[str, Any] | None  # review status by candidate id, when the candidates file was updated
    candidates_path: Path | None  # the candidates file written, if any
    stored: int  # candidates in that file after the run
    example_graph: bool  # True when the run refused to save beside the shipped example graph


def run_extraction(
    paths: Sequence[str],
    graph: str | None = None,
    cue_files: Sequence[str] = (),
    *,
    group_files: Sequence[str] = (),
    jobs: int = 1,
    save: bool = True,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    date: str | None = None,
    progress: Callable[[int], None] | None = None,
    cluster: str | None = None,
) -> ExtractionRun:
    """Extract candidates from `paths` with the lexicon of `graph` (found as `graphx` finds graphs) and save them
    beside it, keeping the analyst's decisions; never beside the shipped example graph. With `cluster` (a Dask
    scheduler address, or local:N) the documents are read on that cluster."""
    from graphx.extract.documents import extract_files, find_documents
    from graphx.lexicon import build_lexicon
    from graphx.project.locate import EXAMPLE_GRAPH, find_graph
    from graphx.project.sidefiles import side_files
    from graphx.review.store import collect
    from graphx.storage.cache import load_graph_cached as load_graph

    graph_path = find_graph(graph)
    curated = load_graph(graph_path)
    lexicon = build_lexicon(curated, [Path(c) for c in cue_files], [Path(g) for g in group_files])
    documents = find_documents(paths)
    names = {a.id: (a.name, a.kind) for a in lexicon.actors.values()}
    if cluster:
        results = _on_cluster(cluster, documents, lexicon, date, min_confidence)
    else:
        results = extract_files(documents, lexicon, jobs, progress, date=date, min_confidence=min_confidence)
    found = collect(results, names)
    example = os.path.abspath(graph_path) == os.path.abspath(EXAMPLE_GRAPH)
    if not save or example:
        return ExtractionRun(found, tuple(results), len(documents), None, None, 0, save and example)
    candidates_path, _ = side_files(graph_path)
    status, stored = _save(graph_path, curated, results, names)
    return ExtractionRun(found, tuple(results), len(documents), status, candidates_path, stored, False)


def _on_cluster(
    cluster: str, documents: Sequence[str], lexicon: Any, date: str | None, min_confidence: float
) -> list[Any]:
    """The same results as a local run, read by the workers of a Dask cluster (graphx.scale)."""
    from functools import partial

    from graphx.extract.documents import run_one_with
    from graphx.scale.cluster import connect
    from graphx.scale.extract import extract_on_cluster

    with connect(cluster) as client:
        run = partial(run_one_with, date=date, min_confidence=min_confidence)
        return list(extract_on_cluster(documents, lexicon, client, run))


def _save(graph_path: Path, curated: Any, results: Sequence[Any], names: dict[str, tuple[str, str]]) -> tuple[Any, int]:
    """Merge this run into the candidates file beside the graph, under the graph's lock (a concurrent
    accept or review is never lost); the review status of the candidates the file then holds."""
    from graphx.project.sidefiles import side_files
    from graphx.review.store import collect, load_decisions, relative_to_graph, save_candidates, statuses

    stored = save_candidates(graph_path, collect(results, names, relative_to_graph(graph_path)))
    every = statuses(curated, stored, load_decisions(side_files(graph_path)[1]))
    return {c.id: every[c.id] for c in stored.candidates}, len(stored.candidates)


def event_dates(results: Sequence[Any]) -> dict[tuple[str, int, str, str | None, str | None], tuple[Any, Any]]:
    """Event date and precision of each finding, by (document, sentence, type, from, to) as the JSON rows name them."""
    out: dict[tuple[str, int, str, str | None, str | None], tuple[Any, Any]] = {}
    for result in results:
        for f in result.found:
            ends = [(f.source, p) for p in f.parties] if f.type == "mediation" else [(f.source, f.target)]
            if f.type == "conflict":
                ends = [(f.parties[0], f.parties[1]), (f.parties[1], f.parties[0])]
            for a, b in ends:
                out.setdefault((result.document.path, f.sentence, f.type, a, b), (f.event_date, f.date_precision))
    return out
