"""Names in a graph: how references are read, look-alikes compared, unknown names suggested, forms checked."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from graphx.graph.model import Actor, Relation

DERIVED_ID = re.compile(r"\Ar-[0-9a-f]{10}\Z")  # the shape of Relation.id when no id is given


class Reporter(Protocol):
    """Where checks record a problem: a path into the file, a message, and optionally a related path."""

    def problem(
        self, path: Sequence[Any], message: str, at_key: bool = False, first: Sequence[Any] | None = None
    ) -> None: ...


def as_name(value: Any) -> str | None:
    """A reference as the loader reads it (text, or a number written as text); None if it is neither."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def invisible(text: str) -> str | None:
    """The code of the first invisible character (zero-width, bidi or other format mark; line separator) or None."""
    for char in text:
        if unicodedata.category(char) in ("Cf", "Zl", "Zp"):
            return f"U+{ord(char):04X}"
    return None


def lookalike_key(label: str) -> str:
    """What two names that look alike share: NFC, case-folded, without invisible characters."""
    visible = "".join(c for c in label if unicodedata.category(c) not in ("Cf", "Cc"))
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", visible).casefold())


def form_problem(relation: Relation, form: str) -> str | None:
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


def unknown_actor(name: str, actors: Mapping[str, Actor]) -> str:
    """`unknown actor`, suggesting the actor whose id, name or alias is (or is close to) `name`."""
    labels = {label.casefold(): a.id for a in actors.values() for label in (a.id, a.name, *a.aliases)}
    exact = labels.get(name.casefold())
    if exact is not None:
        return f"unknown actor {name!r}: relations name actors by id; did you mean {exact} ({actors[exact].name})?"
    close = dict.fromkeys(labels[c] for c in close_matches(name.casefold(), list(labels), n=5, cutoff=0.6))
    hint = f"; did you mean {', '.join(list(close)[:3])}?" if close else ""
    return f"unknown actor {name!r}{hint}"


def unknown(what: str, name: str, known: Mapping[str, object]) -> str:
    close = close_matches(name, list(known), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    return f"unknown {what} {name!r}{hint}"


def close_matches(
    word: str, candidates: list[str] | tuple[str, ...], n: int = 3, cutoff: float = 0.6, spread: float | None = None
) -> list[str]:
    """Up to `n` names like `word`, best first: the one name-suggestion helper of graphx.

    With `spread`, names scoring more than `spread` below the best one are left out. difflib is
    imported only when a suggestion is needed.
    """
    import difflib

    if spread is None:
        return difflib.get_close_matches(word, candidates, n=n, cutoff=cutoff)
    scored = []
    for candidate in candidates:
        matcher = difflib.SequenceMatcher(None, word, candidate)
        if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff and matcher.ratio() >= cutoff:
            scored.append((matcher.ratio(), candidate))
    scored.sort(key=lambda item: (-item[0], item[1]))
    best = scored[0][0] if scored else 0.0
    return [candidate for score, candidate in scored[:n] if score >= best - spread]


def check_derived_ids(
    checker: Reporter, relations: list[tuple[Relation, dict[str, Any]]], given: dict[str, int], keys: dict[str, int]
) -> None:
    """A given id may not be the id derived for another relation (ids share one namespace).

    Only given ids shaped like derived ones (r- and ten hex digits) can clash, so the derived
    ids (a hash each) are computed only when such a given id exists.
    """
    lookalikes = {name: index for name, index in given.items() if DERIVED_ID.match(name)}
    if not lookalikes:
        return
    for index in keys.values():
        derived = relations[index][0].id
        if derived in lookalikes:
            checker.problem(
                ("relations", lookalikes[derived], "id"),
                f"id {derived!r} is the id derived for the relation on line {{first}}; choose another",
                first=("relations", index),
            )


def check_part_of_cycles(checker: Reporter, actors: dict[str, Actor]) -> None:
    for actor in actors.values():
        seen = {actor.id}
        parent = actor.part_of
        while parent in actors:
            if parent in seen:
                checker.problem(("actors", actor.id, "part_of"), f"part_of of {actor.id} loops back to itself")
                break
            seen.add(parent)
            parent = actors[parent].part_of


def check_names(checker: Reporter, actors: dict[str, Actor]) -> None:
    """An id, name or alias must lead to one actor only, ignoring case."""
    owner: dict[str, str] = {}
    for actor in actors.values():
        where: dict[str, tuple[Any, ...]] = {actor.id: ("actors", actor.id), actor.name: ("actors", actor.id, "name")}
        for index, alias in enumerate(actor.aliases):
            where.setdefault(alias, ("actors", actor.id, "aliases", index))
        for label, path in where.items():
            other = owner.setdefault(lookalike_key(label), actor.id)
            if other != actor.id:
                checker.problem(
                    path, f"name {label!r} of {actor.id} is also a name of {other}", at_key=path == ("actors", actor.id)
                )
