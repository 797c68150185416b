"""Aggregation: coded events become one tally per (dataset, type, from, to, period), merged in any order.

Every sum is an integer (scores in thousandths), and evidence keeps the earliest few events by (day, id), so
the result does not depend on the order of rows, files or cluster workers.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from graphx.errors import Problem

PERIODS = ("day", "week", "month", "year")
EVIDENCE_LIMIT = 5

Key = tuple[str, str, str, str, str]  # dataset, type, from, to, period
Evidence = tuple[str, str, str]  # day, event id, url or text


@dataclass
class Tally:
    """The running totals of one relation."""

    events: int = 0
    mentions: int = 0
    fatalities: int = 0
    score_sum: int = 0  # thousandths
    score_n: int = 0
    first: str = "9999-12-31"
    last: str = "0000-01-01"
    evidence: list[Evidence] = field(default_factory=list)

    def add(self, day: str, mentions: int, fatalities: int, score: int | None, evidence: Evidence) -> None:
        """Count one event."""
        self.events += 1
        self.mentions += mentions
        self.fatalities += fatalities
        if score is not None:
            self.score_sum += score
            self.score_n += 1
        if day < self.first:
            self.first = day
        if day > self.last:
            self.last = day
        self.evidence.append(evidence)
        if len(self.evidence) > 4 * EVIDENCE_LIMIT:
            self.evidence = sorted(self.evidence)[:EVIDENCE_LIMIT]

    def merge(self, other: Tally) -> None:
        """Add another tally of the same relation."""
        self.events += other.events
        self.mentions += other.mentions
        self.fatalities += other.fatalities
        self.score_sum += other.score_sum
        self.score_n += other.score_n
        self.first = min(self.first, other.first)
        self.last = max(self.last, other.last)
        self.evidence = sorted(set(self.evidence) | set(other.evidence))[:EVIDENCE_LIMIT]

    def kept_evidence(self) -> list[Evidence]:
        """The earliest events, by (day, id), that the relation cites."""
        return sorted(set(self.evidence))[:EVIDENCE_LIMIT]


@dataclass
class FileScan:
    """What one file gave: tallies, actors seen, skipped rows by reason, and bad rows."""

    dataset: str
    file: str
    sha256: str = ""
    rows: int = 0
    counted: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    tallies: dict[Key, Tally] = field(default_factory=dict)
    actors: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (name, kind)

    def skip(self, reason: str) -> None:
        """Count a row that gives no relation."""
        self.skipped[reason] += 1

    def bad(self, line: int, message: str) -> None:
        """Record a bad row at its 1-based line."""
        self.problems.append(Problem(self.file, line, 1, message))

    def count(
        self,
        kind: str,
        ends: tuple[str, str],
        day: tuple[str, str],
        measures: tuple[int, int, int | None],
        ref: Evidence,
    ) -> None:
        """Count one event of `kind` between `ends` on (ISO day, period label): (mentions, fatalities, score)."""
        source, target = ends
        if source == target:
            self.skip("same actor on both sides")
            return
        if kind == "conflict" and target < source:
            source, target = target, source
        key = (self.dataset, kind, source, target, day[1])
        tally = self.tallies.get(key)
        if tally is None:
            tally = self.tallies[key] = Tally()
        tally.add(day[0], measures[0], measures[1], measures[2], ref)
        self.counted += 1

    def actor(self, actor_id: str, name: str, kind: str) -> None:
        """Note an actor; the smallest name seen wins, so the order of rows does not matter."""
        known = self.actors.get(actor_id)
        if known is None or (name, kind) < known:
            self.actors[actor_id] = (name, kind)


def merge_scans(scans: Iterable[FileScan]) -> tuple[dict[Key, Tally], dict[str, tuple[str, str]]]:
    """The tallies and actors of several files together."""
    tallies: dict[Key, Tally] = {}
    actors: dict[str, tuple[str, str]] = {}
    for scan in scans:
        for key, tally in scan.tallies.items():
            held = tallies.get(key)
            if held is None:
                tallies[key] = Tally()
                held = tallies[key]
            held.merge(tally)
        for actor_id, named in scan.actors.items():
            if actor_id not in actors or named < actors[actor_id]:
                actors[actor_id] = named
    return tallies, actors


def period_of(day: dt.date, period: str) -> str:
    """The label of the period a day falls in: 2025-01-07, 2025-W02, 2025-01 or 2025."""
    if period == "day":
        return day.isoformat()
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


class Days:
    """Day strings checked and labelled once each: most files hold a few distinct days."""

    def __init__(self, period: str) -> None:
        self.period = period
        self._seen: dict[str, tuple[str, str] | None] = {}

    def parse(self, text: str) -> tuple[str, str] | None:
        """(ISO day, period label) of YYYYMMDD or YYYY-MM-DD text, or None if it is not a date."""
        found = self._seen.get(text, False)
        if found is not False:
            return found  # type: ignore[return-value]
        result = None
        digits = text.replace("-", "") if len(text) == 10 and text[4] == "-" == text[7] else text
        if len(digits) == 8 and digits.isdigit():
            try:
                day = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
                result = (day.isoformat(), period_of(day, self.period))
            except ValueError:
                result = None
        self._seen[text] = result
        return result
