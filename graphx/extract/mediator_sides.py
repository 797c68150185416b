"""The sides of a mediator named without them, from what else its document says it mediated: 'In a meeting in
Cairo, Fatah and Hamas agreed to ... Cairo also brokered a similar agreement in 2011' (Egypt, between the two the
venue reading found), before the document's two sides are leant on."""

from __future__ import annotations

from collections.abc import Sequence

from graphx.extract.confidence import CONFIDENCE
from graphx.extract.sentence import Found

RULE = "mediation.dispute"  # read as the document's own dispute, at its confidence


def sides_found(pending: Sequence[tuple[int, str, str]], found: Sequence[Found]) -> list[Found]:
    """Readings for the pending mediators that another sentence's mediation reading gives two sides (at any
    confidence); the pending list is left whole, since who else is pending in a sentence tells co-mediators apart."""
    sides: dict[str, tuple[str, ...]] = {}
    for f in found:
        if f.type == "mediation" and f.source and len(set(f.parties)) == 2 and not f.rule.startswith("cooccurrence"):
            sides.setdefault(f.source, tuple(sorted(set(f.parties))))
    return [
        Found("mediation", mediator, None, sides[mediator], index, CONFIDENCE[RULE], RULE)
        for index, mediator, rule in pending
        if rule.startswith("mediation") and mediator in sides and mediator not in sides[mediator]
    ]
