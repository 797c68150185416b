"""Mediators and parties given as lists: a counted group of states ('between Qatar and the four Arab states'), listed
in brackets or in the sentence before, the proposers of a plan put to two sides ('envoys of X, Y and Z presented
the plan to the leaders of A and B'), and those two sides thank for hosting them ('A and B thanked X and Y for
hosting rounds of dialogue')."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.phrases import Phrases
from graphx.extract.tokens import has_phrase
from graphx.extract.words import (
    BOUNDARY,
    DASHES,
    DETERMINERS,
    NUMBER_VALUES,
    PRESENTERS,
    PROPOSAL_SPAN,
    PROPOSALS,
    ROLE_HEADS_PLURAL,
)

COUNTED_SPAN = 8  # how far a counted group of sides may be: "between Qatar and the four Gulf Arab states (...)"


def _count(word: str) -> int:
    """How many a word counts, 0 for none: 'four', '4' (a single digit; 'the 27 member states' are no sides)."""
    return NUMBER_VALUES.get(word, int(word) if len(word) == 1 and word.isdigit() else 0)


def counted_sides(r: Reader, pos: int, mediators: set[str]) -> list[str]:
    """'between Qatar and the four states (Saudi Arabia, Egypt, the UAE and Bahrain)': one side, and the members a
    bracket or a dash lists for a counted group of states, as many as the count says."""
    s = r.s
    n = len(s.low)
    j = next((k for k in range(pos + 1, min(n, pos + COUNTED_SPAN)) if s.low[k] == "between"), -1)
    first = s.by_start.get(j + 1 + (j + 1 < n and s.low[j + 1] == "the")) if j >= 0 else None
    if first is None or first.end + 2 >= n or s.low[first.end] != "and":
        return []
    k = first.end + 1 + (s.low[first.end + 1] == "the")
    count = _count(s.low[k]) if k < n else 0
    k += 1
    while k < n and k - first.end <= COUNTED_SPAN and s.low[k] not in ROLE_HEADS_PLURAL and s.low[k][:1].isalpha():
        k += 1
    if not count or k >= n or s.low[k] not in ROLE_HEADS_PLURAL:
        return []
    if k + 2 < n and s.low[k + 1] in ("(", *DASHES):
        head = s.by_start.get(k + 2 + (s.low[k + 2] == "the"))
        members = [m.actor for m in r.group(head, leftward=False, free=True)] if head is not None else []
    else:  # "Kuwait has been mediating between Qatar and the four Arab states": the four the sentence before listed
        members = _listed_before(r, count, first.actor)
    if len(members) != count or first.actor in mediators:
        return []
    return [first.actor, *(a for a in members if a not in mediators)]


def _listed_before(r: Reader, count: int, other: str) -> list[str]:
    """The one list of exactly `count` actors in the sentence read just before, without `other`."""
    last = r.context.last
    if last is None:
        return []
    reader = Phrases(last, r.lex, r.context)
    lists: list[list[str]] = []
    seen: set[int] = set()
    for mention in last.mentions:
        if mention.start in seen:
            continue
        group = reader.group(mention, leftward=False, free=True)
        seen.update(m.start for m in group)
        actors = list(dict.fromkeys(m.actor for m in group))
        if len(actors) == count and other not in actors:
            lists.append(actors)
    return lists[0] if len(lists) == 1 else []


def presented(r: Reader, pos: int, end: int) -> None:
    """'Envoys of X, Y and Z presented the plan to the leaders of A and B', 'mediators from X and Y submitted a
    new proposal to A and B': who puts a plan to two sides mediates between them (a state named only as the
    subject, when the two have been read fighting: 'Zelensky presented his plan to Trump and Macron' is none)."""
    s = r.s
    n = len(s.low)
    noun = next((j for j in range(end, min(n, end + PROPOSAL_SPAN)) if s.low[j] in PROPOSALS), None)
    to = next((j for j in range(noun + 1, min(n, noun + 8)) if s.low[j] == "to"), None) if noun is not None else None
    if to is None:
        return
    k = to + 1
    while k < min(n, to + 5) and s.by_start.get(k) is None and s.low[k] not in BOUNDARY and s.low[k] != ",":
        k += 1  # "to the leaders of A and B"
    head = s.by_start.get(k)
    envoys = _presenters(r, pos)
    proposers = envoys or r.subject_or_speaker(pos)[0]
    if head is None or not proposers or r.hedged(r.hedge_from(proposers, pos), pos):
        return
    mediators = {m.actor for m in proposers}
    sides = [a for a in dict.fromkeys(m.actor for m in r.group(head, leftward=False, free=True)) if a not in mediators]
    fought = any(set(sides) == set(pair) for pair in r.context.conflicts)  # "China presented its plan to A and B"
    if len(sides) == 2 and (envoys or fought):
        for m in proposers:
            r.emit("mediation", m.actor, None, tuple(sides), "mediation.proposal")


def _presenters(r: Reader, pos: int) -> list[Mention]:
    """'Mediators from X, Y and Z presented ...': the list after a role noun heading the clause."""
    s = r.s
    for mention in s.mentions:
        if mention.start >= pos:
            break
        role = mention.start - 2 - (s.low[mention.start - 1] in DETERMINERS)
        if mention.prep in ("from", "of") and role >= 0 and s.low[role] in PRESENTERS:
            return r.group(mention, leftward=False, free=True)
    return []


THANKING = frozenset({"thank", "thanks", "thanked", "thanking", "gratitude", "appreciation"})  # the sides' own thanks
# praise for a mediation: the praised mediate only between two sides the sentence names, since who praises is often
# no side ("The US praised Pakistan for facilitating the meeting between the Afghan government and the Taliban")
PRAISING = frozenset({"praised", "praises", "commended", "commends", "lauded", "lauds", "hailed", "hails", "credited"})
GRATEFUL = THANKING | PRAISING
THANKS_SPAN = 12  # from the word of thanks to the 'for' of the mediation it thanks for


def thanked_for(r: Reader, pos: int, end: int) -> None:
    """'The Saudi and Iranian sides expressed their gratitude to Iraq and Oman for hosting rounds of dialogue between
    both sides': the thanked mediate between the thankers (or the sides the sentence names, or the document's two
    sides when one of them thanks)."""
    s = r.s
    if _credit_claimed(r, pos, end):
        return
    thanks = next((j for j in range(pos - 2, max(-1, pos - THANKS_SPAN), -1) if s.low[j] in GRATEFUL), None)
    if thanks is None:
        return
    thanked = [m for m in s.mentions if thanks < m.start < pos - 1 and m.prep in (None, "to")]
    if not thanked:
        return
    mediators = r.group(thanked[0], leftward=False, free=True)
    named = {m.actor for m in mediators}
    parties = [a for a in r.parties(pos, end, named) if a not in named]
    if len(set(parties)) < 2 and s.low[thanks] in PRAISING:
        return
    if len(set(parties)) < 2:
        parties = _thankers_and_other(r, thanks, end, named)
    if len(set(parties)) <= 2:  # one side thanking, the other unnamed: the document's two sides, if it is one
        for m in mediators:
            r.emit("mediation", m.actor, None, tuple(parties), "mediation.thanked")


CLAIMING = frozenset({"claim", "claims", "claimed", "claiming", "take", "takes", "took", "taking", "taken"})


def _credit_claimed(r: Reader, pos: int, end: int) -> bool:
    """'X claimed credit for brokering the ceasefire between A and B': X mediated, by its own account. Whether the
    gerund at `pos` is one such."""
    s = r.s
    if not (pos > 2 and s.low[pos - 2] == "credit" and s.low[pos - 3] in CLAIMING):
        return False
    claimers, _ = r.left_subject(pos - 3)
    named = {m.actor for m in claimers}
    parties = [a for a in r.parties(pos, end, named) if a not in named]
    if claimers and len(set(parties)) == 2 and not r.hedged(claimers[-1].end, pos - 3):
        for m in claimers:
            r.emit("mediation", m.actor, None, tuple(parties), "mediation.credit_claimed")
    return True


def _thankers_and_other(r: Reader, thanks: int, end: int, named: set[str]) -> list[str]:
    """Who thanks, and the side named after the thanked-for act with 'with': 'Pakistan thanked X for brokering the
    ceasefire with India'."""
    s = r.s
    thankers, _ = r.left_subject(thanks) if s.low[thanks] not in ("gratitude", "appreciation") else ([], None)
    thankers = thankers or r.main_subject(thanks)[0] or (r.speaker(thanks) if s.quoted[thanks] else [])  # '"We thank'
    other = [m.actor for m in s.mentions if end <= m.start < end + THANKS_SPAN and m.prep == "with"][:1]
    parties = list(dict.fromkeys(m.actor for m in thankers if m.actor not in named))
    return parties + [a for a in other if a not in named and a not in parties]


def thanked_role_sides(r: Reader, pos: int, named: set[str]) -> list[str]:
    """The sides of a role one of them thanks a mediator for: 'Pakistan thanked X for its role in the ceasefire with
    India' (not praise: who praises is often no side)."""
    s = r.s
    owner = pos - 1 - (pos > 3 and s.low[pos - 1].isalpha() and s.low[pos - 2] in ("its", "their"))  # "tireless"
    if not (owner > 1 and s.low[owner] in ("its", "their") and s.low[owner - 1] == "for"):
        return []
    thanks = next((j for j in range(owner - 2, max(-1, owner - 1 - THANKS_SPAN), -1) if s.low[j] in THANKING), None)
    return [] if thanks is None else _thankers_and_other(r, thanks, pos + 1, named)


# verbs of working alongside another: "Egypt is working with Qatar to mediate", "Egypt, together with Qatar, brokered"
PARTNERING = frozenset({"working", "worked", "works", "work", "cooperating", "coordinating", "teaming", "partnering"})
PARTNER_REACH = 4  # words from the partner back to the partnering verb: "working closely with the US"


def working_with(r: Reader, subject: list[Mention], pos: int) -> list[Mention]:
    """Who a mediator works with on the mediation at `pos`, a co-mediator: 'Egypt is working with Qatar to mediate
    between A and B', 'Egypt, together with Qatar, brokered the truce'."""
    s = r.s
    if not subject or subject[-1].end >= pos:
        return []
    for m in s.mentions:
        if m.start >= pos or m.start < subject[-1].end or m.prep != "with":
            continue
        before = s.low[max(subject[-1].end, m.start - PARTNER_REACH) : m.start]
        if PARTNERING.intersection(before) or before[-2:] == ["together", "with"]:
            return r.group(m, leftward=False, free=True)
    return []


PAIRED_EVENT_REACH = 8  # words after a role noun where the two sides' compound and its event may come
PAIR_EVENT_GAP = 2  # words from the compound to its event: "the Iran-US prisoner exchange"


def paired_event_sides(r: Reader, end: int, mediators: set[str]) -> list[str]:
    """The sides of an 'A-B' compound naming the event a role is in: 'acted as a broker in last month's Iran-US
    prisoner exchange', 'a mediator of the Russia-Ukraine talks'."""
    s = r.s
    events = r.lex.word_set("mediation", "events")
    for j in range(end, min(len(s.low), end + PAIRED_EVENT_REACH)):
        if s.low[j] in BOUNDARY or r.verbish(j):
            return []
        mention = s.by_start.get(j)
        pair = mention.hyphen_pair if mention is not None else None
        if mention is None or pair is None or pair.start < mention.start:
            continue
        after = " ".join(s.low[pair.end : pair.end + PAIR_EVENT_GAP])  # "prisoner exchange", "talks"
        sides = [mention.actor, pair.actor]
        return sides if any(has_phrase(after, e) for e in events) and not mediators & set(sides) else []
    return []
