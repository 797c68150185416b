"""Ceasefires and peace deals as conflict news reports them: two sides named with a truce have been fighting ('a
ceasefire between X and Y', 'an X-Y truce', 'X and Y agreed to a ceasefire', 'X halted a ceasefire pact with Y', 'a
truce signed by X and Y'), and so have a government and an armed group that made peace ('a 2016 peace deal between
the government and the FARC')."""

from __future__ import annotations

from graphx.extract import forces, mediation_efforts
from graphx.extract.clauses import Reader
from graphx.extract.coordination import closes_fronted_clause
from graphx.extract.criticism_more import trailing_speaker
from graphx.extract.mentions import Mention
from graphx.extract.tokens import base_in
from graphx.extract.war_words import (
    TRUCE_ADJECTIVES,
    TRUCE_ATTEMPTS,
    TRUCE_DOCUMENTS,
    TRUCE_PARTY_VERBS,
    TRUCE_RENEWING,
)
from graphx.extract.words import (
    BE,
    BOUNDARY,
    CEASEFIRE_VERBS,
    DETERMINERS,
    FIGURATIVE_WAR,
    PLACE_PREPS,
    POSSESSIVE,
    PREPOSITIONS,
    VAGUE_CONFLICT,
)
from graphx.lexicon import Cue

MEDIATED_COMPOUNDS = frozenset({"brokered", "mediated", "sponsored", "facilitated", "proposed"})
# words between a truce's owner and the truce: "AA's informal ceasefire with the Tatmadaw"
VENUE_EVENTS = frozenset({"talks", "negotiations", "meeting", "meetings", "summit"})  # "after talks in Doha"


def ceasefires(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """A ceasefire or truce between two named sides: they have been fighting; so have a government and an armed
    group that made peace."""
    if not NOT_WAR_TRUCES.isdisjoint(r.s.low[end : end + TRUCE_TOPIC_REACH]):
        return  # "a truce over barley tariffs", "a truce in their trade row": no war ends
    pair = r.between_pair(pos, window=3)
    if any(m.others for m in pair):
        return  # "a truce between the two countries" may end a feud: the document's sides are at war only if it says so
    peace = cue.base.startswith("peace")
    if len({m.actor for m in pair}) == 2:
        _emit(r, pair, "conflict.ceasefire_between", peace)
        return
    near = r.hyphen_pair_near(pos, before=2, after=2)
    near = None if near and MEDIATED_COMPOUNDS.intersection(r.s.low[max(0, pos - 2) : pos]) else near  # brokers
    if near and not peace:
        r.emit("conflict", None, None, near, "conflict.ceasefire_hyphen_pair")
        return
    before = r.between_pair_before(pos, window=10)  # "negotiations between X and Y over a ceasefire"
    if len({m.actor for m in before}) == 2 and not _elsewhere(r, pos, end, before):
        _emit(r, before, "conflict.ceasefire_between", peace)
        return
    sides = _truce_with(r, pos, end)  # "X halted a ceasefire pact with Y"
    if len({m.actor for m in sides}) == 2:
        _emit(r, sides, "conflict.ceasefire_with", peace)
        return
    signers = _signed_by(r, end)  # "a ceasefire signed on Monday by the Thai and Cambodian defence ministers"
    if len({m.actor for m in signers}) == 2:
        _emit(r, signers, "conflict.ceasefire_agreed", peace)
        return
    agreed = _agreed_by(r, pos, end)  # "X and Y agreed to a ceasefire", "X and Y reached a deal to revive a truce"
    if agreed:
        _emit(r, agreed, "conflict.ceasefire_agreed", peace)
        for m in mediation_efforts.contacted_before(r, agreed, pos):  # "X spoke with A and B, who agreed to a truce"
            r.emit("mediation", m.actor, None, tuple(dict.fromkeys(a.actor for a in agreed)), "mediation.contacted")


def _emit(r: Reader, sides: list[Mention], rule: str, peace: bool) -> None:
    """A conflict between the two sides of a truce; of a peace deal only when one side is an armed group (a peace
    treaty between two states may end a feud, or a state of war long past): 'the government and the MFDC signed a
    peace agreement', 'a 2016 peace deal between the government and the FARC'."""
    actors = tuple(dict.fromkeys(m.actor for m in sides))
    if not peace:
        r.emit("conflict", None, None, actors, rule)
    elif any(forces.kind(r, a) == "group" for a in actors):
        r.emit("conflict", None, None, actors, "conflict.peace_deal")


def _elsewhere(r: Reader, pos: int, end: int, pair: list[Mention]) -> bool:
    """Whether the truce is another pair's, named at it: 'talks between A and B on a Gaza ceasefire', 'a meeting
    between A and B on a ceasefire in Ukraine' (A and B negotiate it; they are not its sides)."""
    s = r.s
    sides = {m.actor for m in pair}
    owner = s.by_end.get(pos)  # "a Sudan ceasefire"
    if owner is not None and owner.actor not in sides:
        return True
    if pos > 1 and owner is None and s.tokens[pos - 1][:1].isupper() and s.low[pos - 2] in DETERMINERS:
        return True  # "a Gaza ceasefire": a place of its own
    j = end + 1 if end < len(s.low) and s.low[end] in ("in", "for", "on", "between") else -1
    while 0 <= j < len(s.low) and s.low[j] in DETERMINERS:
        j += 1
    place = s.by_start.get(j) if j >= 0 else None
    return place is not None and place.actor not in sides


def _agreed_by(r: Reader, pos: int, end: int) -> list[Mention]:
    """The two subjects of a verb agreeing, signing, renewing or breaking the truce at `pos`, unless it is someone
    else's ('... a ceasefire in Z') or they only try to ('Qatar and Egypt sought to revive the truce')."""
    s = r.s
    verbs = CEASEFIRE_VERBS | TRUCE_RENEWING
    verb = next((j for j in range(pos - 1, max(-1, pos - 7), -1) if base_in(s.low[j], verbs)), None)
    if verb is None or any(w in BOUNDARY or w == "," for w in s.low[verb:pos]):
        return []
    if s.low[end : end + 1] and s.low[end] in PROPOSED_TRUCES:
        return []  # "Egypt and Qatar agreed to a new truce proposal": mediators may agree on what they propose
    main = _deal_verb(r, verb)
    subject, pronoun = r.left_subject(main)
    if pronoun is not None or len({m.actor for m in subject}) != 2 or len(subject) != 2:
        return []
    if any(base_in(w, TRUCE_ATTEMPTS) or w in TRUCE_ATTEMPTS for w in s.low[subject[-1].end : verb]):
        return []  # "Qatar and Egypt are trying to revive the ceasefire": mediators
    if main and s.low[main - 1] == "to" and any(w in PREPOSITIONS for w in s.low[subject[-1].end : main - 1]):
        return []  # "A and B are applying pressure on all sides to agree to a truce": the sides agree, not A and B
    first = subject[0].start
    listed = s.by_end.get(first - 1) if first > 0 and s.low[first - 1] == "," else None
    fronted = listed is not None and closes_fronted_clause(s.low, first - 1)  # "After talks brokered by X, A and B"
    if listed is not None and listed.prep not in PLACE_PREPS and listed.prep != "at" and not fronted:
        return []  # "with mediators from A, B and C to try to agree a ceasefire": the tail of a longer list
    speakers = trailing_speaker(r, pos)  # "A and B agreed to a truce, Oman said": who says so is no third side
    others = [
        m
        for m in s.mentions
        if subject[-1].end <= m.start < min(len(s.low), end + 4)
        and m not in speakers
        and not (m.start > 1 and s.low[m.start - 1] in ("in", "at") and s.low[m.start - 2] in VENUE_EVENTS)
        and m.compound not in MEDIATED_COMPOUNDS
    ]  # "agreed to a ceasefire in Gaza" is another's; "... after talks in Doha" names where they talked; "a
    # US-brokered ceasefire" names its broker
    return [] if others else subject


# what a truce may be over that is no war: "agreed to a truce in their trade row", "a truce over barley tariffs"
NOT_WAR_TRUCES = frozenset(
    {"trade", "tariff", "tariffs", "row", "spat", "feud", "diplomatic", "subsidies", "subsidy", "commercial"}
    | {"economic", "price", "prices", "media", "political"}
)
TRUCE_TOPIC_REACH = 5  # words after a truce where its topic stands: "a truce in their long trade row"
PROPOSED_TRUCES = frozenset({"proposal", "proposals", "plan", "plans", "framework", "initiative", "draft"})
DEAL_SPAN = 8  # from an infinitive back to the deal it completes: "reached a draft deal last month to revive"


def _deal_verb(r: Reader, verb: int) -> int:
    """The verb whose subject does what the infinitive at `verb` says: the agreeing verb of 'X and Y reached a deal
    to revive a ceasefire', else `verb` itself."""
    s = r.s
    if verb < 2 or s.low[verb - 1] != "to":
        return verb
    for j in range(verb - 2, max(-1, verb - DEAL_SPAN), -1):
        if s.low[j] in BOUNDARY or s.low[j] == ",":
            break
        if base_in(s.low[j], SIGNING):
            return j
    return verb


def _signed_by(r: Reader, end: int) -> list[Mention]:
    """The two sides that signed or agreed the truce just before `end`, named in a by-phrase after its participle."""
    s = r.s
    verb = next((j for j in range(end, min(len(s.low), end + 3)) if base_in(s.low[j], CEASEFIRE_VERBS)), None)
    if verb is None or not s.low[verb].endswith(("ed", "en")):
        return []
    return r.agent_after(verb + 1, window=8)


APPOSED_REACH = 10  # words from "with" to a name after its description: "with the largest rebel group, the"


def _apposed_after(r: Reader, with_at: int) -> Mention | None:
    """The side named in apposition after a description that follows 'with': 'a peace pact with the nation's largest
    rebel group, the MILF' (the name hangs on 'with' too)."""
    s = r.s
    for m in s.mentions:
        comma = m.start - 1 - (s.low[m.start - 1] == "the")
        if with_at + 2 < m.start <= with_at + APPOSED_REACH and m.prep == "with" and s.low[comma] == ",":
            return m
    return None


def _truce_with(r: Reader, pos: int, end: int) -> list[Mention]:
    """The two sides of 'X halted a ceasefire pact with Y', 'X signed a truce with Y': the subject of a verb that
    keeps, breaks or makes the truce, and the side after 'with'."""
    s = r.s
    k = end + 1 if end < len(s.low) and s.low[end] in TRUCE_DOCUMENTS else end
    if k >= len(s.low) or s.low[k] != "with":
        return []
    j = k + 1
    while j < len(s.low) and s.low[j] in DETERMINERS:
        j += 1
    other = s.by_start.get(j) or _apposed_after(r, k)
    owner = _truce_owner(r, pos)  # "AA's informal ceasefire with the Tatmadaw"
    if owner is not None and other is not None:
        return [owner, other]
    verb = None
    for j in range(pos - 1, max(-1, pos - 6), -1):
        if s.low[j] in BOUNDARY or s.low[j] == "," or j in s.by_start:
            return []
        if s.low[j] in TRUCE_PARTY_VERBS:
            verb = j
            break
    if verb is None or other is None:
        return []
    head = verb
    while head > 0 and s.low[head - 1] in BE:  # "it was halting": the subject before the auxiliary
        head -= 1
    subject, _ = r.left_subject(head)
    if len(subject) != 1 or r.hedged(subject[0].end, verb):
        return []
    return [subject[0], other]


def _truce_owner(r: Reader, pos: int) -> Mention | None:
    """The one side owning the truce at `pos` by a possessive: 'AA's informal ceasefire', 'the junta's truce'."""
    s = r.s
    j = pos - 1
    while j > 0 and s.low[j] in TRUCE_ADJECTIVES:
        j -= 1
    if j < 1 or not (s.low[j] in POSSESSIVE or s.low[j] in ("'", "’")):
        return None
    owner = s.by_end.get(j)
    return owner if owner is not None and owner.possessive and owner.prep is None else None


ENDING = frozenset(
    {
        "end",
        "ending",
        "ended",
        "ends",
        "halt",
        "halting",
        "stop",
        "stopping",
        "de-escalate",
        "defuse",
        "resolve",
        "settle",
    }
)
SIGNING = frozenset({"agree", "sign", "reach", "accept"})  # the sides' own verbs; mediators 'work' or 'help' to end
DE_ESCALATE = ["de", "-", "escalate"]  # "to de-escalate the border conflict" (a hyphenated word is three tokens)
HELPING = frozenset({"help", "helping", "work", "working", "toward", "towards", "keep", "try", "trying", "efforts"})
# who signs beside the sides, not as one: "signed as witnesses to the deal", "a statement backing the deal"
WITNESSING = frozenset({"witness", "witnesses", "guarantor", "guarantors", "statement", "backing", "supporting"})
ENDED_WARS = frozenset({"war", "wars", "fighting", "hostilities", "clashes", "warfare", "bloodshed"})
ENDED_BY_SIDES = frozenset({"ended", "ends", "overcame", "overcome"})  # the sides' own finite verb: "A and B ended"
OWN_WARS = frozenset({"war", "wars", "hostilities", "hostility", "warfare", "bloodshed"})  # not "fighting over tariffs"
DURATIONS = frozenset({"decades", "years", "months", "decade", "year"})  # "ended two decades of hostilities"
ENDING_WORDS = ENDING | ENDED_BY_SIDES
TALKS = frozenset({"talks", "negotiations"})  # "A and B held talks to end the war": the two sides talk
HOLDING_TALKS = frozenset({"held", "hold", "holding", "holds", "began", "opened", "resumed", "direct", "peace"})
ENDING_SPAN = 12  # from the signing verb to the conflict noun: "signed a declaration in Doha aimed at ending months of"


def ended(r: Reader, pos: int) -> None:
    """'A and B signed a declaration aimed at ending months of fighting', 'A and B agreed to end decades of
    conflict': the two who sign or agree to end the fighting have been fighting each other."""
    s = r.s
    stop = next(
        (
            j
            for j in range(pos - 1, max(-1, _superlative_start(s.tokens, s.low, pos) - 6), -1)
            if s.low[j] in ENDING_WORDS or s.low[j - 2 : j + 1] == DE_ESCALATE
        ),
        None,
    )
    if stop is None or s.low[pos - 1] in FIGURATIVE_WAR:  # "agreed to end their trade war"
        return
    verb = next((j for j in range(stop - 1, max(-1, stop - ENDING_SPAN), -1) if base_in(s.low[j], SIGNING)), None)
    own = s.low[stop] in ENDED_BY_SIDES and s.low[pos] in OWN_WARS and _lasting(s.low, pos)  # "two decades of"
    verb = stop if verb is None and own else verb
    if verb is None:
        _mediated_war(r, pos)
        return
    if any(w in BOUNDARY or w in HELPING or w in WITNESSING for w in s.low[verb:stop]):
        return  # "agreed to help end the fighting", "signed as witnesses to the deal ending ...": mediators
    subject, pronoun = r.left_subject(verb)
    if pronoun is None and subject:
        subject = r.group(subject[0], leftward=False, free=True)
    if verb == stop and (not subject or subject[0].start > r.clause_start(verb) + 2):
        return  # "the agreement reached by the presidents of A and B ended the war": the agreement ended it
    sides = {m.actor for m in subject}
    after = [m for m in s.mentions if pos < m.start <= pos + ENDING_SPAN]
    if any(m.actor not in sides for m in after):
        return  # "... to end the war in Ukraine", "... the fighting between the army and the RSF": others' war
    if len(sides) == 2 and len(subject) == 2 and not r.hedged(subject[-1].end, verb):
        r.emit("conflict", None, None, tuple(m.actor for m in subject), "conflict.ended")


def _mediated_war(r: Reader, pos: int) -> None:
    """'X offered to mediate between A and B to end the war', 'X hosted talks between A and B aimed at ending the
    fighting': the two parties a mediation of the sentence names before the war it is to end are its sides. A
    'conflict' ended is a war only when a party is an armed group: two states' conflict may be a row."""
    s = r.s
    mediated = next(
        (f.parties for f in r.out if f.type == "mediation" and len(f.parties) == 2 and f.sentence == s.index), ()
    )
    parties = mediated or _talking_sides(r, pos)
    if not parties or s.low[pos] not in ENDED_WARS | VAGUE_CONFLICT:
        return
    if s.low[pos] in VAGUE_CONFLICT and not any(r.lex.is_group(party) for party in parties):
        return
    if any(len(set(pair) & set(parties)) == 1 for pair in r.context.fought):
        return  # "Russia invaded Ukraine. US and Russian officials held talks on ending the war": that war
    named = [m for m in s.mentions if m.actor in parties]
    after = [m for m in s.mentions if pos < m.start <= pos + ENDING_SPAN]
    if named and max(m.end for m in named) <= pos and not any(m.actor not in parties for m in after):
        r.emit("conflict", None, None, parties, "conflict.mediated_war" if mediated else "conflict.talks_to_end")


def _talking_sides(r: Reader, pos: int) -> tuple[str, ...]:
    """'A and B held talks to end the war', 'talks between A and B aimed at ending the fighting': the two who talk
    (with no mediator named) before the war they are to end."""
    s = r.s
    noun = next((j for j in range(pos - 1, max(-1, pos - ENDING_SPAN), -1) if s.low[j] in TALKS), None)
    if noun is None:
        return ()
    verb = next((j for j in range(noun - 1, max(-1, noun - 3), -1) if s.low[j] in HOLDING_TALKS), None)
    if s.low[noun + 1 : noun + 2] == ["between"] and noun + 2 in s.by_start:
        sides = r.group(s.by_start[noun + 2], leftward=False, free=True)
    elif verb is not None:
        sides, pronoun = r.left_subject(verb)
        sides = sides if pronoun is None and sides and not r.hedged(sides[-1].end, verb) else []
    else:
        return ()
    actors = tuple(dict.fromkeys(m.actor for m in sides))
    return actors if len(actors) == 2 and len(sides) == 2 else ()


def warring(r: Reader, end: int, cue: Cue) -> bool:
    """'talks between the warring Sudanese army and the RSF', 'the two warring countries': the two named after
    'warring', or the two a plural reference holding it stands for, are at war; True when the cue is 'warring'."""
    if cue.base != "warring":
        return False
    plural = next((m for m in r.s.mentions if m.start < end <= m.end and len(m.others) == 1), None)
    if plural is not None:  # "talks between the two warring countries": the two the reference stands for
        r.emit("conflict", None, None, (plural.actor, *plural.others), "conflict.between")
        return True
    head = r.s.by_start.get(end)
    pair = r.group(head, leftward=False, free=True) if head is not None else []
    if len({m.actor for m in pair}) == 2 and not any(m.others for m in pair):
        r.emit("conflict", None, None, tuple(m.actor for m in pair), "conflict.between")
    return True


def _superlative_start(tokens: list[str], low: list[str], pos: int) -> int:
    """Where 'one of' stands before the war at `pos` when only its description lies between ('to end one of Asia's
    longest and deadliest insurgencies'), else `pos`."""
    for j in range(pos - 2, max(0, pos - SUPERLATIVE_REACH) - 1, -1):
        if low[j : j + 2] == ["one", "of"]:
            between = range(j + 2, pos)
            described = all(_describes(tokens, low, k) for k in between)
            return j if described else pos
    return pos


def _describes(tokens: list[str], low: list[str], k: int) -> bool:
    """Whether the word at `k` may describe a war after 'one of': 'the', 'Asia's', 'longest', 'most violent'."""
    return low[k] in SUPERLATIVE_FILLERS or low[k].endswith("est") or tokens[k][:1].isupper() or low[k - 1] == "most"


SUPERLATIVE_REACH = 8  # "one of the world's longest-running and bloodiest"
# what describes the war between "one of" and it, besides superlatives and names ("Africa's longest")
SUPERLATIVE_FILLERS = frozenset({",", "the", "its", "their", "'s", "’s", "and", "most", "-", "running", "lasting"})


def _lasting(low: list[str], pos: int) -> bool:
    """Whether the war at `pos` is said to have lasted: 'decades of (bitter) hostilities', 'years of war'."""
    of = pos - 1 - (pos > 1 and low[pos - 1] != "of")  # past one adjective: "decades of bitter hostilities"
    return of > 0 and low[of] == "of" and low[of - 1] in DURATIONS
