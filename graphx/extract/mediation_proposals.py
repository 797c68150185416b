"""A third side's truce proposal that the sides accept ('Israel and Hamas accepted Egypt's ceasefire proposal',
'Thailand and Cambodia agreed to a Malaysian proposal for an immediate ceasefire', 'a peace plan put forward by
Qatar was accepted by both sides'). Who offers the sides a truce mediates between them; a side's own proposal
('Hamas accepted Israel's proposal') and a bystander's backing ('France backed Egypt's plan') are no mediation."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.tokens import base_in
from graphx.extract.war_words import TRUCES
from graphx.extract.words import BE

OFFERED = frozenset({"proposal", "suggestion", "initiative", "peace plan", "ceasefire plan", "truce plan"})
PLANS = frozenset({"peace plan", "ceasefire plan", "truce plan"})  # read only as a proposal the sides accept
ACCEPTING = frozenset({"accept", "approve"})  # what only the sides do with a proposal put to them
AGREEING = frozenset({"agree"})  # "agreed to Malaysia's proposal": only with 'to'
PEACE_WORDS = TRUCES | {"truces", "peace", "de-escalation"}
PURPOSES = (("to", "end"), ("to", "halt"), ("to", "stop"))  # "a proposal to end the fighting"
VERB_REACH = 9  # words from the accepting verb to the proposal's noun: "accepted the first phase of Trump's peace plan"
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "that", "which", "but", "while", "after", "before"})
OWNER_PREPS = frozenset({"from", "by"})  # "a proposal from Egypt", "a plan put forward by Qatar"


def accepted(r: Reader, pos: int, end: int) -> bool:
    """Read the proposal noun at `pos`..`end` as a third side's truce accepted by the sides; whether it was."""
    s = r.s
    if not _about_peace(s.low, pos, end):
        return False
    # "Putin says A and B accepted his plan": whose plan a pronoun leaves open, and the sayer may be a side
    pronoun = any(w in ("his", "her") for w in s.low[max(0, pos - 4) : pos])
    owners = ([] if pronoun else r.possessor_before(pos)) or _proposers_after(r, end)
    if not owners:
        return False
    accepters = _accepters_before(r, pos, owners) or _accepters_after(r, end)
    mediators = {m.actor for m in owners}
    sides = [m.actor for m in accepters if m.actor not in mediators]
    if not sides or len(sides) < len(accepters):
        return False  # "Hamas and Israel accepted Israel's plan": a side's own proposal
    if len(set(sides)) < 2:
        sides += [m.actor for m in r.right_objects(end, frozenset({"with"}), window=10)[:1]]
        if mediators & set(sides):
            return False  # "Hamas accepted Israel's proposal to end the fighting with Israel"
    for owner in owners:
        r.emit("mediation", owner.actor, None, tuple(sides), "mediation.proposal_accepted")
    return True


def _proposers_after(r: Reader, end: int) -> list[Mention]:
    """'a proposal from Egypt and Qatar', 'a plan put forward by Qatar': the list after 'from' or 'by'."""
    named = r.right_objects(end, OWNER_PREPS, window=6)
    if not named or named[0].prep not in OWNER_PREPS:
        return []
    listed = [named[0]]
    for m in named[1:]:
        if m.prep is not None:
            break
        listed.append(m)
    return listed


def _about_peace(low: list[str], pos: int, end: int) -> bool:
    """Whether the proposal is a truce or peace: 'a ceasefire proposal', 'a proposal for a truce', 'to end the war'."""
    before = low[max(0, pos - 2) : pos]
    after = low[end : end + 6]
    if any(w in PEACE_WORDS for w in (*before, *low[pos:end])):
        return True
    if after[:1] in (["for"], ["on"]) and any(w in PEACE_WORDS for w in after[1:]):
        return True
    return any(tuple(after[:2]) == p for p in PURPOSES)


def _accepters_before(r: Reader, pos: int, owners: list[Mention]) -> list[Mention]:
    """The subject of 'accepted' or 'agreed to' a few words before the proposal: 'A and B accepted X's proposal',
    'agreed to the first phase of X's peace plan' (not past a clause break or another actor)."""
    s = r.s
    mine = {id(m) for m in owners}
    for j in range(pos - 1, max(-1, pos - 1 - VERB_REACH), -1):
        word = s.low[j]
        if word in CLAUSE_BREAKS or (j + 1 in s.by_end and id(s.by_end[j + 1]) not in mine):
            return []
        if base_in(word, ACCEPTING) or (base_in(word, AGREEING) and s.low[j + 1 : j + 2] == ["to"]):
            subject, _ = r.left_subject(j)
            return [] if not subject or r.hedged(r.hedge_from(subject, j), j) else subject
    return []


def _accepters_after(r: Reader, end: int) -> list[Mention]:
    """The agents of a passive acceptance after the proposal: 'X's proposal was accepted by A and B'."""
    s = r.s
    k = end
    while k < min(len(s.low), end + 3) and s.low[k] in BE:
        k += 1
    if k == end or k >= len(s.low) or not base_in(s.low[k], ACCEPTING):
        return []
    return [m for m in r.agent_after(k + 1, window=8) if m.prep in ("by", None)]
