"""Mediators who help, persuade or work with two sides to settle: 'X helped A and B resolve their differences', 'X
persuaded A to sign a peace deal with B', 'X is working with A and B to iron out their differences', and who secure
one side's agreement to a truce with the other ('X secured A's agreement to a ceasefire with B')."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.tokens import base_in, has_phrase, skip_articles
from graphx.extract.words import BOUNDARY, SETTLING_VERBS
from graphx.lexicon import word_set

# the verbs whose two objects a mediator brings to settle, besides helping: "X persuaded A and B to accept a truce"
HELPING = frozenset({"help", "persuade", "convince"})
PERSUADING = frozenset({"persuade", "convince"})
HELPED = frozenset({"help", "helps", "helped", "helping"})
HELPED_SPAN = 8  # from 'help' to the end of the two it helps: "helping the governments of India and Pakistan"
# what a helped side may be brought to do with the other, besides settling: "to accept a ceasefire with B"
CONSENTING = word_set("accept agree sign conclude approve")
PARTNER_REACH = 8  # words after that verb where "with B" may follow its event: "reach a lasting ceasefire with"
IRONING = word_set("iron")  # "to iron out their differences"
# what a mediator working with two sides settles, and what it settles: "working with A and B to resolve the dispute"
WORKED_OUT = word_set("resolve settle iron bridge narrow mend reconcile defuse end")
DISPUTES = word_set("differences dispute disputes tensions tension conflict row standoff gaps")
DISPUTE_REACH = 6  # words after that verb to what it settles: "to resolve their long-running dispute"
ALLIED = word_set("allies ally partners partner")  # "working with its allies A and B": no two foes
ELSEWHERE = word_set("in with between among of")  # after the dispute: another's ("the crisis in Haiti")
# what a side persuaded to settle with another is brought to: a truce, talks, a swap; a deal only of peace
SETTLEMENTS = word_set("ceasefire ceasefires truce truces armistice talks negotiations swap exchange")
DEALS = word_set("deal agreement accord treaty")
SETTLEMENT_KINDS = word_set("peace ceasefire truce")  # "a peace deal", "a ceasefire agreement"
# words that show the verb's object is not the settlement: "accept its demands in talks with B"
NOT_SETTLEMENT_OBJECT = word_set("its their his her demands terms in on at")


def helped_pair(r: Reader, pos: int, end: int) -> None:
    """'X helped A and B resolve their differences', 'X was helping A and B reach a functional relationship', 'X
    persuaded A to sign a truce with B': X mediates between the two it helps to settle, reach or mend something."""
    s = r.s
    working = s.low[pos].startswith("work")  # "working with A and B to ...": the two after 'with'
    heads = r.right_objects(end, frozenset({None, "with"} if working else {None}), window=HELPED_SPAN)
    helped = [a for m in heads for a in (m.actor, *m.others)]
    if not helped or any(m.possessive for m in heads):
        return  # "X helped Ukraine's army": a side helped, no mediation
    j = heads[-1].end + (s.low[heads[-1].end : heads[-1].end + 1] == ["to"])
    if j >= len(s.low) or not base_in(s.low[j], SETTLING_VERBS | CONSENTING | IRONING):
        return  # "X helped A and B build a railway", "X helped A and B fight the rebels"
    if working and not _their_dispute(s.low, j, heads):  # "working with A and B to resolve their dispute"
        return  # not "to resolve supply chain problems", "to resolve the crisis in Haiti", "its differences with them"
    if len(set(helped)) == 1 and s.low[pos] not in HELPED:  # "X persuaded A to accept a truce with B" (but
        helped += [m.actor for m in event_partner(r, j + 1)]  # "X helped A reach a deal with B" backs A)
    alone = len(set(helped)) == 1 and base_in(s.low[pos], PERSUADING) and _consents_to_settlement(s.low, j)
    alone = alone and not ALLIED.intersection(s.low[end : heads[0].start])  # "persuaded its ally B": a patron
    if len(set(helped)) < 2 and not alone:
        return
    subject, bonus = r.subject_or_speaker(pos)
    if not subject or r.hedged(r.hedge_from(subject, pos), pos, allow_offer=True):
        return
    mediators = {m.actor for m in subject}
    parties = tuple(dict.fromkeys(a for a in helped if a not in mediators))
    if alone:  # "X persuaded A to approve the proposed deal": the other side is the dispute's, named elsewhere
        parties = ()
    if len(parties) == 2 or alone:
        for m in subject:
            r.emit("mediation", m.actor, None, parties, "mediation.helped", bonus)


def _consents_to_settlement(low: list[str], j: int) -> bool:
    """Whether the verb at `j` consents to a truce, talks or a deal: 'to approve the proposed deal', 'to accept the
    ceasefire' (not 'to accept its demands')."""
    if not base_in(low[j], CONSENTING):
        return False
    k = skip_articles(low, j + 1 + (low[j + 1 : j + 2] == ["to"]))  # "agree to the ceasefire"
    k += low[k : k + 1] in (["proposed"], ["new"], ["draft"])
    named = k < len(low) and (low[k] in SETTLEMENTS or low[k] in DEALS or _settlement(low, k + 1))
    k += 0 if k < len(low) and (low[k] in SETTLEMENTS or low[k] in DEALS) else 1
    return named and low[k + 1 : k + 2] not in (["in"], ["on"], ["for"], ["over"])  # "the ceasefire in Lebanon"


def event_partner(r: Reader, start: int) -> list[Mention]:
    """The other side of the settlement a persuaded side is brought to: 'accept a ceasefire with B', 'sign a peace
    deal with the B government', 'agree to a prisoner swap with B' (nothing for another kind of deal: 'a debt deal
    with the IMF', 'a defence deal with Japan', nor for words that are not the verb's object: 'its demands in')."""
    low = r.s.low
    for k in range(start, min(len(low), start + PARTNER_REACH)):
        if low[k] in BOUNDARY or low[k] in NOT_SETTLEMENT_OBJECT:
            return []
        if low[k] == "with" and k > start and _settlement(low, k - 1):
            partner = r.s.by_start.get(skip_articles(low, k + 1))
            return [partner] if partner is not None else []
    return []


def _settlement(low: list[str], k: int) -> bool:
    """Whether the noun at `k` names a settlement between foes: a truce, talks, a swap, or a peace deal."""
    if low[k] in SETTLEMENTS:
        return True
    return low[k] in DEALS and k > 0 and low[k - 1] in SETTLEMENT_KINDS


def _their_dispute(low: list[str], j: int, heads: list[Mention]) -> bool:
    """Whether the verb at `j` settles the two sides' own dispute: 'to iron out differences over the truce', 'to
    resolve their long-running dispute' (not 'its differences with them', 'the disputes between A and B', 'with its
    allies A and B')."""
    if not base_in(low[j], WORKED_OUT) or ALLIED.intersection(low[max(0, heads[0].start - 2) : heads[0].start]):
        return False
    at = next((k for k in range(j + 1, min(len(low), j + 1 + DISPUTE_REACH)) if low[k] in DISPUTES), None)
    if at is None or "its" in low[j + 1 : at]:
        return False
    return low[at + 1 : at + 2] == [] or low[at + 1] not in ELSEWHERE


AGREEMENTS = word_set("agreement consent approval acceptance commitment")  # "secured Iran's agreement to a truce"
BETWEEN_REACH = 14  # words from the agreement to the 'between' pair of the war it ends


def agreement_sides(r: Reader, end: int, mediators: set[str]) -> list[str]:
    """'X secured Iran's agreement to a ceasefire with Israel', '... to a truce in the conflict between Israel and
    Iran': the side whose agreement a mediator secures, and the other side of the truce."""
    s = r.s
    owner = s.by_start.get(skip_articles(s.low, end))
    if owner is None or not owner.possessive:
        return []
    k = owner.end + (s.low[owner.end : owner.end + 1] in (["'s"], ["’s"], ["'"]))
    if s.low[k : k + 1] == [] or s.low[k] not in AGREEMENTS:
        return []
    partner = event_partner(r, k + 1) or r.between_pair(k, window=BETWEEN_REACH)
    sides = [owner.actor, *(m.actor for m in partner if m.actor != owner.actor)]
    sides = [a for a in dict.fromkeys(sides) if a not in mediators]
    return sides if len(sides) == 2 else []


BROUGHT_REACH = 8  # words from "bring" to the "to" of where one is brought: "bring Rwasa and his leadership to"
BROUGHT_TO = frozenset({"talks", "negotiations", "table", "dialogue"})  # "to the negotiating table"
OWN = frozenset({"its", "their", "our", "his", "her"})  # "brought its allies to the table": its own side
SIDES_BROUGHT = frozenset({"rebels", "militants", "insurgents", "guerrillas", "both", "two", "warring", "sides"})


def brought_to_talks(r: Reader, end: int, parties: list[str]) -> bool:
    """Whether 'bring' names one side brought to talks: an actor, a leader named ('bring Rwasa to negotiations'),
    or a side so called ('the rebels', 'both sides'), not one's own ('its allies') or a thing ('grain', 'new
    proposals', 'a delegation'), to talks or the negotiating table."""
    low, tokens = r.s.low, r.s.tokens
    k = end + (low[end : end + 1] == ["the"])
    if k >= len(low) or low[end] in OWN:
        return False
    named = tokens[k][:1].isupper() and low[k].isalpha()
    if not (parties or low[k] in SIDES_BROUGHT or named):
        return False
    to = next((j for j in range(end, min(len(low), end + BROUGHT_REACH)) if low[j] == "to"), None)
    return to is not None and any(w in BROUGHT_TO for w in low[to + 1 : to + 4])


SUCCESSION = frozenset({"then", "later", "now", "currently", "subsequently", "since", "also", "more", "recently"})


def later_agents(r: Reader, end: int) -> list[Mention]:
    """The agents a passive names again after its first: 'hosted first by Ecuador and currently by Cuba'."""
    low = r.s.low
    k = end
    if low[k : k + 1] != ["and"]:
        return []
    k += 1
    while k < len(low) and low[k] in SUCCESSION:
        k += 1
    agent = r.s.by_start.get(k + 1 + (low[k + 1 : k + 2] == ["the"])) if low[k : k + 1] == ["by"] else None
    return r.group(agent, leftward=False) if agent is not None else []


DRAFTING = frozenset({"pull off", "draw up", "draft"})  # verbs that mediate only the event that is their object
DRAFTED_REACH = 5  # words after the verb where its object's noun stands: "pulled off a Spain-Morocco peace accord"
# words that end the verb's object before another event: "pulled off an attack despite the ceasefire"
OBJECT_ENDS = word_set("despite after before ahead as while amid following since until during over on in for")


def drafted_event(low: list[str], pos: int, end: int, passive: bool, events: frozenset[str]) -> bool:
    """Whether the talks or truce a drafting verb names is its own object: 'X drafted a truce between A and B',
    'X pulls off A-B peace accord', 'the accord drawn up by X'; not 'X drafted a law after the truce'."""
    own = low[max(0, pos - 3) : pos] if passive else low[end : end + DRAFTED_REACH]
    if not passive:
        own = own[: next((k for k, w in enumerate(own) if w in OBJECT_ENDS or w in BOUNDARY or w == ","), len(own))]
    return any(has_phrase(" ".join(own), e) for e in events)
