"""Actor names and relation cue words: the world lexicon shipped as package data, extended by a graph.

A Lexicon is a plain, picklable value: extraction maps it over documents in worker processes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphx.errors import InputError, Problem
from graphx.graph.model import Graph
from graphx.spellings import arabic_article_variants, demonym_plurals, drug_cartels, generic_lowered, inflections

if TYPE_CHECKING:
    from graphx.graph.yamlnodes import Document

DATA = Path(__file__).parent / "data" / "lexicon"
WORLD_FILE = DATA / "world.yaml"
CUES_FILE = DATA / "cues.yaml"
TYPES = ("criticism", "mediation", "conflict")

# one token for "cease-fire", the spelling of US wires, so that it reads as "ceasefire" does
# and one token for "--", a dash as typewriters and wires type it ("TASHKENT, Uzbekistan --")
TOKEN = re.compile(
    r"(?i:cease-fires?)\b|(?:[A-Z]\.){2,}|[’']s\b|(?<=\w)‘s\b|\w+(?:[’'](?:t|ll|re|ve|d|m)\b)?|--|[^\w\s]"
)

VERB_CLASSES = frozenset(
    {"verbs", "speech_verbs", "receive_verbs", "need_event", "invite_verbs", "symmetric_verbs", "agent_verbs"}
    | {"charges", "designations", "summons", "exchanges", "backing", "redress", "unwelcome", "losses", "pitted"}
)


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list, as a set."""
    return frozenset(text.split())


def tokenize(text: str) -> list[str]:
    """Words, possessive 's, contractions and single punctuation marks, in order."""
    return TOKEN.findall(text)


NO_ACTOR = ""  # what a name stands for that holds a state's name but is none: "Royal Dutch Shell"


@dataclass(frozen=True)
class Name:
    """What a name in text stands for: an actor, said by a person or not, maybe only for a period."""

    actor: str
    person: bool = False
    terms: tuple[tuple[str, str], ...] = ()  # (since, until) ISO dates, "" when open
    governs: tuple[str, str] | None = None  # (state, since): a group that is that state's government since then
    bare: bool = False  # a common noun ("soldiers") that stands for the actor only when nothing qualifies it

    def actor_on(self, date: str | None) -> str:
        """The actor the name stands for on `date`: a governing group is its state from the day it took power."""
        if self.governs and date and date[:10] >= self.governs[1]:
            return self.governs[0]
        return self.actor

    def holds_on(self, date: str | None) -> bool:
        """Whether the person held office, or the state existed, on `date` (always true without date or terms)."""
        if not self.terms or not date:
            return True
        day = date + "-01-01"[len(date) - 4 :] if len(date) < 10 else date
        return any((not since or since <= day) and (not until or day <= until) for since, until in self.terms)


@dataclass(frozen=True)
class ActorInfo:
    """An actor the lexicon knows: id, display name, kind and every name it goes by."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    base: str | None = None  # an armed group's base state
    holds: str | None = None  # a state whose territory the group holds without being its government
    military_rule: tuple[tuple[str, str], ...] = ()  # a state's periods of rule by soldiers, (since, until), "" open
    origin: str | None = None  # the state an exiled group comes from and fights (FDLR: Rwanda, based in DR Congo)

    def ruled_by_soldiers(self, date: str | None) -> bool:
        """Whether soldiers ruled this state on `date` (in any period when the date is unknown)."""
        return any(
            date is None or (since <= date[:10] and (not until or date[:10] <= until))
            for since, until in self.military_rule
        )


@dataclass(frozen=True)
class Cue:
    """One cue word form: its relation type, its frame class, and the words that must follow it."""

    type: str
    klass: str
    base: str
    rest: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """Names (token tuples) to actors, and cue word forms (lower case) to cues."""

    names: Mapping[tuple[str, ...], Name]
    longest: Mapping[str, int]
    actors: Mapping[str, ActorInfo]
    cues: Mapping[str, tuple[Cue, ...]]
    words: Mapping[str, Mapping[str, frozenset[str]]] = field(default_factory=dict)
    # the names read in running text: `names` and the plural demonyms ("Palestinians"), never offered as a name
    text_names: Mapping[tuple[str, ...], Name] = field(default_factory=dict)

    def is_group(self, actor: str) -> bool:
        """Whether the actor is an armed group or movement (`kind: group`)."""
        info = self.actors.get(actor)
        return info is not None and info.kind == "group"

    def word_set(self, type_: str, klass: str) -> frozenset[str]:
        """The lower-case base entries of one cue class, e.g. ("mediation", "events")."""
        return self.words.get(type_, {}).get(klass, frozenset())


def _load_yaml(path: Path, what: str) -> dict[str, Any]:
    from graphx.graph.yamlnodes import Document, read_text

    doc = Document(read_text(path, what), str(path))
    if not isinstance(doc.value, dict):
        raise InputError([doc.problem((), f"{what} must be a YAML mapping")])
    return doc.value


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if v is not None]
    return [str(value)]


class _Builder:
    """Collects names and actors; later additions override earlier ones."""

    def __init__(self) -> None:
        self.names: dict[tuple[str, ...], Name] = {}
        self.people: dict[tuple[str, ...], Name] = {}  # plural demonyms: matched in text only
        self.actors: dict[str, ActorInfo] = {}

    def actor(
        self,
        actor_id: str,
        name: str,
        kind: str,
        aliases: Iterable[str],
        *,
        person: bool = False,
        terms: tuple[tuple[str, str], ...] = (),
        base: str | None = None,
        holds: str | None = None,
        military_rule: tuple[tuple[str, str], ...] = (),
        governs: tuple[str, str] | None = None,
        origin: str | None = None,
    ) -> None:
        labels = tuple(dict.fromkeys(a for a in (name, *aliases) if a))
        if kind in ("organisation", "group"):  # "Igad", "Ecowas", "Farc": the acronym as the British press writes it
            cased = (a.capitalize() for a in labels if _ACRONYM.fullmatch(a) and a not in _WORDS_WHEN_CASED)
            labels = tuple(dict.fromkeys((*labels, *cased, *generic_lowered(labels), *drug_cartels(labels))))
        if not person:
            known = self.actors.get(actor_id)
            merged = tuple(dict.fromkeys((*(known.aliases if known else ()), *labels)))
            self.actors[actor_id] = ActorInfo(
                actor_id,
                name,
                kind,
                merged,
                base or (known.base if known else None),
                holds or (known.holds if known else None),
                military_rule or (known.military_rule if known else ()),
                origin or (known.origin if known else None),
            )
        for label in labels:
            self.name(label, Name(actor_id, person, terms, governs))

    def name(self, label: str, meaning: Name) -> None:
        for spelling in dict.fromkeys((label, label.replace("'", "’"))):  # "People’s Defence Force" as typeset
            tokens = tuple(tokenize(spelling))
            if not tokens:
                return
            for variant in arabic_article_variants(tokens):  # "Saraya Al Salam" for "Saraya al-Salam"
                self.names.setdefault(variant, meaning)
            known = self.names.get(tokens)
            shared = known is not None and known.person and meaning.person and known.actor == meaning.actor
            if shared and known is not None and known.terms and meaning.terms:  # "Déby": father and son, each in his
                terms = tuple(sorted({*known.terms, *meaning.terms}))  # years
                meaning = Name(meaning.actor, True, terms, meaning.governs)
            self.names[tokens] = meaning

    def freeze(self, cues: Mapping[str, tuple[Cue, ...]], words: Mapping[str, Mapping[str, frozenset[str]]]) -> Lexicon:
        longest: dict[str, int] = {}
        for tokens in self.names:
            longest[tokens[0]] = max(longest.get(tokens[0], 0), len(tokens))
        names = dict(self.names)
        return Lexicon(names, longest, dict(self.actors), cues, words, {**self.people, **names})


_ACRONYM = re.compile(r"[A-Z]{4,}")  # an acronym long enough not to be a word when capitalised
_WORDS_WHEN_CASED = frozenset({"PACE", "ALBA", "BIFF", "BRAS", "QUAD", "SADR"})  # "Pace", "Alba": words and names


@cache
def _world() -> tuple[_Builder, dict[str, Any]]:
    """The shipped world lexicon and cue data (read once per process)."""
    import pycountry

    data = _load_yaml(WORLD_FILE, "world lexicon")
    builder = _Builder()
    for code, entry in (data.get("states") or {}).items():
        entry = entry or {}
        country = pycountry.countries.get(alpha_3=code)
        official = [getattr(country, k, None) for k in ("name", "common_name", "official_name")] if country else []
        iso_names = [n for n in official if n and "," not in n and "(" not in n and n not in _as_list(entry.get("not"))]
        name = entry.get("name") or (iso_names[0] if iso_names else code)
        aliases = [*iso_names, *(_as_list(entry.get(k)) for k in ("also", "adj", "cap", "inst", "places"))]
        flat = [a for item in aliases for a in (item if isinstance(item, list) else [item])]
        founded = ((str(entry["since"]), ""),) if entry.get("since") else ()  # "Kosovo" in 1999 is a province
        builder.actor(code, name, "state", flat, terms=founded, military_rule=_periods(entry.get("military_rule")))
        for plural in demonym_plurals(_as_list(entry.get("adj"))):  # matched in text, never suggested as a name
            builder.people[tuple(tokenize(plural))] = Name(code, terms=founded)
    for label in _as_list(data.get("not_actors")):  # "Royal Dutch Shell": read in text as no actor at all
        builder.people[tuple(tokenize(label))] = Name(NO_ACTOR)
    for code, entry in (data.get("organisations") or {}).items():
        entry = entry or {}
        aliases = [code, *_as_list(entry.get("also")), *_as_list(entry.get("cap"))]
        builder.actor(code, entry.get("name") or code, "organisation", aliases)
    from graphx.extract.groups import GROUPS_FILE, load_groups

    governing: dict[str, tuple[str, str]] = {}
    for group in load_groups(GROUPS_FILE, {k: v for k, v in builder.actors.items() if v.kind == "state"}):
        _add_group(builder, group)
        if group.governs and group.since:
            governing[group.id] = (group.governs, group.since)
    for person in data.get("persons") or []:
        builder.actor(
            person["actor"],
            person["name"],
            "person",
            _as_list(person.get("also")),
            person=True,
            terms=_terms(person),
            governs=governing.get(person["actor"]),  # a Taliban spokesman speaks for Afghanistan since 2021
        )
    return builder, _load_cues(CUES_FILE, None)


def _add_group(builder: _Builder, group: Any) -> None:
    """A group's names stand for the group, or, from the day it took power, for the state it governs."""
    builder.actor(group.id, group.name, "group", group.also, base=group.base, holds=group.holds, origin=group.origin)
    if group.governs:
        for label in (group.name, *group.also):
            tokens = tuple(tokenize(label))
            if tokens:
                builder.names[tokens] = Name(group.id, False, governs=(group.governs, group.since))


CUES_VERSION = "1"


def _load_cues(path: Path, shipped: Mapping[str, Any] | None) -> dict[str, Any]:
    """A cue file, checked: the shipped one, or (with `shipped`) a file that extends it.

    The shape is `graphx-cues: 1`, then for each relation type a mapping of cue classes to lists of
    words or phrases, and `forms`, irregular verb forms by base. An extending file may use only the
    types and classes the shipped file has: anything else would be silently ignored by extraction.
    """
    from graphx.graph.yamlnodes import Document, read_text

    doc = Document(read_text(path, "cue file"), str(path))
    problems: list[Problem] = []
    if not isinstance(doc.value, dict):
        raise InputError([doc.problem((), "a cue file must be a YAML mapping (graphx-cues: 1, criticism: ...)")])
    data: dict[str, Any] = {str(k): v for k, v in doc.value.items()}
    if "graphx-cues" not in data:
        problems.append(doc.problem((), f"not a cue file: missing 'graphx-cues: {CUES_VERSION}' (the format version)"))
    elif str(data["graphx-cues"]).strip() != CUES_VERSION:
        problems.append(
            doc.problem(
                ("graphx-cues",),
                f"unsupported cue file version {data['graphx-cues']}; this graphx reads 'graphx-cues: {CUES_VERSION}'",
            )
        )
    for key, value in data.items():
        if key == "graphx-cues":
            continue
        if key == "forms":
            problems.extend(_check_word_lists(doc, value, key, None))
        elif key in TYPES:
            known = _handled_classes(key) if shipped is None else set(shipped.get(key) or {})
            problems.extend(_check_word_lists(doc, value, key, known))
        else:
            problems.append(
                doc.problem(
                    (key,),
                    f"unknown key {key!r}; a cue file holds 'graphx-cues', 'forms' "
                    f"and cues of the relation types {', '.join(TYPES)}",
                    at_key=True,
                )
            )
    if problems:
        raise InputError(problems)
    return data


# Every cue class extraction reads, by relation type: each has a frame handler or is a word list that
# handlers consult. graphx.extract.frames checks its handler registry against this list when imported,
# and loading a cue file refuses any other class, so no class is silently ignored.
CUE_CLASSES: frozenset[tuple[str, str]] = frozenset(
    [
        ("criticism", klass)
        for klass in (
            "verbs",
            "speech_verbs",
            "nouns",
            "judgements",
            "unlawful",
            "charges",
            "charge_nouns",
            "speech_nouns",
            "receive_verbs",
            "signals",
            "attributions",
            "designations",
            "summons",
            "redress",
            "unwelcome",
            "disapproval",
            "feelings",
            "exchanges",
            "fire",
            "opposed",
            "backing",
        )
    ]
    + [
        ("mediation", klass)
        for klass in ("verbs", "invite_verbs", "compounds", "nouns", "venues", "need_event", "events", "signals")
    ]
    + [
        ("conflict", klass)
        for klass in ("verbs", "symmetric_verbs", "nouns", "ceasefires", "losses", "pitted", "agent_verbs", "signals")
    ]
)


def _handled_classes(type_: str) -> set[str]:
    """The cue classes of `type_` that extraction reads."""
    return {klass for t, klass in CUE_CLASSES if t == type_}


def _check_word_lists(doc: Document, value: Any, key: str, classes: set[str] | None) -> list[Problem]:
    """Problems of one `type:` (or `forms:`) mapping of names to lists of words."""
    what = "irregular verb forms" if key == "forms" else "cue classes"
    if value is None:
        return []
    if not isinstance(value, dict):
        example = "fight: [fights, fought, fighting]" if key == "forms" else "verbs: [slam, rebuke]"
        return [doc.problem((key,), f"{key} must be a mapping of {what}, e.g. '{example}'")]
    problems = []
    for name, words in value.items():
        name = str(name)
        if classes is not None and name not in classes:
            problems.append(
                doc.problem(
                    (key, name),
                    f"unknown cue class {name!r} for {key}; known: {', '.join(sorted(classes))}",
                    at_key=True,
                )
            )
            continue
        if not isinstance(words, list):
            problems.append(
                doc.problem(
                    (key, name),
                    f"{key}.{name} must be a list of words, e.g. "
                    f"[{words if isinstance(words, str) and words.strip() else 'word'}]",
                )
            )
            continue
        for n, word in enumerate(words):
            if isinstance(word, (dict, list)) or word is None or not str(word).strip():
                problems.append(doc.problem((key, name, n), f"{key}.{name} item {n + 1} must be a word or phrase"))
    return problems


def _periods(value: Any) -> tuple[tuple[str, str], ...]:
    """[[since, until], [since]] as (since, until) ISO date pairs, "" for an open end."""
    return tuple((str(p[0]), str(p[1]) if len(p) > 1 and p[1] else "") for p in value or ())


def _terms(person: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    if "terms" in person:
        return tuple((str(a or ""), str(b or "")) for a, b in person["terms"])
    if "since" in person or "until" in person:
        return ((str(person.get("since") or ""), str(person.get("until") or "")),)
    return ()


def _cue_index(
    data: Mapping[str, Any], extra: Iterable[Mapping[str, Any]]
) -> tuple[dict[str, tuple[Cue, ...]], dict[str, dict[str, frozenset[str]]]]:
    """Every word form of every cue, by its first (lower-case) word."""
    irregular: dict[str, set[str]] = {k: set(v) for k, v in (data.get("forms") or {}).items()}
    words: dict[str, dict[str, set[str]]] = {t: {} for t in TYPES}
    for source in (data, *extra):
        for key, value in (source.get("forms") or {}).items():
            irregular.setdefault(key, set()).update(_as_list(value))
        for type_ in TYPES:
            for klass, entries in (source.get(type_) or {}).items():
                words[type_].setdefault(klass, set()).update(e.lower() for e in _as_list(entries))
    index: dict[str, list[Cue]] = {}
    for type_, classes in words.items():
        for klass, entries in classes.items():
            for entry in sorted(entries):
                head, *rest = entry.split()
                forms = {head}
                if klass in VERB_CLASSES:
                    forms |= irregular.get(head) or inflections(head)
                    forms.add(head)
                for form in sorted(forms):
                    index.setdefault(form, []).append(Cue(type_, klass, entry, tuple(rest)))
    frozen = {k: tuple(sorted(v, key=lambda c: (-len(c.rest), c.type, c.klass, c.base))) for k, v in index.items()}
    return frozen, {t: {k: frozenset(v) for k, v in c.items()} for t, c in words.items()}


def build_lexicon(
    graph: Graph | None = None, cue_files: Iterable[Path] = (), group_files: Iterable[Path] = ()
) -> Lexicon:
    """The world lexicon with more armed groups from `group_files` (shaped like groups.yaml), extended and
    overridden by `graph`'s actors, with cues plus `cue_files`."""
    from graphx.extract.groups import load_groups

    world, cue_data = _world()
    builder = _Builder()
    builder.names = dict(world.names)
    builder.actors = dict(world.actors)
    builder.people = dict(world.people)
    problems: list[Problem] = []
    states = {k: v for k, v in world.actors.items() if v.kind == "state"}
    for path in group_files:
        try:
            for group in load_groups(Path(path), states):
                _add_group(builder, group)
        except InputError as exc:
            problems.extend(exc.problems)
    if graph is not None:
        _add_graph(builder, graph)
    extra = []
    for path in cue_files:
        try:
            extra.append(_load_cues(Path(path), cue_data))
        except InputError as exc:  # every file's problems, not only the first file's
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    cues, words = _cue_index(cue_data, extra)
    return builder.freeze(cues, words)


def _add_graph(builder: _Builder, graph: Graph) -> None:
    """A graph's actors and aliases win over the world's; a world actor the graph renames follows it."""
    renamed: dict[str, str] = {}
    for actor in graph.actors.values():
        for world in builder.actors.values():
            if world.id != actor.id and world.name.casefold() == actor.name.casefold():
                renamed[world.id] = actor.id
    if renamed:
        builder.names = {
            k: (Name(renamed[v.actor], v.person, v.terms) if v.actor in renamed else v)
            for k, v in builder.names.items()
        }
    people = {k for k, v in builder.names.items() if v.person}
    for actor in graph.actors.values():
        builder.actor(actor.id, actor.name, actor.kind, (actor.id, *actor.aliases))
        for label in (actor.name, *actor.aliases):
            tokens = tuple(tokenize(label))
            if tokens in people or actor.kind == "person":
                builder.names[tokens] = Name(builder.names[tokens].actor, person=True)
