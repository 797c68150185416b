"""ACLED CSV exports (header row; quoted fields may span lines).

Battles, explosions/remote violence and violence against civilians are conflict between actor1 and actor2.
State forces ("Military Forces of Sudan (2019-)") count as their state; other actors keep their own names.
"""

from __future__ import annotations

import csv
import datetime as dt
import re

from graphx.events.mapping import EventMapping, named_actor
from graphx.events.source import clean, fail, open_text
from graphx.events.tally import Days, FileScan

REQUIRED = ("event_id_cnty", "event_date", "event_type", "actor1", "actor2")
STATE_FORCES = re.compile(r"^(?:Military|Police) Forces of (.+?)(?: \(\d{4}-(?:\d{4})?\))?(?: \[.*\])?$")


def _day(text: str, days: Days) -> tuple[str, str] | None:
    """ACLED dates: 2024-01-15, or 15 January 2024 in older exports."""
    found = days.parse(text)
    if found is None and text:
        try:
            found = days.parse(dt.datetime.strptime(text, "%d %B %Y").date().isoformat())
        except ValueError:
            return None
    return found


def _actor(mapping: EventMapping, name: str) -> tuple[str, str, str] | None:
    forces = STATE_FORCES.match(name.strip())
    if forces:
        state = mapping.names.get(forces.group(1).casefold())
        if state is not None and state in mapping.states:
            return state, mapping.states[state], "state"
    return named_actor(mapping, name, own_kind="group")


def scan_acled(path: str, shown: str, mapping: EventMapping, period: str, max_errors: int) -> FileScan:
    """Read one ACLED export into a FileScan."""
    scan = FileScan("acled", shown)
    days = Days(period)
    seen: set[str] = set()
    with open_text(path) as stream:
        reader = csv.DictReader(stream)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or ())]
        if missing:
            raise fail(shown, f"not an ACLED export: the header has no {', '.join(missing)} column")
        for row in reader:
            number = reader.line_num
            if None in row or None in row.values():
                scan.bad(number, f"expected {len(reader.fieldnames or ())} comma-separated columns")
            else:
                scan.rows += 1
                _one(row, number, scan, mapping, days, seen)
            if len(scan.problems) > max_errors:
                break
    if scan.rows == 0 and not scan.problems:
        scan.bad(1, "empty file: no events")
    return scan


def _one(row: dict[str, str], number: int, scan: FileScan, mapping: EventMapping, days: Days, seen: set[str]) -> None:
    day = _day(row["event_date"].strip(), days)
    if day is None:
        scan.bad(number, f"bad date {row['event_date']!r}; expected YYYY-MM-DD")
        return
    try:
        fatalities = int(row.get("fatalities") or 0)
    except ValueError:
        scan.bad(number, f"bad fatalities {row.get('fatalities')!r}")
        return
    event_id = row["event_id_cnty"].strip() or f"{scan.file}:{number}"
    if event_id in seen:
        scan.skip("duplicate event id")
        return
    seen.add(event_id)
    kind = mapping.acled.get(row["event_type"].strip())
    if kind is None:
        scan.skip(f"ACLED {row['event_type'].strip()}: no relation type")
        return
    source, target = _actor(mapping, row["actor1"]), _actor(mapping, row["actor2"])
    if source is None or target is None:
        scan.skip("no actor1" if source is None else "no actor2")
        return
    scan.actor(*source)
    scan.actor(*target)
    note = clean(row.get("source") or "")
    scan.count(kind, (source[0], target[0]), day, (0, fatalities, None), (day[0], event_id, note[:300]))
