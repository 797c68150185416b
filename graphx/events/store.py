"""The events file beside a graph (graphs/NAME.events.yaml): imported relations, kept apart from the curated file.

It is written in one stable form (one flow mapping per line, keys and rows in a fixed order), so the same
imports give the same bytes. Each import is recorded with its file's SHA-256: importing a file again adds
nothing, importing a new one merges its counts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphx.errors import InputError, Problem
from graphx.events.tally import PERIODS, Key, Tally

VERSION = 1
# per dataset: the name of its summed measure and of its mean score, where it has them
MEASURES: dict[str, tuple[str | None, str | None]] = {
    "gdelt": ("mentions", "goldstein"),
    "polecat": (None, "intensity"),
    "plover": (None, None),
    "acled": ("fatalities", None),
}


@dataclass
class StoredEvents:
    """The content of an events file."""

    period: str
    imports: list[dict[str, Any]] = field(default_factory=list)
    actors: dict[str, tuple[str, str]] = field(default_factory=dict)
    tallies: dict[Key, Tally] = field(default_factory=dict)

    def imported_digests(self) -> set[str]:
        """The SHA-256 of every file already imported."""
        return {str(i.get("sha256")) for i in self.imports}


def _row(key: Key, tally: Tally) -> dict[str, Any]:
    dataset, kind, source, target, period = key
    row: dict[str, Any] = {
        "dataset": dataset,
        "type": kind,
        "from": source,
        "to": target,
        "period": period,
        "events": tally.events,
        "first": tally.first,
        "last": tally.last,
    }
    total, score = MEASURES.get(dataset, (None, None))
    if total == "mentions":
        row["mentions"] = tally.mentions
    elif total == "fatalities":
        row["fatalities"] = tally.fatalities
    if score and tally.score_n:
        row[score] = round(tally.score_sum / tally.score_n / 1000, 3)
        row["score_sum"] = tally.score_sum
        row["score_n"] = tally.score_n
    row["evidence"] = [{"day": d, "id": i, "source": s} for d, i, s in tally.kept_evidence()]
    return row


def _line(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def dump_events(stored: StoredEvents, graph_name: str) -> str:
    """The events file text: header, imports, actors and relations, each sorted."""
    lines = [
        f"# Imported event data for {graph_name}, written by `graphx import`; not curated, never merged into it.",
        "# Use it with --events (and --min-events N). Re-importing a file listed under imports adds nothing.",
        f"graphx-events: {VERSION}",
        f"period: {stored.period}",
        "imports:" if stored.imports else "imports: []",
    ]
    lines += [f"  - {_line(record)}" for record in sorted(stored.imports, key=lambda r: (r["file"], r["sha256"]))]
    lines.append("actors:" if stored.actors else "actors: {}")
    lines += [
        f"  {_line(actor_id)}: {_line({'name': name, 'kind': kind})}"
        for actor_id, (name, kind) in sorted(stored.actors.items())
    ]
    lines.append("relations:" if stored.tallies else "relations: []")
    lines += [f"  - {_line(_row(key, stored.tallies[key]))}" for key in sorted(stored.tallies)]
    return "\n".join(lines) + "\n"


def _tally(row: dict[str, Any]) -> tuple[Key, Tally]:
    key = (str(row["dataset"]), str(row["type"]), str(row["from"]), str(row["to"]), str(row["period"]))
    tally = Tally(
        events=int(row["events"]),
        mentions=int(row.get("mentions", 0)),
        fatalities=int(row.get("fatalities", 0)),
        score_sum=int(row.get("score_sum", 0)),
        score_n=int(row.get("score_n", 0)),
        first=str(row["first"]),
        last=str(row["last"]),
        evidence=[(str(e["day"]), str(e["id"]), str(e["source"])) for e in row.get("evidence", ())],
    )
    return key, tally


def _import_record(record: dict[str, Any]) -> dict[str, Any]:
    """An import record with its counts as numbers (the reader keeps every scalar as text)."""
    typed = dict(record)
    for count in ("rows", "events", "bad_rows"):
        if count in typed:
            typed[count] = int(typed[count])
    typed["skipped"] = {str(reason): int(count) for reason, count in (typed.get("skipped") or {}).items()}
    return typed


def load_events(path: Path) -> StoredEvents:
    """Read an events file; InputError naming file:line for anything it cannot use."""
    from graphx.graph.yamlnodes import Document, read_text

    doc = Document(read_text(path, "events file"), str(path))
    data = doc.value
    if not isinstance(data, dict) or str(data.get("graphx-events")) != str(VERSION):
        raise InputError([Problem(str(path), 1, 1, f"not a graphx events file (graphx-events: {VERSION})")])
    if data.get("period") not in PERIODS:
        raise InputError([doc.problem(("period",), f"period must be one of {', '.join(PERIODS)}")])
    imports = data.get("imports") or []
    if not isinstance(imports, list) or not all(isinstance(i, dict) and "file" in i and "sha256" in i for i in imports):
        raise InputError([doc.problem(("imports",), "imports must be a list of {file, sha256, ...} records")])
    try:
        stored = StoredEvents(str(data["period"]), imports=[_import_record(i) for i in imports])
    except (TypeError, ValueError, AttributeError):
        raise InputError([doc.problem(("imports",), "an import record has a count that is not a number")]) from None
    try:
        stored.actors = {str(k): (str(v["name"]), str(v["kind"])) for k, v in (data.get("actors") or {}).items()}
    except (KeyError, TypeError):
        raise InputError([doc.problem(("actors",), "each actor needs a name and a kind")]) from None
    for index, row in enumerate(data.get("relations") or []):
        try:
            key, tally = _tally(row)
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError([doc.problem(("relations", index), f"bad relation: {exc}")]) from None
        stored.tallies[key] = tally
    return stored
