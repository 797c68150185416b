"""Who a condemned act wrongs rather than who did it: the owner of the sovereignty violated, the victim of a killing,
the state whose embassy was the place."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.words import COUNT_WORDS, DETERMINERS, PLACE_NOUNS, VICTIM_ACTS, WRONGED_GOODS

MISSIONS = frozenset({"embassy", "consulate", "embassies", "consulates"})
MISSION_PLACES = frozenset({"outside", "near", "at", "on", "opposite", "against"})  # "an attack on Y's embassy"


def wronged_party(r: Reader, mention: Mention) -> bool:
    """Whether an actor is named as the one wronged: 'a violation of Syria's sovereignty', 'the sovereignty of Y',
    'the killing of Y's leader', 'an attack on the Koran in front of Y's embassy'."""
    s = r.s
    after = s.low[mention.end + 1] if mention.possessive and mention.end + 1 < len(s.low) else ""
    before = s.low[mention.start - 2] if mention.prep == "of" and mention.start >= 2 else ""
    k = mention.start - 1 - (mention.start > 1 and s.low[mention.start - 1] in DETERMINERS)
    k -= k > 1 and (s.low[k] in COUNT_WORDS or s.low[k].isdigit())  # "the detention of two Y diplomats"
    if k > 2 and s.low[k] == "of" and s.low[k - 1] in PLACE_NOUNS:  # "the occupation of the city of Goma"
        k -= 2 + (s.low[k - 2] in DETERMINERS)
    victim = k > 0 and s.low[k] == "of" and s.low[k - 1] in VICTIM_ACTS  # "condemned the killing of a Y leader"
    owned = s.low[mention.end + mention.possessive : mention.end + mention.possessive + 1]  # "Y's embassy"
    placed = k >= 0 and (s.low[k] in MISSION_PLACES or s.low[max(0, k - 1) : k + 1] == ["front", "of"])
    at_mission = placed and bool(owned) and owned[0] in MISSIONS
    return after in WRONGED_GOODS or before in WRONGED_GOODS or victim or at_mission  # "outside Y's embassy"
