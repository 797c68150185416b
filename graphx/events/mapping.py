"""The code mapping (graphx/data/events/mapping.yaml): event codes to relation types, actor codes to graph ids.

The file is data, checked in two passes: its shape (quoted codes, known relation types), then its references
(organisation and state ids that the shipped lexicon knows).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from graphx.errors import InputError, Problem

MAPPING_FILE = Path(__file__).parent.parent / "data" / "events" / "mapping.yaml"
WORLD_FILE = Path(__file__).parent.parent / "data" / "lexicon" / "world.yaml"
TYPES = ("criticism", "mediation", "conflict")
CODE = re.compile(r"\d{3,4}")
ROOT = re.compile(r"\d{2}")


@dataclass(frozen=True)
class PloverRule:
    """When a PLOVER event type counts: its relation type, the modes that qualify, and text cues."""

    type: str
    modes: frozenset[str] | None = None
    cues: tuple[str, ...] = ()

    def applies(self, mode: str, text: str) -> bool:
        """Whether an event with this mode and text counts."""
        if self.modes is None or mode in self.modes:
            return True
        folded = text.casefold()
        return any(cue in folded for cue in self.cues)


@dataclass(frozen=True)
class EventMapping:
    """The checked mapping, plus the lexicon's state and organisation names."""

    cameo_codes: Mapping[str, str]
    cameo_roots: Mapping[str, str]
    cameo_skips: Mapping[str, str]
    plover: Mapping[str, PloverRule]
    acled: Mapping[str, str]
    countries: Mapping[str, str]
    organisations: Mapping[str, str]
    regions: Mapping[str, str]
    nonstate_types: frozenset[str]
    states: Mapping[str, str] = field(default_factory=dict)  # ISO alpha-3 -> name
    organisation_names: Mapping[str, str] = field(default_factory=dict)  # id -> name
    names: Mapping[str, str] = field(default_factory=dict)  # folded state or organisation name -> id

    def cameo_type(self, code: str) -> str | None:
        """The relation type of a CAMEO event code, or None."""
        return self.cameo_codes.get(code) or self.cameo_roots.get(code[:2])

    def state(self, code: str) -> str | None:
        """The ISO alpha-3 id of a CAMEO or ISO country code, or None."""
        iso = self.countries.get(code, code)
        return iso if iso in self.states else None

    def actor_name(self, actor_id: str) -> tuple[str, str] | None:
        """(name, kind) of a state or organisation id the lexicon knows."""
        if actor_id in self.states:
            return self.states[actor_id], "state"
        if actor_id in self.organisation_names:
            return self.organisation_names[actor_id], "organisation"
        return None


def _problem(doc: Any, path: tuple[str | int, ...], message: str) -> Problem:
    problem: Problem = doc.problem(path, message)
    return problem


def _codes(doc: Any, section: Mapping[str, Any], path: tuple[str, ...], pattern: re.Pattern[str]) -> dict[str, str]:
    problems, result = [], {}
    for code, value in (section or {}).items():
        if not isinstance(code, str) or not pattern.fullmatch(code):
            problems.append(_problem(doc, (*path, code), f"code {code!r} must be a string of digits"))
        elif value not in TYPES:
            problems.append(_problem(doc, (*path, code), f"unknown relation type {value!r}; use {', '.join(TYPES)}"))
        else:
            result[code] = value
    if problems:
        raise InputError(problems)
    return result


def _plover(doc: Any, section: Mapping[str, Any]) -> dict[str, PloverRule]:
    rules, problems = {}, []
    for name, rule in (section or {}).items():
        if not isinstance(rule, dict) or rule.get("type") not in TYPES:
            problems.append(_problem(doc, ("plover", name), "expected {type: criticism|mediation|conflict, ...}"))
            continue
        modes = rule.get("modes")
        rules[str(name)] = PloverRule(
            rule["type"],
            frozenset(str(m) for m in modes) if modes is not None else None,
            tuple(str(c).casefold() for c in rule.get("cues", ())),
        )
    if problems:
        raise InputError(problems)
    return rules


def _world() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The lexicon's states and organisations: id -> name each, and folded names -> id."""
    from graphx.graph.yamlnodes import Document, read_text

    world = Document(read_text(WORLD_FILE, "lexicon"), str(WORLD_FILE)).value
    states = {k: str(v["name"]) for k, v in world["states"].items()}
    organisations = {k: str(v["name"]) for k, v in world["organisations"].items()}
    names: dict[str, str] = {}
    for group in ("states", "organisations"):
        for key, entry in world[group].items():
            for label in (key, entry["name"], *entry.get("also", ())):
                names.setdefault(str(label).casefold(), key)
    return states, organisations, names


def _references(doc: Any, actors: Mapping[str, Any], states: Mapping[str, str], orgs: Mapping[str, str]) -> None:
    problems = [
        _problem(doc, ("actors", "cameo_countries", code), f"{iso!r} is not a state in the lexicon")
        for code, iso in actors.get("cameo_countries", {}).items()
        if iso not in states
    ]
    problems += [
        _problem(doc, ("actors", "cameo_organisations", code), f"{org!r} is not an organisation in the lexicon")
        for code, org in actors.get("cameo_organisations", {}).items()
        if org not in orgs
    ]
    if problems:
        raise InputError(problems)


def load_mapping(path: Path = MAPPING_FILE) -> EventMapping:
    """Read and check a mapping file; InputError with file:line:col for every problem."""
    from graphx.graph.yamlnodes import Document, read_text

    doc = Document(read_text(path, "mapping file"), str(path))
    data = doc.value
    if not isinstance(data, dict) or str(data.get("graphx-event-mapping")) != "1":
        raise InputError([Problem(str(path), 1, 1, "not a graphx event mapping (graphx-event-mapping: 1)")])
    cameo = data.get("cameo") or {}
    actors = data.get("actors") or {}
    skips = cameo.get("skip") or {}
    bad_skips = [
        _problem(doc, ("cameo", "skip", c), "skip codes must be quoted") for c in skips if not isinstance(c, str)
    ]
    if bad_skips:
        raise InputError(bad_skips)
    states, orgs, names = _world()
    _references(doc, actors, states, orgs)
    return EventMapping(
        cameo_codes=_codes(doc, cameo.get("codes") or {}, ("cameo", "codes"), CODE),
        cameo_roots=_codes(doc, cameo.get("roots") or {}, ("cameo", "roots"), ROOT),
        cameo_skips={str(k): str(v) for k, v in skips.items()},
        plover=_plover(doc, data.get("plover") or {}),
        acled={str(k): str(v) for k, v in _acled(doc, data.get("acled")).items()},
        countries=dict(actors.get("cameo_countries", {})),
        organisations=dict(actors.get("cameo_organisations", {})),
        regions={str(k): str(v) for k, v in actors.get("cameo_regions", {}).items()},
        nonstate_types=frozenset(actors.get("nonstate_types", ())),
        states=states,
        organisation_names=orgs,
        names=names,
    )


def _acled(doc: Any, section: Mapping[str, Any] | None) -> Mapping[str, Any]:
    problems = [
        _problem(doc, ("acled", name), f"unknown relation type {value!r}; use {', '.join(TYPES)}")
        for name, value in (section or {}).items()
        if value not in TYPES
    ]
    if problems:
        raise InputError(problems)
    return section or {}


@cache
def shipped_mapping() -> EventMapping:
    """The mapping shipped with graphx, read once."""
    return load_mapping()


def slug(name: str) -> str:
    """An upper-case id made from a name: "Rapid Support Forces" -> RAPID-SUPPORT-FORCES."""
    return "-".join(re.findall(r"\w+", name.upper())) or "UNKNOWN"


def named_actor(
    mapping: EventMapping, text: str, country: str = "", own_kind: str = "other"
) -> tuple[str, str, str] | None:
    """(id, name, kind) of an actor given by name or code, with its country code as a fallback.

    A state or organisation the lexicon knows (by ISO or CAMEO code, id or name) keeps its lexicon id;
    anything else is kept under its own name.
    """
    name = " ".join(text.split())
    if not name and not country:
        return None
    for candidate in (name.upper(), name.casefold()):
        code = mapping.organisations.get(candidate) or mapping.names.get(candidate)
        if code is None and len(candidate) == 3:
            code = mapping.state(candidate.upper())
        if code is not None:
            known = mapping.actor_name(code)
            if known is not None:
                return code, known[0], known[1]
    state = mapping.state(country.strip().upper()) if country.strip() else None
    if state is not None:
        return state, mapping.states[state], "state"
    if not name:
        return None
    return slug(name), name, own_kind
