"""Who strikes and what a strike hits, as news words it: the list of targets after a strike ('against the PKK and
the YPG'), what is fired at ('fired 50 drones at Y'), the state of the sites a verb hits when no actor is its
object ('struck targets in southern Lebanon'), and the doer of 'to VERB' after a main verb's object ('supplied Y
with weapons to fight Z': Y fights)."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.words import DETERMINERS, PLACE_PREPS, SITE_ADJECTIVES, SITES, SPEECH

PROJECTILES = frozenset({"rockets", "rocket", "missiles", "missile", "drones", "drone", "shells", "mortars", "mortar"})
FIRED_AT = frozenset({"at", "into", "on", "toward", "towards"})
INSIDE: frozenset[str | None] = frozenset({"inside", "into", "across"})
USED_BY = frozenset(
    {("used", "by"), ("linked", "to"), ("held", "by"), ("controlled", "by"), ("run", "by"), ("belonging", "to")}
)


def sites_in(r: Reader, end: int) -> list[Mention]:
    """The state whose sites a conflict verb's object names: 'struck targets in southern Lebanon', 'shelled villages
    in X' (a group based there and named beside it takes its place, as for nouns)."""
    s = r.s
    j = end + (s.low[end : end + 1] == ["deep"])
    if s.low[j : j + 1] in (["inside"], ["into"], ["across"]):  # "struck deep inside Russian territory"
        return [m for m in r.right_objects(j, INSIDE, window=4) if m.prep in INSIDE][:1]
    while j < len(s.low) and (s.low[j] in DETERMINERS or s.low[j].isdigit() or s.low[j] in SITE_ADJECTIVES):
        j += 1
    if j >= len(s.low) or s.low[j] not in SITES:
        return []
    places = [m for m in r.right_objects(j + 1, frozenset(PLACE_PREPS), window=5) if m.prep in PLACE_PREPS][:1]
    if places and tuple(s.low[places[0].end : places[0].end + 2]) in USED_BY:
        # "struck targets in Iraq used by Iran-backed militias": the users are the other side, not the host state
        return []
    return places


def infinitive_subject(r: Reader, pos: int, subject: list[Mention]) -> list[Mention]:
    """The doer of 'to VERB' after a main verb's object: the object ('armed Y to fight Z', 'supplied Y with weapons
    to attack Z'), not the main subject; the subject stands when no actor comes between."""
    s = r.s
    if pos < 2 or s.low[pos - 1] != "to" or not subject:
        return subject
    between = [
        m
        for m in s.mentions
        if subject[-1].end <= m.start < m.end < pos
        and m.prep is None  # a direct object; "sent troops into Syria to fight" names a place
        and not m.possessive
        and m.actor not in {a.actor for a in subject}
    ]
    if not between or any(w in (",", ";") or w in SPEECH for w in s.low[between[-1].end : pos]):
        return subject
    return r.group(between[0], leftward=False, free=True)


def and_joined(r: Reader, listed: list[Mention], preps: frozenset[str]) -> list[Mention]:
    """The target after a conflict noun and the actors joined to it by 'and' ('strikes against the PKK and the
    YPG'); not a list that runs on past a comma ('its invasion of Ukraine, the US and the EU have ...')."""
    s = r.s
    if not listed or listed[0].prep not in preps:
        return []
    kept = [listed[0]]
    for mention in listed[1:]:
        j = mention.start - 1
        while j > kept[-1].end and s.low[j] in DETERMINERS:
            j -= 1
        if j != kept[-1].end or s.low[j] != "and":
            break
        kept.append(mention)
    return kept


def fired_at(r: Reader, end: int) -> list[Mention]:
    """The target of 'fire' with what was fired named after it: 'fired 50 drones at Y', 'fired rockets into Y'."""
    s = r.s
    fired = next((j for j in range(end, min(len(s.low), end + 4)) if s.low[j] in PROJECTILES), None)
    if fired is None:
        return []
    return [o for o in r.right_objects(fired + 1, FIRED_AT, window=5) if o.prep in FIRED_AT]
