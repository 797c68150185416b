"""GDELT 2.0 event exports: 61 tab-separated columns, no header, plain or zipped.

The reader splits each line itself (GDELT has no quoting), checks the columns it uses, and only parses numbers
for the rows that give a relation; that keeps a million rows within seconds on one core.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from graphx.events.mapping import EventMapping
from graphx.events.source import clean, open_text
from graphx.events.tally import Days, FileScan

COLUMNS = 61
EVENT_ID, DAY, ACTOR1, ACTOR2, EVENT_CODE, GOLDSTEIN, MENTIONS, URL = 0, 1, 5, 15, 26, 30, 31, 60
NAME, COUNTRY, GROUP, TYPE1 = 1, 2, 3, 7  # offsets from an actor's first column

ActorKey = tuple[str, str, str, str, str]


class _Actors:
    """Resolves GDELT actor columns to graph ids, once per distinct combination."""

    def __init__(self, mapping: EventMapping, scan: FileScan) -> None:
        self.mapping = mapping
        self.scan = scan
        self.seen: dict[ActorKey, str | None] = {}

    def resolve(self, fields: list[str], base: int) -> str | None:
        key = (fields[base], fields[base + COUNTRY], fields[base + GROUP], fields[base + TYPE1], fields[base + NAME])
        if key in self.seen:
            return self.seen[key]
        found = self._resolve(*key)
        if found is not None:
            self.scan.actor(*found)
        self.seen[key] = found[0] if found else None
        return self.seen[key]

    def _resolve(self, code: str, country: str, group: str, type1: str, name: str) -> tuple[str, str, str] | None:
        mapping = self.mapping
        if not code:
            return None
        own_name = clean(name).title() or code
        if group in mapping.organisations:
            org = mapping.organisations[group]
            return org, mapping.organisation_names[org], "organisation"
        if type1 in mapping.nonstate_types:
            return code, own_name, "group"
        place = country or code[:3]
        state = mapping.state(place)
        if state is not None:
            return state, mapping.states[state], "state"
        if place in mapping.regions:
            return place, mapping.regions[place], "other"
        return code, own_name, "other"


def scan_gdelt(path: str, shown: str, mapping: EventMapping, period: str, max_errors: int) -> FileScan:
    """Read one GDELT file into a FileScan; stops early once there are more than `max_errors` bad rows."""
    with open_text(path) as stream:
        rows = (line.rstrip("\r\n").split("\t") for line in stream)
        return scan_rows(enumerate(rows, 1), shown, mapping, period, max_errors)


def scan_rows(
    rows: Iterable[tuple[int, list[str]]], shown: str, mapping: EventMapping, period: str, max_errors: int
) -> FileScan:
    """Count numbered GDELT rows (already split into columns) into a FileScan."""
    scan = FileScan("gdelt", shown)
    days = Days(period)
    actors = _Actors(mapping, scan)
    seen_ids: set[str] = set()
    cameo_type, skips = mapping.cameo_type, mapping.cameo_skips
    for number, fields in rows:
        if len(fields) != COLUMNS:
            if len(fields) == 1 and not fields[0].strip():
                continue
            scan.bad(number, f"expected {COLUMNS} tab-separated columns, found {len(fields)}")
        else:
            scan.rows += 1
            kind = _checked(fields, number, scan, days, seen_ids, cameo_type, skips)
            if kind is not None:
                _count(fields, number, kind, scan, days, actors)
        if len(scan.problems) > max_errors:
            break
    if scan.rows == 0 and not scan.problems:
        scan.bad(1, "empty file: no events")
    return scan


def _checked(
    fields: list[str],
    number: int,
    scan: FileScan,
    days: Days,
    seen_ids: set[str],
    cameo_type: Callable[[str], str | None],
    skips: Mapping[str, str],
) -> str | None:
    """The relation type of a well-formed row, or None (bad or skipped rows are recorded)."""
    if days.parse(fields[DAY]) is None:
        scan.bad(number, f"bad date {fields[DAY]!r}; expected YYYYMMDD")
        return None
    code = fields[EVENT_CODE]
    if not (code.isdigit() and 2 <= len(code) <= 4):
        scan.bad(number, f"bad CAMEO event code {code!r}; expected 2 to 4 digits")
        return None
    event_id = fields[EVENT_ID]
    if event_id in seen_ids:
        scan.skip("duplicate event id")
        return None
    seen_ids.add(event_id)
    kind = cameo_type(code)
    if kind is None:
        reason = skips.get(code)
        scan.skip(f"CAMEO {code}: {reason}" if reason else f"CAMEO root {code[:2]}: no relation type")
    return kind


def _count(fields: list[str], number: int, kind: str, scan: FileScan, days: Days, actors: _Actors) -> None:
    """Count a row of a mapped code, unless an actor is missing or both sides are the same actor."""
    source = actors.resolve(fields, ACTOR1)
    target = actors.resolve(fields, ACTOR2)
    if source is None or target is None:
        scan.skip("no Actor1" if source is None else "no Actor2")
        return
    try:
        mentions = int(fields[MENTIONS] or 0)
        score = round(float(fields[GOLDSTEIN]) * 1000) if fields[GOLDSTEIN] else None
    except ValueError:
        scan.bad(number, f"bad number: NumMentions {fields[MENTIONS]!r}, GoldsteinScale {fields[GOLDSTEIN]!r}")
        return
    day = days.parse(fields[DAY])
    assert day is not None  # checked by _checked
    scan.count(kind, (source, target), day, (mentions, 0, score), (day[0], fields[EVENT_ID], clean(fields[URL])))
