"""Adding imported relations to a loaded graph: origin "imported", one relation per events-file row."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from graphx.errors import UsageError
from graphx.events.store import MEASURES, load_events
from graphx.events.tally import Key
from graphx.events.tally import Tally as Counts
from graphx.graph.model import Actor, Evidence, Graph, Relation, Source, Tally

TITLES = {
    "gdelt": "GDELT 2.0 event export",
    "polecat": "POLECAT weekly event data",
    "plover": "PLOVER-coded events",
    "acled": "ACLED event export",
}


def source_id(dataset: str) -> str:
    """The id of the source that imported relations of a dataset cite."""
    return f"imported-{dataset}"


def _index(graph: Graph) -> dict[str, str]:
    """Every id, name and alias of the graph's actors, folded, to the actor's id."""
    index: dict[str, str] = {}
    for actor in graph.actors.values():
        for label in (actor.name, *actor.aliases):
            index.setdefault(label.casefold(), actor.id)
    for actor_id in graph.actors:
        index[actor_id.casefold()] = actor_id
    return index


def _tally(key: Key, counts: Counts) -> Tally:
    dataset, _, _, _, period = key
    total, score = MEASURES.get(dataset, (None, None))
    return Tally(
        dataset=dataset,
        period=period,
        events=counts.events,
        first=counts.first,
        last=counts.last,
        mentions=counts.mentions if total == "mentions" else None,
        fatalities=counts.fatalities if total == "fatalities" else None,
        score=round(counts.score_sum / counts.score_n / 1000, 3) if score and counts.score_n else None,
        score_name=score if counts.score_n else None,
    )


def _note(tally: Tally) -> str:
    parts = [f"{tally.dataset}: {tally.events} event{'s' if tally.events != 1 else ''} in {tally.period}"]
    if tally.mentions is not None:
        parts.append(f"{tally.mentions} mentions")
    if tally.fatalities is not None:
        parts.append(f"{tally.fatalities} fatalities")
    if tally.score is not None:
        parts.append(f"mean {tally.score_name} {tally.score:g}")
    return ", ".join(parts)


def imported_relation(key: Key, counts: Counts, ends: tuple[str, str]) -> Relation:
    """The relation an events-file row gives, with `ends` resolved to the graph's actor ids."""
    dataset, kind, _, _, _ = key
    tally = _tally(key, counts)
    source, target = ends
    evidence = tuple(
        Evidence(source_id(dataset), f"{dataset} event {event_id} ({day})" + (f": {ref}" if ref else ""))
        for day, event_id, ref in counts.kept_evidence()
    )
    shape: dict[str, object] = {"from_actor": source, "to_actor": target}
    if kind == "mediation":
        shape = {"from_actor": source, "between": (target,)}
    elif kind == "conflict":
        shape = {"between": tuple(sorted((source, target)))}
    given = "e-" + hashlib.sha1("|".join(key).encode("utf-8")).hexdigest()[:10]
    one_day = counts.first == counts.last
    return Relation(
        type=kind,
        date=counts.first if one_day else None,
        start=None if one_day else counts.first,
        end=None if one_day else counts.last,
        evidence=evidence,
        note=_note(tally),
        origin="imported",
        given_id=given,
        tally=tally,
        **shape,  # type: ignore[arg-type]
    )


def with_events(graph: Graph, min_events: int = 1, events_file: Path | None = None) -> Graph:
    """The graph plus the imported relations of its events file that count at least `min_events` events.

    Imported actor ids that the graph knows (as an id, name or alias) become the graph's ids; the others join
    as actors of their own. UsageError when there is no events file.
    """
    from graphx.events.importer import events_path

    path = events_file or events_path(Path(graph.path))
    if not path.is_file():
        raise UsageError(f"no imported events beside the graph ({path} is missing); run `graphx import` first")
    stored = load_events(path)
    index = _index(graph)
    actors = dict(graph.actors)
    relations = list(graph.relations)
    datasets = set()
    for key in sorted(stored.tallies):
        counts = stored.tallies[key]
        dataset, kind, source, target, _ = key
        if counts.events < min_events or kind not in graph.types:
            continue
        ends = (_resolve(source, index, actors, stored.actors), _resolve(target, index, actors, stored.actors))
        if ends[0] == ends[1]:
            continue
        relations.append(imported_relation(key, counts, ends))
        datasets.add(dataset)
    sources = dict(graph.sources)
    for dataset in sorted(datasets):
        sources.setdefault(source_id(dataset), Source(source_id(dataset), TITLES.get(dataset, dataset) + " (imported)"))
    return replace(graph, actors=actors, sources=sources, relations=tuple(relations))


def _resolve(actor_id: str, index: dict[str, str], actors: dict[str, Actor], known: dict[str, tuple[str, str]]) -> str:
    found = index.get(actor_id.casefold())
    if found is None:
        name, kind = known.get(actor_id, (actor_id, "other"))
        found = index.get(name.casefold())
        if found is None:
            actors[actor_id] = Actor(actor_id, name, kind)
            index[actor_id.casefold()] = found = actor_id
    return found
