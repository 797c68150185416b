"""The sides a meeting or process brings together, told after those who chair or broker it: 'The talks are
co-chaired by the EU and the UN and involve participants from Georgia and Russia', 'The peace process brokered by the
AU and Sudan includes the government and the anti-Balaka and Seleka militias'."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.words import OTHER_TOPICS

INVOLVING = frozenset({"involve", "involves", "involved", "include", "includes", "bring", "brings"})
PARTICIPANTS = frozenset({"participants", "representatives", "delegations", "delegates", "officials"})
UNSURE = frozenset({"not", "never", "could", "may", "might", "would", "will", "should", "if"})
INVOLVED_REACH = 4  # words from the chairs to "and involve": "co-chaired by the OSCE, the EU and the UN, and involve"


def involved_sides(r: Reader, chairs: list[Mention]) -> list[str]:
    """The sides a chaired meeting brings together, in a clause after its chairs: 'The talks are co-chaired by the
    EU and the UN and involve participants from Georgia and Russia'."""
    low = r.s.low
    start = chairs[-1].end if chairs else len(low)
    verb = next((k for k in range(start, min(len(low), start + INVOLVED_REACH)) if low[k] in INVOLVING), -1)
    if verb < 0 or "and" not in low[start:verb] or UNSURE.intersection(low[:verb]):
        return []  # "do not involve", "could be co-chaired"
    if OTHER_TOPICS.intersection(low[:start]):
        return []  # "the trade talks are co-chaired"
    k = verb + 1 + (low[verb + 1 : verb + 2] == ["the"])
    k += 2 if low[k : k + 1] and low[k] in PARTICIPANTS and low[k + 1 : k + 2] in (["from"], ["of"]) else 0
    head = r.s.by_start.get(k) or r.s.by_start.get(k + 1)
    sides = [m.actor for m in r.group(head, leftward=False, free=True)] if head is not None else []
    return sides if len(set(sides)) >= 2 else []


INCLUDED_REACH = 10  # words from a reduced passive's agents to its main verb: "... with the support of the UN includes"
PACTS = frozenset({"defence", "defense", "military", "pact", "alliance", "coalition", "security"})  # allies' deals
INCLUDED_TOPIC_REACH = 4  # words before the participle where the process's topic is named: "the trade deal"
INCLUDED_SIDES_REACH = 10  # words from that verb to the first side: "includes the government and 14 armed groups"


def included_sides(r: Reader, pos: int, agents: list[Mention]) -> list[str]:
    """The sides a process brokered by its agents includes, named after its main verb: 'The peace process brokered by
    the AU and Sudan with the support of the UN includes the government and 14 armed groups, mainly anti-Balaka and
    Seleka militias'."""
    low = r.s.low
    start = agents[-1].end if agents else len(low)
    verb = next((k for k in range(start, min(len(low), start + INCLUDED_REACH)) if low[k] in INVOLVING), -1)
    if verb < 0 or any(w in (",", ";", ".") for w in low[start:verb]) or UNSURE.intersection(low[start:verb]):
        return []
    if (OTHER_TOPICS | PACTS).intersection(low[max(0, pos - INCLUDED_TOPIC_REACH) : pos]):
        return []  # "the trade deal brokered by X includes A and B"
    reach = range(verb + 1, min(len(low), verb + 1 + INCLUDED_SIDES_REACH))
    first = next((r.s.by_start[k] for k in reach if k in r.s.by_start), None)
    if first is not None and first.prep is not None:
        return []  # "includes funding from the EU and the UN", "a role for Rwanda": not the sides
    sides = [m.actor for m in r.group(first, leftward=False, free=True)] if first is not None else []
    return sides if len(set(sides)) >= 2 else []
