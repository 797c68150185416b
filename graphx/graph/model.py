"""The graph data model: frozen dataclasses for sources, actors, relation types and relations."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from graphx.graph.dates import first_day, last_day

Form = Literal["directed", "mutual", "mediated"]
Origin = Literal["curated", "accepted", "unreviewed", "rejected", "imported"]
FORMS: tuple[str, ...] = ("directed", "mutual", "mediated")
STYLES: tuple[str, ...] = ("solid", "dashed", "dotted")
KINDS: tuple[str, ...] = ("state", "organisation", "person", "body", "group", "other")


@dataclass(frozen=True)
class Source:
    """A document cited as evidence, declared once and cited by id."""

    id: str
    title: str
    publisher: str | None = None
    date: str | None = None
    file: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Actor:
    """A state, organisation, person or body; `part_of` names the actor it belongs to."""

    id: str
    name: str
    kind: str = "state"
    aliases: tuple[str, ...] = ()
    part_of: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class RelationType:
    """A relation type and how it is drawn; `form` says how its endpoints are given."""

    name: str
    label: str
    form: Form
    color: str
    style: str = "solid"
    description: str = ""


BUILTIN_TYPES: Mapping[str, RelationType] = {
    "criticism": RelationType(
        "criticism",
        "Criticism",
        "directed",
        "#c0392b",
        "solid",
        "verbal disapproval, accusation, denunciation (CAMEO 110-116, PLOVER ACCUSE)",
    ),
    "mediation": RelationType(
        "mediation",
        "Mediation",
        "mediated",
        "#2471a3",
        "dashed",
        "brokering or hosting talks or a ceasefire between two parties (CAMEO 045, 046, 039)",
    ),
    "conflict": RelationType(
        "conflict",
        "Conflict",
        "mutual",
        "#7d3c98",
        "solid",
        "armed clashes, war, offensive, invasion (CAMEO 18x-20x, PLOVER ASSAULT)",
    ),
}


@dataclass(frozen=True)
class Evidence:
    """A quoted sentence and the source it comes from."""

    source: str
    quote: str


@dataclass(frozen=True)
class Tally:
    """The coded events behind an imported relation: one dataset, one period."""

    dataset: str
    period: str
    events: int
    first: str
    last: str
    mentions: int | None = None
    fatalities: int | None = None
    score: float | None = None
    score_name: str | None = None


@dataclass(frozen=True)
class Relation:
    """One relation: `from_actor`/`to_actor`, or `between` for mutual and mediated types."""

    type: str
    from_actor: str | None = None
    to_actor: str | None = None
    between: tuple[str, ...] = ()
    date: str | None = None
    start: str | None = None
    end: str | None = None
    evidence: tuple[Evidence, ...] = ()
    note: str | None = None
    confidence: float | None = None
    origin: Origin = "curated"
    given_id: str | None = None
    tally: Tally | None = None

    @cached_property
    def key(self) -> str:
        """What identifies the relation across edits: type, endpoints and date."""
        between = self.between if self.from_actor else sorted(self.between)
        when = self.date or self.start or ""
        return f"{self.type}|{self.from_actor or ''}|{self.to_actor or ''}|{','.join(between)}|{when}"

    @cached_property
    def id(self) -> str:
        """A stable id: the one given in the file, else a short hash of `key`."""
        if self.given_id:
            return self.given_id
        return "r-" + hashlib.sha1(self.key.encode("utf-8")).hexdigest()[:10]

    @property
    def actors(self) -> tuple[str, ...]:
        """Every actor the relation names, in file order."""
        named = [a for a in (self.from_actor, self.to_actor) if a]
        return tuple(named) + self.between

    @property
    def when(self) -> str | None:
        """The date, or `start..end` for a period, for display."""
        if self.date:
            return self.date
        if self.start or self.end:
            return f"{self.start or ''}..{self.end or ''}"
        return None

    def earliest(self) -> dt.date | None:
        """The first day the relation may have held, if it is dated."""
        text = self.date or self.start
        return first_day(text) if text else None

    def latest(self) -> dt.date | None:
        """The last day the relation may have held; None if undated or open-ended."""
        text = self.date or self.end
        return last_day(text) if text else None

    def edges(self, form: Form) -> Iterator[tuple[str, str]]:
        """Directed (u, v) pairs the relation gives; a mutual relation gives both ways."""
        if form == "directed":
            if self.from_actor and self.to_actor:
                yield self.from_actor, self.to_actor
        elif form == "mediated":
            if self.from_actor:
                for party in self.between:
                    yield self.from_actor, party
        else:
            first, second = self.between
            yield first, second
            yield second, first


@dataclass(frozen=True)
class Graph:
    """A whole curated graph, as loaded from one file."""

    title: str
    sources: Mapping[str, Source]
    actors: Mapping[str, Actor]
    types: Mapping[str, RelationType]
    relations: tuple[Relation, ...]
    path: str = ""
    description: str | None = None

    def form(self, relation: Relation) -> Form:
        """The form of a relation's type."""
        return self.types[relation.type].form
