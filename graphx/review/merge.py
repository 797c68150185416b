"""Reviewed candidates into a graph: each candidate's status, and the graph plus its accepted candidates.

An accepted candidate with an edit joins in its corrected form; a candidate the curated graph already
holds (same type and endpoints, or a promoted candidate's id) never joins a second time.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from graphx.graph.model import Actor, Evidence, Graph, Relation, Source
from graphx.project.sidefiles import side_files
from graphx.review.candidates import Candidate, CandidateSet, Curated, fits, load_candidates
from graphx.review.decisions import Decision, Review, Verdict, load_review

Status = Literal["curated", "accepted", "rejected", "unreviewed"]
_SOURCE_CHARS = re.compile(r"[^A-Za-z0-9_.:-]+")


def statuses(
    graph: Graph, candidates: CandidateSet, decisions: Mapping[str, Decision], review: Review | None = None
) -> dict[str, Status]:
    """Each candidate's status: curated (the graph already has it), accepted, rejected or unreviewed.

    Curated wins over any decision, so a candidate the graph holds never joins it a second time.
    With `review`, an edited candidate is matched in its corrected form.
    """
    held = Curated.of(graph)
    shaped = review or Review({i: Verdict(d) for i, d in decisions.items()})
    result: dict[str, Status] = {}
    for c in candidates.candidates:
        if held.holding(c.id, shaped.shaped(c)):
            result[c.id] = "curated"
        elif c.id in decisions:
            result[c.id] = decisions[c.id]
        else:
            result[c.id] = "unreviewed"
    return result


@dataclass(frozen=True)
class Chosen:
    """A candidate on its way into a graph: its id, its (possibly corrected) form, and its status."""

    id: str
    shape: Candidate
    status: Status


def chosen_candidates(
    graph: Graph, candidates: CandidateSet, review: Review, include_unreviewed: bool = False
) -> list[Chosen]:
    """The accepted candidates (and, when asked, the unreviewed ones) that fit the graph, in file order.

    An edited candidate whose type the graph lacks, whose endpoints do not fit its type's form, or that names
    an actor neither the graph nor the candidates file knows, is left out (`decision_problems` reports it).
    """
    status = statuses(graph, candidates, review.decisions, review)
    wanted = {"accepted", "unreviewed"} if include_unreviewed else {"accepted"}
    chosen = [Chosen(c.id, review.shaped(c), status[c.id]) for c in candidates.candidates if status[c.id] in wanted]
    known = set(graph.actors) | set(candidates.actors)
    return [c for c in chosen if fits(graph, c.shape) and known.issuperset(_actors(c.shape))]


def _actors(c: Candidate) -> list[str]:
    return [a for a in (c.source, c.target, *c.parties) if a]


def merge_reviewed(graph: Graph, graph_path: str | Path, include_unreviewed: bool = False) -> Graph:
    """The graph plus its accepted candidates (and, when asked, the unreviewed ones).

    Actors the graph lacks join with the name and kind the lexicon gave them; documents that are not
    declared sources join as sources of their own, with an id made from the file name.
    """
    candidates_path, review_path = side_files(graph_path)
    candidates = load_candidates(candidates_path)
    if not candidates.candidates:
        return graph
    chosen = chosen_candidates(graph, candidates, load_review(review_path), include_unreviewed)
    if not chosen:
        return graph
    actors = dict(graph.actors)
    actors.update(new_actors(graph, candidates, [c.shape for c in chosen]))
    sources = dict(graph.sources)
    cited = source_ids(graph, candidates, {e.document for c in chosen for e in c.shape.evidence}, sources)
    relations = list(graph.relations)
    for c in chosen:
        relations.append(relation_of(c, cited, candidates))
    return replace(graph, actors=actors, sources=sources, relations=tuple(relations))


def new_actors(graph: Graph, candidates: CandidateSet, chosen: Iterable[Candidate]) -> dict[str, Actor]:
    """Actors the chosen candidates name that the graph lacks, with the name and kind the lexicon gave them."""
    added: dict[str, Actor] = {}
    for c in chosen:
        for actor_id in (c.source, c.target, *c.parties):
            if actor_id and actor_id not in graph.actors and actor_id not in added:
                name, kind = candidates.actors.get(actor_id, (actor_id, "other"))
                added[actor_id] = Actor(actor_id, name, kind if kind != "person" else "other")
    return added


def source_ids(
    graph: Graph, candidates: CandidateSet, documents: Iterable[str], sources: dict[str, Source]
) -> dict[str, str]:
    """Each document's source id: the declared source citing the same file, else a new source added to `sources`."""
    by_file = {os.path.normpath(s.file): s.id for s in graph.sources.values() if s.file}
    cited: dict[str, str] = {}
    for document in sorted(documents):
        known = by_file.get(os.path.normpath(document))
        if known:
            cited[document] = known
            continue
        base = _SOURCE_CHARS.sub("-", Path(document).stem).strip("-._:")[:100] or "document"
        source_id, n = base, 1
        while source_id in sources:
            n += 1
            source_id = f"{base}-{n}"
        info = candidates.documents.get(document)
        sources[source_id] = Source(
            source_id, info.title if info else source_id, date=info.date if info else None, file=document
        )
        cited[document] = source_id
    return cited


def _document_date(candidates: CandidateSet, document: str) -> str | None:
    info = candidates.documents.get(document)
    return info.date if info else None


def relation_of(chosen: Chosen, cited: Mapping[str, str], candidates: CandidateSet) -> Relation:
    """The relation a chosen candidate becomes: its evidence, the dates its sentences give (else its
    documents' dates), its id."""
    c = chosen.shape
    dates = sorted({d for e in c.evidence if (d := e.event_date or _document_date(candidates, e.document))})
    date = dates[0] if len(dates) == 1 else None
    start, end = (dates[0], dates[-1]) if len(dates) > 1 else (None, None)
    evidence = tuple(dict.fromkeys(Evidence(cited[e.document], e.quote) for e in c.evidence))
    return Relation(
        type=c.type,
        from_actor=c.source,
        to_actor=c.target,
        between=c.parties,
        date=date,
        start=start,
        end=end,
        evidence=evidence,
        confidence=c.confidence,
        origin="accepted" if chosen.status == "accepted" else "unreviewed",
        given_id=chosen.id,
    )
