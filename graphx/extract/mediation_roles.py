"""Mediators named by a role noun rather than a mediation verb.

'mediators Qatar, Egypt and the US', 'the Group of Facilitating States – Qatar, Norway and Spain –',
'X and Y, who are participating as co-facilitators', 'with Qatar and Egypt acting as mediators' (efforts: see
`mediation_efforts`). A mediator read here without its parties waits, like any other, for the document's two sides.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from graphx.extract.body_offices import body_in_office
from graphx.extract.clauses import Reader
from graphx.extract.meeting_sides import involved_sides
from graphx.extract.mentions import Mention
from graphx.extract.tokens import in_hyphen_compound, skip_back
from graphx.extract.words import (
    APPOINTING,
    BE,
    BOUNDARY,
    CHAIRED,
    DASHES,
    DELEGATES,
    DETERMINERS,
    EVENT_BOUND_ROLES,
    GUARANTEED,
    GUESTS,
    HYPHENS,
    LABELLING,
    LIST_CLOSERS,
    POSSESSIVE,
    PREDICATE_FILLERS,
    PREPOSITIONS,
    PRESENTERS,
    ROLE_AGENT_NOUNS,
    ROLE_BE,
    ROLE_HEADS_PLURAL,
    ROLE_VERBS,
    SHARING,
    SPEECH,
    TITLE_WORDS,
)

TRUCE_TALKS = frozenset({"ceasefire", "cease-fire", "truce", "peace", "armistice"})  # what two sides meet for
ROLE_GIVERS = frozenset({"with", "have", "has", "had", "including", "include", "includes", "named", "of"})
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
ANNOUNCED_ROLE = frozenset({"will", "would"})  # "X would be guarantors of the talks", as a statement announces
LIST_SPAN = 24  # how far back a list of role holders may reach from its role
NOT_TALKS = frozenset({"show", "exhibition", "expo", "fair", "festival", "games", "olympics", "tournament", "parade"})
ASIDE_SPAN = 15  # the longest participle aside between a role's holder and its verb
DELEGATION_SPAN = 20  # how far after a hosting verb its guests may be: "hosting ... with delegations from A and B"
CHAIR_SPAN = 8  # how far before 'chaired by' the talks it chairs may be: "the talks, which were co-chaired by"
JOIN_REACH = 4  # words back from a role noun to a 'join as': "to join as guarantor countries"
PREDICATE_SPAN = 6  # how far before a role noun its 'be' may be: "X is one of the two main mediators"

# words that open the list of a role's holders after its noun: "guarantor countries, which include A, B and C"
LIST_INTRODUCERS = (
    ("which", "include"),
    ("which", "includes"),
    ("which", "included"),
    ("including",),
    ("such", "as"),
    ("namely",),
)
OBSERVERS = frozenset({"observers", "observer"})  # "A and B as observers": at the talks, on neither side
PARTY_ROLES = frozenset({"parties", "party", "sides"})  # "A and B as parties to the conflict"
BETWEEN_REACH = 4  # words between a role noun and the 'between' naming its parties: "in the crisis between"
DISPUTE_NOUNS = frozenset({"crisis", "conflict", "dispute", "row", "standoff", "war", "feud", "talks", "negotiations"})
LIST_INTRODUCERS_AS_PREPS = ("including", "as", "include", "includes", "included", "namely")  # a mention's `prep'


def event_bound(r: Reader, pos: int) -> bool:
    """Whether a role noun that means mediation only around talks or a truce ('guarantor', 'intermediary')
    lacks them: 'Russia, a guarantor of Armenia's security' is no mediator; or is a role only to be joined ('invited
    Brazil and Chile to join as guarantor countries')."""
    low = r.s.low
    if any(low[k : k + 2] == ["join", "as"] for k in range(max(0, pos - JOIN_REACH), pos)):
        return True  # "to join as guarantors": not yet mediating
    if r.s.low[pos] not in EVENT_BOUND_ROLES or _between_sides(r.s.low, pos + 1):
        return False  # "an intermediary between A and B", "an interlocutor in the crisis between A and B"
    events = r.lex.word_set("mediation", "events")
    pairs = (f"{a} {b}" for a, b in itertools.pairwise(r.s.low))  # "a guarantor of the peace process"
    return not any(w in events for w in r.s.low) and not any(p in events for p in pairs)


def _between_sides(low: list[str], start: int) -> bool:
    """Whether 'between' follows a role noun, at once or past the dispute it is a role in: 'between', 'in the crisis
    between' (not 'a conduit for weapons between')."""
    k = start
    while k < len(low) and k - start < BETWEEN_REACH and (low[k] in ("in", "the", "a") or low[k] in DISPUTE_NOUNS):
        k += 1
    return low[k : k + 1] == ["between"]


def listed_after(r: Reader, pos: int, end: int) -> list[Mention]:
    """'mediators Qatar, Egypt and the United States said', 'the facilitating states – Qatar, Norway and
    Spain – said', 'the mediators (Egypt and Qatar)': the list right after the role noun."""
    s = r.s
    n = len(s.low)
    if s.low[end - 1] not in ROLE_AGENT_NOUNS or (end < n and s.low[end] in POSSESSIVE):
        return []
    k = end + (end < n and s.low[end] in ROLE_HEADS_PLURAL and end + 1 < n and s.low[end + 1] == "(")
    bracket = k < n and (s.low[k] in DASHES or s.low[k] in ("(", ":"))  # "the Group of Mediator Countries (A, B)"
    source = k < n and s.low[k] == "from"  # "mediators from France, Russia and the US"
    k += bracket or source
    introduced = _list_introducer(s.low, k + (not bracket and k < n and s.low[k] == ","))
    if introduced:  # "guarantor countries — which include A, B and C —", "the mediators, including A and B"
        bracket = bracket or s.low[k] == ","
        k += (s.low[k] == ",") + introduced
    people = introduced and k + 1 < n and s.low[k] in PRESENTERS and s.low[k + 1] in ("from", "of")
    k += 2 if people else 0  # "mediators – including representatives from A, B and C –"
    k += k < n and s.low[k] == "the"
    head = s.by_start.get(k)
    allowed: tuple[str | None, ...] = (
        ("from", "of") if source or people else (None, *LIST_INTRODUCERS_AS_PREPS) if introduced else (None,)
    )
    if head is None or head.prep not in allowed or head.possessive:
        return []
    group = r.group(head, leftward=False, free=True)
    after = group[-1].end
    if after < n and s.low[after] in POSSESSIVE:
        return []
    closed = after >= n or s.low[after] in LIST_CLOSERS or s.low[after] in DASHES or s.low[after] in SPEECH
    if bracket or len(group) > 1:  # "the mediators – A, B and C – said", "mediators A and B met"
        return group if (bracket and closed) or not bracket else []
    return group if closed else []  # "told the mediators Hamas would accept": Hamas is no mediator


def _list_introducer(low: list[str], k: int) -> int:
    """How many words at k introduce a list of members ('which include', 'including', 'such as'), or 0."""
    for words in LIST_INTRODUCERS:
        if low[k : k + len(words)] == list(words):
            return len(words)
    return 0


def holders(r: Reader, pos: int) -> list[Mention]:
    """'X and Y, who are participating as co-facilitators', 'with X and Y acting as mediators', 'X, which has
    served as a guarantor': the list before a verb of taking on the role."""
    s = r.s
    j = pos - 1
    while j >= 0 and pos - j <= 4 and s.low[j] != "as":
        if s.low[j] in BOUNDARY or s.low[j] in (",", "(", ")") or s.by_end.get(j + 1) is not None:
            return []
        j -= 1
    if j < 0 or s.low[j] != "as":
        return []
    k = j - 1
    verb = False
    while k >= 0 and j - k <= 6:
        word = s.low[k]
        if word in ROLE_VERBS:
            verb = True
        elif not (word in BE or word in ("who", "which", "that", "also", "now", "jointly") or word.endswith("ly")):
            break
        k -= 1
    if not verb:  # "with Norway and Cuba as guarantors": the list after 'with' holds the role
        listed = _list_ending(r, j)
        first = skip_back(s.low, listed[0].start - 1) if listed else -2
        opener = first == -1 or (first >= 0 and s.low[first] in ROLE_GIVERS)  # "with/including A and B as guarantors"
        with_one = first >= 0 and s.low[first] == "with"  # "with Norway as guarantor"
        return listed if opener and (len(listed) > 1 or with_one) else []  # "X (as mediator)": read by the noun
    if k >= 0 and s.low[k] == ",":
        opening = next((i for i in range(k - 1, max(-1, k - ASIDE_SPAN), -1) if s.low[i] == ","), None)
        if opening is not None and opening + 1 < k and s.low[opening + 1].endswith("ing"):
            k = opening  # "Qatar, maintaining contacts with the Taliban, acted as": past the participle aside
        k -= 1
    return _list_ending(r, k + 1)


def _list_ending(r: Reader, stop: int) -> list[Mention]:
    """The actors heading a list of noun phrases that ends just before `stop`: 'Qatar and Egypt', 'US Ambassador
    to Malaysia X and Chinese Ambassador to Malaysia Y' (the postings left out)."""
    s = r.s
    out: list[Mention] = []
    j = stop - 1
    while j >= max(0, stop - LIST_SPAN):
        mention = s.by_end.get(j + 1)
        if mention is not None:
            lead = s.low[mention.start - 1] if mention.start else ""
            of_title = mention.prep == "of" and mention.start >= 2 and s.low[mention.start - 2] in TITLE_WORDS
            if not mention.possessive and (mention.prep in (None, "with", "by") or of_title):
                out.append(mention)
            if mention.prep in ("with", "by") or (mention.prep == "of" and not of_title and lead != "of"):
                break
            j = mention.start - 1
            continue
        word = s.low[j]
        if word in BOUNDARY or word in BE or word in SPEECH or word in DASHES or word in (":", "(", ")"):
            break
        if r.verbish(j) or (word in PREPOSITIONS and word not in ("to", "of")):
            break
        if word == "," and s.by_end.get(j) is None:
            break  # a comma goes on with a list only after an actor
        j -= 1
    return sorted(out, key=lambda m: m.start)


def delegations_from(r: Reader, end: int, mediators: set[str]) -> list[str]:
    """The sides whose delegations a mediation receives, further on than the clause's objects: 'Qatar is hosting a
    separate but parallel mediation effort with delegations from A and B'."""
    s = r.s
    for k in range(end, min(len(s.low) - 2, end + DELEGATION_SPAN)):
        word = s.low[k]
        if word in BOUNDARY or word in ("which", "who") or r.verbish(k) or (word == "and" and s.low[k - 1] == ","):
            return []  # "..., and delegations from A and B met in Riga": another clause's
        if word in DELEGATES and s.low[k + 1] == "from":
            head = s.by_start.get(k + 2 + (s.low[k + 2] == "the"))
            if head is None:
                return []
            sides = [m.actor for m in r.group(head, leftward=False, free=True) if m.actor not in mediators]
            return sides if len(set(sides)) >= 2 else []
    return []


def hosted_sides(r: Reader, end: int, mediators: set[str]) -> list[str]:
    """The two sides whose delegates a host receives in its object: 'hosted delegations of A and B', 'hosted A and B
    negotiators', 'hosted top diplomats from A and B'; two sides at least, or none."""
    s = r.s
    if any(w in NOT_TALKS for w in s.low):
        return []  # "hosted Indian and Pakistani delegations at the Paris Air Show"
    stop = min(len(s.low), end + DELEGATION_SPAN)
    for k in range(end, stop):
        word = s.low[k]
        if word in BOUNDARY or word in ("which", "who") or (k > end and r.verbish(k)):
            return []
        if word == "and" and s.low[k - 1] == ",":  # ", and delegations from A and B met in Riga": another clause
            return []
        if word in GUESTS and k + 1 < len(s.low) and s.low[k + 1] in ("of", "from"):
            head = s.by_start.get(k + 2 + (k + 2 < len(s.low) and s.low[k + 2] == "the"))
            listed = r.group(head, leftward=False, free=True) if head is not None else []
        elif word in DELEGATES:  # "Russian and Ukrainian negotiators": the list just before the noun
            listed = adjective_list(r, k)
        else:
            continue
        sides = [m.actor for m in listed if m.actor not in mediators]
        return sides if len(set(sides)) == 2 else []  # three or more guests are allies conferring, not two sides
    return []


def hosted_people(r: Reader, end: int, mediators: set[str]) -> list[str]:
    """The two sides whose leaders a host receives before ', who met for ... talks': 'hosted Thailand's prime
    minister and Cambodia's prime minister, who met for ceasefire talks'."""
    s = r.s
    stop = next((k for k in range(end, min(len(s.low), end + 20)) if s.low[k : k + 2] == [",", "who"]), None)
    if stop is None or not any(w in TRUCE_TALKS for w in s.low[stop : stop + 12]):
        return []  # "hosted A's and B's leaders, who held talks on defence spending": allies conferring
    sides = list(dict.fromkeys(m.actor for m in s.mentions if end <= m.start < stop and m.actor not in mediators))
    return sides if len(sides) == 2 else []


def adjective_list(r: Reader, end: int) -> list[Mention]:
    """The actors listed right before `end`, joined by commas and 'and': 'Russian and Ukrainian'."""
    s = r.s
    listed: list[Mention] = []
    mention = s.by_end.get(end)
    while mention is not None:
        listed.append(mention)
        j = mention.start - 1
        if j < 1 or s.low[j] not in (",", "and"):
            break
        mention = s.by_end.get(j)
    return listed


NAMED_TO_ROLE = frozenset({"appointed", "named", "chosen", "designated", "nominated"})  # "was named mediator"


def predicate(r: Reader, pos: int, end: int) -> list[Mention]:
    """'Norway is the facilitator of the talks', 'Qatar, which is the main mediator, ...', 'Mexico is one of the
    guarantor nations for the talks, along with A, B and C': the subject a role noun is said of, and the list
    that shares the role. A guarantor or intermediary mediates only as one of talks or a truce: 'Britain is a
    guarantor of the 1960 treaty' is none."""
    s = r.s
    if s.low[pos] not in ROLE_AGENT_NOUNS or (end < len(s.low) and s.low[end] in ("'s", "’s", "'", "’")):
        return []
    j = _be_before(r, pos)
    if j >= 2 and s.low[j] in NAMED_TO_ROLE and s.low[j - 1] in ROLE_BE:
        j -= 1  # "X was appointed facilitator of the talks", "X was named mediator between A and B"
    if j < 1 or s.low[j] not in ROLE_BE:
        return []
    after = _role_phrase_end(r, end)
    if s.low[pos] in EVENT_BOUND_ROLES and after < 0 and s.low[end : end + 1] != ["between"]:
        return []  # "Oman has long been an intermediary between A and B" names its parties
    # "... said that X and Y would be guarantors of the talks": a role agreed for them, not a hypothesis
    be = j - 1 if announced(r, pos) else j
    subject = _be_subject(r, be)
    if not subject or r.hedged(subject[-1].end, be):
        return []
    return [*subject, *_sharing(r, max(after, end), {m.actor for m in subject})]


def _be_before(r: Reader, pos: int) -> int:
    """Where the 'be' before a role noun may be: back over 'the main', 'one of the' and quotation marks."""
    s = r.s
    j = pos - 1
    while j >= 0 and pos - j <= PREDICATE_SPAN:
        appointer = s.by_end.get(j - 1) if s.low[j] in APPOINTING and s.low[j - 1 : j] == ["-"] else None
        if appointer is not None:  # "the African Union-appointed mediator": who appointed it, not its holder
            j = appointer.start - 1
        elif s.by_end.get(j + 1) is None and (s.low[j] in PREDICATE_FILLERS or s.low[j] in QUOTES):
            j -= 1
        else:
            break
    return j


def announced(r: Reader, pos: int) -> bool:
    """Whether a role noun is announced for its holders in reported speech: 'the statement said that X and Y would
    be guarantors of the talks' (not the bare conditional 'X would be the facilitator')."""
    s = r.s
    j = _be_before(r, pos)
    if j < 1 or s.low[j] != "be" or s.low[j - 1] not in ANNOUNCED_ROLE:
        return False
    subject = _be_subject(r, j - 1)
    return bool(subject) and subject[0].start > 0 and s.low[subject[0].start - 1] == "that"


def _role_phrase_end(r: Reader, end: int) -> int:
    """Where 'nations for the talks' after a role noun ends, when it names talks or a truce; else -1."""
    s = r.s
    n = len(s.low)
    k = end + (end < n and s.low[end] in ROLE_HEADS_PLURAL)
    k += k < n and s.low[k] in QUOTES  # '"guarantor states" in the talks'
    if k >= n or s.low[k] not in ("of", "for", "to", "in"):
        return -1
    k += 1
    while k < n and (
        s.low[k] in DETERMINERS or s.low[k] in ("peace", "current", "ongoing", "indirect", "direct") or k in s.by_start
    ):
        k = s.by_start[k].end if k in s.by_start else k + 1  # "guarantors of the Colombian talks"
    return k + 1 if k < n and s.low[k] in GUARANTEED else -1


def _be_subject(r: Reader, be: int) -> list[Mention]:
    """The actors a 'be' at `be` is said of: 'X is', 'X and Y have long been', 'X, which is'."""
    s = r.s
    k = be - 1
    while k >= 0 and (s.low[k] in ("has", "have", "had", "also", "now", "still", "long") or s.low[k].endswith("ly")):
        k -= 1
    if k >= 1 and s.low[k] in ("which", "who"):
        k -= s.low[k - 1] == ","
        mention = s.by_end.get(k)
        return [mention] if mention is not None and not mention.possessive and mention.prep is None else []
    mention = s.by_end.get(k + 1)
    if mention is None or mention.possessive or mention.prep is not None:
        return []
    return r.group(mention, leftward=True)


def _sharing(r: Reader, k: int, holders: set[str]) -> list[Mention]:
    """'..., along with A, B and C': the actors that share the role, right after its noun phrase."""
    s = r.s
    n = len(s.low)
    k += k < n and s.low[k] == ","
    for words in SHARING:
        if tuple(s.low[k : k + len(words)]) == words:
            head = s.by_start.get(k + len(words) + (k + len(words) < n and s.low[k + len(words)] == "the"))
            if head is None:
                return []
            return [m for m in r.group(head, leftward=False, free=True) if m.actor not in holders]
    return []


CHAIRED_MEETINGS = frozenset({"meeting", "meetings"})  # chaired between two sides attending it
ATTENDING = frozenset({"joined", "attended", "held", "join", "attend", "hold", "joins", "attends", "holds"})


def _attendees(r: Reader, start: int, chairs: list[Mention]) -> list[str]:
    """The two or more sides that joined, attended or held the talks a participle at `start` says someone chaired:
    'Lebanese and Israeli delegates joined the meeting chaired by X' (not one side: 'EU ministers joined ...')."""
    verb = next((j for j in range(start - 1, max(-1, start - CHAIR_SPAN), -1) if r.s.low[j] in ATTENDING), None)
    if verb is None:
        return []
    subject, _ = r.left_subject(verb)
    sides = list(dict.fromkeys(a for m in subject for a in (m.actor, *m.others) if a not in {c.actor for c in chairs}))
    return sides if len(sides) >= 2 else []


CHAIR_MODIFIERS = frozenset({"peace", "indirect", "direct", "ceasefire", "truce", "border", "new", "fresh"})


def chairs(r: Reader, pos: int, end: int) -> None:
    """'The talks were co-chaired by A, B and C', 'talks between Y and Z, chaired by X', 'A and B co-chair the
    talks': the chairs of talks mediate them; the chair of a summit or a council does not."""
    s = r.s
    start = pos - 2 if pos >= 2 and s.low[pos - 1] in HYPHENS and s.low[pos - 2] == "co" else pos
    if start == pos and pos and s.low[pos - 1] in HYPHENS:
        return  # "the ASEAN-chaired summit"
    if s.low[pos].endswith("ed") and (r.passive(pos, end) or (end < len(s.low) and s.low[end] == "by")):
        before = s.low[max(0, start - CHAIR_SPAN) : start]
        if not any(w in CHAIRED or w in CHAIRED_MEETINGS for w in before):
            return
        agents = r.agent_after(end)
        agents += body_in_office(r, agents[-1].end) if agents else []  # "... by X as the current ASEAN chair"
        parties = [m.actor for m in r.between_pair_before(start)] or _attendees(r, start, agents)
        parties = parties or involved_sides(r, agents)  # "co-chaired by X and involve participants from A and B"
        talks = any(w in CHAIRED for w in before)
        if not talks and tuple(sorted(parties)) not in r.context.fought and (parties or not r.context.fought):
            return  # "A and B attended the meeting chaired by X": mediation only between two sides read fighting;
            # "the meeting, chaired by X, aims to ease the tensions": the document's sides, once fighting is read
    else:
        k = end
        while k < len(s.low) and (
            s.low[k] in DETERMINERS or s.low[k] in CHAIR_MODIFIERS or in_hyphen_compound(s.low, s.gaps, k)
        ):
            k += 1  # "the indirect talks", "Thai-Cambodia ceasefire talks"
        if k >= len(s.low) or s.low[k] not in CHAIRED:
            return
        agents, _ = r.left_subject(start)
        if agents and r.hedged(agents[-1].end, start):
            return
        parties = r.parties(k, k + 1, {a.actor for a in agents})
    for a in agents:
        r.emit("mediation", a.actor, None, tuple(parties), "mediation.chair")


def apposed(r: Reader, pos: int, end: int) -> list[Mention]:
    """The list a role noun is in apposition to, or that follows it: 'representatives of Cuba and Norway, the
    so-called guarantors of the talks', 'delegates from the guarantor countries of the talks, Ecuador and Norway'."""
    s = r.s
    n = len(s.low)
    if s.low[end - 1] not in ROLE_AGENT_NOUNS:
        return []
    j = pos - 1
    while j >= 0 and (s.low[j] in PREDICATE_FILLERS or s.low[j] in LABELLING):
        j -= 1
    before = s.by_end.get(j) if j > 0 and s.low[j] == "," else None
    if before is not None and (s.low[pos] not in EVENT_BOUND_ROLES or _role_phrase_end(r, end) >= 0):
        listed = r.group(before, leftward=True)
        first = listed[0].start
        joined = s.by_end.get(first - 1) if first > 1 and s.low[first - 1] == "and" else None
        return [joined, *listed] if joined is not None else listed  # "by Cuba and Norway", "of Cuba and Norway"
    after = _role_phrase_end(r, end)  # "guarantor countries of the talks, Ecuador, Venezuela and Norway"
    head = s.by_start.get(after + 1) if 0 < after < n and s.low[after] == "," else None
    if head is None or head.prep is not None:
        return []
    listed = r.group(head, leftward=False, free=True)
    last = listed[-1].end
    return listed if len(listed) > 1 and (last >= n or s.low[last] in LIST_CLOSERS or s.low[last] == ".") else []


BODY_MEETINGS = frozenset({"meeting", "meetings", "summit", "summits", "session", "conference", "ministerial"})


def body_meeting_before(r: Reader, pos: int) -> bool:
    """Whether a passive mediation verb at `pos` hangs on a body's own meeting ('a G20 meeting hosted by India',
    'the NATO summit hosted by Lithuania'): hosting it mediates nothing."""
    s = r.s
    j = pos - 1 - (pos > 0 and s.low[pos - 1] == ",")
    if j < 1 or s.low[j] not in BODY_MEETINGS:
        return False
    for k in (j, j - 1):  # "a G20 meeting", "the G20 tourism meeting"
        body = s.by_end.get(k)
        info = r.lex.actors.get(body.actor) if body is not None else None
        if info is not None:
            return info.kind == "organisation"
    return False


def sides_at_talks(r: Reader, mediators: set[str], find: Callable[[set[str]], list[str]]) -> list[str]:
    """The sides a mediation is between: those the sentence names 'as parties', else what `find` reads with the
    mediators and the observers set aside; never an observer ('... and the US and the EU as observers')."""
    watching = set(named_as(r, OBSERVERS))
    found = named_as(r, PARTY_ROLES) or find(mediators | watching)
    return [p for p in found if p not in watching]


def named_as(r: Reader, roles: frozenset[str]) -> list[str]:
    """The actors the sentence names in one of `roles` at talks: 'A and B as parties to the conflict', '... and the
    United States and the European Union as observers'."""
    s = r.s
    named: list[str] = []
    for k in range(1, len(s.low) - 1):
        role = k + 1 + (s.low[k + 1] in ("an", "a"))  # "as observers", "as an observer"
        last = s.by_end.get(k)
        if s.low[k] == "as" and role < len(s.low) and s.low[role] in roles and last is not None:
            named += [m.actor for m in r.group(last, leftward=True) if m.actor not in named]
    return named
