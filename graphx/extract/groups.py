"""Non-state armed groups and movements (groups.yaml, or a user's file of the same shape), checked with positions.

Each group has an id, a name and further names (`also`), and optionally the state it is based in, the
state it comes from, its region, and `governs` + `since`: the state whose government it has been,
de facto, since that day (the Taliban govern Afghanistan since 2021-08-15), so that afterwards its
names stand for that state; and `holds`: a state whose capital or contested territory the group holds without
being its recognised government (the Houthis hold Sanaa), so that in a document naming the group, fighting or talks
with that state are the group's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graphx.errors import InputError, Problem

GROUPS_FILE = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "groups.yaml"
LEXICON_VERSION = "1"
GROUP_ID = re.compile(r"^[A-Z0-9]+$")
FIELDS = frozenset({"name", "also", "base", "origin", "region", "governs", "since", "holds", "part_of", "dissolved"})
REGIONS = frozenset(
    [
        "africa",
        "middle-east",
        "south-asia",
        "southeast-asia",
        "east-asia",
        "central-asia",
        "europe",
        "americas",
        "global",
    ]
)


@dataclass(frozen=True)
class Group:
    """One armed group or movement."""

    id: str
    name: str
    also: tuple[str, ...] = ()
    base: str | None = None
    governs: str | None = None
    since: str | None = None
    holds: str | None = None
    origin: str | None = None


def load_groups(path: Path, states: Mapping[str, object]) -> list[Group]:
    """The groups of a groups file, every problem reported with its file:line:col."""
    from graphx.graph.yamlnodes import Document, read_text

    doc = Document(read_text(path, "groups file"), str(path))
    if not isinstance(doc.value, dict):
        raise InputError([doc.problem((), "a groups file must be a YAML mapping (graphx-lexicon: 1, groups: ...)")])
    problems: list[Problem] = []
    if str(doc.value.get("graphx-lexicon", "")).strip() != LEXICON_VERSION:
        problems.append(doc.problem((), f"not a lexicon file: missing 'graphx-lexicon: {LEXICON_VERSION}'"))
    for key in doc.value:
        if key not in ("graphx-lexicon", "groups"):
            problems.append(doc.problem((key,), f"unknown key {key!r}; a groups file holds 'groups'", at_key=True))
    entries = doc.value.get("groups") or {}
    if not isinstance(entries, dict):
        raise InputError([*problems, doc.problem(("groups",), "groups must be a mapping of ids to groups")])
    groups = []
    for group_id, entry in entries.items():
        found = _check(doc, str(group_id), entry, states)
        if isinstance(found, Group):
            groups.append(found)
        else:
            problems.extend(found)
    if problems:
        raise InputError(problems)
    return groups


def _check(doc: Any, group_id: str, entry: Any, states: Mapping[str, object]) -> Group | list[Problem]:
    at = ("groups", group_id)
    if not GROUP_ID.match(group_id):
        return [doc.problem(at, f"group id {group_id!r} must be upper-case letters and digits", at_key=True)]
    if group_id in states:
        return [doc.problem(at, f"group id {group_id} is already a state's id", at_key=True)]
    if not isinstance(entry, dict):
        return [doc.problem(at, f"group {group_id} must be a mapping, e.g. {{name: ..., also: [...]}}")]
    problems = [
        doc.problem((*at, k), f"unknown field {k!r} of group {group_id}; known: {', '.join(sorted(FIELDS))}", True)
        for k in entry
        if k not in FIELDS
    ]
    problems += _field_problems(doc, at, group_id, entry, states)
    if problems:
        return problems
    return Group(
        group_id,
        entry["name"],
        tuple(entry.get("also") or ()),
        entry.get("base"),
        entry.get("governs"),
        str(entry["since"]) if "since" in entry else None,
        entry.get("holds"),
        entry.get("origin"),
    )


def _field_problems(
    doc: Any, at: tuple[str, str], group_id: str, entry: dict[str, Any], states: Mapping[str, object]
) -> list[Problem]:
    problems = []
    if not isinstance(entry.get("name"), str) or not entry["name"].strip():
        problems.append(doc.problem(at, f"group {group_id} needs a name"))
    also = entry.get("also") or []
    if not isinstance(also, list) or not all(isinstance(a, str) and a.strip() for a in also):
        problems.append(doc.problem((*at, "also"), f"also of group {group_id} must be a list of names"))
    for key in ("base", "origin", "governs", "holds"):
        if key in entry and str(entry[key]) not in states:
            problems.append(doc.problem((*at, key), f"{key} of group {group_id}: unknown state {entry[key]!r}"))
    if "region" in entry and entry["region"] not in REGIONS:
        problems.append(doc.problem((*at, "region"), f"region must be one of {', '.join(sorted(REGIONS))}"))
    for key in ("since", "dissolved"):
        if key in entry and not _is_date(entry[key]):
            problems.append(doc.problem((*at, key), f"{key} of group {group_id} must be a date (YYYY-MM-DD)"))
    if ("governs" in entry) != ("since" in entry):
        problems.append(doc.problem(at, f"group {group_id}: governs and since go together"))
    return problems


def _is_date(value: object) -> bool:
    if isinstance(value, dt.date):
        return True
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True
