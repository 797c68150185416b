"""Names in a graph: how references are read, look-alikes compared, unknown names suggested, forms checked."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from graphx.graph.model import Actor, Relation


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


def close_matches(word: str, candidates: list[str] | tuple[str, ...], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Names like `word`, for suggestions (difflib is imported only when one is needed)."""
    import difflib

    return difflib.get_close_matches(word, candidates, n=n, cutoff=cutoff)
