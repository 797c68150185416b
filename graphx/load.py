"""Load a graph file into the model in two passes: shape, then references.

Every problem found is collected and reported at once, each with file:line:column.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from graphx.dates import parse_partial_date
from graphx.errors import InputError, Problem
from graphx.model import (
    BUILTIN_TYPES,
    FORMS,
    KINDS,
    STYLES,
    Actor,
    Evidence,
    Graph,
    Relation,
    RelationType,
    Source,
)
from graphx.yamlnodes import MappingNode, Node, ScalarNode, SequenceNode, compose, read_text, where

FORMAT_VERSION = 1
ACTOR_ID = re.compile(r"^[A-Z][A-Z0-9_-]{0,31}$")
TYPE_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
SOURCE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$")
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_NULL = "tag:yaml.org,2002:null"
_TEXTUAL = frozenset(
    "tag:yaml.org,2002:" + t for t in ("str", "int", "float", "timestamp", "bool")
)

TOP_KEYS = ("graphx", "title", "description", "sources", "actors", "types", "relations")
SOURCE_KEYS = ("title", "publisher", "date", "file", "url")
ACTOR_KEYS = ("name", "kind", "aliases", "part_of", "note")
TYPE_KEYS = ("label", "form", "color", "style", "description")
RELATION_KEYS = (
    "id", "type", "from", "to", "between", "date", "start", "end", "evidence", "note", "confidence",
)
EVIDENCE_KEYS = ("source", "quote")


_Located = tuple[Relation, dict[str, tuple[Node, Node]], Node]  # a relation, its fields' nodes, its node


@dataclass
class _Shape:
    """The first pass: reads nodes into model values, collecting problems."""

    file: str
    problems: list[Problem] = field(default_factory=list)
    relation_nodes: list[MappingNode] = field(default_factory=list)

    def problem(self, node: Node, message: str) -> None:
        self.problems.append(where(self.file, node, message))

    def mapping(self, node: Node, what: str, allowed: tuple[str, ...]) -> dict[str, tuple[Node, Node]]:
        """Entries of a mapping node by key: unknown and duplicate keys are problems."""
        if not isinstance(node, MappingNode):
            self.problem(node, f"{what} must be a mapping")
            return {}
        entries: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node, f"{what}: keys must be plain text")
                continue
            key = key_node.value
            if key in entries:
                first = entries[key][0].start_mark.line + 1
                self.problem(key_node, f"duplicate key {key!r} in {what} (first on line {first})")
                continue
            if allowed and key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else f"; expected one of {', '.join(allowed)}"
                self.problem(key_node, f"unknown key {key!r} in {what}{hint}")
                continue
            entries[key] = (key_node, value_node)
        return entries

    def text(self, node: Node, what: str, required: bool = True) -> str | None:
        """A non-empty scalar as text."""
        if isinstance(node, ScalarNode) and node.tag == _NULL:
            if required:
                self.problem(node, f"{what} is empty")
            return None
        if not isinstance(node, ScalarNode) or node.tag not in _TEXTUAL:
            self.problem(node, f"{what} must be text")
            return None
        value: str = node.value.strip()
        if not value and required:
            self.problem(node, f"{what} is empty")
            return None
        return value or None

    def date(self, node: Node, what: str) -> str | None:
        value = self.text(node, what)
        if value is None:
            return None
        try:
            return parse_partial_date(value)
        except ValueError as exc:
            self.problem(node, f"{what}: {exc}")
            return None

    def text_list(self, node: Node, what: str) -> tuple[str, ...]:
        if not isinstance(node, SequenceNode):
            self.problem(node, f"{what} must be a list")
            return ()
        items = (self.text(item, f"{what} item") for item in node.value)
        return tuple(item for item in items if item is not None)

    def identifier(self, node: Node, what: str, pattern: re.Pattern[str], rule: str) -> str | None:
        value = self.text(node, what)
        if value is not None and not pattern.match(value):
            self.problem(node, f"bad {what} {value!r}: {rule}")
            return None
        return value

    # --- sections -------------------------------------------------------------

    def sections(self, root: Node) -> dict[str, tuple[Node, Node]]:
        entries = self.mapping(root, "the graph file", TOP_KEYS)
        if not entries and not isinstance(root, MappingNode):
            return {}
        version = entries.get("graphx")
        if version is None:
            self.problem(root, f"missing 'graphx: {FORMAT_VERSION}' (the format version)")
        elif not (isinstance(version[1], ScalarNode) and version[1].value == str(FORMAT_VERSION)):
            self.problem(version[1], f"unsupported format version; this graphx reads 'graphx: {FORMAT_VERSION}'")
        return entries

    def sources(self, node: Node) -> dict[str, Source]:
        result: dict[str, Source] = {}
        for key, (key_node, value_node) in self.mapping(node, "sources", ()).items():
            if not SOURCE_ID.match(key):
                self.problem(key_node, f"bad source id {key!r}: use letters, digits, '-', '_', '.', ':'")
                continue
            fields = self.mapping(value_node, f"source {key}", SOURCE_KEYS)
            if not isinstance(value_node, MappingNode):
                continue
            title = self.text(fields["title"][1], "title") if "title" in fields else None
            if "title" not in fields:
                self.problem(value_node, f"source {key} has no title")
            if "file" not in fields and "url" not in fields:
                self.problem(value_node, f"source {key} needs a file or a url")
            result[key] = Source(
                id=key,
                title=title or key,
                publisher=self._optional(fields, "publisher", self.text),
                date=self._optional(fields, "date", self.date),
                file=self._optional(fields, "file", self.text),
                url=self._optional(fields, "url", self.text),
            )
        return result

    def actors(self, node: Node) -> tuple[dict[str, Actor], dict[str, Node]]:
        result: dict[str, Actor] = {}
        nodes: dict[str, Node] = {}
        for key, (key_node, value_node) in self.mapping(node, "actors", ()).items():
            if not ACTOR_ID.match(key):
                self.problem(key_node, f"bad actor id {key!r}: use upper-case letters, digits, '-' or '_' (RUS, EU)")
                continue
            fields = self.mapping(value_node, f"actor {key}", ACTOR_KEYS)
            kind = self._optional(fields, "kind", self.text) or "state"
            if kind not in KINDS:
                self.problem(fields["kind"][1], f"unknown actor kind {kind!r}; expected one of {', '.join(KINDS)}")
            aliases = self.text_list(fields["aliases"][1], "aliases") if "aliases" in fields else ()
            result[key] = Actor(
                id=key,
                name=self._optional(fields, "name", self.text) or key,
                kind=kind,
                aliases=aliases,
                part_of=self._optional(fields, "part_of", self.text),
                note=self._optional(fields, "note", self.text),
            )
            nodes[key] = value_node
        return result, nodes

    def types(self, node: Node) -> dict[str, RelationType]:
        result = dict(BUILTIN_TYPES)
        for key, (key_node, value_node) in self.mapping(node, "types", ()).items():
            if not TYPE_NAME.match(key):
                self.problem(key_node, f"bad type name {key!r}: use lower-case letters, digits, '-' or '_'")
                continue
            fields = self.mapping(value_node, f"type {key}", TYPE_KEYS)
            base = BUILTIN_TYPES.get(key)
            form = self._optional(fields, "form", self.text)
            if form is None and base is None:
                self.problem(value_node, f"type {key} needs a form: {', '.join(FORMS)}")
                form = "directed"
            elif form is not None and form not in FORMS:
                self.problem(fields["form"][1], f"unknown form {form!r}; expected one of {', '.join(FORMS)}")
                form = "directed"
            elif form is not None and base is not None and form != base.form:
                self.problem(fields["form"][1], f"built-in type {key} has form {base.form}; it cannot change")
            color = self._optional(fields, "color", self.text)
            if color is not None and not COLOR.match(color):
                self.problem(fields["color"][1], f"bad colour {color!r}: expected #rrggbb")
                color = None
            style = self._optional(fields, "style", self.text)
            if style is not None and style not in STYLES:
                self.problem(fields["style"][1], f"unknown style {style!r}; expected one of {', '.join(STYLES)}")
                style = None
            result[key] = RelationType(
                name=key,
                label=self._optional(fields, "label", self.text) or (base.label if base else key.capitalize()),
                form=base.form if base else form,  # type: ignore[arg-type]
                color=color or (base.color if base else "#555555"),
                style=style or (base.style if base else "solid"),
                description=self._optional(fields, "description", self.text) or (base.description if base else ""),
            )
        return result

    def relations(self, node: Node) -> list[_Located]:
        result: list[_Located] = []
        if not isinstance(node, SequenceNode):
            self.problem(node, "relations must be a list")
            return []
        for item in node.value:
            fields = self.mapping(item, "relation", RELATION_KEYS)
            if not isinstance(item, MappingNode):
                continue
            relation = self._relation(item, fields)
            if relation is not None:
                result.append((relation, fields, item))
        return result

    def _relation(self, item: Node, fields: dict[str, tuple[Node, Node]]) -> Relation | None:
        if "type" not in fields:
            self.problem(item, "relation has no type")
        if "evidence" not in fields:
            self.problem(item, "relation has no evidence: cite a source and quote it")
        between: tuple[str, ...] = ()
        if "between" in fields:
            between = self.text_list(fields["between"][1], "between")
        confidence = None
        if "confidence" in fields:
            confidence = self._confidence(fields["confidence"][1])
        if "date" in fields and ("start" in fields or "end" in fields):
            self.problem(fields["date"][0], "give either date or start/end, not both")
        start = self._optional(fields, "start", self.date)
        end = self._optional(fields, "end", self.date)
        if start and end and start > end:
            self.problem(fields["end"][1], f"end {end} is before start {start}")
        evidence = self._evidence(fields["evidence"][1]) if "evidence" in fields else ()
        return Relation(
            type=self._optional(fields, "type", self.text) or "",
            from_actor=self._optional(fields, "from", self.text),
            to_actor=self._optional(fields, "to", self.text),
            between=between,
            date=self._optional(fields, "date", self.date),
            start=start,
            end=end,
            evidence=evidence,
            note=self._optional(fields, "note", self.text),
            confidence=confidence,
            given_id=self._optional(fields, "id", self.text),
            line=item.start_mark.line + 1,
        )

    def _confidence(self, node: Node) -> float | None:
        try:
            value = float(node.value) if isinstance(node, ScalarNode) and node.tag != _NULL else None
        except ValueError:
            value = None
        if value is None or not 0.0 <= value <= 1.0:
            self.problem(node, "confidence must be a number from 0 to 1")
            return None
        return value

    def _evidence(self, node: Node) -> tuple[Evidence, ...]:
        if not isinstance(node, SequenceNode) or not node.value:
            self.problem(node, "evidence must be a non-empty list of {source, quote}")
            return ()
        items = []
        for entry in node.value:
            fields = self.mapping(entry, "evidence", EVIDENCE_KEYS)
            if not isinstance(entry, MappingNode):
                continue
            for key in EVIDENCE_KEYS:
                if key not in fields:
                    self.problem(entry, f"evidence has no {key}")
            source = self._optional(fields, "source", self.text)
            quote = self._optional(fields, "quote", self.text)
            if source and quote:
                items.append(Evidence(source, quote))
        return tuple(items)

    @staticmethod
    def _optional(
        fields: dict[str, tuple[Node, Node]], key: str, read: Callable[[Node, str], str | None]
    ) -> str | None:
        return read(fields[key][1], key) if key in fields else None


def _check_references(
    shape: _Shape,
    actors: dict[str, Actor],
    actor_nodes: dict[str, Node],
    sources: dict[str, Source],
    types: dict[str, RelationType],
    relations: list[_Located],
) -> None:
    """The second pass: every name a graph uses must be declared, and unambiguous."""
    for actor in actors.values():
        if actor.part_of is not None and actor.part_of not in actors:
            shape.problem(actor_nodes[actor.id], _unknown("actor", actor.part_of, actors))
    _check_part_of_cycles(shape, actors, actor_nodes)
    _check_names(shape, actors, actor_nodes)
    seen_ids: dict[str, int] = {}
    for relation, fields, item in relations:
        _check_relation(shape, relation, fields, item, actors, sources, types)
        if relation.id in seen_ids:
            shape.problem(item, f"duplicate relation (same type, actors and date as line {seen_ids[relation.id]});"
                                " merge their evidence or give each an id")
        else:
            seen_ids[relation.id] = relation.line


def _check_relation(
    shape: _Shape,
    relation: Relation,
    fields: dict[str, tuple[Node, Node]],
    item: Node,
    actors: dict[str, Actor],
    sources: dict[str, Source],
    types: dict[str, RelationType],
) -> None:
    for key in ("from", "to"):
        if key in fields:
            name = fields[key][1].value
            if isinstance(name, str) and name and name not in actors:
                shape.problem(fields[key][1], _unknown("actor", name, actors))
    if "between" in fields and isinstance(fields["between"][1], SequenceNode):
        for member in fields["between"][1].value:
            if isinstance(member.value, str) and member.value and member.value not in actors:
                shape.problem(member, _unknown("actor", member.value, actors))
    if "evidence" in fields and isinstance(fields["evidence"][1], SequenceNode):
        for entry in fields["evidence"][1].value:
            for key_node, value_node in entry.value if isinstance(entry, MappingNode) else ():
                value = value_node.value
                if key_node.value == "source" and isinstance(value, str) and value and value not in sources:
                    shape.problem(value_node, _unknown("source", value, sources))
    if not relation.type:
        return
    kind = types.get(relation.type)
    if kind is None:
        shape.problem(fields["type"][1], _unknown("relation type", relation.type, types))
        return
    message = _form_problem(relation, kind.form)
    if message:
        shape.problem(item, f"{relation.type}: {message}")


def _form_problem(relation: Relation, form: str) -> str | None:
    """Whether the endpoints fit the type's form."""
    if form == "directed":
        if relation.between or not (relation.from_actor and relation.to_actor):
            return "give from and to (not between)"
        if relation.from_actor == relation.to_actor:
            return "from and to are the same actor"
    elif form == "mediated":
        if relation.to_actor or not relation.from_actor or len(relation.between) < 2:
            return "give from (the mediator) and between (two or more parties)"
        if relation.from_actor in relation.between:
            return "the mediator is also one of the parties"
        if len(set(relation.between)) != len(relation.between):
            return "a party is named twice in between"
    else:
        if relation.from_actor or relation.to_actor or len(relation.between) != 2:
            return "give between with exactly two actors (not from/to)"
        if relation.between[0] == relation.between[1]:
            return "between names the same actor twice"
    return None


def _check_part_of_cycles(shape: _Shape, actors: dict[str, Actor], nodes: dict[str, Node]) -> None:
    for actor in actors.values():
        seen = {actor.id}
        parent = actor.part_of
        while parent in actors:
            if parent in seen:
                shape.problem(nodes[actor.id], f"part_of of {actor.id} loops back to itself")
                break
            seen.add(parent)
            parent = actors[parent].part_of


def _check_names(shape: _Shape, actors: dict[str, Actor], nodes: dict[str, Node]) -> None:
    """An id, name or alias must lead to one actor only, ignoring case."""
    owner: dict[str, str] = {}
    for actor in actors.values():
        for label in dict.fromkeys((actor.id, actor.name, *actor.aliases)):
            folded = label.casefold()
            other = owner.setdefault(folded, actor.id)
            if other != actor.id:
                shape.problem(nodes[actor.id], f"name {label!r} of {actor.id} is also a name of {other}")


def _unknown(what: str, name: str, known: Mapping[str, object]) -> str:
    close = difflib.get_close_matches(name, list(known), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    return f"unknown {what} {name!r}{hint}"


def parse_graph(text: str, file: str) -> Graph:
    """Parse graph YAML text; raise InputError listing every problem."""
    root = compose(text, file)
    shape = _Shape(file)
    sections = shape.sections(root)
    empty = ScalarNode(_NULL, "", root.start_mark, root.end_mark)

    def section(name: str) -> Node | None:
        entry = sections.get(name)
        return entry[1] if entry else None

    title_node = section("title")
    title = shape.text(title_node, "title") if title_node is not None else None
    description_node = section("description")
    description = shape.text(description_node, "description", False) if description_node is not None else None
    sources = shape.sources(section("sources") or empty) if section("sources") is not None else {}
    actor_node = section("actors")
    if actor_node is None and isinstance(root, MappingNode):
        shape.problem(root, "the graph declares no actors")
    actors, actor_nodes = shape.actors(actor_node) if actor_node is not None else ({}, {})
    type_node = section("types")
    types = shape.types(type_node) if type_node is not None else dict(BUILTIN_TYPES)
    relation_node = section("relations")
    relations = shape.relations(relation_node) if relation_node is not None else []
    _check_references(shape, actors, actor_nodes, sources, types, relations)
    if shape.problems:
        raise InputError(shape.problems)
    return Graph(
        title=title or Path(file).stem,
        sources=sources,
        actors=actors,
        types=types,
        relations=tuple(r for r, _, _ in relations),
        path=file,
        description=description,
    )


def load_graph(path: Path | str) -> Graph:
    """Read and check a graph file."""
    path = Path(path)
    return parse_graph(read_text(path, "graph file"), str(path))


def iter_problems(path: Path | str) -> Iterator[Problem]:
    """Every problem in a graph file (none if it is valid)."""
    try:
        load_graph(path)
    except InputError as exc:
        yield from exc.problems
