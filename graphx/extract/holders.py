"""Who held a place before it was taken: 'X captured the town, which had been held by Y', 'the town, which Y had
occupied', 'Banmauk, previously held by Y, was recaptured by X'. The side it was taken from is the other side of
the fight; the place itself names no one."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.words import BE, BOUNDARY, CONTROL_WORDS

HOLDER_SPAN = 14  # how far after a taking verb the holder's relative clause may end
HELD_ASIDE_SPAN = 24  # how far before a passive taking verb its 'held by' aside may open (bracketed initials too)
FORMERLY = frozenset({"previously", "formerly", "once", "jointly", "long", "until", "then", "already", "also"})


def held_after(r: Reader, end: int) -> list[Mention]:
    """The holder named in a relative clause after the object of a taking verb: ', which had been held by Y',
    ', which Y had occupied since March'."""
    s = r.s
    for j in range(end, min(len(s.low) - 1, end + HOLDER_SPAN)):
        if s.low[j] in BOUNDARY or s.low[j] in (";", ":"):
            return []
        if s.low[j] == "," and s.low[j + 1] in ("which", "that"):
            return _holder_clause(r, j + 2)
    return []


def held_before(r: Reader, pos: int) -> list[Mention]:
    """The holder named in a participle aside before a passive taking verb: 'Banmauk Town, previously jointly held
    by Y and Z, was recaptured by X'."""
    s = r.s
    for j in range(pos - 1, max(-1, pos - HELD_ASIDE_SPAN), -1):
        if s.low[j] in BOUNDARY:
            return []
        if s.low[j] in CONTROL_WORDS and j + 1 < pos and s.low[j + 1] == "by" and _aside_opens(r, j):
            return _by_group(r, j + 2, pos)
    return []


def _holder_clause(r: Reader, k: int) -> list[Mention]:
    """The holder in a relative clause opening at `k`: 'had been held by Y', 'Y had occupied'."""
    s = r.s
    j = k
    while j < len(s.low) and (s.low[j] in BE or s.low[j] in FORMERLY):
        j += 1
    if j + 1 < len(s.low) and s.low[j] in CONTROL_WORDS and s.low[j + 1] == "by":
        return _by_group(r, j + 2, len(s.low))
    holder = s.by_start.get(k)
    if holder is None or holder.possessive or holder.prep is not None:
        return []
    j = holder.end
    while j < len(s.low) and (s.low[j] in BE or s.low[j] in FORMERLY):
        j += 1
    return [holder] if j < len(s.low) and s.low[j] in CONTROL_WORDS else []


def _aside_opens(r: Reader, j: int) -> bool:
    """Whether the participle at `j` opens an aside set off by a comma: ', (previously) held by'."""
    s = r.s
    k = j - 1
    while k >= 0 and (s.low[k] in FORMERLY or s.low[k] in BE or s.low[k] == "which"):
        k -= 1
    return k >= 0 and s.low[k] == ","


def _by_group(r: Reader, k: int, stop: int) -> list[Mention]:
    """The actors of a 'by' phrase starting at `k` (after determiners), before `stop`."""
    s = r.s
    while k < stop and s.low[k] in ("the", "a", "an"):
        k += 1
    head = s.by_start.get(k)
    if head is None:
        return []
    return [m for m in r.group(head, leftward=False) if m.end <= stop]
