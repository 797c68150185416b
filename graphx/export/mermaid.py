"""Mermaid flowcharts of a graph, kept within Mermaid's limits: the `mermaid` export format, and the
diagram in a briefing.

Mermaid refuses diagrams over 500 edges or 50,000 characters by default. Above either, the
diagram keeps the most connected actors (by number of relations) and the edges among them,
and says so in a `%%` comment and in `Diagram.note`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass

from graphx.export.base import SingleFile
from graphx.graph.model import Graph, Relation, RelationType

MAX_EDGES = 500
MAX_TEXT = 50_000
QUOTE_CHARS = 200
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_]")
_DOUBLE_PERCENT = re.compile(r"%(?=%)")
_ENTITIES = {
    "#": "#35;",
    '"': "#quot;",
    "<": "#lt;",
    ">": "#gt;",
    "&": "#amp;",
    "`": "#96;",
    "|": "#124;",
    "%": "#37;",
    "$": "#36;",
}
_KIND_STYLES = {
    "organisation": "fill:#fdf2e9,stroke:#ca6f1e",
    "person": "fill:#eafaf1,stroke:#1e8449",
    "body": "fill:#f4ecf7,stroke:#7d3c98",
    "group": "fill:#fef9e7,stroke:#b7950b",
}


@dataclass(frozen=True)
class Diagram:
    """A Mermaid flowchart, and how much of the graph it shows."""

    text: str
    actors_shown: int
    actors_total: int
    edges_shown: int
    edges_total: int

    @property
    def note(self) -> str | None:
        """What was left out to stay within Mermaid's limits, if anything."""
        if self.actors_shown == self.actors_total and self.edges_shown == self.edges_total:
            return None
        return (
            f"Mermaid draws at most {MAX_EDGES} edges and {MAX_TEXT:,} characters: this diagram shows the "
            f"{self.actors_shown} most connected of {self.actors_total} actors and the {self.edges_shown} "
            f"of {self.edges_total} edges among them."
        )


@dataclass(frozen=True)
class _Link:
    source: str
    target: str
    type: RelationType
    mutual: bool
    relations: tuple[Relation, ...]


def label(text: str) -> str:
    """`text` for inside a quoted Mermaid label: entity codes for the characters Mermaid reads."""
    text = " ".join(text.split())
    return "".join(_ENTITIES.get(char, char) for char in text)


def _no_directive(text: str) -> str:
    """`text` with every `%%` broken up: Mermaid looks for `%%{...}%%` directives anywhere."""
    return _DOUBLE_PERCENT.sub("% ", text)


def _comment(text: str) -> str:
    """Text on one `%%` comment line that cannot hold a directive."""
    return _no_directive(" ".join(text.split()))


def node_ids(graph: Graph) -> dict[str, str]:
    """Mermaid-safe node ids: the actor id where it is safe, else a cleaned unique one."""
    result: dict[str, str] = {}
    taken = {a for a in graph.actors if not _UNSAFE_ID.search(a)}
    for number, actor in enumerate(sorted(graph.actors)):
        if not _UNSAFE_ID.search(actor):
            result[actor] = actor
            continue
        candidate = _UNSAFE_ID.sub("_", actor)
        while candidate in taken:
            candidate = f"{_UNSAFE_ID.sub('_', actor)}_{number}"
            number += 1
        taken.add(candidate)
        result[actor] = candidate
    return result


def _links(graph: Graph) -> list[_Link]:
    grouped: dict[tuple[str, str, str], list[Relation]] = {}
    for relation in sorted(graph.relations, key=lambda r: (r.earliest() is None, r.earliest(), r.key)):
        kind = graph.types[relation.type]
        pairs = list(relation.edges(kind.form))
        if kind.form == "mutual":
            pairs = [tuple(sorted(pairs[0]))]  # type: ignore[list-item]
        for u, v in pairs:
            grouped.setdefault((u, v, relation.type), []).append(relation)
    return [
        _Link(u, v, graph.types[t], graph.types[t].form == "mutual", tuple(rs))
        for (u, v, t), rs in sorted(grouped.items())
    ]


def ranking(graph: Graph) -> list[str]:
    """Actor ids, the most connected first (by number of relations), then by id."""
    counts: Counter[str] = Counter()
    for relation in graph.relations:
        counts.update(set(relation.actors))
    return sorted(graph.actors, key=lambda a: (-counts[a], a))


def diagram(graph: Graph, *, evidence: bool = True, max_edges: int = MAX_EDGES, max_text: int = MAX_TEXT) -> Diagram:
    """The graph as a Mermaid flowchart; `evidence` adds each relation's quotes as comments."""
    links = _links(graph)
    order = ranking(graph)
    ids = node_ids(graph)

    def draw(count: int) -> tuple[str, int]:
        shown = set(order[:count])
        chosen = [k for k in links if k.source in shown and k.target in shown]
        note = None
        if count < len(order):
            note = Diagram("", count, len(order), len(chosen), len(links)).note
        return _render(graph, [a for a in sorted(shown)], chosen, ids, evidence, note), len(chosen)

    text, edges = draw(len(order))
    count = len(order)
    if edges > max_edges or len(text) > max_text:
        low, high = 0, len(order)  # the largest count that fits lies in [low, high)
        while high - low > 1:
            middle = (low + high) // 2
            text, edges = draw(middle)
            if edges <= max_edges and len(text) <= max_text:
                low = middle
            else:
                high = middle
        count = low
        text, edges = draw(count)
    return Diagram(text, count, len(order), edges, len(links))


def _render(
    graph: Graph,
    actors: list[str],
    links: list[_Link],
    ids: dict[str, str],
    evidence: bool,
    note: str | None,
) -> str:
    lines = [
        "---",
        f"title: {json.dumps(_no_directive(' '.join(graph.title.split())), ensure_ascii=False)}",
        "---",
        "flowchart LR",
    ]
    if note:
        lines.append(f"  %% {_comment(note)}")
    kinds: dict[str, list[str]] = {}
    for actor_id in actors:
        actor = graph.actors[actor_id]
        lines.append(f'  {ids[actor_id]}["{label(actor.name)}"]')
        kinds.setdefault(actor.kind, []).append(ids[actor_id])
    styles: dict[str, list[int]] = {}
    for index, link in enumerate(links):
        text = link.type.label + (f" ×{len(link.relations)}" if len(link.relations) > 1 else "")
        lines.append(f'  {ids[link.source]} {_arrow(link)}|"{label(text)}"| {ids[link.target]}')
        styles.setdefault(link.type.name, []).append(index)
        if evidence:
            lines += [f"  %% {_comment(_evidence(r, e.quote, e.source))}" for r in link.relations for e in r.evidence]
    for name, indexes in sorted(styles.items()):
        kind = graph.types[name]
        dash = {"dashed": ",stroke-dasharray:6 4", "dotted": ",stroke-dasharray:2 3"}.get(kind.style, "")
        lines.append(f"  linkStyle {','.join(map(str, indexes))} stroke:{kind.color},stroke-width:2px{dash}")
    for kind_name, members in sorted(kinds.items()):
        if kind_name in _KIND_STYLES:
            lines.append(f"  classDef {kind_name} {_KIND_STYLES[kind_name]}")
            lines.append(f"  class {','.join(members)} {kind_name}")
    return "\n".join(lines) + "\n"


def _arrow(link: _Link) -> str:
    if link.type.style == "solid":
        return "<-->" if link.mutual else "-->"
    return "<-.->" if link.mutual else "-.->"


def _evidence(relation: Relation, quote: str, source: str) -> str:
    if len(quote) > QUOTE_CHARS:
        quote = quote[: QUOTE_CHARS - 1].rstrip() + "…"
    return f"{relation.id} {relation.when or 'undated'}: “{quote}” [{source}]"


class MermaidExporter(SingleFile):
    """A Mermaid flowchart, each relation's evidence as `%%` comments; above Mermaid's limits, the most
    connected actors with a note."""

    name = "mermaid"
    suffix = ".mmd"
    summary = "Mermaid flowchart (<= 500 edges: the top actors above that, with a note); evidence as comments"

    def text(self, graph: Graph) -> str:
        return diagram(graph).text

    def files_and_note(self, graph: Graph) -> tuple[dict[str, str], str | None]:
        drawn = diagram(graph)
        return {"graph" + self.suffix: drawn.text}, drawn.note
