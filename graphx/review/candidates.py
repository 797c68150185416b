"""Candidates: what extraction proposed, grouped one per relation, and the candidates file beside the graph.

`graphs/NAME.candidates.yaml` holds what extraction proposed; each run replaces the evidence from the
documents it read and keeps the rest. A candidate's id is a hash of its type and endpoints, so decisions
on it survive re-running the extraction.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from graphx.errors import InputError
from graphx.extract.confidence import DEFAULT_MIN_CONFIDENCE
from graphx.graph.model import Graph
from graphx.graph.yamlnodes import Document, quote_scalar, read_text
from graphx.review.fields import FieldReader, Where

FURTHER_SENTENCE = 0.03  # what each further sentence stating a candidate adds to its confidence


@dataclass(frozen=True)
class Occurrence:
    """One sentence a candidate was read from."""

    document: str
    sentence: int
    quote: str
    confidence: float
    event_date: str | None = None  # when the sentence says it happened (YYYY, YYYY-MM or YYYY-MM-DD)
    date_precision: str | None = None  # day, week, month, year, or document (the document's own date)


@dataclass(frozen=True)
class Candidate:
    """A proposed relation with all its evidence; `parties` are the mediated or warring sides."""

    type: str
    source: str | None
    target: str | None
    parties: tuple[str, ...]
    evidence: tuple[Occurrence, ...]

    @property
    def id(self) -> str:
        return candidate_id(self.type, self.source, self.target, self.parties)

    @property
    def confidence(self) -> float:
        """The best sentence's confidence, a little higher for each further sentence (at most 0.99); repetition
        never lifts a candidate over the default threshold that its best sentence is under (a pair named near cues
        in many sentences is still only a co-occurrence)."""
        best = max((e.confidence for e in self.evidence), default=0.0)
        value = min(0.99, best + FURTHER_SENTENCE * (len({(e.document, e.sentence) for e in self.evidence}) - 1))
        if best < DEFAULT_MIN_CONFIDENCE:
            value = min(value, DEFAULT_MIN_CONFIDENCE - 0.01)
        return round(value, 2)

    def ends(self) -> tuple[str, str]:
        """How the endpoints read in a table: 'RUS', 'FRA' or 'USA', 'ARM & AZE'."""
        if self.type == "criticism" or self.target:
            return self.source or "", self.target or ""
        if self.source:
            return self.source, " & ".join(self.parties)
        return self.parties[0], self.parties[1]

    def describe(self) -> str:
        first, second = self.ends()
        arrow = "<->" if self.source is None else "->"
        return f"{self.type} {first} {arrow} {second}"


@dataclass(frozen=True)
class DocumentInfo:
    """A document extraction read: title and stated date."""

    path: str
    title: str
    date: str | None
    sentences: int


@dataclass(frozen=True)
class CandidateSet:
    """The contents of a candidates file."""

    candidates: tuple[Candidate, ...]
    documents: Mapping[str, DocumentInfo]
    actors: Mapping[str, tuple[str, str]]  # id -> (name, kind)

    def by_id(self) -> dict[str, Candidate]:
        return {c.id: c for c in self.candidates}


def candidate_id(type_: str, source: str | None, target: str | None, parties: Sequence[str]) -> str:
    """A stable id from the content: type and endpoints (the sides of a conflict in any order)."""
    sides = ",".join(sorted(parties))
    key = f"{type_}|{source or ''}|{target or ''}|{sides}"
    return "c-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


# --- from extraction results ---------------------------------------------------------------------------------


def collect(
    results: Iterable[Any], actor_names: Mapping[str, tuple[str, str]], path_of: Callable[[str], str] = str
) -> CandidateSet:
    """Group what extraction found (documents.Result items) into candidates, one per relation."""
    evidence: dict[tuple[str, str | None, str | None, tuple[str, ...]], dict[tuple[str, int], Occurrence]] = {}
    documents: dict[str, DocumentInfo] = {}
    for result in results:
        document = result.document
        path = path_of(document.path)
        documents[path] = DocumentInfo(path, document.title, document.date, result.sentences)
        for found in result.found:
            parties = tuple(sorted(found.parties))
            key = (found.type, found.source, found.target, parties)
            occurrence = Occurrence(
                path,
                found.sentence,
                result.quotes[found.sentence],
                found.confidence,
                getattr(found, "event_date", None),
                getattr(found, "date_precision", None),
            )
            slot = evidence.setdefault(key, {})
            previous = slot.get((path, found.sentence))
            if previous is None or previous.confidence < occurrence.confidence:
                slot[(path, found.sentence)] = occurrence
    candidates = [
        Candidate(t, s, g, p, tuple(v for _, v in sorted(occ.items()))) for (t, s, g, p), occ in evidence.items()
    ]
    used = {a for c in candidates for a in (c.source, c.target, *c.parties) if a}
    actors = {a: actor_names.get(a, (a, "other")) for a in sorted(used)}
    return CandidateSet(_ordered(candidates), documents, actors)


def _ordered(candidates: Iterable[Candidate]) -> tuple[Candidate, ...]:
    return tuple(sorted(candidates, key=lambda c: (c.type, c.source or "", c.target or "", c.parties)))


def merge_sets(old: CandidateSet, new: CandidateSet) -> CandidateSet:
    """`new` replaces what `old` says about the documents `new` read; the rest of `old` stays."""
    read = set(new.documents)
    pool: dict[str, list[Occurrence]] = {}
    shapes: dict[str, Candidate] = {}
    fresh = [(c, list(c.evidence)) for c in new.candidates]
    kept = [(c, [e for e in c.evidence if e.document not in read]) for c in old.candidates]
    for candidate, keep in (*fresh, *kept):
        if keep:
            pool.setdefault(candidate.id, []).extend(keep)
            shapes.setdefault(candidate.id, candidate)
    merged = [
        replace(shapes[i], evidence=tuple(sorted(set(ev), key=lambda e: (e.document, e.sentence))))
        for i, ev in pool.items()
    ]
    documents = {**old.documents, **new.documents}
    actors = {**old.actors, **new.actors}
    used = {a for c in merged for a in (c.source, c.target, *c.parties) if a}
    return CandidateSet(
        _ordered(merged), dict(sorted(documents.items())), {a: actors[a] for a in sorted(used) if a in actors}
    )


# --- files ---------------------------------------------------------------------------------------------------


def relative_to_graph(graph_path: str | Path) -> Callable[[str], str]:
    """Maps a document path (as given) to its path from the graph's folder, as sources cite files."""
    folder = os.path.abspath(Path(graph_path).parent)

    def relative(path: str) -> str:
        return Path(os.path.relpath(os.path.abspath(path), folder)).as_posix()

    return relative


def _q(text: str) -> str:
    return quote_scalar(text)


def dump_candidates(candidates: CandidateSet, graph_name: str) -> str:
    """The candidates file's text: deterministic, one evidence item a line."""
    out = [
        f"# Candidate relations extracted for {graph_name} by `graphx extract`. Each run replaces the evidence",
        "# from the documents it reads and keeps the rest, so candidates from earlier runs stay listed.",
        "# Record decisions with `graphx accept ID` / `graphx reject ID` (they go in the .review.yaml file",
        "# beside it); list candidates with `graphx candidates`.",
        "graphx-candidates: 1",
        "documents:" + ("" if candidates.documents else " {}"),
    ]
    for path, info in sorted(candidates.documents.items()):
        date = info.date or "null"
        out.append(f"  {_q(path)}: {{title: {_q(info.title)}, date: {date}, sentences: {info.sentences}}}")
    out.append("actors:" + ("" if candidates.actors else " {}"))
    for actor_id, (name, kind) in sorted(candidates.actors.items()):
        out.append(f"  {actor_id}: {{name: {_q(name)}, kind: {kind}}}")
    out.append("candidates:" + ("" if candidates.candidates else " []"))
    for c in candidates.candidates:
        out.append(f"- id: {c.id}")
        out.append(f"  type: {c.type}")
        if c.source:
            out.append(f"  from: {c.source}")
        if c.target:
            out.append(f"  to: {c.target}")
        if c.parties:
            out.append(f"  between: [{', '.join(c.parties)}]")
        out.append(f"  confidence: {c.confidence}")
        out.append("  evidence:")
        for e in c.evidence:
            when = f"date: {e.event_date}, precision: {e.date_precision}, " if e.event_date and e.date_precision else ""
            out.append(
                f"  - {{document: {_q(e.document)}, sentence: {e.sentence}, confidence: {e.confidence}, {when}"
                f"quote: {_q(e.quote)}}}"
            )
    return "\n".join(out) + "\n"


def parse_candidates(text: str, file: str) -> CandidateSet:
    """Read a candidates file, reporting every problem with its location."""
    doc = Document(text, file)
    r = FieldReader(doc)
    top = r.mapping(doc.value, (), "the candidates file")
    if "graphx-candidates" not in top:
        raise InputError([doc.problem((), "not a candidates file: missing 'graphx-candidates: 1'")])
    documents: dict[str, DocumentInfo] = {}
    for path, value in r.mapping(top.get("documents"), ("documents",), "documents").items():
        where_ = ("documents", path)
        fields = r.mapping(value, where_, f"document {path}")
        date = fields.get("date")
        documents[path] = DocumentInfo(
            path,
            r.text(fields, "title", where_) or path,
            str(date) if date else None,
            r.number(fields, "sentences", where_, int) or 0,
        )
    actors: dict[str, tuple[str, str]] = {}
    for actor_id, value in r.mapping(top.get("actors"), ("actors",), "actors").items():
        fields = r.mapping(value, ("actors", actor_id), f"actor {actor_id}")
        actors[actor_id] = (
            r.text(fields, "name", ("actors", actor_id)) or actor_id,
            str(fields.get("kind") or "other"),
        )
    candidates = []
    for n, item in enumerate(r.sequence(top.get("candidates"), ("candidates",), "candidates")):
        candidate = _candidate(r, item, ("candidates", n))
        if candidate is not None:
            candidates.append(candidate)
    if r.problems:
        raise InputError(r.problems)
    return CandidateSet(_ordered(candidates), documents, actors)


def _candidate(r: FieldReader, item: Any, path: Where) -> Candidate | None:
    fields = r.mapping(item, path, "candidate")
    type_ = r.text(fields, "type", path)
    source = str(fields["from"]) if fields.get("from") else None
    target = str(fields["to"]) if fields.get("to") else None
    parties = tuple(str(p) for p in r.sequence(fields.get("between"), (*path, "between"), "between"))
    evidence = []
    for n, entry in enumerate(r.sequence(fields.get("evidence"), (*path, "evidence"), "evidence")):
        where_ = (*path, "evidence", n)
        e = r.mapping(entry, where_, "evidence")
        document = r.text(e, "document", where_)
        sentence = r.number(e, "sentence", where_, int)
        quote = r.text(e, "quote", where_)
        confidence = r.number(e, "confidence", where_, float)
        when, precision = _event_date(r, e, where_)
        if document is not None and sentence is not None and quote is not None:
            evidence.append(Occurrence(document, sentence, quote, confidence or 0.0, when, precision))
    if type_ is None:
        return None
    return Candidate(type_, source, target, tuple(sorted(parties)), tuple(evidence))


PRECISIONS = ("day", "week", "month", "year", "document")


def _event_date(r: FieldReader, e: dict[str, Any], where_: Where) -> tuple[str | None, str | None]:
    """An evidence item's optional event date and its precision, checked (a bad one is a located problem)."""
    from graphx.graph.dates import parse_partial_date

    if e.get("date") is None:
        return None, None
    when, precision = str(e["date"]), str(e.get("precision") or "day")
    try:
        parse_partial_date(when)
    except ValueError as exc:
        r.fail((*where_, "date"), f"bad event date {when!r}: {exc}")
        return None, None
    if precision not in PRECISIONS:
        r.fail((*where_, "precision"), f"precision must be one of {', '.join(PRECISIONS)}")
        return None, None
    return when, precision


def load_candidates(path: Path) -> CandidateSet:
    """The candidates file at `path`, or an empty set if there is none."""
    if not path.exists():
        return CandidateSet((), {}, {})
    return parse_candidates(read_text(path, "candidates file"), str(path))


def ranked(candidates: Iterable[Candidate]) -> tuple[Candidate, ...]:
    """Most likely first: by confidence, then by the file's order (type and endpoints)."""
    return tuple(sorted(candidates, key=lambda c: (-c.confidence, c.type, c.source or "", c.target or "", c.parties)))


def save_candidates(graph_path: str | Path, found: CandidateSet) -> CandidateSet:
    """Merge newly extracted candidates into the candidates file beside the graph, under the graph's lock.

    The file is re-read under the lock, so a concurrent update is never lost. Returns what the file holds.
    """
    from graphx.project.sidefiles import side_files
    from graphx.review.lock import graph_lock, write_atomically

    candidates_path = side_files(graph_path)[0]
    with graph_lock(graph_path):
        stored = merge_sets(load_candidates(candidates_path), found)
        write_atomically(candidates_path, dump_candidates(stored, Path(graph_path).name))
    return stored


# --- matching candidates with curated relations --------------------------------------------------------------

ShapeKey = tuple[str, str, str, tuple[str, ...]]


def shape_key(c: Candidate) -> ShapeKey:
    """What a candidate is matched on against curated relations: type and endpoints."""
    return (c.type, c.source or "", c.target or "", tuple(sorted(c.parties)))


def curated_relations(graph: Graph) -> dict[ShapeKey, list[str]]:
    """The curated relations' ids by type and endpoints, the key candidates are matched on."""
    held: dict[ShapeKey, list[str]] = {}
    for r in graph.relations:
        if r.origin == "curated":
            held.setdefault((r.type, r.from_actor or "", r.to_actor or "", tuple(sorted(r.between))), []).append(r.id)
    return held


@dataclass(frozen=True)
class Curated:
    """What the curated graph already holds: relations by shape, and the ids of promoted candidates."""

    by_shape: Mapping[ShapeKey, list[str]]
    ids: frozenset[str]

    @classmethod
    def of(cls, graph: Graph) -> Curated:
        ids = frozenset(r.id for r in graph.relations if r.origin == "curated")
        return cls(curated_relations(graph), ids)

    def holding(self, candidate_id: str, shape: Candidate) -> tuple[str, ...]:
        """The curated relations that hold a candidate (with `shape`, its possibly edited form)."""
        if candidate_id in self.ids:
            return (candidate_id,)
        return tuple(self.by_shape.get(shape_key(shape), ()))


def fits(graph: Graph, c: Candidate) -> bool:
    """Whether a (possibly edited) candidate has a type the graph knows, with endpoints of that type's form."""
    kind = graph.types.get(c.type)
    if kind is None:
        return False
    if kind.form == "directed":
        return bool(c.source and c.target and not c.parties)
    if kind.form == "mediated":
        return bool(c.source and not c.target and len(c.parties) == 2)
    return bool(not c.source and not c.target and len(c.parties) == 2)
