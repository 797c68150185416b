"""PLOVER-coded records: JSON Lines (one object a line, streamed) or one JSON array.

Fields: `actor`, `recipient`, `event`, `mode`, `context`, `date`, `text`, and an optional `id`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from graphx.events.mapping import EventMapping, named_actor
from graphx.events.source import clean, open_text
from graphx.events.tally import Days, FileScan


def _records(stream: IO[str], scan: FileScan) -> Iterator[tuple[int, Any]]:
    """(line, record) pairs from JSON Lines, or from a JSON array (line 1 for each item)."""
    first = stream.read(1)
    while first and first.isspace():
        first = stream.read(1)
    if first == "[":
        try:
            items = json.loads(first + stream.read())
        except json.JSONDecodeError as exc:
            scan.bad(exc.lineno, f"not valid JSON: {exc.msg}")
            return
        yield from ((1, item) for item in items)
        return
    for number, line in enumerate(stream, 1):
        text = first + line if number == 1 else line
        if not text.strip():
            continue
        try:
            yield number, json.loads(text)
        except json.JSONDecodeError as exc:
            scan.bad(number, f"not valid JSON: {exc.msg}")


def _actor(mapping: EventMapping, value: object) -> tuple[str, str, str] | None:
    """An actor given as a name or code, or as an object with `name`/`code` and `country`."""
    if isinstance(value, dict):
        name = str(value.get("name") or value.get("code") or "")
        return named_actor(mapping, name, str(value.get("country") or ""))
    return named_actor(mapping, str(value or ""))


def scan_plover(path: str, shown: str, mapping: EventMapping, period: str, max_errors: int) -> FileScan:
    """Read one PLOVER file into a FileScan."""
    scan = FileScan("plover", shown)
    days = Days(period)
    seen: set[str] = set()
    with open_text(path) as stream:
        for number, record in _records(stream, scan):
            if isinstance(record, dict):
                scan.rows += 1
                _one(record, number, scan, mapping, days, seen)
            else:
                scan.bad(number, "expected a JSON object with actor, recipient, event, date")
            if len(scan.problems) > max_errors:
                break
    if scan.rows == 0 and not scan.problems:
        scan.bad(1, "empty file: no events")
    return scan


def _one(
    record: dict[str, Any], number: int, scan: FileScan, mapping: EventMapping, days: Days, seen: set[str]
) -> None:
    day = days.parse(str(record.get("date", ""))[:10])
    if day is None:
        scan.bad(number, f"bad date {record.get('date')!r}; expected YYYY-MM-DD")
        return
    event = str(record.get("event") or "").strip().upper()
    if not event.isalpha():
        scan.bad(number, f"bad PLOVER event {record.get('event')!r}")
        return
    event_id = str(record.get("id") or f"{scan.file}:{number}")
    if event_id in seen:
        scan.skip("duplicate event id")
        return
    seen.add(event_id)
    rule = mapping.plover.get(event)
    mode = str(record.get("mode") or "").strip().lower()
    text = clean(str(record.get("text") or ""))
    if rule is None or not rule.applies(mode, text):
        scan.skip(f"PLOVER {event}{' ' + mode if mode else ''}: no relation type")
        return
    ends = [_actor(mapping, record.get(side)) for side in ("actor", "recipient")]
    for end, side in zip(ends, ("actor", "recipient"), strict=True):
        if end is None:
            scan.skip(f"no {side}")
            return
        scan.actor(*end)
    source, target = ends[0][0], ends[1][0]  # type: ignore[index]
    scan.count(rule.type, (source, target), day, (0, 0, None), (day[0], event_id, text[:300]))
