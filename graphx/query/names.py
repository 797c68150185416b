"""Which actor a name on the command line means: the graph's own names first, then the world lexicon's.

The analyst's ids, names and aliases always win. Only when they fail is the lexicon loaded: capitals,
demonyms, institutions, the long and short forms of state names, and office-holders (a person counts
only if their term overlaps the graph's dates). A name that is part of several actors' names is
ambiguous; a name that matches nothing gets suggestions from both the graph's and the lexicon's names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphx.errors import UnknownActorError, UsageError
from graphx.graph.model import Graph
from graphx.graph.names import close_matches

if TYPE_CHECKING:
    from graphx.lexicon import Lexicon, Name

SHOWN_CANDIDATES = 8
MIN_PART_LETTERS = 3  # a part of a name shorter than this ("of", "al") matches too much


class AmbiguousActorError(UsageError):
    """A name that may mean several actors of the graph."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name = name
        self.candidates = candidates
        shown = ", ".join(candidates[:SHOWN_CANDIDATES])
        more = f" and {len(candidates) - SHOWN_CANDIDATES} more" if len(candidates) > SHOWN_CANDIDATES else ""
        super().__init__(f"ambiguous actor {name!r}: it may be {shown}{more}; name one by its id")


class ActorNotInGraphError(UnknownActorError):
    """A name the world lexicon knows, for an actor this graph does not have (or not in its period)."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.suggestions = []
        self.reason = reason
        UsageError.__init__(self, f"unknown actor {name!r}: {reason}")


@dataclass(frozen=True)
class _Meaning:
    """One reading of a name: the actor, the label it came from, and the person's terms if any."""

    actor: str
    label: str
    terms: tuple[tuple[str, str], ...] = ()


def resolve_actor(graph: Graph, name: str) -> str:
    """The id of the actor called `name`; else UnknownActorError (with suggestions) or AmbiguousActorError.

    Tried in order: an id; an id, name or alias of the graph (any case); a name the world lexicon
    knows for an actor of the graph; a part of one actor's name (a short form such as "Tehrik-i-Taliban").
    """
    if name in graph.actors:
        return name
    folded = _fold(name)
    labels = graph_labels(graph)
    if folded in labels:
        return labels[folded]
    from graphx.lexicon import build_lexicon

    return _resolve_in_lexicon(graph, name, labels, build_lexicon(graph))


def graph_labels(graph: Graph) -> dict[str, str]:
    """Every id, name and alias of the graph's actors, case-folded, to the actor's id (first wins)."""
    labels: dict[str, str] = {}
    for actor in graph.actors.values():
        for label in (actor.id, actor.name, *actor.aliases):
            labels.setdefault(_fold(label), actor.id)
    return labels


def _resolve_in_lexicon(graph: Graph, name: str, labels: dict[str, str], lexicon: Lexicon) -> str:
    span = date_span(graph)
    meanings = _lexicon_meanings(lexicon, name)
    if not meanings:
        meanings = _partial_meanings(graph, lexicon, name)
    usable = {m.actor for m in meanings if m.actor in graph.actors and _in_office(m.terms, span)}
    if len(usable) == 1:
        return usable.pop()
    if usable:
        raise AmbiguousActorError(name, [_shown(graph, a) for a in sorted(usable)])
    if meanings:
        raise ActorNotInGraphError(name, _why_not(graph, lexicon, meanings, span))
    raise UnknownActorError(name, _suggestions(graph, lexicon, name, labels, span))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _shown(graph: Graph, actor: str) -> str:
    return f"{actor} ({graph.actors[actor].name})"


def _lexicon_meanings(lexicon: Lexicon, name: str) -> list[_Meaning]:
    """The lexicon's readings of the whole name: exact tokens first, else the same tokens in any case."""
    from graphx.lexicon import tokenize

    tokens = tuple(tokenize(name))
    if tokens in lexicon.names:
        return [_meaning(tokens, lexicon.names[tokens])]
    folded = tuple(t.casefold() for t in tokens)
    return [_meaning(k, v) for k, v in lexicon.names.items() if tuple(t.casefold() for t in k) == folded]


def _meaning(tokens: tuple[str, ...], name: Name) -> _Meaning:
    return _Meaning(name.actor, " ".join(tokens), name.terms if name.person else ())


def _partial_meanings(graph: Graph, lexicon: Lexicon, name: str) -> list[_Meaning]:
    """Actors of the graph with a name that holds `name` as whole words (a short form of a long name)."""
    from graphx.lexicon import tokenize

    part = tuple(t.casefold() for t in tokenize(name))
    if sum(ch.isalpha() for ch in name) < MIN_PART_LETTERS:
        return []
    found = []
    for tokens, meaning in _labels_of_graph_actors(graph, lexicon):
        folded = tuple(t.casefold() for t in tokens)
        if any(folded[i : i + len(part)] == part for i in range(len(folded) - len(part) + 1)):
            found.append(_meaning(tokens, meaning))
    return found


def _labels_of_graph_actors(graph: Graph, lexicon: Lexicon) -> Iterable[tuple[tuple[str, ...], Name]]:
    """The lexicon's names (which include the graph's own) of actors that are in the graph."""
    return ((tokens, meaning) for tokens, meaning in lexicon.names.items() if meaning.actor in graph.actors)


def date_span(graph: Graph) -> tuple[str, str] | None:
    """The first and last day of the graph's dated relations, as ISO dates; None if none is dated."""
    days: list[dt.date] = []
    for relation in graph.relations:
        days += [d for d in (relation.earliest(), relation.latest()) if d is not None]
    return (min(days).isoformat(), max(days).isoformat()) if days else None


def _in_office(terms: tuple[tuple[str, str], ...], span: tuple[str, str] | None) -> bool:
    """Whether any term overlaps the graph's dates (always, without terms or dates)."""
    if not terms or span is None:
        return True
    first, last = span
    return any((not since or since <= last) and (not until or until >= first) for since, until in terms)


def _why_not(graph: Graph, lexicon: Lexicon, meanings: list[_Meaning], span: tuple[str, str] | None) -> str:
    """Why a name the lexicon knows does not resolve: out of office in the graph's period, or not in the graph."""
    meaning = meanings[0]
    actor = lexicon.actors.get(meaning.actor)
    known = actor.name if actor else graph.actors[meaning.actor].name if meaning.actor in graph.actors else ""
    who = f"{meaning.actor} ({known})" if known else meaning.actor
    if meaning.actor in graph.actors and span is not None:
        terms = ", ".join(f"{since or '…'} to {until or 'now'}" for since, until in meaning.terms)
        return f"{meaning.label} spoke for {who} from {terms}, outside this graph's dates ({span[0]} to {span[1]})"
    return f"the world lexicon knows it as a name of {who}, which is not in this graph"


def _suggestions(
    graph: Graph, lexicon: Lexicon, name: str, labels: dict[str, str], span: tuple[str, str] | None
) -> list[str]:
    """Up to three actors whose graph or lexicon names look like `name`."""
    from graphx.lexicon import tokenize

    pool = dict(labels)
    for tokens, meaning in _labels_of_graph_actors(graph, lexicon):
        if _in_office(meaning.terms if meaning.person else (), span):
            pool.setdefault(_fold(" ".join(tokens)), meaning.actor)
    wanted = _fold(" ".join(tokenize(name)) or name)
    close = close_matches(wanted, list(pool), n=5, spread=0.1)
    return list(dict.fromkeys(_shown(graph, pool[c]) for c in close))[:3]
