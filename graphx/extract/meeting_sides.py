"""The sides a chaired meeting brings together, told after its chairs: 'The talks are co-chaired by the EU and the
UN and involve participants from Georgia and Russia'."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention

INVOLVING = frozenset({"involve", "involves", "involved", "include", "includes", "bring", "brings"})
PARTICIPANTS = frozenset({"participants", "representatives", "delegations", "delegates", "officials"})
UNSURE = frozenset({"not", "never", "could", "may", "might", "would", "will", "should", "if"})
TOPICS = frozenset({"trade", "climate", "investment", "energy", "economic", "business", "tariff", "tariffs"})
INVOLVED_REACH = 4  # words from the chairs to "and involve": "co-chaired by the OSCE, the EU and the UN, and involve"


def involved_sides(r: Reader, chairs: list[Mention]) -> list[str]:
    """The sides a chaired meeting brings together, in a clause after its chairs: 'The talks are co-chaired by the
    EU and the UN and involve participants from Georgia and Russia'."""
    low = r.s.low
    start = chairs[-1].end if chairs else len(low)
    verb = next((k for k in range(start, min(len(low), start + INVOLVED_REACH)) if low[k] in INVOLVING), -1)
    if verb < 0 or "and" not in low[start:verb] or UNSURE.intersection(low[:verb]) or TOPICS.intersection(low[:start]):
        return []  # "do not involve", "could be co-chaired", "the trade talks are co-chaired"
    k = verb + 1 + (low[verb + 1 : verb + 2] == ["the"])
    k += 2 if low[k : k + 1] and low[k] in PARTICIPANTS and low[k + 1 : k + 2] in (["from"], ["of"]) else 0
    head = r.s.by_start.get(k) or r.s.by_start.get(k + 1)
    sides = [m.actor for m in r.group(head, leftward=False, free=True)] if head is not None else []
    return sides if len(set(sides)) >= 2 else []
