"""Load a graph file into the model in two passes: shape, then references.

Every problem found is collected and reported at once, each with file:line:column.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from graphx.errors import InputError, Problem
from graphx.graph.dates import first_day, last_day, parse_partial_date
from graphx.graph.model import (
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
from graphx.graph.names import (
    as_name,
    check_derived_ids,
    check_names,
    check_part_of_cycles,
    close_matches,
    form_problem,
    invisible,
    unknown,
    unknown_actor,
)
from graphx.graph.yamlnodes import Document, Path_, read_text, retypes_numbers
from graphx.storage.files import protect_graph

FORMAT_VERSION = 1
# \Z, not $: `$` also matches before a trailing newline, so "ARM\n" would pass as an id.
ACTOR_ID = re.compile(r"\A[A-Z][A-Z0-9_-]{0,31}\Z")
TYPE_NAME = re.compile(r"\A[a-z][a-z0-9_-]{0,31}\Z")
SOURCE_ID = re.compile(r"\A[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}\Z")
COLOR = re.compile(r"\A#[0-9a-fA-F]{6}\Z")

TOP_KEYS = ("graphx", "title", "description", "sources", "actors", "types", "relations")
SOURCE_KEYS = ("title", "publisher", "date", "file", "url")
ACTOR_KEYS = ("name", "kind", "aliases", "part_of", "note")
TYPE_KEYS = ("label", "form", "color", "style", "description")
RELATION_KEYS = ("id", "type", "from", "to", "between", "date", "start", "end", "evidence", "note", "confidence")
EVIDENCE_KEYS = ("source", "quote")
_MISSING = object()
_Found = tuple[Path_, str, bool, Path_ | None]  # path, message, at the key?, a related path
_ALLOWED: dict[tuple[str, ...], frozenset[str]] = {
    keys: frozenset(keys) for keys in (TOP_KEYS, SOURCE_KEYS, ACTOR_KEYS, TYPE_KEYS, RELATION_KEYS, EVIDENCE_KEYS)
}


class _ExactTextNeeded(Exception):
    """The fast reader typed a scalar whose original text matters: read the file exactly."""


class _Checker:
    """Reads plain YAML values into the model, collecting (path, message) problems."""

    def __init__(self, exact: bool, text: str = "") -> None:
        self.exact = exact
        self.source_text = text
        self._retyped: bool | None = None
        self.problems: list[_Found] = []
        self.broken: set[int] = set()  # relations with a shape problem: no duplicate check on them

    def as_written(self, number: int) -> str:
        """An integer the fast reader made, as text: only if no number in the file can have changed its text."""
        if not self.exact:
            if self._retyped is None:
                self._retyped = retypes_numbers(self.source_text)  # scanned only once a number stands for text
            if self._retyped:
                raise _ExactTextNeeded
        return str(number)

    def problem(self, path: Path_, message: str, at_key: bool = False, first: Path_ | None = None) -> None:
        """Record a problem at `path`; `{first}` in the message becomes the line of `first`."""
        self.problems.append((tuple(path), message, at_key, tuple(first) if first is not None else None))

    def mapping(self, value: Any, path: Path_, what: str, allowed: tuple[str, ...] = ()) -> dict[str, Any]:
        """A mapping with text keys; keys outside `allowed` (when given) are problems."""
        if not isinstance(value, dict):
            self.problem(path, f"{what} must be a mapping")
            return {}
        if allowed and _ALLOWED[allowed].issuperset(value):
            return value  # the common case: every key known, so every key is text
        result = {}
        for key, item in value.items():
            if not self.exact and (key is None or not isinstance(key, str | int) or isinstance(key, bool)):
                raise _ExactTextNeeded  # the exact reader keeps the key's node, to point at it
            if not isinstance(key, str | int):
                self.problem((*path, key), f"{what}: keys must be plain text, not a list or mapping", at_key=True)
                continue
            key = self.as_written(key) if isinstance(key, int) else key
            if allowed and key not in allowed:
                close = close_matches(key, allowed, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else f"; expected one of {', '.join(allowed)}"
                self.problem((*path, key), f"unknown key {key!r} in {what}{hint}", at_key=True)
                continue
            result[key] = item
        return result

    def text(self, value: Any, path: Path_, what: str) -> str | None:
        """A non-empty scalar as text."""
        if isinstance(value, str):
            stripped = value.strip()
            if stripped:
                return stripped
            self.problem(path, f"{what} is empty")
            return None
        if value is None:
            self.problem(path, f"{what} is empty")
            return None
        if isinstance(value, bool | float):
            raise _ExactTextNeeded
        if isinstance(value, int):
            return self.as_written(value)
        self.problem(path, f"{what} must be text")
        return None

    def optional(self, fields: dict[str, Any], key: str, path: Path_) -> str | None:
        value = fields.get(key, _MISSING)
        return None if value is _MISSING else self.text(value, (*path, key), key)

    def date(self, fields: dict[str, Any], key: str, path: Path_) -> str | None:
        value = self.optional(fields, key, path)
        if value is None:
            return None
        try:
            return parse_partial_date(value)
        except ValueError as exc:
            self.problem((*path, key), f"{key}: {exc}")
            return None

    def text_list(self, value: Any, path: Path_, what: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            self.problem(path, f"{what} must be a list")
            return ()
        if all(type(item) is str and item.strip() == item and item for item in value):
            return tuple(value)
        items = (self.text(item, (*path, i), f"{what} item") for i, item in enumerate(value))
        return tuple(item for item in items if item is not None)

    # --- sections -------------------------------------------------------------

    def sources(self, value: Any) -> dict[str, Source]:
        result: dict[str, Source] = {}
        for key, entry in self.mapping(value, ("sources",), "sources").items():
            path = ("sources", key)
            if not SOURCE_ID.match(key):
                self.problem(path, f"bad source id {key!r}: use letters, digits, '-', '_', '.', ':'", at_key=True)
                continue
            fields = self.mapping(entry, path, f"source {key}", SOURCE_KEYS)
            if not isinstance(entry, dict):
                continue
            if "title" not in fields:
                self.problem(path, f"source {key} has no title")
            if "file" not in fields and "url" not in fields:
                self.problem(path, f"source {key} needs a file or a url")
            result[key] = Source(
                id=key,
                title=self.optional(fields, "title", path) or key,
                publisher=self.optional(fields, "publisher", path),
                date=self.date(fields, "date", path),
                file=self.optional(fields, "file", path),
                url=self.optional(fields, "url", path),
            )
        return result

    def actors(self, value: Any) -> dict[str, Actor]:
        result: dict[str, Actor] = {}
        for key, entry in self.mapping(value, ("actors",), "actors").items():
            path = ("actors", key)
            if not ACTOR_ID.match(key):
                self.problem(
                    path, f"bad actor id {key!r}: use upper-case letters, digits, '-' or '_' (RUS, EU)", at_key=True
                )
                continue
            fields = self.mapping(entry, path, f"actor {key}", ACTOR_KEYS)
            kind = self.optional(fields, "kind", path) or "state"
            if kind not in KINDS:
                self.problem((*path, "kind"), f"unknown actor kind {kind!r}; expected one of {', '.join(KINDS)}")
            aliases = self.text_list(fields["aliases"], (*path, "aliases"), "aliases") if "aliases" in fields else ()
            result[key] = Actor(
                id=key,
                name=self.optional(fields, "name", path) or key,
                kind=kind,
                aliases=aliases,
                part_of=self.optional(fields, "part_of", path),
                note=self.optional(fields, "note", path),
            )
        return result

    def types(self, value: Any) -> dict[str, RelationType]:
        result = dict(BUILTIN_TYPES)
        for key, entry in self.mapping(value, ("types",), "types").items():
            path = ("types", key)
            if not TYPE_NAME.match(key):
                self.problem(path, f"bad type name {key!r}: use lower-case letters, digits, '-' or '_'", at_key=True)
                continue
            fields = self.mapping(entry, path, f"type {key}", TYPE_KEYS)
            base = BUILTIN_TYPES.get(key)
            form = self.optional(fields, "form", path)
            if form is None and base is None:
                self.problem(path, f"type {key} needs a form: {', '.join(FORMS)}")
            elif form is not None and form not in FORMS:
                self.problem((*path, "form"), f"unknown form {form!r}; expected one of {', '.join(FORMS)}")
            elif form is not None and base is not None and form != base.form:
                self.problem((*path, "form"), f"built-in type {key} has form {base.form}; it cannot change")
            color = self.optional(fields, "color", path)
            if color is not None and not COLOR.match(color):
                self.problem((*path, "color"), f"bad colour {color!r}: expected #rrggbb")
            style = self.optional(fields, "style", path)
            if style is not None and style not in STYLES:
                self.problem((*path, "style"), f"unknown style {style!r}; expected one of {', '.join(STYLES)}")
            result[key] = RelationType(
                name=key,
                label=self.optional(fields, "label", path) or (base.label if base else key.capitalize()),
                form=base.form if base else form if form in FORMS else "directed",  # type: ignore[arg-type]
                color=color if color and COLOR.match(color) else (base.color if base else "#555555"),
                style=style if style in STYLES else (base.style if base else "solid"),
                description=self.optional(fields, "description", path) or (base.description if base else ""),
            )
        return result

    def relations(self, value: Any) -> list[tuple[Relation, dict[str, Any]]]:
        if not isinstance(value, list):
            self.problem(("relations",), "relations must be a list")
            return []
        result = []
        for index, entry in enumerate(value):
            path = ("relations", index)
            fields = self.mapping(entry, path, "relation", RELATION_KEYS)
            if isinstance(entry, dict):
                before = len(self.problems)
                result.append((self.relation(fields, path), fields))
                if len(self.problems) > before:
                    self.broken.add(index)
        return result

    def relation(self, fields: dict[str, Any], path: Path_) -> Relation:
        if "type" not in fields:
            self.problem(path, "relation has no type")
        if "evidence" not in fields:
            self.problem(path, "relation has no evidence: cite a source and quote it")
        if "date" in fields and ("start" in fields or "end" in fields):
            self.problem((*path, "date"), "give either date or start/end, not both", at_key=True)
        start, end = self.date(fields, "start", path), self.date(fields, "end", path)
        if start and end and last_day(end) < first_day(start):  # partial dates stand for ranges
            self.problem((*path, "end"), f"end {end} is before start {start}")
        return Relation(
            type=self.optional(fields, "type", path) or "",
            from_actor=self.optional(fields, "from", path),
            to_actor=self.optional(fields, "to", path),
            between=self.text_list(fields["between"], (*path, "between"), "between") if "between" in fields else (),
            date=self.date(fields, "date", path),
            start=start,
            end=end,
            evidence=self.evidence(fields["evidence"], (*path, "evidence")) if "evidence" in fields else (),
            note=self.optional(fields, "note", path),
            confidence=self.confidence(fields["confidence"], (*path, "confidence")) if "confidence" in fields else None,
            given_id=self.identifier(fields, path),
        )

    def identifier(self, fields: dict[str, Any], path: Path_) -> str | None:
        """A relation's own id: NFC-normalised, with no invisible or control character."""
        value = self.optional(fields, "id", path)
        if value is None:
            return None
        hidden = invisible(value)
        if hidden:
            self.problem((*path, "id"), f"id {value!r} holds an invisible character ({hidden})")
            return None
        return unicodedata.normalize("NFC", value)

    def confidence(self, value: Any, path: Path_) -> float | None:
        number: float | None = None
        if isinstance(value, int | float) and not isinstance(value, bool):
            number = float(value)
        elif isinstance(value, str):
            try:
                number = float(value)
            except ValueError:
                number = None
        if number is None or not 0.0 <= number <= 1.0:
            self.problem(path, "confidence must be a number from 0 to 1")
            return None
        return number

    def evidence(self, value: Any, path: Path_) -> tuple[Evidence, ...]:
        if not isinstance(value, list) or not value:
            self.problem(path, "evidence must be a non-empty list of {source, quote}")
            return ()
        items = []
        for index, entry in enumerate(value):
            fields = self.mapping(entry, (*path, index), "evidence", EVIDENCE_KEYS)
            if not isinstance(entry, dict):
                continue
            for key in EVIDENCE_KEYS:
                if key not in fields:
                    self.problem((*path, index), f"evidence has no {key}")
            source = self.optional(fields, "source", (*path, index))
            quote = self.optional(fields, "quote", (*path, index))
            if source and quote:
                items.append(Evidence(source, quote))
        return tuple(items)


def _check_references(
    checker: _Checker,
    actors: dict[str, Actor],
    sources: dict[str, Source],
    types: dict[str, RelationType],
    relations: list[tuple[Relation, dict[str, Any]]],
) -> None:
    """The second pass: every name a graph uses must be declared, and unambiguous."""
    for actor in actors.values():
        if actor.part_of is not None and actor.part_of not in actors:
            checker.problem(("actors", actor.id, "part_of"), unknown_actor(actor.part_of, actors))
    check_part_of_cycles(checker, actors)
    check_names(checker, actors)
    seen_keys: dict[str, int] = {}
    given: dict[str, int] = {}
    for index, (relation, fields) in enumerate(relations):
        path = ("relations", index)
        _check_relation(checker, relation, fields, path, actors, sources, types)
        if index in checker.broken:
            continue
        if relation.given_id:
            first = given.setdefault(relation.given_id, index)
            if first != index:
                message = f"duplicate id {relation.given_id!r} (first on line {{first}})"
                checker.problem((*path, "id"), message, first=("relations", first, "id"))
        elif relation.key in seen_keys:
            checker.problem(
                path,
                "duplicate relation: same type, actors and date as the one on line {first};"
                " merge their evidence, or give each an id",
                first=("relations", seen_keys[relation.key]),
            )
        else:
            seen_keys[relation.key] = index
    check_derived_ids(checker, relations, given, seen_keys)


def _check_relation(
    checker: _Checker,
    relation: Relation,
    fields: dict[str, Any],
    path: Path_,
    actors: dict[str, Actor],
    sources: dict[str, Source],
    types: dict[str, RelationType],
) -> None:
    for key, name in (("from", relation.from_actor), ("to", relation.to_actor)):
        if name and name not in actors:
            checker.problem((*path, key), unknown_actor(name, actors))
    if isinstance(fields.get("between"), list):
        for index, member in enumerate(fields["between"]):
            name = as_name(member)
            if name and name not in actors:
                checker.problem((*path, "between", index), unknown_actor(name, actors))
    if isinstance(fields.get("evidence"), list):
        for index, entry in enumerate(fields["evidence"]):
            source = as_name(entry.get("source")) if isinstance(entry, dict) else None
            if source and source not in sources:
                checker.problem((*path, "evidence", index, "source"), unknown("source", source, sources))
    if not relation.type:
        return
    kind = types.get(relation.type)
    if kind is None:
        checker.problem((*path, "type"), unknown("relation type", relation.type, types))
        return
    message = form_problem(relation, kind.form)
    if message:
        checker.problem(path, f"{relation.type}: {message}")


def _read(value: Any, exact: bool, text: str = "") -> tuple[Graph, list[_Found]]:
    """Both passes over the plain value (read from `text`); returns the graph and the problems found."""
    checker = _Checker(exact, text)
    if not isinstance(value, dict):
        checker.problem((), "a graph file must be a YAML mapping (graphx: 1, title, actors, relations, ...)")
        return Graph("", {}, {}, {}, ()), checker.problems
    top = checker.mapping(value, (), "the graph file", TOP_KEYS)
    version = top.get("graphx", _MISSING)
    if version is _MISSING:
        checker.problem((), f"missing 'graphx: {FORMAT_VERSION}' (the format version)")
    elif str(version) != str(FORMAT_VERSION):
        checker.problem(("graphx",), f"unsupported format version; this graphx reads 'graphx: {FORMAT_VERSION}'")
    sections = {key: value for key, value in top.items() if value is not None}  # `relations:` alone is empty
    sources = checker.sources(sections["sources"]) if "sources" in sections else {}
    actors = checker.actors(sections["actors"]) if "actors" in sections else {}
    types = checker.types(sections["types"]) if "types" in sections else dict(BUILTIN_TYPES)
    relations = checker.relations(sections["relations"]) if "relations" in sections else []
    _check_references(checker, actors, sources, types, relations)
    graph = Graph(
        title=checker.optional(top, "title", ()) or "",
        sources=sources,
        actors=actors,
        types=types,
        relations=tuple(r for r, _ in relations),
        description=checker.optional(top, "description", ()),
    )
    return graph, checker.problems


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of acyclic objects are made.

    On the way out the survivors are frozen (gc.freeze), so later collections do not walk
    the whole graph again; they are still freed by reference counting when dropped.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def parse_graph(text: str, file: str) -> Graph:
    """Parse graph YAML text; raise InputError listing every problem with its position."""
    with collector_paused():
        return _parse_graph(text, file)


def _parse_graph(text: str, file: str) -> Graph:
    document = Document(text, file, numbers_checked_by_caller=True)
    try:
        graph, problems = _read(document.value, document.exact, text)
    except _ExactTextNeeded:
        document = Document(text, file, exact=True)
        graph, problems = _read(document.value, True)
    if problems:
        raise InputError(_located(document, found) for found in problems)
    return replace(graph, title=graph.title or Path(file).stem, path=file)


def _located(document: Document, found: _Found) -> Problem:
    path, message, at_key, first = found
    if first is not None:
        message = message.replace("{first}", str(document.problem(first, "").line))
    return document.problem(path, message, at_key)


def load_graph(path: Path | str) -> Graph:
    """Read and check a graph file; from then on no output of this process may replace it or its files."""
    path = Path(path)
    graph = parse_graph(read_text(path, "graph file"), str(path))
    protect_graph(path, [source.file for source in graph.sources.values() if source.file])
    return graph


def problems_in(path: Path | str) -> list[Problem]:
    """Every problem in a graph file (none if it is valid)."""
    try:
        load_graph(path)
    except InputError as exc:
        return exc.problems
    return []
