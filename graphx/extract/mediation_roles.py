"""Mediators named by a role noun or an effort rather than a verb.

'mediators Qatar, Egypt and the US', 'the Group of Facilitating States – Qatar, Norway and Spain –',
'X and Y, who are participating as co-facilitators', 'with Qatar and Egypt acting as mediators',
'X's bid to end the war between A and B', 'X offered to step in to resolve the dispute between A and B'.
A mediator read here without its parties waits, like any other, for the document's two sides.
"""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.sentence import Sentence
from graphx.extract.tokens import base_in
from graphx.extract.words import (
    BE,
    BOUNDARY,
    DASHES,
    DELEGATES,
    EFFORT_COMPOUNDS,
    EFFORT_CUES,
    EVENT_BOUND_ROLES,
    LIST_CLOSERS,
    POSSESSIVE,
    POSTING_TITLES,
    PREPOSITIONS,
    RESOLVE_VERBS,
    ROLE_AGENT_NOUNS,
    ROLE_VERBS,
    SETTLED_CONFLICTS,
    SPEECH,
    TITLE_WORDS,
)
from graphx.lexicon import Cue

LIST_SPAN = 24  # how far back a list of role holders may reach from its role
DELEGATION_SPAN = 20  # how far after a hosting verb its guests may be: "hosting ... with delegations from A and B"
OBJECT_SPAN = 5  # how far after a purpose verb its conflict noun may be: "to end the long-running border war"


def event_bound(r: Reader, pos: int) -> bool:
    """Whether a role noun that means mediation only around talks or a truce ('guarantor', 'intermediary')
    lacks them: 'Russia, a guarantor of Armenia's security' is no mediator."""
    if r.s.low[pos] not in EVENT_BOUND_ROLES:
        return False
    events = r.lex.word_set("mediation", "events")
    return not any(w in events for w in r.s.low)


def listed_after(r: Reader, pos: int, end: int) -> list[Mention]:
    """'mediators Qatar, Egypt and the United States said', 'the facilitating states – Qatar, Norway and
    Spain – said', 'the mediators (Egypt and Qatar)': the list right after the role noun."""
    s = r.s
    n = len(s.low)
    if s.low[end - 1] not in ROLE_AGENT_NOUNS or (end < n and s.low[end] in POSSESSIVE):
        return []
    k = end
    bracket = k < n and (s.low[k] in DASHES or s.low[k] in ("(", ":"))
    k += bracket
    k += k < n and s.low[k] == "the"
    head = s.by_start.get(k)
    if head is None or head.prep is not None or head.possessive:
        return []
    group = r.group(head, leftward=False, free=True)
    after = group[-1].end
    if after < n and s.low[after] in POSSESSIVE:
        return []
    closed = after >= n or s.low[after] in LIST_CLOSERS or s.low[after] in DASHES or s.low[after] in SPEECH
    if bracket or len(group) > 1:  # "the mediators – A, B and C – said", "mediators A and B met"
        return group if (bracket and closed) or not bracket else []
    return group if closed else []  # "told the mediators Hamas would accept": Hamas is no mediator


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
    if not verb:
        return []  # "X (as mediator)" is read by the noun itself
    if k >= 0 and s.low[k] == ",":
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


def effort(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """X's bid to end the war between A and B; efforts by X to resolve the dispute; X offered to step in to
    settle the conflict (its sides: the document's two)."""
    s = r.s
    agents, after = _effort_agents(r, pos, end)
    if not agents:
        return
    start = _purpose(r, after)
    if start < 0 and not (pos and s.low[pos - 1] in EFFORT_COMPOUNDS):
        return  # "X's bid to join NATO", "efforts to rebuild": no conflict to settle
    if r.hedged(max(0, agents[-1].end), pos, allow_offer=True):
        return
    mediators = {a.actor for a in agents}
    pair = r.between_pair(pos, window=14)
    parties = [m.actor for m in pair] if len({m.actor for m in pair} - mediators) >= 2 else []
    if not parties:
        hyphen = r.hyphen_pair_near(max(start, pos), before=2, after=8)
        parties = list(hyphen) if hyphen else []
    if not parties and (start < 0 or not _settles_a_conflict(r, start, mediators)):
        return
    for a in agents:
        r.emit("mediation", a.actor, None, tuple(parties), "mediation.effort")


def _effort_agents(r: Reader, pos: int, end: int) -> tuple[list[Mention], int]:
    """Who makes the effort and where its purpose starts: 'X's bid', 'efforts by X', 'X stepped in'."""
    s = r.s
    if s.low[pos] not in EFFORT_CUES:  # "step in": the verb's subject
        open_ = pos
        while open_ > 0 and s.quoted[open_ - 1]:
            open_ -= 1
        if s.quoted[pos] and s.low[open_] == "to" and open_ >= 2:  # X offered "to step in ...," his office said
            pos = open_ - 1 - (not s.low[open_ - 1][:1].isalpha())
        subject, _ = r.subject_or_speaker(pos)
        return subject, end
    owner = r.possessor_before(pos)
    if owner:
        return (owner if owner[-1].possessive else r.group(owner[-1], leftward=True)), end
    k = end + (end < len(s.low) and s.low[end] == "led")
    if k < len(s.low) and s.low[k] == "by":
        head = s.by_start.get(k + 1 + (k + 1 < len(s.low) and s.low[k + 1] == "the"))
        if head is not None:
            group = r.group(head, leftward=False)
            return group, group[-1].end
    return [], end


def _purpose(r: Reader, k: int) -> int:
    """Where the object of 'to end', 'to resolve', 'aimed at ending' starts after `k`, or -1."""
    s = r.s
    n = len(s.low)
    if k + 1 < n and s.low[k] == "aimed" and s.low[k + 1] == "at":
        k += 1
    if k + 1 < n and s.low[k] in ("to", "at") and base_in(s.low[k + 1], RESOLVE_VERBS):
        return k + 2
    return -1


def _settles_a_conflict(r: Reader, start: int, mediators: set[str]) -> bool:
    """Whether the purpose's object is a conflict whose sides it leaves unnamed: 'to end the war', 'to settle
    Yemen's conflict'; not 'to end its war with Y' (the effort's owner is a side)."""
    s = r.s
    for k in range(start, min(len(s.low), start + OBJECT_SPAN)):
        word = s.low[k]
        if word in SETTLED_CONFLICTS:
            if k + 1 < len(s.low) and s.low[k + 1] in ("with", "against", "on"):
                return False
            owner = s.by_end.get(k) or s.by_end.get(k - 1)
            return not (owner is not None and owner.actor in mediators) and s.low[k - 1] not in ("its", "their")
        if word in BOUNDARY or word in (",", "(") or (word in PREPOSITIONS and word != "of"):
            return False
    return False


def bystanders(pieces: list[Sentence]) -> set[str]:
    """Actors a sentence names without making them parties: the country a conflict is in ('to settle Yemen's
    conflict') and an envoy's posting ('the US Ambassador to Malaysia')."""
    out: set[str] = set()
    for piece in pieces:
        low = piece.low
        for m in piece.mentions:
            if m.possessive and m.end + 1 < len(low) and low[m.end + 1] in SETTLED_CONFLICTS:
                if m.end + 2 >= len(low) or low[m.end + 2] not in ("with", "against", "on"):
                    out.add(m.actor)
            elif m.prep == "to" and m.start >= 2 and low[m.start - 2] in POSTING_TITLES:
                out.add(m.actor)
    return out


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
