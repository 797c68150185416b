"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) and the date ranges they cover."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial_date(text: str) -> str:
    """Return `text` as a checked partial date, or raise ValueError saying why."""
    match = _PARTIAL_DATE.match(text.strip())
    if not match:
        raise ValueError(f"bad date {text!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"bad date {text!r}: {exc}") from None
    return match.group(0)


def first_day(partial: str) -> dt.date:
    """The first day a partial date covers: 2022-09 -> 2022-09-01."""
    parts = [int(p) for p in partial.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(partial: str) -> dt.date:
    """The last day a partial date covers: 2022-09 -> 2022-09-30."""
    parts = [int(p) for p in partial.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return dt.date(year, month, day)
