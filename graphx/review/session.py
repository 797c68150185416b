"""What the review page shows and does: the candidates as JSON, and one decision applied from a request body.

Both are plain functions over the graph's files, so the HTTP layer (server.py) only routes and checks
requests. Every decision goes through `update_review`, under the graph's lock, as `graphx accept` does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphx.errors import GraphxError
from graphx.graph.model import Graph
from graphx.review.candidates import Candidate, CandidateSet, Curated, fits, load_candidates, ranked
from graphx.review.decisions import (
    DECISION_WORDS,
    Decision,
    Edit,
    Review,
    Verdict,
    edit_problem,
    load_review,
    update_review,
)
from graphx.review.merge import statuses

ACTIONS = ("accepted", "rejected", "unreviewed")
_CANDIDATE_ID = re.compile(r"c-[0-9a-f]{10}\Z")


class BadRequest(GraphxError):
    """A request the review page should never send: refused with a 4xx status, nothing changed."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class ReviewSession:
    """The review page's view of one graph: it re-reads the files on every request."""

    graph_path: Path

    def graph(self) -> Graph:
        from graphx.storage.cache import load_graph_cached

        return load_graph_cached(self.graph_path)

    def files(self) -> tuple[Graph, CandidateSet, Review]:
        from graphx.project.sidefiles import side_files

        candidates_path, review_path = side_files(self.graph_path)
        return self.graph(), load_candidates(candidates_path), load_review(review_path)

    def state(self) -> dict[str, Any]:
        """Everything the page shows, as JSON-ready data: candidates most confident first."""
        from graphx.lexicon import build_lexicon

        graph, candidates, review = self.files()
        lexicon = build_lexicon(graph)
        status = statuses(graph, candidates, review.decisions, review)
        return {
            "graph": self.graph_path.name,
            "types": [{"name": t.name, "label": t.label, "form": t.form} for t in graph.types.values()],
            "actors": _actors(graph, candidates),
            "candidates": [
                _candidate_data(c, status[c.id], review, candidates, lexicon) for c in ranked(candidates.candidates)
            ],
        }

    def decide(self, body: Any) -> dict[str, Any]:
        """Apply one decision from a request body `{id, action, edit?}`; returns the candidate's new data."""
        from graphx.lexicon import build_lexicon

        candidate_id, action, edit = _parse_body(body)
        graph, candidates, review = self.files()
        candidate = candidates.by_id().get(candidate_id)
        if candidate is None:
            raise BadRequest(f"unknown candidate {candidate_id}", 404)
        if edit is not None:
            _check_edit(edit, graph, candidates)
        shaped = edit.applied(candidate) if edit else review.shaped(candidate)
        held = Curated.of(graph).holding(candidate.id, shaped)
        if held and action is not None:
            raise BadRequest(f"{candidate.id} is already in the curated graph as {', '.join(held)}", 409)
        verdict = None if action is None else Verdict(action, edit)
        review = update_review(self.graph_path, {candidate.id: verdict})
        status = statuses(graph, candidates, review.decisions, review)
        return _candidate_data(candidate, status[candidate.id], review, candidates, build_lexicon(graph))


def _parse_body(body: Any) -> tuple[str, Decision | None, Edit | None]:
    """The candidate id, the decision (None: back to unreviewed) and the edit a request body asks for."""
    if not isinstance(body, dict) or set(body) - {"id", "action", "edit"}:
        raise BadRequest("expected a JSON object with id, action and an optional edit")
    candidate_id, action, edit = body.get("id"), body.get("action"), body.get("edit")
    if not isinstance(candidate_id, str) or not _CANDIDATE_ID.match(candidate_id):
        raise BadRequest("id must be a candidate id such as c-0123456789")
    if action not in ACTIONS:
        raise BadRequest(f"action must be one of {', '.join(ACTIONS)}")
    decision = DECISION_WORDS.get(action)
    if edit is None:
        return candidate_id, decision, None
    if decision != "accepted":
        raise BadRequest("an edit is recorded with action 'accepted'")
    return candidate_id, decision, _parse_edit(edit)


def _parse_edit(value: Any) -> Edit:
    if not isinstance(value, dict) or set(value) - {"type", "from", "to", "between"}:
        raise BadRequest("edit must be an object with type, from, to and between")
    texts = [value.get(k) for k in ("type", "from", "to")]
    between = value.get("between") or []
    if not all(t is None or isinstance(t, str) for t in texts) or not isinstance(between, list):
        raise BadRequest("edit fields must be strings, and between a list")
    if not all(isinstance(p, str) for p in between):
        raise BadRequest("between must list actor ids")
    type_, source, target = (t or None for t in texts)
    edit = Edit(type_ or "", source, target, tuple(between))
    problem = edit_problem(edit)
    if problem:
        raise BadRequest(problem)
    return edit


def _check_edit(edit: Edit, graph: Graph, candidates: CandidateSet) -> None:
    probe = Candidate(edit.type, edit.source, edit.target, edit.parties, ())
    if edit.type not in graph.types:
        raise BadRequest(f"unknown relation type {edit.type!r}")
    if not fits(graph, probe):
        raise BadRequest(f"a {edit.type} relation needs the endpoints of its form ({graph.types[edit.type].form})")
    known = set(graph.actors) | set(candidates.actors)
    unknown = [a for a in (edit.source, edit.target, *edit.parties) if a and a not in known]
    if unknown:
        raise BadRequest(f"unknown actor {unknown[0]!r}")


def _actors(graph: Graph, candidates: CandidateSet) -> list[dict[str, str]]:
    names = {a.id: a.name for a in graph.actors.values()}
    for actor_id, (name, _kind) in candidates.actors.items():
        names.setdefault(actor_id, name)
    return [{"id": i, "name": n} for i, n in sorted(names.items())]


def _candidate_data(
    c: Candidate, status: str, review: Review, candidates: CandidateSet, lexicon: Any
) -> dict[str, Any]:
    verdict = review.verdicts.get(c.id)
    shaped = review.shaped(c)
    actors = {a for a in (c.source, c.target, *c.parties, shaped.source, shaped.target, *shaped.parties) if a}
    return {
        "id": c.id,
        "extracted": _shape(c),
        "shape": _shape(shaped),
        "edited": bool(verdict and verdict.edit),
        "confidence": c.confidence,
        "status": status,
        "evidence": [
            {
                "document": e.document,
                "title": info.title if (info := candidates.documents.get(e.document)) else e.document,
                "date": info.date if info else None,
                "sentence": e.sentence,
                "quote": e.quote,
                "marks": marks(e.quote, lexicon, actors, c.type),
            }
            for e in c.evidence
        ],
    }


def _shape(c: Candidate) -> dict[str, Any]:
    return {"type": c.type, "from": c.source, "to": c.target, "between": list(c.parties)}


def marks(sentence: str, lexicon: Any, actors: set[str], type_: str) -> list[list[Any]]:
    """Spans `[start, end, "actor" | "cue"]` of the sentence to highlight: names of `actors`, cue words of `type_`."""
    from graphx.lexicon import TOKEN

    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(sentence)]
    words = [t[2] for t in tokens]
    found: list[list[Any]] = []
    i = 0
    while i < len(tokens):
        length = _name_at(words, i, lexicon, actors)
        if length:
            found.append([tokens[i][0], tokens[i + length - 1][1], "actor"])
            i += length
            continue
        cues: Mapping[str, Any] = lexicon.cues
        if any(cue.type == type_ for cue in cues.get(words[i].lower(), ())):
            found.append([tokens[i][0], tokens[i][1], "cue"])
        i += 1
    return found


def _name_at(words: list[str], i: int, lexicon: Any, actors: set[str]) -> int:
    """The length of the longest name of one of `actors` starting at token i (0 if none)."""
    for length in range(min(lexicon.longest.get(words[i], 0), len(words) - i), 0, -1):
        meaning = lexicon.names.get(tuple(words[i : i + length]))
        if meaning is not None:
            return length if meaning.actor in actors else 0
    return 0
