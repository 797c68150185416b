"""What changed between two graphs, or one graph at two dates: actors and relations.

Relations are matched by id (the `id` given in the file, else a hash of type, actors and
date). A removed and an added relation with the same type and actors, and no other
candidate on either side, are one relation whose date changed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, fields, replace
from typing import Any

from graphx.graph.build import select
from graphx.graph.dates import last_day
from graphx.graph.model import Actor, Graph, Relation
from graphx.query.listing import Listing
from graphx.query.listing import markdown_text as md
from graphx.query.present import relation_data
from graphx.report.briefing import count, when, who

_RELATION_FIELDS = (
    "type",
    "from_actor",
    "to_actor",
    "between",
    "date",
    "start",
    "end",
    "evidence",
    "note",
    "confidence",
    "origin",
)
_FIELD_NAMES = {"from_actor": "from", "to_actor": "to"}


@dataclass(frozen=True)
class Changed:
    """A relation (or actor) on both sides, and the fields that differ."""

    old: Any
    new: Any
    fields: tuple[str, ...]


@dataclass(frozen=True)
class GraphDiff:
    """Actors and relations added, removed and changed from `old` to `new`."""

    old: Graph
    new: Graph
    old_label: str
    new_label: str
    actors_added: tuple[Actor, ...]
    actors_removed: tuple[Actor, ...]
    actors_changed: tuple[Changed, ...]
    relations_added: tuple[Relation, ...]
    relations_removed: tuple[Relation, ...]
    relations_changed: tuple[Changed, ...]

    @property
    def empty(self) -> bool:
        """Whether nothing changed."""
        return not any(
            (
                self.actors_added,
                self.actors_removed,
                self.actors_changed,
                self.relations_added,
                self.relations_removed,
                self.relations_changed,
            )
        )

    def counts(self) -> dict[str, dict[str, int]]:
        """How many of each change."""
        return {
            "actors": {
                "added": len(self.actors_added),
                "removed": len(self.actors_removed),
                "changed": len(self.actors_changed),
            },
            "relations": {
                "added": len(self.relations_added),
                "removed": len(self.relations_removed),
                "changed": len(self.relations_changed),
            },
        }


def snapshot(graph: Graph, day: dt.date) -> Graph:
    """The graph as known on `day`: relations begun by then, an end after it not yet known.

    Its actors are those its relations name.
    """
    relations = []
    for relation in select(graph, until=day):
        if relation.end and last_day(relation.end) > day:
            relation = replace(relation, end=None)
        relations.append(relation)
    named = {a for r in relations for a in r.actors}
    return replace(graph, relations=tuple(relations), actors={a: v for a, v in graph.actors.items() if a in named})


def compare(old: Graph, new: Graph, old_label: str = "old", new_label: str = "new") -> GraphDiff:
    """The differences between two graphs."""
    actors_changed = tuple(
        Changed(old.actors[a], new.actors[a], _differing(old.actors[a], new.actors[a], ("id",)))
        for a in sorted(old.actors.keys() & new.actors.keys())
        if old.actors[a] != new.actors[a]
    )
    old_relations = {r.id: r for r in old.relations}
    new_relations = {r.id: r for r in new.relations}
    removed = [old_relations[i] for i in sorted(old_relations.keys() - new_relations.keys())]
    added = [new_relations[i] for i in sorted(new_relations.keys() - old_relations.keys())]
    changed = [
        Changed(old_relations[i], new_relations[i], _relation_fields(old_relations[i], new_relations[i]))
        for i in sorted(old_relations.keys() & new_relations.keys())
    ]
    redated = _pair_redated(removed, added)
    changed += [Changed(o, n, _relation_fields(o, n)) for o, n in redated]
    paired = {id(r) for pair in redated for r in pair}
    return GraphDiff(
        old=old,
        new=new,
        old_label=old_label,
        new_label=new_label,
        actors_added=tuple(new.actors[a] for a in sorted(new.actors.keys() - old.actors.keys())),
        actors_removed=tuple(old.actors[a] for a in sorted(old.actors.keys() - new.actors.keys())),
        actors_changed=actors_changed,
        relations_added=tuple(sorted((r for r in added if id(r) not in paired), key=_order)),
        relations_removed=tuple(sorted((r for r in removed if id(r) not in paired), key=_order)),
        relations_changed=tuple(sorted((c for c in changed if c.fields), key=lambda c: _order(c.new))),
    )


def _order(relation: Relation) -> tuple[str, bool, dt.date, str]:
    earliest = relation.earliest()
    return relation.type, earliest is None, earliest or dt.date.min, relation.key


def _ends(relation: Relation) -> tuple[str, str | None, str | None, tuple[str, ...]]:
    between = tuple(sorted(relation.between)) if relation.from_actor is None else relation.between
    return relation.type, relation.from_actor, relation.to_actor, between


def _pair_redated(removed: list[Relation], added: list[Relation]) -> list[tuple[Relation, Relation]]:
    """Removed and added relations that are the only ones of their type and actors on each side."""
    before: defaultdict[tuple[object, ...], list[Relation]] = defaultdict(list)
    after: defaultdict[tuple[object, ...], list[Relation]] = defaultdict(list)
    for relation in removed:
        before[_ends(relation)].append(relation)
    for relation in added:
        after[_ends(relation)].append(relation)
    return [
        (before[k][0], after[k][0])
        for k in sorted(before.keys() & after.keys(), key=repr)
        if len(before[k]) == 1 and len(after[k]) == 1
    ]


def _relation_fields(old: Relation, new: Relation) -> tuple[str, ...]:
    return tuple(_FIELD_NAMES.get(f, f) for f in _RELATION_FIELDS if getattr(old, f) != getattr(new, f))


def _differing(old: object, new: object, skip: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        f.name
        for f in fields(old)  # type: ignore[arg-type]
        if f.name not in skip and getattr(old, f.name) != getattr(new, f.name)
    )


# --- Output -----------------------------------------------------------------------------------


def _value(relation: Relation, field: str) -> str:
    value = getattr(relation, {v: k for k, v in _FIELD_NAMES.items()}.get(field, field))
    if field == "evidence":
        return count(len(value), "quote")
    if isinstance(value, tuple):
        return ", ".join(value)
    return "" if value is None else str(value)


def _change_text(change: Changed) -> str:
    return "; ".join(
        f"{f}: {_value(change.old, f) or '(none)'} → {_value(change.new, f) or '(none)'}" for f in change.fields
    )


def _actor_change_text(change: Changed) -> str:
    def shown(actor: Actor, name: str) -> str:
        value = getattr(actor, name)
        return (", ".join(value) if isinstance(value, tuple) else str(value or "")) or "(none)"

    return "; ".join(f"{f}: {shown(change.old, f)} → {shown(change.new, f)}" for f in change.fields)


def _evidence_change(change: Changed) -> dict[str, list[dict[str, str]]]:
    old = {(e.source, e.quote) for e in change.old.evidence}
    new = {(e.source, e.quote) for e in change.new.evidence}
    return {
        "added": [{"source": s, "quote": q} for s, q in sorted(new - old)],
        "removed": [{"source": s, "quote": q} for s, q in sorted(old - new)],
    }


def listing(diff: GraphDiff) -> Listing:
    """The diff as rows (table, csv) and as structured data (json)."""
    rows: list[tuple[object, ...]] = []
    for change, actors in (("added", diff.actors_added), ("removed", diff.actors_removed)):
        rows += [(change, "actor", a.id, a.kind, a.name, "", "") for a in actors]
    rows += [
        ("changed", "actor", c.new.id, c.new.kind, c.new.name, "", _actor_change_text(c)) for c in diff.actors_changed
    ]
    for change, graph, relations in (
        ("added", diff.new, diff.relations_added),
        ("removed", diff.old, diff.relations_removed),
    ):
        rows += [(change, "relation", r.id, r.type, who(graph, r), when(r), _quote(r)) for r in relations]
    rows += [
        ("changed", "relation", c.new.id, c.new.type, who(diff.new, c.new), when(c.new), _change_text(c))
        for c in diff.relations_changed
    ]
    data = {
        "old": diff.old_label,
        "new": diff.new_label,
        "counts": diff.counts(),
        "actors": {
            "added": [_actor_data(a) for a in diff.actors_added],
            "removed": [_actor_data(a) for a in diff.actors_removed],
            "changed": [
                {"id": c.new.id, "fields": list(c.fields), "old": _actor_data(c.old), "new": _actor_data(c.new)}
                for c in diff.actors_changed
            ],
        },
        "relations": {
            "added": [relation_data(r) for r in diff.relations_added],
            "removed": [relation_data(r) for r in diff.relations_removed],
            "changed": [
                {
                    "id": c.new.id,
                    "old_id": c.old.id,
                    "fields": list(c.fields),
                    "old": relation_data(c.old),
                    "new": relation_data(c.new),
                    "evidence": _evidence_change(c),
                }
                for c in diff.relations_changed
            ],
        },
    }
    return Listing(("change", "what", "id", "type", "actors", "date", "detail"), rows, data)


def _actor_data(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "aliases": list(actor.aliases),
        "part_of": actor.part_of,
    }


def _quote(relation: Relation) -> str:
    return relation.evidence[0].quote if relation.evidence else ""


def markdown(diff: GraphDiff) -> str:
    """The diff in the briefing's Markdown style."""
    counts = diff.counts()
    out = [f"# Changes: {md(diff.old_label)} → {md(diff.new_label)}", ""]
    if diff.empty:
        return "\n".join([*out, "No changes.", ""])
    summary = [
        f"{count(n, what.removesuffix('s'))} {change}"
        for what in ("actors", "relations")
        for change, n in counts[what].items()
        if n
    ]
    out += [f"**{md(', '.join(summary))}**", ""]
    for title, actors in (("Actors added", diff.actors_added), ("Actors removed", diff.actors_removed)):
        if actors:
            out += [f"## {title} ({len(actors)})", ""]
            out += [f"- **{md(a.name)}** ({md(a.id)}, {md(a.kind)})" for a in actors]
            out.append("")
    if diff.actors_changed:
        out += [f"## Actors changed ({len(diff.actors_changed)})", ""]
        out += [f"- **{md(c.new.name)}** ({md(c.new.id)}): {md(_actor_change_text(c))}" for c in diff.actors_changed]
        out.append("")
    for title, graph, relations in (
        ("Relations added", diff.new, diff.relations_added),
        ("Relations removed", diff.old, diff.relations_removed),
    ):
        if relations:
            out += [f"## {title} ({len(relations)})", ""]
            for relation in relations:
                out.append(
                    f"- {md(graph.types[relation.type].label)}: **{md(who(graph, relation))}** · {md(when(relation))}"
                )
                out += [f"  - “{md(e.quote)}” ({md(e.source)})" for e in relation.evidence]
            out.append("")
    if diff.relations_changed:
        out += [f"## Relations changed ({len(diff.relations_changed)})", ""]
        for change in diff.relations_changed:
            out.append(
                f"- {md(diff.new.types[change.new.type].label)}: **{md(who(diff.new, change.new))}** · "
                f"{md(when(change.new))}"
            )
            out.append(f"  - {md(_change_text(change))}")
            evidence = _evidence_change(change)
            out += [f"  - added: “{md(e['quote'])}” ({md(e['source'])})" for e in evidence["added"]]
            out += [f"  - removed: “{md(e['quote'])}” ({md(e['source'])})" for e in evidence["removed"]]
        out.append("")
    return "\n".join(out)
