"""Candidates as a listing (table, JSON, CSV, Markdown), one JSON item per edge as DESIGN.md's contract says."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from graphx.graph.model import Graph
from graphx.review.candidates import Candidate, CandidateSet, Occurrence
from graphx.review.merge import Status


def _edges(c: Candidate) -> list[tuple[str, str]]:
    if c.type == "mediation" and c.source:
        return [(c.source, p) for p in c.parties]
    if c.source and c.target:
        return [(c.source, c.target)]
    return [(c.parties[0], c.parties[1])] if len(c.parties) == 2 else []


def candidate_rows(candidates: CandidateSet, status: Mapping[str, Status] | None = None) -> Any:
    """Rows for table/csv/md and the JSON list of DESIGN.md's contract: one item per edge."""
    from graphx.query.listing import Listing

    rows = []
    data = []
    for c in candidates.candidates:
        first = c.evidence[0] if c.evidence else Occurrence("", 0, "", 0.0)
        more = len(c.evidence) - 1
        state = status.get(c.id, "unreviewed") if status is not None else None
        a, b = c.ends()
        row: list[object] = [c.id, c.type, a, b, c.confidence]
        if status is not None:
            row.append(state)
        row.append(first.quote + (f" (+{more} more)" if more > 0 else ""))
        rows.append(row)
        for source, target in _edges(c):
            item: dict[str, Any] = {"id": c.id, "from": source, "to": target, "type": c.type}
            if c.type == "mediation":
                item["between"] = list(c.parties)
            item.update(
                {
                    "evidence": first.quote,
                    "document": first.document,
                    "sentence": first.sentence,
                    "confidence": c.confidence,
                }
            )
            info = candidates.documents.get(first.document)
            item["date"] = info.date if info else None
            if state is not None:
                item["status"] = state
            item["all_evidence"] = [
                {
                    "document": e.document,
                    "sentence": e.sentence,
                    "quote": e.quote,
                    "confidence": e.confidence,
                    "date": (candidates.documents[e.document].date if e.document in candidates.documents else None),
                }
                for e in c.evidence
            ]
            data.append(item)
    columns = ["id", "type", "from", "to", "confidence"] + (["status"] if status is not None else []) + ["evidence"]
    return Listing(columns, rows, data)


def reviewed_candidates(
    graph: Graph, graph_path: str | Path, status: str = "all", types: Iterable[str] = ()
) -> tuple[CandidateSet, dict[str, Status]]:
    """The candidates beside a graph, most likely first, with their statuses; only `status` (unless 'all')
    and `types` (unless empty) are kept."""
    from graphx.project.sidefiles import side_files
    from graphx.review.candidates import load_candidates, ranked
    from graphx.review.decisions import load_review
    from graphx.review.merge import statuses

    candidates_path, review_path = side_files(graph_path)
    stored = load_candidates(candidates_path)
    review = load_review(review_path)
    state = statuses(graph, stored, review.decisions, review)
    wanted = set(types)
    chosen = tuple(
        c
        for c in ranked(stored.candidates)
        if (status == "all" or state[c.id] == status) and (not wanted or c.type in wanted)
    )
    return replace(stored, candidates=chosen), state
