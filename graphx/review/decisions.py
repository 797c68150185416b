"""The analyst's decisions on candidates: the review file beside the graph, and recording into it.

`graphs/NAME.review.yaml` holds one decision a line under `decisions:`, keyed by candidate id:

    c-0d09eb8cf4: rejected
    c-47ce2fd770: accepted
    c-5c1d67b991: {decision: accepted, type: criticism, from: RUS, to: FRA}

The third form is an edit: the candidate is accepted in a corrected form (its direction reversed, its
type changed, or an actor replaced). It names the whole corrected relation: `type`, and `from` + `to`,
or `between: [A, B]` with an optional `from` (the mediator). The candidate keeps its id, and merging
and promotion use the corrected form with the candidate's evidence.

Every update holds the graph's lock and re-reads the file first, so concurrent updates are never lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from graphx.errors import GraphxError, InputError, Problem, UsageError
from graphx.graph.model import Graph
from graphx.graph.yamlnodes import Document, quote_scalar, read_text
from graphx.project.sidefiles import side_files
from graphx.review.candidates import Candidate, CandidateSet, Curated, fits, load_candidates
from graphx.review.fields import FieldReader, Where

Decision = Literal["accepted", "rejected"]
DECISION_WORDS: Mapping[str, Decision] = {
    "accepted": "accepted",
    "accept": "accepted",
    "rejected": "rejected",
    "reject": "rejected",
}
EDIT_KEYS = ("decision", "type", "from", "to", "between")
ACTOR_ID = re.compile(r"[A-Z][A-Z0-9_-]{0,31}\Z")
TYPE_NAME = re.compile(r"[a-z][a-z0-9_-]{0,31}\Z")
SHOWN_MATCHES = 25


@dataclass(frozen=True)
class Edit:
    """The corrected form of an accepted candidate."""

    type: str
    source: str | None
    target: str | None
    parties: tuple[str, ...]

    def applied(self, candidate: Candidate) -> Candidate:
        """The candidate in this corrected form, with its evidence (its `id` property then differs)."""
        return replace(candidate, type=self.type, source=self.source, target=self.target, parties=self.parties)


@dataclass(frozen=True)
class Verdict:
    """One entry of the review file: a decision, and for an accepted candidate perhaps an edit."""

    decision: Decision
    edit: Edit | None = None


@dataclass(frozen=True)
class Review:
    """The contents of a review file."""

    verdicts: Mapping[str, Verdict]

    @property
    def decisions(self) -> dict[str, Decision]:
        return {i: v.decision for i, v in self.verdicts.items()}

    def shaped(self, candidate: Candidate) -> Candidate:
        """The candidate as the analyst corrected it, or as extracted."""
        verdict = self.verdicts.get(candidate.id)
        return verdict.edit.applied(candidate) if verdict and verdict.edit else candidate


def edit_problem(edit: Edit) -> str | None:
    """What is wrong with an edit's shape, if anything (types and actors are checked against a graph later)."""
    if not TYPE_NAME.match(edit.type):
        return f"bad relation type {edit.type!r}"
    named = [a for a in (edit.source, edit.target, *edit.parties) if a is not None]
    bad = [a for a in named if not ACTOR_ID.match(a)]
    if bad:
        return f"bad actor id {bad[0]!r}"
    if edit.parties:
        if len(edit.parties) != 2 or edit.parties[0] == edit.parties[1] or edit.target:
            return "give between with two different actors (and from for a mediator), or from and to"
        if edit.source in edit.parties:
            return "a mediator cannot be one of the parties"
    elif not (edit.source and edit.target) or edit.source == edit.target:
        return "give from and to (two different actors), or between"
    return None


# --- reading -------------------------------------------------------------------------------------------------


def parse_review(text: str, file: str) -> Review:
    """Read a review file, reporting every problem with its location."""
    return _read_review(text, file)[1]


def parse_decisions(text: str, file: str) -> dict[str, Decision]:
    """Read a review file's decisions: `{ID: accepted | rejected}` (ids in lower case)."""
    return parse_review(text, file).decisions


def _read_review(text: str, file: str) -> tuple[Document, Review]:
    doc = Document(text, file)
    r = FieldReader(doc)
    top = r.mapping(doc.value, (), "the review file")
    if "graphx-review" not in top:
        r.fail((), "not a review file: missing 'graphx-review: 1'")
    verdicts: dict[str, Verdict] = {}
    for key, value in r.mapping(top.get("decisions"), ("decisions",), "decisions").items():
        verdict = _verdict(r, value, ("decisions", key), key)
        if verdict is not None:
            verdicts[normal_id(key)] = verdict
    if r.problems:
        raise InputError(r.problems)
    return doc, Review(verdicts)


def _word(value: Any) -> Decision | None:
    return DECISION_WORDS.get(value.strip().lower()) if isinstance(value, str) else None


def _verdict(r: FieldReader, value: Any, path: Where, key: str) -> Verdict | None:
    if not isinstance(value, dict):
        decision = _word(value)
        if decision is None:
            r.fail(path, f"decision on {key} must be 'accepted' or 'rejected'")
        return Verdict(decision) if decision else None
    fields = {str(k): v for k, v in value.items()}
    unknown = [k for k in fields if k not in EDIT_KEYS]
    if unknown:
        known = ", ".join(EDIT_KEYS)
        r.fail((*path, unknown[0]), f"unknown key {unknown[0]!r} in the decision on {key}; known: {known}", at_key=True)
        return None
    if _word(fields.get("decision")) != "accepted":
        r.fail(path, f"an edited decision on {key} needs 'decision: accepted'")
        return None
    between = fields.get("between") or []
    if not isinstance(between, list):
        r.fail((*path, "between"), "between must be a list of two actor ids")
        return None
    edit = Edit(
        str(fields.get("type") or ""),
        str(fields["from"]) if fields.get("from") else None,
        str(fields["to"]) if fields.get("to") else None,
        tuple(str(p) for p in between),
    )
    problem = edit_problem(edit)
    if problem:
        r.fail(path, f"edit of {key}: {problem}")
        return None
    return Verdict("accepted", edit)


def load_review(path: Path) -> Review:
    """The review file at `path`, or no decisions if there is none."""
    if not path.exists():
        return Review({})
    return parse_review(read_text(path, "review file"), str(path))


def load_decisions(path: Path) -> dict[str, Decision]:
    """The decisions of the review file at `path` (none if there is no file)."""
    return load_review(path).decisions


# --- writing -------------------------------------------------------------------------------------------------


def dump_review(review: Review, candidates: CandidateSet, candidates_name: str) -> str:
    """The review file's text, one decision a line, each with what the candidate says as a comment."""
    known = candidates.by_id()
    out = [
        f"# Review decisions on {candidates_name}: one `ID: accepted` or `ID: rejected` a line.",
        "# `graphx accept ID`, `graphx reject ID` and `graphx review` write this file; editing it by hand works too.",
        "# An accepted candidate in a corrected form reads `ID: {decision: accepted, type: T, from: A, to: B}`",
        "# (or `between: [A, B]`); `graphx promote` moves accepted candidates into the curated graph.",
        "graphx-review: 1",
        "decisions:" + ("" if review.verdicts else " {}"),
    ]
    for candidate_id, verdict in sorted(review.verdicts.items()):
        candidate = known.get(candidate_id)
        note = candidate.describe() if candidate else "not among the current candidates"
        if verdict.edit is None:
            out.append(f"  {candidate_id}: {verdict.decision}  # {note}")
            continue
        edit = verdict.edit
        parts = [f"decision: {verdict.decision}", f"type: {_q(edit.type)}"]
        parts += [f"from: {_q(edit.source)}"] if edit.source else []
        parts += [f"to: {_q(edit.target)}"] if edit.target else []
        parts += [f"between: [{', '.join(_q(p) for p in edit.parties)}]"] if edit.parties else []
        shown = edit.applied(candidate).describe() if candidate else "edited"
        out.append(f"  {candidate_id}: {{{', '.join(parts)}}}  # {shown} (extracted as {note})")
    return "\n".join(out) + "\n"


def _q(text: str | None) -> str:
    """Plain when it is a simple id or type, else a JSON (YAML double-quoted) string."""
    value = text or ""
    return value if re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", value) else quote_scalar(value)


def dump_decisions(decisions: Mapping[str, Decision], candidates: CandidateSet, candidates_name: str) -> str:
    """The review file's text for plain decisions (no edits)."""
    return dump_review(Review({i: Verdict(d) for i, d in decisions.items()}), candidates, candidates_name)


Changes = Mapping[str, Verdict | None]


def update_review(graph_path: str | Path, changes: Changes | Callable[[Review], Changes]) -> Review:
    """Apply `changes` (None removes a decision) to the review file, under the graph's lock, re-reading it first.

    `changes` may be a function of the review as re-read under the lock. The file is written atomically;
    with nothing to change it is left as it is. Returns the new review.
    """
    from graphx.review.lock import graph_lock, write_atomically

    candidates_path, review_path = side_files(graph_path)
    with graph_lock(graph_path):
        review = load_review(review_path)
        verdicts = dict(review.verdicts)
        wanted = changes(review) if callable(changes) else changes
        for candidate_id, verdict in wanted.items():
            if verdict is None:
                verdicts.pop(candidate_id, None)
            else:
                verdicts[candidate_id] = verdict
        if verdicts == dict(review.verdicts) and (review_path.exists() or not verdicts):
            return review
        updated = Review(verdicts)
        candidates = load_candidates(candidates_path)
        write_atomically(review_path, dump_review(updated, candidates, candidates_path.name))
    return updated


# --- ids -----------------------------------------------------------------------------------------------------


def normal_id(text: str) -> str:
    return text.strip().lower()


def resolve_id(known: Mapping[str, object], given: str) -> str:
    """A candidate id from a full id or a unique prefix (with or without the 'c-', in any case)."""
    text = normal_id(given)
    if text in known:
        return text
    prefixes = {text if text.startswith("c-") else "c-" + text}
    if "c-".startswith(text):  # 'c' or 'c-' names every candidate
        prefixes.add("c-")
    matches = sorted(k for k in known if any(k.startswith(p) for p in prefixes))
    if len(matches) == 1 and len(text.removeprefix("c-")) >= 3:
        return matches[0]
    if matches:
        shown = ", ".join(matches[:SHOWN_MATCHES])
        more = f" and {len(matches) - SHOWN_MATCHES} more" if len(matches) > SHOWN_MATCHES else ""
        if len(matches) > 1:
            n = len(matches)
            raise UsageError(f"candidate id prefix {given!r} is ambiguous: it matches {n} candidates: {shown}{more}")
        raise UsageError(f"candidate id prefix {given!r} is too short (it matches {shown}); give 3 characters or more")
    raise UsageError(f"unknown candidate id {given!r}; `graphx candidates` lists them")


def decision_problems(graph_path: str | Path) -> list[Problem]:
    """Decisions in the review file that name no current candidate (a prefix, a typo, a stale id).

    They are ignored when the graph is merged; a CLI prints these as warnings. A review file that is
    not valid at all raises InputError, as `merge_reviewed` does.
    """
    candidates_path, review_path = side_files(graph_path)
    if not review_path.exists():
        return []
    doc, review = _read_review(read_text(review_path, "review file"), str(review_path))
    candidates = load_candidates(candidates_path)
    known = candidates.by_id()
    problems = _edit_problems(doc, review, graph_path, candidates)
    entries = doc.value.get("decisions")
    for key in entries if isinstance(entries, dict) else {}:
        given = str(key)
        if normal_id(given) in known:
            continue
        prefix = normal_id(given) if normal_id(given).startswith("c-") else "c-" + normal_id(given)
        matches = sorted(k for k in known if k.startswith(prefix))
        hint = f" (did you mean {matches[0]}?)" if len(matches) == 1 else ""
        problems.append(
            doc.problem(
                ("decisions", given),
                f"unknown candidate id {given!r}{hint}; decisions "
                "need full ids, as `graphx candidates` lists them; this one is ignored",
                at_key=True,
            )
        )
    return sorted(problems)


def _edit_problems(doc: Document, review: Review, graph_path: str | Path, candidates: CandidateSet) -> list[Problem]:
    """Edits that do not fit the graph (a type it lacks, endpoints of another form, an actor nobody knows)."""
    edited = {i: v.edit for i, v in review.verdicts.items() if v.edit is not None}
    if not edited:
        return []
    from graphx.storage.cache import load_graph_cached

    try:
        graph = load_graph_cached(graph_path)
    except (GraphxError, OSError):
        return []  # the command reports the graph itself
    known = set(graph.actors) | set(candidates.actors)
    keys = {normal_id(str(k)): str(k) for k in doc.value.get("decisions") or {}}
    problems = []
    for candidate_id, edit in sorted(edited.items()):
        probe = Candidate(edit.type, edit.source, edit.target, edit.parties, ())
        unknown = [a for a in (edit.source, edit.target, *edit.parties) if a and a not in known]
        if edit.type not in graph.types:
            why = f"the graph has no relation type {edit.type!r}"
        elif not fits(graph, probe):
            why = f"a {edit.type} relation needs the endpoints of its form ({graph.types[edit.type].form})"
        elif unknown:
            why = f"unknown actor {unknown[0]!r}"
        else:
            continue
        where = ("decisions", keys.get(candidate_id, candidate_id))
        problems.append(doc.problem(where, f"edit of {candidate_id}: {why}; this decision is ignored"))
    return problems


# --- accept and reject ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decided:
    """What `decide` did: the candidates it recorded a decision on, and those it left alone because the
    curated graph already holds them (candidate id -> the curated relation ids)."""

    recorded: tuple[Candidate, ...]
    curated: Mapping[str, tuple[str, ...]]
    named: tuple[Candidate, ...]  # every candidate the ids named, in the order given


def decide(graph_path: str | Path, ids: Sequence[str], decision: Decision, graph: Graph | None = None) -> Decided:
    """Record `decision` on the candidates named by `ids` (full ids or unique prefixes, any case).

    A candidate the curated graph already holds gets no decision: the curated relation is what counts,
    and it is edited in the graph file. Accepting an edited candidate keeps its edit; rejecting drops it.
    `graph` is the curated graph (loaded from `graph_path` if not given).
    """
    candidates_path, review_path = side_files(graph_path)
    candidates = load_candidates(candidates_path)
    if not candidates.candidates:
        raise UsageError(f"{candidates_path}: no candidates yet; run `graphx extract` first")
    known = candidates.by_id()
    named = tuple(known[i] for i in dict.fromkeys(resolve_id(known, given) for given in ids))
    if graph is None:
        from graphx.graph.load import load_graph

        graph = load_graph(graph_path)
    held = Curated.of(graph)
    review = load_review(review_path)
    curated = {c.id: ids_ for c in named if (ids_ := held.holding(c.id, review.shaped(c)))}
    recorded = tuple(c for c in named if c.id not in curated)
    if recorded:

        def changes(current: Review) -> Changes:
            verdicts = current.verdicts
            return {
                c.id: Verdict(decision, verdicts[c.id].edit if c.id in verdicts and decision == "accepted" else None)
                for c in recorded
            }

        update_review(graph_path, changes)
    return Decided(recorded, curated, named)
