"""The body a mediator acts for, named in an office after it: 'talks chaired by Anwar Ibrahim as the current ASEAN
chair' are mediated by ASEAN too."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention

# the office a mediator holds for a body, after 'as': "X, as the current ASEAN chair, brokered ..."
BODY_OFFICES = frozenset({"chair", "chairman", "chairwoman", "chairperson", "president", "presidency", "envoy"})
OFFICE_MODIFIERS = frozenset({"the", "current", "rotating", "then", "incoming", "outgoing", "acting", "'s", "’s"})
AUXILIARIES = frozenset({"had", "has", "have", "was", "is", "were", "will", "would"})  # "as the UN envoy had asked"
OFFICE_REACH = 6  # words from the actor to the end of its office: ", as the current rotating ASEAN chair"


def body_in_office(r: Reader, end: int) -> list[Mention]:
    """The body a mediator acts for, named in an office after it: 'chaired by Anwar Ibrahim as the current ASEAN
    chair' (ASEAN mediates too), 'X, as AU chairperson, brokered ...'."""
    s = r.s
    k = end + (s.low[end : end + 1] == [","])
    if s.low[k : k + 1] != ["as"]:
        return []
    for j in range(k + 1, min(len(s.low), k + OFFICE_REACH)):
        body = s.by_start.get(j)
        if body is not None:
            at = next((o for o in range(body.end, body.end + 2) if s.low[o : o + 1] and s.low[o] in BODY_OFFICES), -1)
            clause = at >= 0 and at + 1 < len(s.low) and (r.verbish(at + 1) or s.low[at + 1] in AUXILIARIES)
            office = at >= 0 and not clause and r.lex.actors[body.actor].kind == "organisation"
            return [body] if office else []  # not "as the UN envoy had requested", "as the ASEAN chair looked on"
        if s.low[j] not in OFFICE_MODIFIERS:
            return []
    return []
