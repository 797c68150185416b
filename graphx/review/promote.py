"""Promotion: accepted candidates become ordinary relations of the curated graph file.

This is the one place that edits the curated file. The file is parsed with ruamel.yaml's round-trip
composer, which gives every node's exact position; the new relations, sources and actors are emitted
by ruamel.yaml and inserted after the last entry of their section. Nothing else in the file changes:
comments, order, quoting and flow style stay byte for byte. The new text must load as a valid graph,
or nothing is written; promoted candidates then leave the review file.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import re
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphx.graph.model import Actor, Graph, Relation, Source
from graphx.review.candidates import CandidateSet
from graphx.review.merge import Chosen

_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_YEAR = re.compile(r"\d{4}\Z")
DEFAULT_INDENT = 2


@dataclass(frozen=True)
class Promotion:
    """What promotion did (or, with dry_run, would do): the candidates, the new sources and actors, the texts."""

    promoted: tuple[Chosen, ...]
    sources: tuple[str, ...]
    actors: tuple[str, ...]
    before: str
    after: str

    def diff(self, name: str) -> str:
        """The change as a unified diff of the graph file."""
        lines = difflib.unified_diff(
            self.before.splitlines(keepends=True), self.after.splitlines(keepends=True), f"a/{name}", f"b/{name}"
        )
        return "".join(lines)


def promote(graph_path: str | Path, dry_run: bool = False) -> Promotion:
    """Write the accepted candidates beside a graph into the graph file (unless `dry_run`), under its lock.

    Raises InputError, and writes nothing, if the graph, its side files or the promoted result are invalid.
    """
    from graphx.graph.load import parse_graph
    from graphx.graph.yamlnodes import read_text
    from graphx.project.sidefiles import side_files
    from graphx.review.candidates import load_candidates
    from graphx.review.decisions import load_review, update_review
    from graphx.review.lock import graph_lock, write_atomically
    from graphx.review.merge import chosen_candidates

    path = Path(graph_path)
    candidates_path, review_path = side_files(path)
    with graph_lock(path):
        before = read_text(path, "graph file")
        graph = parse_graph(before, str(path))
        candidates = load_candidates(candidates_path)
        review = load_review(review_path)
        chosen = chosen_candidates(graph, candidates, review)
        promotion = plan(before, graph, candidates, chosen)
        if chosen:
            parse_graph(promotion.after, str(path))  # raises, and nothing is written, if the result is invalid
        if dry_run:
            return promotion
        if chosen:
            write_atomically(path, promotion.after)
        # Promoted decisions leave the review file; so do those of an earlier run stopped before it got here.
        held = {r.id for r in graph.relations if r.origin == "curated"}
        done = [c.id for c in chosen] + [i for i in review.verdicts if i in held]
        if done:
            update_review(path, dict.fromkeys(done))
    return promotion


def plan(before: str, graph: Graph, candidates: CandidateSet, chosen: Sequence[Chosen]) -> Promotion:
    """The graph file's new text with `chosen` added as relations, with the sources and actors they need."""
    from graphx.review.merge import new_actors, relation_of, source_ids

    if not chosen:
        return Promotion((), (), (), before, before)
    actors = new_actors(graph, candidates, [c.shape for c in chosen])
    sources = dict(graph.sources)
    cited = source_ids(graph, candidates, sorted({e.document for c in chosen for e in c.shape.evidence}), sources)
    added_sources = {k: v for k, v in sources.items() if k not in graph.sources}
    relations = [relation_of(c, cited, candidates) for c in chosen]
    sections: dict[str, dict[str, Any] | list[Any]] = {
        "sources": {k: _source_entry(s) for k, s in added_sources.items()},
        "actors": {k: _actor_entry(a) for k, a in actors.items()},
        "relations": [_relation_entry(r) for r in relations],
    }
    after = _insert(before, {k: v for k, v in sections.items() if v})
    return Promotion(tuple(chosen), tuple(added_sources), tuple(actors), before, after)


# --- entries -------------------------------------------------------------------------------------------------


def _text(value: str) -> Any:
    """A string that YAML 1.1 readers (graphx's) and 1.2 writers agree on: double-quoted when plain would not be."""
    import yaml
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    try:
        plain_ok = yaml.safe_load(value) == value and "\n" not in value
    except yaml.YAMLError:
        plain_ok = False
    return value if plain_ok else DoubleQuotedScalarString(value)


def _date(value: str) -> Any:
    if _FULL_DATE.match(value):
        return dt.date.fromisoformat(value)
    if _YEAR.match(value):
        return int(value)
    return _text(value)


def _source_entry(source: Source) -> dict[str, Any]:
    entry: dict[str, Any] = {"title": _text(source.title)}
    if source.date:
        entry["date"] = _date(source.date)
    if source.file:
        entry["file"] = _text(source.file)
    return entry


def _actor_entry(actor: Actor) -> dict[str, Any]:
    return {"name": _text(actor.name), "kind": _text(actor.kind)}


def _relation_entry(relation: Relation) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": _text(relation.id), "type": _text(relation.type)}
    if relation.from_actor:
        entry["from"] = _text(relation.from_actor)
    if relation.to_actor:
        entry["to"] = _text(relation.to_actor)
    if relation.between:
        entry["between"] = _flow([_text(p) for p in relation.between])
    for key in ("date", "start", "end"):
        value = getattr(relation, key)
        if value:
            entry[key] = _date(value)
    entry["evidence"] = [{"source": _text(e.source), "quote": _text(e.quote)} for e in relation.evidence]
    return entry


def _flow(items: list[Any]) -> Any:
    from ruamel.yaml.comments import CommentedSeq

    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


# --- splicing into the file ----------------------------------------------------------------------------------


def _dump(value: Any, flow: bool = False) -> str:
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.width = 1_000_000
    yaml.indent(mapping=2, sequence=4, offset=2)
    if flow:
        yaml.default_flow_style = True
    out = io.StringIO()
    yaml.dump(value, out)
    return out.getvalue()


def _insert(text: str, sections: Mapping[str, dict[str, Any] | list[Any]]) -> str:
    """`text` with each section's new entries added at the end of that top-level section."""
    from ruamel.yaml import YAML

    root = YAML().compose(text)
    present = {key.value: (key, value) for key, value in root.value}
    edits: list[tuple[int, int, str]] = []
    for name, entries in sections.items():
        if name in present:
            edits.append(_append(text, present[name][0], present[name][1], entries))
        else:
            tail = "" if text.endswith("\n") else "\n"
            edits.append((len(text), len(text), tail + _indented(_dump({name: entries}), 0)))
    newline = "\r\n" if "\r\n" in text else "\n"
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new.replace("\n", newline) + text[end:]
    return text


def _append(text: str, key: Any, node: Any, entries: dict[str, Any] | list[Any]) -> tuple[int, int, str]:
    """One edit (start, end, replacement) that appends `entries` to the collection `node` under `key`."""
    items = node.value if node.id in ("mapping", "sequence") else []
    if not items:  # empty or null: the value becomes a block collection
        start = key.end_mark.index
        end = node.end_mark.index if node.id != "scalar" or node.value else start
        colon = text.index(":", start) + 1
        return colon, max(end, colon), "\n" + _indented(_dump(entries), key.start_mark.column + DEFAULT_INDENT)
    if node.flow_style:
        close = text.rindex("]" if node.id == "sequence" else "}", 0, node.end_mark.index)
        inner = _dump(entries, flow=True).strip()[1:-1].strip()
        return close, close, ", " + inner
    first = items[0][0] if node.id == "mapping" else items[0]
    column = _entry_column(text, first, node.id == "sequence")
    at = _line_end(text, _last_end(node))
    lead = "" if at == 0 or text[at - 1] == "\n" else "\n"
    return at, at, lead + _indented(_dump(entries), column)


def _entry_column(text: str, first: Any, dash: bool) -> int:
    """The column entries of a block collection start at (the dash of a sequence item)."""
    column = int(first.start_mark.column)
    if not dash:
        return column
    line_start = text.rfind("\n", 0, first.start_mark.index) + 1
    before = text[line_start : first.start_mark.index].rstrip()
    return len(before) - 1 if before.endswith("-") else max(column - 2, 0)


def _last_end(node: Any) -> int:
    """Where the last value inside a node ends (block collections end where the next token starts)."""
    while node.id in ("mapping", "sequence") and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if node.id == "mapping" else last
    return int(node.end_mark.index)


def _line_end(text: str, index: int) -> int:
    """The start of the line after `index` (a block scalar's end is already a line start)."""
    if index > 0 and text[index - 1] == "\n":
        return index
    newline = text.find("\n", index)
    return len(text) if newline < 0 else newline + 1


def _indented(block: str, column: int) -> str:
    """`block` moved to start at `column` (ruamel indents a top-level sequence by its offset)."""
    pad = " " * column
    block = textwrap.dedent(block)
    return "".join(pad + line if line.strip() else line for line in block.splitlines(keepends=True))
