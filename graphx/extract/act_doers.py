"""Who did an act condemned when it is named without its doer before it: after 'by' ('the seizure of Russian
assets by Belgium'), by where or between whom ('the arrest of a priest in Bangladesh', 'the military cooperation
between A and B'), the two of a compound ('the Russia-North Korea military cooperation'), or who backs the unnamed
fighters blamed ('blamed the attack on militants backed by India'), and whose coup 'the coup' is when an earlier
sentence says ('Fiji's army chief staged a coup. New Zealand condemned the coup')."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention, mentions_in
from graphx.extract.tokenised import lowered
from graphx.extract.tokens import skip_articles
from graphx.extract.words import DIPLOMATS, FIGHTER_NOUNS, HYPHENS, NOT_STATE_HEADS

# what two sides make together, condemned in both: "condemned the military cooperation between A and B"
PACTS = frozenset({"cooperation", "collaboration", "collusion", "pact", "treaty", "alliance", "partnership", "deal"})
PACT_SPAN = 6  # words from the verb to the pact: "condemned the deepening of military cooperation between"
FAILED = frozenset({"attempted", "failed", "foiled", "thwarted", "aborted"})  # coups that did not take the state
COUPS = frozenset({"coup", "putsch", "takeover"})
STATE_ACTS = frozenset(
    {"arrest", "arrests", "detention", "detentions", "execution", "executions", "sentencing", "crackdown", "expulsion"}
    | COUPS  # "condemned the coup in Gabon": the army now ruling is the state
    | {"crackdowns", "repression", "imprisonment", "jailing", "censorship", "executions"}
)  # acts only a state does where they happen: "criticised the repression of journalists in X"


def doer_after(r: Reader, pos: int) -> list[Mention]:
    """The doer named by 'by' just after the wronged one's goods: '... of Russian assets by Belgium'."""
    s = r.s
    by = next((j for j in range(pos, min(len(s.low), pos + 4)) if s.low[j] == "by"), None)
    if by is None or any(not w[:1].isalnum() and w not in ("'s", "’s") for w in s.low[pos:by]):
        return []  # "... sovereignty, backed by Israel": another clause's agent
    doer = s.by_start.get(by + 1) or s.by_start.get(by + 2)
    return r.group(doer, leftward=False) if doer is not None and doer.prep == "by" else []


def doers_of_act(r: Reader, end: int) -> list[Mention]:
    """Who did the act condemned, named only by where or between whom: the state where it took place ('condemned
    the arrest of a Hindu priest in Bangladesh': what only a state does there), the two sides of a pact ('condemned
    the military cooperation between North Korea and Russia')."""
    s = r.s
    pact = next((j for j in range(end, min(len(s.low), end + PACT_SPAN)) if s.low[j] in PACTS), None)
    if pact is not None and s.low[pact + 1 : pact + 2] == ["between"]:
        sides = r.between_pair(pact, window=4)
        return sides if len({m.actor for m in sides}) == 2 else []
    noun = next((j for j in range(end, min(len(s.low), end + 3)) if s.low[j] in STATE_ACTS), None)
    if noun is None or s.low[noun - 1] in FAILED or s.low[noun + 1 : noun + 2] == ["attempt"]:
        return []  # "the attempted coup in Bolivia": plotters against the state, not the state
    places = [m for m in r.right_objects(noun + 1, frozenset({"in"}), window=10) if m.prep == "in"]
    return places[:1]


def joint_partners(r: Reader, objects: list[Mention]) -> list[Mention]:
    """The second of an 'A-B' compound heading a pact criticised with them: 'condemned the Russia-North Korea military
    cooperation' (both), not 'the Russia-Ukraine war' (read elsewhere)."""
    s = r.s
    out = []
    for o in objects:
        pair = o.hyphen_pair
        if pair is None or pair.actor == o.actor or any(m.actor == pair.actor for m in objects) or o.prep is not None:
            continue  # "violations of the Israel-Hezbollah ceasefire deal": the deal wronged, not made
        j = pair.end
        while j < len(s.low) and j - pair.end < 2 and s.low[j] not in PACTS and s.low[j].isalpha():
            j += 1  # "military", "defence"
        if j < len(s.low) and s.low[j] in PACTS and "by" not in s.low[j + 1 : j + 4]:  # "... deal by Israel"
            out.append(pair)
    return out


# fighters the lexicon cannot name, whose backer a charge against them names: "militants backed by India"
UNNAMED_FIGHTERS = FIGHTER_NOUNS | frozenset(
    {"groups", "elements", "proxies", "terrorists", "mercenaries", "agents", "cells", "saboteurs", "militias"}
    | {"criminals", "gangs", "infiltrators"}
)
BACKING = frozenset(
    {"backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "controlled", "directed", "sent"}
)
SPONSORING = frozenset({"backed", "supported", "sponsored", "funded", "financed", "armed"})  # "Y-sponsored"
HEDGED_BACKING = frozenset({"allegedly", "reportedly", "purportedly", "apparently", "secretly", "covertly"})
BACKED_REACH = 10  # words from the verb to the fighters blamed: "blamed the attack in the village on militants"


def backers_of_unnamed(r: Reader, end: int) -> list[Mention]:
    """Who backs the unnamed fighters a charge is laid on: 'blamed the attack on militants backed by India',
    'attributed the attack to militants allegedly supported by Serbia' (India, Serbia); none past a clause break."""
    s = r.s
    low = s.low
    named = {k for m in s.mentions for k in range(m.start, m.end)}
    for j in range(end, min(len(low), end + BACKED_REACH)):
        if low[j] in (",", ";", ":", "and", "but", "which", "who", "that"):
            return []
        if low[j] not in UNNAMED_FIGHTERS or j in named:
            continue
        compound = s.by_end.get(j - 2) if j > 2 and low[j - 2] in HYPHENS and low[j - 1] in SPONSORING else None
        if compound is not None:  # "blamed the attack on Serbian-sponsored criminals" (not "French-trained")
            return [compound]
        k = j + 1 + (j + 1 < len(low) and low[j + 1] in HEDGED_BACKING)  # "militants allegedly backed by"
        if k + 1 >= len(low) or low[k] not in BACKING or low[k + 1] != "by":
            return []
        return doer_after(r, k + 1)  # "by the army", "by neighbouring Serbia"
    return []


MANNER_PREPS = frozenset({"with", "at", "over"})  # "dissatisfied with the way Y handled it"
MANNER_VERB_REACH = 3  # words from the doer to its verb: "the way Australian authorities handled"
# the unofficial ones a nationality may head: "the way Australian media covered the visit"
UNOFFICIAL_HEADS = frozenset({"media", "press", "journalists", "newspapers", "reporters", "fans", "people", "public"})


def way_doer(r: Reader, end: int) -> list[Mention]:
    """Who did what is disapproved of, told as its manner: 'dissatisfied with the way Australian authorities handled
    the incident' (Australia)."""
    low = r.s.low
    if len(low) < end + 4 or low[end] not in MANNER_PREPS or low[end + 1 : end + 3] != ["the", "way"]:
        return []
    k = end + 3 + (low[end + 3] in ("that", "in")) + (low[end + 3 : end + 5] == ["in", "which"])
    doer = r.s.by_start.get(skip_articles(low, k))  # "the way (the) United States handled"
    if doer is None or not any(r.verbish(j) for j in range(doer.end, min(len(low), doer.end + MANNER_VERB_REACH))):
        return []
    if low[doer.end : doer.end + 1] and low[doer.end] in NOT_STATE_HEADS | UNOFFICIAL_HEADS:
        return []  # "the way Australian media covered the visit": not the state
    return r.group(doer, leftward=False)


# what makes a coup told no taking of the state: "a failed coup", "foiled a coup attempt", "plotting a coup"
UNTAKEN = FAILED | frozenset({"attempt", "attempts", "tried", "survived", "plot", "plots", "plotting", "alleged"})
# a coup of another kind: "a diplomatic coup", "a publicity coup"
FIGURATIVE = frozenset({"diplomatic", "political", "publicity", "media", "marketing", "intelligence", "propaganda"})
COUP_REACH = 4  # words from a criticism verb to its coup: "condemned the 2006 military coup"
COUP_OPENERS = frozenset({"the", "this", "that", "last"})  # a coup the story has told of: "the coup", "last year's"
COUP_PLACE_REACH = 3  # words from a coup word to the state it is in: "a coup in Niger", "the coup in neighbouring X"


def coup_condemned(r: Reader, end: int, critics: list[Mention], bonus: float) -> bool:
    """'New Zealand condemned the coup': the state an earlier sentence tells the coup of, when a criticism verb names
    no actor (True when read)."""
    low = r.s.low
    coup = next((j for j in range(end, min(len(low), end + COUP_REACH)) if low[j] in COUPS), None)
    if coup is None or low[end] not in COUP_OPENERS or any(w in FAILED for w in low[end:coup]):
        return False
    if not all(w.isalnum() or w in ("'s", "’s", "-") for w in low[end:coup]):
        return False
    critics_ids = {m.actor for m in critics}
    state = _coup_state(r, critics_ids)
    for a in critics if state is not None else []:
        r.emit("criticism", a.actor, state, (), "criticism.condemned_act", bonus)
    return state is not None


def _coup_state(r: Reader, critics: set[str]) -> str | None:
    """The state of the latest coup an earlier sentence names with one: 'Fiji's army chief staged a coup', 'a coup in
    Niger' (not a critic's: 'New Zealand, a critic of the coup')."""
    context = r.context
    for text in reversed(context.document[: context.at]):
        if not any(word in text for word in COUPS):
            continue
        low = list(lowered(text))
        coups = [k for k, w in enumerate(low) if w in COUPS and not (k and low[k - 1] in FIGURATIVE)]
        if not coups:
            continue
        if any(w in UNTAKEN for w in low):
            return None  # "soldiers tried to seize power in a failed coup": no state was taken
        states = [
            m
            for m in mentions_in(text, context.table, context.date)
            if r.lex.actors[m.actor].kind == "state" and m.actor not in critics
        ]
        after = [m for m in states if any(0 < m.start - k <= COUP_PLACE_REACH and m.prep == "in" for k in coups)]
        # the nearest before it, but not a foreign envoy's: "Niger's junta ordered France's envoy out after the coup"
        before = [m for m in states if m.end <= coups[0] and not _envoy_of(low, m)]
        found = after or before[-1:]
        if found:
            return found[0].actor
    return None


def _envoy_of(low: list[str], mention: Mention) -> bool:
    """Whether a state is named as the sender of an envoy: "France's ambassador", "the French embassy"."""
    k = mention.end + (low[mention.end : mention.end + 1] in (["'s"], ["’s"]))
    return low[k : k + 1] != [] and (low[k] in DIPLOMATS or low[k] == "embassy")
