"""The review loop: candidates beside the curated graph, the analyst's decisions, and merging them in.

`graphs/NAME.candidates.yaml` holds what extraction proposed (each run replaces the evidence from the
documents it read and keeps the rest) and
`graphs/NAME.review.yaml` the decisions (`ID: accepted` / `ID: rejected`). A candidate's id is a hash
of its type and endpoints, so decisions survive re-running the extraction.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from graphx.errors import InputError, Problem, UsageError
from graphx.graph.model import Actor, Evidence, Graph, Relation, Source
from graphx.graph.yamlnodes import Document, read_text
from graphx.project.locate import side_files

Decision = Literal["accepted", "rejected"]
Status = Literal["curated", "accepted", "rejected", "unreviewed"]
_DECISION_WORDS: Mapping[str, Decision] = {
    "accepted": "accepted",
    "accept": "accepted",
    "rejected": "rejected",
    "reject": "rejected",
}
_SOURCE_CHARS = re.compile(r"[^A-Za-z0-9_.:-]+")


@dataclass(frozen=True)
class Occurrence:
    """One sentence a candidate was read from."""

    document: str
    sentence: int
    quote: str
    confidence: float


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
        """The best sentence's confidence, a little higher for each further sentence (at most 0.99)."""
        best = max((e.confidence for e in self.evidence), default=0.0)
        return round(min(0.99, best + 0.03 * (len({(e.document, e.sentence) for e in self.evidence}) - 1)), 2)

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
            occurrence = Occurrence(path, found.sentence, result.quotes[found.sentence], found.confidence)
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
    return json.dumps(text, ensure_ascii=False)


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
            out.append(
                f"  - {{document: {_q(e.document)}, sentence: {e.sentence}, confidence: {e.confidence}, "
                f"quote: {_q(e.quote)}}}"
            )
    return "\n".join(out) + "\n"


class _Reader:
    """Checks plain YAML values, locating every problem through the parsed document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def fail(self, path: tuple[str | int, ...], message: str) -> None:
        self.problems.append(self.doc.problem(path, message))

    def mapping(self, value: Any, path: tuple[str | int, ...], what: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(path, f"{what} must be a mapping")
            return {}
        return {str(k): v for k, v in value.items()}

    def sequence(self, value: Any, path: tuple[str | int, ...], what: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(path, f"{what} must be a list")
            return []
        return value

    def text(self, fields: Mapping[str, Any], key: str, path: tuple[str | int, ...]) -> str | None:
        value = fields.get(key)
        if value is None or isinstance(value, (dict, list)):
            self.fail(path + ((key,) if key in fields else ()), f"missing or empty {key}")
            return None
        return str(value)

    def number(
        self, fields: Mapping[str, Any], key: str, path: tuple[str | int, ...], kind: type[int] | type[float]
    ) -> Any:
        text = self.text(fields, key, path)
        try:
            return kind(text) if text is not None else None
        except ValueError:
            self.fail((*path, key), f"{key} must be a number")
            return None


def parse_candidates(text: str, file: str) -> CandidateSet:
    """Read a candidates file, reporting every problem with its location."""
    doc = Document(text, file)
    r = _Reader(doc)
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


def _candidate(r: _Reader, item: Any, path: tuple[str | int, ...]) -> Candidate | None:
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
        if document is not None and sentence is not None and quote is not None:
            evidence.append(Occurrence(document, sentence, quote, confidence or 0.0))
    if type_ is None:
        return None
    return Candidate(type_, source, target, tuple(sorted(parties)), tuple(evidence))


def load_candidates(path: Path) -> CandidateSet:
    """The candidates file at `path`, or an empty set if there is none."""
    if not path.exists():
        return CandidateSet((), {}, {})
    return parse_candidates(read_text(path, "candidates file"), str(path))


def parse_decisions(text: str, file: str) -> dict[str, Decision]:
    """Read a review file: `decisions: {ID: accepted | rejected}` (ids in lower case)."""
    return _read_decisions(text, file)[1]


def _read_decisions(text: str, file: str) -> tuple[Document, dict[str, Decision]]:
    doc = Document(text, file)
    r = _Reader(doc)
    top = r.mapping(doc.value, (), "the review file")
    if "graphx-review" not in top:
        r.fail((), "not a review file: missing 'graphx-review: 1'")
    decisions: dict[str, Decision] = {}
    for key, value in r.mapping(top.get("decisions"), ("decisions",), "decisions").items():
        word = str(value).strip().lower() if isinstance(value, str) else ""
        if word not in _DECISION_WORDS:
            r.fail(("decisions", key), f"decision on {key} must be 'accepted' or 'rejected'")
            continue
        decisions[_normal_id(key)] = _DECISION_WORDS[word]
    if r.problems:
        raise InputError(r.problems)
    return doc, decisions


def load_decisions(path: Path) -> dict[str, Decision]:
    """The review file at `path`, or no decisions if there is none."""
    if not path.exists():
        return {}
    return parse_decisions(read_text(path, "review file"), str(path))


def dump_decisions(decisions: Mapping[str, Decision], candidates: CandidateSet, candidates_name: str) -> str:
    """The review file's text, one decision a line, each with what the candidate says as a comment."""
    known = candidates.by_id()
    out = [
        f"# Review decisions on {candidates_name}: one `ID: accepted` or `ID: rejected` a line.",
        "# `graphx accept ID` and `graphx reject ID` write this file; editing it by hand works too.",
        "graphx-review: 1",
        "decisions:" + ("" if decisions else " {}"),
    ]
    for candidate_id_, decision in sorted(decisions.items()):
        candidate = known.get(candidate_id_)
        note = candidate.describe() if candidate else "not among the current candidates"
        out.append(f"  {candidate_id_}: {decision}  # {note}")
    return "\n".join(out) + "\n"


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
    and it is edited in the graph file. `graph` is the curated graph (loaded from `graph_path` if not given).
    """
    from graphx.storage.files import write_text_atomic

    candidates_path, review_path = side_files(graph_path)
    candidates = load_candidates(candidates_path)
    if not candidates.candidates:
        raise UsageError(f"{candidates_path}: no candidates yet; run `graphx extract` first")
    known = candidates.by_id()
    named = tuple(known[i] for i in dict.fromkeys(resolve_id(known, given) for given in ids))
    if graph is None:
        from graphx.graph.load import load_graph

        graph = load_graph(graph_path)
    held = curated_relations(graph)
    curated = {c.id: tuple(held[_key(c)]) for c in named if _key(c) in held}
    recorded = tuple(c for c in named if c.id not in curated)
    if recorded:
        decisions = load_decisions(review_path)
        for candidate in recorded:
            decisions[candidate.id] = decision
        write_text_atomic(review_path, dump_decisions(decisions, candidates, candidates_path.name))
    return Decided(recorded, curated, named)


def resolve_id(known: Mapping[str, object], given: str) -> str:
    """A candidate id from a full id or a unique prefix (with or without the 'c-', in any case)."""
    text = given.strip().lower()
    if text in known:
        return text
    prefix = text if text.startswith("c-") else "c-" + text
    matches = sorted(k for k in known if k.startswith(prefix))
    if len(matches) == 1 and len(prefix) >= 5:
        return matches[0]
    if len(matches) > 1:
        raise UsageError(f"candidate id {given!r} is ambiguous: {', '.join(matches[:5])}")
    raise UsageError(f"unknown candidate id {given!r}; `graphx candidates` lists them")


def decision_problems(graph_path: str | Path) -> list[Problem]:
    """Decisions in the review file that name no current candidate (a prefix, a typo, a stale id).

    They are ignored when the graph is merged; a CLI prints these as warnings. A review file that is
    not valid at all raises InputError, as `merge_reviewed` does.
    """
    candidates_path, review_path = side_files(graph_path)
    if not review_path.exists():
        return []
    doc, _ = _read_decisions(read_text(review_path, "review file"), str(review_path))
    known = load_candidates(candidates_path).by_id()
    entries = doc.value.get("decisions")
    problems = []
    for key in entries if isinstance(entries, dict) else {}:
        given = str(key)
        if _normal_id(given) in known:
            continue
        prefix = _normal_id(given) if _normal_id(given).startswith("c-") else "c-" + _normal_id(given)
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


def _normal_id(text: str) -> str:
    return text.strip().lower()


# --- statuses and merging into the graph ---------------------------------------------------------------------


def curated_relations(graph: Graph) -> dict[tuple[str, str, str, tuple[str, ...]], list[str]]:
    """The curated relations' ids by type and endpoints, the key candidates are matched on."""
    held: dict[tuple[str, str, str, tuple[str, ...]], list[str]] = {}
    for r in graph.relations:
        if r.origin == "curated":
            held.setdefault((r.type, r.from_actor or "", r.to_actor or "", tuple(sorted(r.between))), []).append(r.id)
    return held


def _key(c: Candidate) -> tuple[str, str, str, tuple[str, ...]]:
    return (c.type, c.source or "", c.target or "", c.parties)


def statuses(graph: Graph, candidates: CandidateSet, decisions: Mapping[str, Decision]) -> dict[str, Status]:
    """Each candidate's status: curated (the graph already has it), accepted, rejected or unreviewed.

    Curated wins over any decision, so a candidate the graph holds never joins it a second time.
    """
    curated = curated_relations(graph)
    result: dict[str, Status] = {}
    for c in candidates.candidates:
        if _key(c) in curated:
            result[c.id] = "curated"
        elif c.id in decisions:
            result[c.id] = decisions[c.id]
        else:
            result[c.id] = "unreviewed"
    return result


def merge_reviewed(graph: Graph, graph_path: str | Path, include_unreviewed: bool = False) -> Graph:
    """The graph plus its accepted candidates (and, when asked, the unreviewed ones).

    A candidate the curated graph already holds (same type and endpoints) is not added twice.
    Actors the graph lacks join with the name and kind the lexicon gave them; documents that are not
    declared sources join as sources of their own, with an id made from the file name.
    """
    candidates_path, review_path = side_files(graph_path)
    candidates = load_candidates(candidates_path)
    if not candidates.candidates:
        return graph
    decisions = load_decisions(review_path)
    status = statuses(graph, candidates, decisions)
    chosen = [
        c
        for c in candidates.candidates
        if status[c.id] == "accepted" or (include_unreviewed and status[c.id] == "unreviewed")
    ]
    chosen = [c for c in chosen if c.type in graph.types]
    if not chosen:
        return graph
    actors = dict(graph.actors)
    for c in chosen:
        for actor_id in (c.source, c.target, *c.parties):
            if actor_id and actor_id not in actors:
                name, kind = candidates.actors.get(actor_id, (actor_id, "other"))
                actors[actor_id] = Actor(actor_id, name, kind if kind != "person" else "other")
    sources = dict(graph.sources)
    cited = _source_ids(graph, candidates, {e.document for c in chosen for e in c.evidence}, sources)
    relations = list(graph.relations)
    for c in chosen:
        relations.append(_relation(c, cited, candidates, "accepted" if status[c.id] == "accepted" else "unreviewed"))
    return replace(graph, actors=actors, sources=sources, relations=tuple(relations))


def _source_ids(
    graph: Graph, candidates: CandidateSet, documents: Iterable[str], sources: dict[str, Source]
) -> dict[str, str]:
    """Each document's source id: the declared source citing the same file, else a new source."""
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


def _relation(c: Candidate, cited: Mapping[str, str], candidates: CandidateSet, origin: Status) -> Relation:
    dates = sorted({d for e in c.evidence if (info := candidates.documents.get(e.document)) and (d := info.date)})
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
        origin=origin,
        given_id=c.id,
    )


# --- listings ------------------------------------------------------------------------------------------------


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
