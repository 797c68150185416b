"""POLECAT weekly files: tab-separated with a header row.

Known quirks are tolerated: an extra `Headline` column, stray tabs (empty trailing fields, or tabs inside a
last Headline column), and `Intensity` or `Event Intensity` as the intensity column's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphx.events.mapping import EventMapping, named_actor
from graphx.events.source import clean, fail, open_text
from graphx.events.tally import Days, FileScan

REQUIRED = ("event id", "event date", "event type", "actor name", "recipient name")
ALIASES = {"event intensity": "intensity"}


def _header(line: str, shown: str) -> dict[str, int]:
    names = [ALIASES.get(n.strip().casefold(), n.strip().casefold()) for n in line.rstrip("\r\n").split("\t")]
    while names and not names[-1]:
        names.pop()
    columns = {name: index for index, name in enumerate(names) if name}
    missing = [n for n in REQUIRED if n not in columns]
    if missing:
        raise fail(shown, f"not a POLECAT file: the header has no {', '.join(repr(m) for m in missing)} column")
    return columns


def _fields(line: str, columns: dict[str, int]) -> list[str] | None:
    """The row's fields, with stray tabs absorbed; None if the count cannot be explained."""
    fields = line.rstrip("\r\n").split("\t")
    width = max(columns.values()) + 1
    while len(fields) > width and not fields[-1].strip():
        fields.pop()
    if len(fields) > width and columns.get("headline") == width - 1:
        fields = [*fields[: width - 1], "\t".join(fields[width - 1 :])]
    if len(fields) < width and all(i < len(fields) for n, i in columns.items() if n in REQUIRED):
        fields += [""] * (width - len(fields))
    return fields if len(fields) == width else None


def scan_polecat(path: str, shown: str, mapping: EventMapping, period: str, max_errors: int) -> FileScan:
    """Read one POLECAT file into a FileScan."""
    scan = FileScan("polecat", shown)
    days = Days(period)
    seen: set[str] = set()
    with open_text(path) as stream:
        columns = _header(next(stream, ""), shown)
        width = max(columns.values()) + 1
        for number, line in enumerate(stream, 2):
            if not line.strip():
                continue
            fields = _fields(line, columns)
            if fields is None:
                scan.bad(number, f"expected {width} tab-separated columns, found {len(line.split(chr(9)))}")
            else:
                scan.rows += 1
                _one(fields, columns, number, scan, mapping, days, seen)
            if len(scan.problems) > max_errors:
                break
    if scan.rows == 0 and not scan.problems:
        scan.bad(1, "empty file: no events")
    return scan


def _one(
    fields: Sequence[str],
    columns: dict[str, int],
    number: int,
    scan: FileScan,
    mapping: EventMapping,
    days: Days,
    seen: set[str],
) -> None:
    def get(name: str) -> str:
        index = columns.get(name)
        return fields[index].strip() if index is not None else ""

    day = days.parse(get("event date")[:10])
    if day is None:
        scan.bad(number, f"bad date {get('event date')!r}; expected YYYY-MM-DD")
        return
    event = get("event type").upper()
    if not event.isalpha():
        scan.bad(number, f"bad PLOVER event type {get('event type')!r}")
        return
    try:
        score = round(float(get("intensity")) * 1000) if get("intensity") else None
    except ValueError:
        scan.bad(number, f"bad intensity {get('intensity')!r}")
        return
    event_id = get("event id") or f"{scan.file}:{number}"
    if event_id in seen:
        scan.skip("duplicate event id")
        return
    seen.add(event_id)
    rule = mapping.plover.get(event)
    mode, headline = get("event mode").lower(), clean(get("headline"))
    if rule is None or not rule.applies(mode, headline):
        scan.skip(f"PLOVER {event}{' ' + mode if mode else ''}: no relation type")
        return
    source = named_actor(mapping, get("actor name"), get("actor country"))
    target = named_actor(mapping, get("recipient name"), get("recipient country"))
    if source is None or target is None:
        scan.skip("no actor" if source is None else "no recipient")
        return
    scan.actor(*source)
    scan.actor(*target)
    scan.count(rule.type, (source[0], target[0]), day, (0, 0, score), (day[0], event_id, headline[:300]))
