"""Mediation frames: X brokered talks between Y and Z, an X-mediated ceasefire, under X's auspices."""

from __future__ import annotations

from collections.abc import Callable

from graphx.extract import (
    mediation_efforts,
    mediation_helped,
    mediation_lists,
    mediation_phrases,
    mediation_proposals,
    mediation_roles,
    mediation_signing,
    role_clauses,
)
from graphx.extract.body_offices import body_in_office
from graphx.extract.clauses import Reader
from graphx.extract.coordination import FRONTED_OPENERS
from graphx.extract.mediation_phrases import ADVERBIAL_PREPS
from graphx.extract.mediation_venues import crisis_meeting
from graphx.extract.meeting_sides import included_sides
from graphx.extract.mentions import Mention
from graphx.extract.sentence import meeting_venue
from graphx.extract.tokens import has_phrase
from graphx.extract.words import (
    AGENT_OF_NOUNS,
    BE_STRICT,
    BOUNDARY,
    DASHES,
    HYPHENS,
    MEETINGS,
    OFFER,
    POSSESSIVE,
    PREPOSITIONS,
    TITLE_WORDS,
)
from graphx.lexicon import Cue, word_set

AFTER = frozenset({"after", "following"})  # "A and B swapped prisoners after X's mediation": what it led to
PARTICIPLE_REACH = 4  # words back from "bringing together" to the meeting it qualifies: "a conference on Y bringing"
# what a host brings two sides together for, besides a meeting: "Qatar brings together Syrian and Iraqi leaders to
# repair relations"
MENDING = ("repair", "mend", "normalise", "normalize", "reconcile", "resolve their", "settle their")
RECONCILING = tuple(f"to {p}" for p in (*MENDING, "restore ties", "restore relations", "ease tensions"))
READINESS = frozenset({"ready", "willing", "prepared", "readiness", "willingness"})  # "ready to host talks"
CONDITION_SPAN = 12  # words between a mediation verb and the "if" that makes it a condition
OPENING_SUBJECT = 2  # how far into its sentence a role's subject may start: "Representatives of X and Y took part ..."
CHAIRS = frozenset({"chair", "chairman", "president", "head"})  # "X as chair of ASEAN", "the current ASEAN chair"
# verbs read by their own reading: only a chair of talks mediates ("the talks were co-chaired by A, B and C"); who
# puts a plan to two sides mediates between them ("envoys of X and Y presented the plan to A and B")
ROLE_VERBS: dict[str, Callable[[Reader, int, int], None]] = {
    "chair": mediation_roles.chairs,
    "present": mediation_lists.presented,
    "submit": mediation_lists.presented,
    **dict.fromkeys(("venue for", "host for"), mediation_phrases.venue_offered),
    "announce": mediation_phrases.announced,
    **dict.fromkeys(("witness", "presence of"), mediation_signing.witnessed),
}
EFFORTS = frozenset({"bid", "bids", "effort", "efforts", "attempt", "attempts", "push", "initiative"}) | frozenset(
    {"step in", "steps in", "stepped in", "stepping in", "pledge", "pledges", "pledged", "vowed", "vows", "promised"}
    | {"promises"}
)  # the effort cues, read by `mediation_efforts.effort`


def _gerund_after_of_or_for(r: Reader, pos: int, end: int) -> bool:
    """'A and B thanked X for hosting the talks' (read by `thanked_for`), 'the cost of mediating': True when the verb
    is such a gerund."""
    s = r.s
    if not (s.low[pos].endswith("ing") and pos and s.low[pos - 1] in ("of", "for")):
        return False
    if s.low[pos - 1] == "for":
        mediation_lists.thanked_for(r, pos, end)
    return True


def verbs(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """X brokered a truce between Y and Z; talks hosted by X; X helped broker, launched a bid to mediate."""
    s = r.s
    if cue.base == "host for" and mediation_phrases.as_venue(s.low, pos) < 0:
        end = pos + 1  # "Oman played host for talks between A and B": the verb "host"
    elif cue.base in ROLE_VERBS:
        ROLE_VERBS[cue.base](r, pos, end)
        return
    if pos > 1 and s.low[pos - 1] in HYPHENS and not s.gaps[pos] and s.low[pos - 2] != "co":
        return  # "Norway-brokered": a compound, read by `compounds`; "co-hosted" is a verb
    if cue.base in r.lex.word_set("mediation", "need_event") and _no_event(r, pos, end, cue):
        return
    if mediation_efforts.sides_unnamed(r, pos, end, cue) or crisis_meeting(s.low, end):
        return  # "X convened an emergency meeting to assess the situation": its own crisis meeting
    if _gerund_after_of_or_for(r, pos, end):
        return
    if r.passive(pos, end):
        _passive(r, pos, end)
        return
    subject_at = mediation_efforts.purpose_subject_at(r, pos)  # "met A and B to push for a deal": who met
    owners = _deciders(r, pos) if subject_at == pos else []  # "Nairobi's decision to host meetings": Nairobi hosts
    subject, bonus = (owners, 0.0) if owners else r.subject_or_speaker(subject_at)
    if not subject:  # "X played a key role in negotiating", "thanked X for its role in brokering"
        subject = _role_holders(r, pos) or mediation_phrases.travelled_to(r, pos)
    # "offered to mediate ... if both agree", "ready to host talks ... if both sides request it": an offer still
    offered = any(w in OFFER or w in READINESS for w in r.s.low[max(0, pos - 3) : pos])
    if (
        not subject
        or r.hedged(r.hedge_from(subject, pos), pos, allow_offer=True)
        or (_on_condition(r, end) and not offered)
    ):
        return
    subject = [*subject, *mediation_lists.working_with(r, subject, pos)]  # "A, working with B, mediated"
    subject += body_in_office(r, subject[-1].end)  # "X, as the current AU chair, brokered": the AU too
    mediators = {m.actor for m in subject}
    if cue.base == "negotiate":  # "X helped negotiate a truce between A and B"; "A and B negotiated" is no mediation
        mediation_efforts.negotiated(r, pos, end, subject, bonus)
        return
    parties = mediation_roles.sides_at_talks(
        r,
        mediators,
        lambda aside: (
            r.parties(pos, end, aside)
            or mediation_lists.counted_sides(r, pos, aside)
            or mediation_roles.delegations_from(r, end, aside)
            or mediation_roles.hosted_sides(r, end, aside)
            or (mediation_roles.hosted_people(r, end, aside) if cue.base == "host" else [])
            or (
                mediation_phrases.talks_between(r, pos, aside, any_noun=True)
                if r.s.low[end : end + 3] == ["talks", "between", "their"]
                else []
            )
            or role_clauses.with_clause_sides(r, subject, aside)
            or mediation_efforts.visited_sides(r, pos, aside)  # "visited Kyiv and Moscow to help end the war"
            or mediation_efforts.released_sides(r, end, aside)  # "mediated the release of a Y national held in Z"
            or mediation_signing.relative_signers(r, end, aside)  # "brokered the truce, which was signed by A and B"
            or (mediation_helped.agreement_sides(r, end, aside) if cue.base == "secure" else [])  # "Iran's agreement"
        ),
    )  # "supporting a rapprochement between A and B, hosting talks between their ministers"
    for a in subject:
        r.emit("mediation", a.actor, None, tuple(parties), "mediation.verb", bonus)


# who a 'led by' after them is the leader of, not of talks: "world powers led by X", "a monitoring group led by X";
# and, when X is a person, "a rebel faction led by X" (but "talks between the government and rebels, led by Norway")
LED_GROUPS = word_set("powers countries nations states coalition alliance forces bloc group groups")
LED_BY_PEOPLE = word_set("faction factions rebels militia movement party government")


def _chaired_body(r: Reader, pos: int, agents: list[Mention]) -> bool:
    """Whether 'led by X' describes an actor named just before it ('the East African Community (EAC), led by South
    Sudan's president, ...', 'ULFA-I, led by Paresh Baruah') or a group of them ('world powers led by the United
    States'): who chairs a body or leads a group, not who leads talks."""
    s = r.s
    if pos < 2 or s.low[pos] != "led":
        return False
    j = pos - 2 if s.low[pos - 1] == "," else pos - 1
    if s.low[j] == ")" and j > 2:
        j -= 1  # past "(EAC)"
    person = bool(agents) and agents[0].person
    if s.low[j] in LED_GROUPS or (s.low[j] in LED_BY_PEOPLE and person):
        return True  # "a deal with world powers led by the United States": who leads the powers
    body = s.by_end.get(j + 1)
    info = r.lex.actors.get(body.actor) if body is not None else None
    if info is None:
        return False  # "talks will open in Oslo, led by X": X leads them
    return info.kind == "organisation" or (info.kind == "group" and person)


def _no_event(r: Reader, pos: int, end: int, cue: Cue) -> bool:
    """Whether a verb that mediates only around talks or a truce ('host', 'facilitate') names none: the event noun
    may be before the pair ('talks between X and Y, hosted by Z'), in a relative clause on the guests ('hosted A's
    and B's leaders, who met for ceasefire talks'), or be the guests themselves ('hosted delegations of A and B')."""
    s = r.s
    passive = r.passive(pos, end)
    events = r.lex.word_set("mediation", "events")
    if cue.base in mediation_helped.DRAFTING:  # its own object: "drafted a truce", not "drafted a law after a truce"
        return not mediation_helped.drafted_event(s.low, pos, end, passive, events)
    back = 22 if passive else 3  # "the talks, held in X, were facilitated by Y": the subject
    after = s.low[end : end + 16]
    if not passive:  # "X hosted talks between ...", not "A and B convened in Doha, marking the first talks"
        longer = s.low[end : end + 30]
        cut = next((k for k, w in enumerate(longer) if w in (",", ";")), len(longer))
        relative = longer[cut + 1 : next((k for k, w in enumerate(longer) if w in (",", ";", ".") and k > cut), 30)]
        after = after[:cut][:14]
        if relative[:1] == ["who"] and any(w in mediation_roles.TRUCE_TALKS for w in relative):
            after += relative  # "hosted A's and B's leaders, who met for ceasefire talks"
    window = " ".join(w for w in s.low[max(0, pos - back) : pos] + after if w not in BOUNDARY)
    hosted = [] if passive or cue.base != "host" else mediation_roles.hosted_sides(r, end, set())
    mediating = any(w.startswith("mediat") for w in after)  # "hosted A's and B's officials in a bid to mediate"
    mediating = mediating or mediation_efforts.discussed_peace(s.low, end)  # "hosted A and B to discuss the war"
    if hosted or mediating or mediation_efforts.released_sides(r, end, set()):
        return False  # "facilitated the release of four Americans held by Hamas": a release is an event too
    named = [e for e in events if has_phrase(window, e)] or mediation_efforts.peace_gathering(after)
    gatherings = mediation_efforts.BODY_GATHERINGS
    return not named or (set(named) <= gatherings and mediation_efforts.group_summit(r, pos, end + len(after)))


def _role_holders(r: Reader, pos: int) -> list[Mention]:
    """Who has a role in the mediating at `pos`: 'X played a key role in negotiating', 'thanked X for its role in
    brokering'."""
    s = r.s
    if pos < 2 or not s.low[pos].endswith("ing") or s.low[pos - 1] != "in" or s.low[pos - 2] != "role":
        return []
    owners = r.possessor_before(pos - 2)
    if owners:
        return owners
    subject, pronoun = r.main_subject(pos - 2)
    return r.group(subject[0], leftward=False, free=True) if subject and pronoun is None else []


def _deciders(r: Reader, pos: int) -> list[Mention]:
    """The owner of a noun an infinitive cue hangs on: 'X's decision to host', 'X's offer to mediate'."""
    s = r.s
    if pos < 3 or s.low[pos - 1] != "to" or r.verbish(pos - 2) or not s.low[pos - 2].isalpha():
        return []
    if s.by_end.get(pos - 1) is not None:
        return []  # "met Putin in Moscow to broker": a place or an actor, not a decision
    return r.possessor_before(pos - 2)


def _passive(r: Reader, pos: int, end: int) -> None:
    """Talks mediated by X: the parties after the verb, in a 'between' before it, or the subject it follows."""
    agents = r.agent_after(end)
    if not agents or _chaired_body(r, pos, agents) or mediation_roles.body_meeting_before(r, pos):
        return
    reduced = pos > 0 and r.s.low[pos - 1] not in BE_STRICT  # "talks brokered by A and B faltered": a reduced
    if len(agents) == 1 and reduced:  # relative's agents all come before the main verb
        agents = r.group(agents[0], leftward=False, free=True)
    agents = [*agents, *_chairing(r, agents[-1]), *body_in_office(r, agents[-1].end)]  # "by X as AU chair"
    agents += mediation_helped.later_agents(r, agents[-1].end)  # "first hosted by Ecuador and currently by Cuba"
    members = _apposition(r, agents[-1])
    if members:  # "a truce proposed by the Quad countries—the US, Egypt, ...": the members the dash lists mediate
        agents = members
        parties: list[str] = []
    else:
        parties = r.parties(pos, end, {a.actor for a in agents})
    if not parties:  # "a ceasefire between Y and Z, brokered by X"
        parties = [m.actor for m in r.between_pair_before(pos)]
    if not parties:  # "A restored ties with B in a deal brokered by X": the clause's sides
        parties = mediation_phrases.sides_of_event_before(r, pos, {a.actor for a in agents})
    if not parties:
        subject, _ = r.left_subject(pos, allow_object=True)
        if len(subject) == 1:  # "representatives of Y and Z, mediated by X, ...": the conjunct keeps its "of"
            subject = _conjoined(r, subject[0])
        parties = [m.actor for m in subject if not meeting_venue(r.s, m)]  # not "the Djibouti meeting"
    if not parties:  # "the agreement, brokered by X, was signed by Y and Z"; "the process brokered by X includes A, B"
        signers = mediation_signing.signers(r, end, {a.actor for a in agents})
        parties = signers or (included_sides(r, pos, agents) if reduced else [])
    fronted = pos <= 1 or (r.s.low[0] in FRONTED_OPENERS and "," not in r.s.low[:pos])  # "Under a deal brokered by X,"
    if not parties and fronted:  # "Brokered by X, the foreign ministers of A and B stated ..."
        parties = mediation_signing.fronted_subject(r, end, {a.actor for a in agents})
    signed = mediation_signing.signed_before(r, pos)
    if not parties and signed is not None:  # "Y and Z signed a peace deal at a ceremony overseen by X"
        parties = mediation_phrases.subject_sides(r, signed, {a.actor for a in agents}, mediation_signing.SIGNED)
    for a in agents:
        r.emit("mediation", a.actor, None, tuple(parties), "mediation.passive")


def _apposition(r: Reader, agent: Mention) -> list[Mention]:
    """The actors a dash after an agent lists as its members: 'the Quad countries—the US, Egypt and ...'."""
    s = r.s
    k = agent.end
    while k < len(s.low) and k - agent.end < 2 and s.low[k][:1].isalpha():
        k += 1
    if k + 1 >= len(s.low) or s.low[k] not in DASHES:
        return []
    j = k + 1 + (s.low[k + 1] == "the")
    head = s.by_start.get(j)
    return r.group(head, leftward=False, free=True) if head is not None else []


def _conjoined(r: Reader, mention: Mention) -> list[Mention]:
    """The mention and the one joined to it by 'and' just before: 'Y and Z'."""
    j = mention.start - 1
    if j >= 1 and r.s.low[j] == "and":
        before = r.s.by_end.get(j)
        if before is not None and not before.possessive:
            return [before, mention]
    return [mention]


def invite_verbs(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """X invited Y and Z for talks; X brought Y and Z back to the negotiating table; X helped, persuaded or worked
    with Y and Z to settle (mediation_helped)."""
    s = r.s
    if cue.base == "work with":  # "X is working with A and B to iron out their differences"
        mediation_helped.helped_pair(r, pos, end)
        return
    window = " ".join(s.low[end : end + 14])
    before = " ".join(s.low[max(0, pos - PARTICIPLE_REACH) : pos]) if s.low[pos].endswith("ing") else ""
    # "brought together A and B to mend ties": a host's purpose besides a meeting
    purposes = MEETINGS + RECONCILING if cue.base == "bring together" else MEETINGS
    if not any(has_phrase(window, e) or has_phrase(before, e) for e in purposes):
        if cue.base in mediation_helped.HELPING:  # "X helped A and B resolve their differences"
            mediation_helped.helped_pair(r, pos, end)
        return
    subject, bonus = r.subject_or_speaker(pos)
    if not subject and before:  # "X hosted a conference bringing together A and B": the host brings them
        subject, _ = r.main_subject(pos)
    if not subject or r.hedged(r.hedge_from(subject, pos), pos, allow_offer=True):
        return
    mediators = {m.actor for m in subject}
    heads = r.right_objects(end, frozenset({None, "of"}), window=8)
    parties = [m.actor for m in heads if m.actor not in mediators]
    if len(set(parties)) == 1 and cue.base in mediation_helped.PERSUADING:  # "X persuaded A to hold talks with B"
        parties += [m.actor for m in mediation_helped.event_partner(r, heads[-1].end) if m.actor not in mediators]
    if len(set(parties)) < 2 and cue.base == "bring" and mediation_helped.brought_to_talks(r, end, parties):
        parties = []  # "X worked to bring the FNL to negotiations": the sides are the dispute's, named elsewhere
    elif len(set(parties)) < 2:
        return
    for a in subject:
        r.emit("mediation", a.actor, None, tuple(parties), "mediation.invite", bonus)


BY = frozenset({"by"})


def nouns(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """X's mediation between Y and Z, the mediation of A and B, Saudi and US mediators, under the auspices of X,
    X played a mediating role, mediated by X (a participle after the event it qualifies)."""
    offered = cue.base in mediation_proposals.OFFERED and mediation_phrases.proposal_opener(r, pos) < 0
    if offered and (mediation_proposals.accepted(r, pos, end) or cue.base in mediation_proposals.PLANS):
        return  # "A and B accepted X's ceasefire proposal"; a plan means mediation only so
    if cue.base in mediation_phrases.PROPOSALS or (
        cue.base == "initiative" and mediation_phrases.proposal_opener(r, pos) >= 0
    ):
        mediation_phrases.proposed(r, pos, end)
        return
    if cue.base in EFFORTS:  # "X's bid to end the war", "X stepped in to settle the dispute"
        mediation_efforts.effort(r, pos, end, cue)
        return
    if cue.rest[-1:] in (("through",), ("via",)):  # "A and B held indirect talks through X"
        mediation_phrases.talks_through(r, pos, end)
        return
    hedged = r.hedged(max(0, pos - 4), pos, allow_offer=True) and not (
        mediation_roles.announced(r, pos) or mediation_roles.apposed(r, pos, end)
    )
    if hedged or mediation_roles.event_bound(r, pos):
        return
    if mediation_phrases.hyphen_mediators(r, pos, ADVERBIAL_PREPS | AFTER):  # "after UAE-US mediation"
        return
    agents = _noun_agents(r, pos, end, cue)
    if not agents:
        return
    mediators = {a.actor for a in agents}
    parties = mediation_roles.sides_at_talks(
        r,
        mediators,
        lambda aside: (
            r.parties(pos, _past_listed(agents, end), aside)
            or mediation_lists.counted_sides(r, pos, aside)
            or mediation_phrases.subject_sides(
                r, pos, aside, ADVERBIAL_PREPS | AFTER | BY | ({"at"} if r.s.low[pos] == "invitation" else set())
            )  # "A and B swapped prisoners after UAE mediation", "the standoff was ended by US mediation"
            # "talks between A and B resumed, with X and Y as guarantors"
            or mediation_phrases.talks_between(r, pos, aside)
            or mediation_lists.paired_event_sides(r, end, aside)  # "a broker in the Iran-US prisoner exchange"
            or role_clauses.with_clause_sides(r, agents, aside)
            or mediation_phrases.reported_sides(r, pos, agents, aside)  # "A and B reached a truce, mediator X said"
            or mediation_phrases.talks_between(r, end, aside, later=True)  # "... on the talks between A and B"
            or mediation_lists.thanked_role_sides(r, pos, aside)  # "A thanked X for its role in the truce with B"
        ),
    )
    for a in agents:
        r.emit("mediation", a.actor, None, tuple(parties), "mediation.noun")


def _role_owner(r: Reader, pos: int, end: int) -> list[Mention]:
    """The owner before a mediation noun ('Saudi and US mediators'), but not the war's state before peace mediators
    listed after ('Sudan peace mediators, including A and B')."""
    owner = r.possessor_before(pos)
    peace = owner and r.s.low[owner[-1].end : owner[-1].end + 1] in (["peace"], ["ceasefire"], ["truce"])
    return [] if peace and mediation_roles.listed_after(r, pos, end) else owner


def _noun_agents(r: Reader, pos: int, end: int, cue: Cue) -> list[Mention]:
    s = r.s
    if mediation_phrases.unbound(r, pos, cue):
        return []
    if cue.rest and cue.rest[-1] in ("from", "of"):  # "with help from X, Y and Z agreed ...": X alone
        helper = s.by_start.get(end + (end < len(s.low) and s.low[end] == "the"))
        return [helper] if helper is not None else []
    role = mediation_phrases.in_role(r, pos)  # "X (as African Union facilitator)": X mediates, on the union's behalf
    # "X and Y, who are participating as co-facilitators", "with X and Y acting as mediators"; "Norway is the
    # facilitator of the talks", "Qatar, which is the main mediator"
    listed = [] if role is None else r.group(role, leftward=True) if r.s.low[pos].endswith("s") else [role]
    holders = mediation_roles.holders(r, pos) or listed  # "A, B and the OSCE as mediators": the whole list
    holders = holders or mediation_roles.predicate(r, pos, end) or mediation_roles.apposed(r, pos, end)
    if holders:
        return holders
    owner = _role_owner(r, pos, end)
    if owner:  # "Saudi, US and African mediators", "under Saudi and US auspices": the whole list before the noun
        if owner[-1].possessive:
            return owner
        listed = r.group(owner[-1], leftward=True)
        adjectives = mediation_roles.adjective_list(r, owner[-1].end)
        return adjectives if len(adjectives) > len(listed) else listed
    listed = mediation_roles.listed_after(r, pos, end)  # "mediators A, B and C said", "the facilitating states – A –"
    if listed or (end < len(s.low) and s.low[end] in POSSESSIVE):
        return listed  # "the mediator's proposal was rejected by Israel": Israel rejects, it does not mediate
    if s.low[pos] in AGENT_OF_NOUNS:  # "the joint mediation of the AU, the US and Saudi Arabia"
        of = [
            a for a in r.right_objects(end, frozenset({"of"}), window=4) if a.prep == "of"
        ] or mediation_phrases.institution_of(r, end)
        if of and s.low[0] in PREPOSITIONS and pos <= 3:  # "At the invitation of X, A and B met": X alone
            return of[:1]
        if of:  # the whole list, even when a verb follows it: "the mediation of A, B and C has stalled"
            return r.group(of[0], leftward=False, free=s.low[pos] == "mediation")
    by = [a for a in r.right_objects(end, frozenset({"by", "of"}), window=4) if a.prep == "by"][:1]
    by = r.group(by[0], leftward=False, free=True) if by else []  # "mediation by Qatar and the UN led to": both
    by = by or mediation_phrases.mediation_from(r, pos, end)
    if by:
        return by
    taken_on = any(w in ("as", "role") or w in OFFER for w in s.low[max(0, pos - 3) : pos])  # "X offered mediation"
    taken_on |= s.low[max(0, pos - 2) : pos] in (["engaged", "in"], ["involved", "in"])  # "X is engaged in mediation"
    if (pos and taken_on) or "role" in (s.low[pos], *cue.rest):
        return _role_subject(r, pos)
    return []


def _on_condition(r: Reader, end: int) -> bool:
    """Whether a condition follows the mediation in its clause: 'ready to mediate between A and B if asked'."""
    for word in r.s.low[end : end + CONDITION_SPAN]:
        if word in (",", ";") or word in BOUNDARY:
            return False
        if word in ("if", "unless"):
            return True
    return False


HARMFUL_ROLES = frozenset(
    {"destructive", "negative", "destabilising", "destabilizing", "malign", "sinister", "spoiler", "disruptive"}
)  # "accused Y of playing a destructive role": no mediator
ROLE_REACH = 4  # words from "playing" to its role: "playing a key role"


def _role_subject(r: Reader, pos: int) -> list[Mention]:
    """Who takes on the role at `pos`: 'X played a mediating role', 'X stepped in as mediator'; not a person a
    pronoun names from sentences before ('he took over as facilitator': the last person named may be a side's)."""
    low = r.s.low
    if any(w in HARMFUL_ROLES for w in low[max(0, pos - 3) : pos]):
        return []  # "accused Y of playing a destructive role in ...": no mediator
    playing = next((j for j in range(pos - 1, max(0, pos - ROLE_REACH), -1) if low[j] == "playing"), None)
    if playing and low[playing - 1] == "of":
        return []  # "accused Y of playing a role in ending the truce", "rejected claims by Y of playing a role"
    doer = r.s.by_end.get(playing - 1) if playing and low[playing - 1] == "for" else None
    if doer is not None:  # "commended Qatar for playing a role in ...": Qatar, not who commends it
        return [doer]
    subject, pronoun = r.left_subject(pos)
    if not subject and r.s.mentions and r.s.mentions[0].start <= OPENING_SUBJECT:  # "X played a leading role in
        subject, pronoun = r.main_subject(pos)  # the mediation", "envoys of X and Y took part as guarantors"
        subject = r.group(subject[0], leftward=False, free=True) if subject else []
    if pronoun is not None and subject and not any(m.actor == subject[0].actor for m in r.s.mentions if m.end <= pos):
        return []
    if subject and not r.hedged(subject[-1].end, pos, allow_offer=True):
        return subject
    return []


def _chairing(r: Reader, agent: Mention) -> list[Mention]:
    """The body an agent acts for: 'brokered by X in his capacity as the current ASEAN chair' (ASEAN too), 'by X as
    chair of ASEAN and Y' (ASEAN and Y too)."""
    s = r.s
    if s.low[agent.end : agent.end + 1] == ["as"] and s.low[agent.end + 2 : agent.end + 3] == ["of"]:
        return _chair_of(r, agent.end + 3) if s.low[agent.end + 1] in CHAIRS else []
    k = agent.end
    while k < len(s.low) and k - agent.end < 10 and s.low[k] != "as":
        if s.low[k] in BOUNDARY or s.low[k] == ",":
            return []
        k += 1
    if k >= len(s.low) or s.low[k] != "as" or not {"role", "capacity"} & set(s.low[agent.end : k]):
        return []
    j = k + 1
    while j < len(s.low) and s.low[j] in ("the", "current", "rotating"):
        j += 1
    body = s.by_start.get(j)
    if body is None or body.end >= len(s.low) or s.low[body.end] not in CHAIRS:
        return []
    return [body]


def _chair_of(r: Reader, k: int) -> list[Mention]:
    """The body after 'as chair of' and a co-agent joined after it: '(by X as chair of) ASEAN and US President Y'."""
    s = r.s
    n = len(s.low)
    body = s.by_start.get(k + (k < n and s.low[k] == "the"))
    if body is None:
        return []
    j = body.end
    if j + 2 < n and s.low[j] == "(" and s.low[j + 2] == ")":  # "(Asean)"
        j += 3
    co = None
    for k2 in range(j + 1, min(n, j + 4)) if j < n and s.low[j] == "and" else ():
        co = s.by_start.get(k2)  # "and (US) President Trump"
        if co is not None or s.low[k2] not in TITLE_WORDS:
            break
    return [body, co] if co is not None else [body]


def _past_listed(agents: list[Mention], end: int) -> int:
    """Where the sides may follow a role noun: past the mediators listed right after it ('Mediators from Qatar,
    Egypt and the US are pushing A and B to ...'), else its end."""
    return max(end, *(a.end for a in agents)) if agents and agents[0].start >= end else end
