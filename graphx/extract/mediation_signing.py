"""Who signed what a mediator brokered: 'the agreement, brokered by X, was signed in Doha by Y and Z', 'Brokered by
X, the foreign ministers of A and B stated ...', 'Y and Z signed a peace deal at a ceremony overseen by X'."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.coordination import closes_fronted_clause
from graphx.extract.mentions import Mention
from graphx.extract.tokens import skip_back
from graphx.extract.words import BOUNDARY, GUESTS, MODALS, NEGATION

SIGNED = frozenset({"signed", "agreed", "reached", "inked", "initialled", "initialed"})
SIGNING = SIGNED | {"ink", "inks", "sign", "signs"}  # a headline's present: "A, B ink accord, witnessed by X"
SIGNED_BY_REACH = 6  # from 'signed' to its 'by', past a place or a time: "signed in Doha on Friday by"
SIGNERS_WINDOW = 8  # words after 'by' where the signers are named: "by representatives of A and B"
FRONTED_REACH = 16  # words from a fronted 'brokered by X' to the comma closing it: "... by X, Y and Z,"
SIGNED_SPAN = 14  # how far after "brokered by X" the signing of the parties may be


def fronted_subject(r: Reader, end: int, mediators: set[str]) -> list[str]:
    """The two sides heading the main clause after a fronted 'Brokered by X, ...': 'the ministers of A and B'."""
    s = r.s
    commas = [j for j in range(end, min(len(s.low), end + FRONTED_REACH)) if s.low[j] == ","]
    comma = next((j for j in commas if closes_fronted_clause(s.low, j)), commas[0] if commas else None)
    head = None
    start = comma + 1 if comma is not None else len(s.low)
    for j in range(start, min(len(s.low), start + DELEGATES_REACH)):
        head = s.by_start.get(j)
        of = skip_back(s.low, j - 1)  # "the talks saw representatives of the A and B groups reach an accord"
        if head is not None and (j < start + 5 or (s.low[of] == "of" and s.low[of - 1] in GUESTS)):
            break
        head = None
    sides = [m.actor for m in r.group(head, leftward=False, free=True) if m.actor not in mediators] if head else []
    return sides if len(set(sides)) == 2 else []


def signed_before(r: Reader, pos: int, verbs: frozenset[str] = SIGNED) -> int | None:
    """The position just after the signing verb of the clause before `pos`, if there is one."""
    s = r.s
    for j in range(pos - 1, max(-1, pos - SIGNED_SPAN), -1):
        if s.low[j] in BOUNDARY:
            return None
        if s.low[j] in verbs:
            return j + 1
    return None


DELEGATES_REACH = 14  # words after a fronted clause's comma to the sides' delegates: "the talks saw representatives of"
RELATIVE_COMMA_REACH = 5  # words from the mediating verb to the comma of a relative clause on its truce


def relative_signers(r: Reader, end: int, mediators: set[str]) -> list[str]:
    """'X brokered the truce, which was signed by the leaders of A and B': the signers a relative clause on what the
    mediator brokered names."""
    s = r.s
    comma = next((j for j in range(end, min(len(s.low), end + RELATIVE_COMMA_REACH)) if s.low[j] == ","), None)
    if comma is None or s.low[comma + 1 : comma + 2] not in (["which"], ["that"]):
        return []
    return signers(r, comma + 2, mediators)


def signers(r: Reader, end: int, mediators: set[str]) -> list[str]:
    """The two sides that signed what a mediator brokered, in a by-phrase later in the clause."""
    s = r.s
    for j in range(end, min(len(s.low) - 1, end + SIGNED_SPAN)):
        if s.low[j] in BOUNDARY:
            return []
        if s.low[j] not in SIGNED:
            continue
        by = next((k for k in range(j + 1, min(len(s.low), j + SIGNED_BY_REACH)) if s.low[k] == "by"), -1)
        if by < 0 or any(w == "," or (w.endswith("ed") and w != "signed") for w in s.low[j + 1 : by]):
            return []  # "signed at a ceremony attended by Y and Z": witnesses, not signers
        sides = [m.actor for m in r.agent_after(by, window=SIGNERS_WINDOW) if m.actor not in mediators]
        return sides if len(set(sides)) >= 2 else []  # "was signed (in Doha on Friday) by Y and Z"
    return []


PARTNER_REACH = 5  # words from a brokered deal's compound to the 'with' naming its other side: "peace deal with B"


def partner(r: Reader, owner: int, end: int, aside: set[str]) -> list[str]:
    """The other side of a brokered deal one side signed or agreed to 'with' it: 'A signed a US-brokered deal with
    B' (B; nothing where no signing verb heads the clause: 'A welcomed the X-brokered truce with relief')."""
    if signed_before(r, owner, SIGNING) is None:
        return []
    heads = [m for m in r.right_objects(end, frozenset({"with"}), window=PARTNER_REACH) if m.prep == "with"][:1]
    return [m.actor for m in r.group(heads[0], leftward=False, free=True) if m.actor not in aside] if heads else []


# what a third side may witness the signing of: "the accord, witnessed by X", "signed in the presence of X"
WITNESSED_EVENTS = frozenset(
    {"accord", "agreement", "deal", "ceasefire", "truce", "treaty", "declaration", "pact", "document", "documents"}
)
# what two sides may sign that no third side mediates: "a defence pact", "the oil deal", "a trade agreement"
ALLIES_DEALS = frozenset({"trade", "defence", "defense", "security", "economic", "oil", "energy", "cooperation", "gas"})
WITNESSED_REACH = 10  # words from the signing verb to 'witnessed by' / 'in the presence of'


PASSIVE_SUBJECT_REACH = 10  # words back from a passive signing to its event: "the accord between A and B was signed"
RELATIVE_REACH = 12  # words of a relative clause inside a list: "X, who currently chairs Asean, and Y"


def _after_relative(r: Reader, last: Mention) -> list[Mention]:
    """The next of a list that a relative clause interrupts: 'in the presence of X, who chairs Asean, and Y' (Y)."""
    s = r.s
    k = last.end
    if s.low[k : k + 1] != [","] or s.low[k + 1 : k + 2] not in (["who"], ["which"]):
        return []
    close = next((j for j in range(k + 2, min(len(s.low), k + RELATIVE_REACH)) if s.low[j] in (",", ";", ".")), None)
    if close is None or s.low[close : close + 2] != [",", "and"]:
        return []
    after = s.by_start.get(close + 2) or s.by_start.get(close + 3)  # "and the US", "and United States President"
    return [after] if after is not None and after.prep is None else []


def witnessed(r: Reader, pos: int, end: int) -> None:
    """'Thailand, Cambodia ink Kuala Lumpur Accord, witnessed by Anwar, Trump', 'the peace agreement was signed in
    the presence of X': a third side witnessing two others sign their truce or accord mediates between them (the
    document's two sides when the signers go unnamed)."""
    s = r.s
    ceremony = _ceremony_comma(s.low, pos)  # "A and B signed the accord, in a ceremony witnessed by X"
    signing = signed_before(r, pos if ceremony < 0 else ceremony, SIGNING)
    if signing is None and s.low[pos] == "witnessed" and _signing_ceremony_heads(s.low, pos) and _peace_held(s.low):
        witnesses = r.right_objects(end, frozenset({"by"}), window=8)  # "The signing ceremony, witnessed by X,"
        seen = {w.actor for w in witnesses}
        later = [m for m in s.mentions if witnesses and m.start >= witnesses[-1].end and m.actor not in seen]
        named_after = any(r.lex.actors[m.actor].kind != "organisation" for m in later)  # not "its Asean chair"
        for witness in [] if named_after else witnesses:  # not "..., witnessed by X, sealed its treaty with Y"
            r.emit("mediation", witness.actor, None, (), "mediation.witnessed")  # the document's two sides
        return
    if signing is None or (pos - signing > WITNESSED_REACH if ceremony < 0 else ceremony - signing > CEREMONY_SPAN):
        return
    clause_end = pos if ceremony < 0 else ceremony
    passive = r.passive(signing - 1, signing)  # "the peace agreement between A and B was signed in the presence of"
    signed = s.low[max(0, signing - (PASSIVE_SUBJECT_REACH if passive else 4)) : pos]
    if not any(w in WITNESSED_EVENTS for w in signed) or any(w in ALLIES_DEALS for w in signed):
        return  # "Japan and Australia signed a defence pact in the presence of X": allies, no truce
    if any(r.verbish(j) and s.low[j - 1] not in NOT_A_VERB_AFTER for j in range(signing, clause_end)):
        return  # "A and B signed a deal, but fighting continued in the presence of X": another clause
    if s.low[pos] == "witnessed" and s.low[end : end + 1] != ["by"]:
        return  # "X witnessed ...": read only as "witnessed by X"
    if s.low[pos] == "presence" and s.low[pos - 2 : pos] != ["in", "the"]:
        return  # only "in the presence of X"
    witnesses = r.right_objects(end, frozenset({None, "by", "of"}), window=8)
    witnesses += _after_relative(r, witnesses[-1]) if witnesses else []  # "X, who chairs Asean, and Y"
    verb = signing - 1
    signers = (  # "the accord between A and B was signed", "the accord was signed by A and B"
        (r.between_pair_before(verb) or r.agent_after(signing)) if passive else r.left_subject(verb)[0]
    )
    parties = [m.actor for m in signers]
    for witness in witnesses:
        if witness.actor not in parties:
            r.emit("mediation", witness.actor, None, tuple(parties), "mediation.witnessed")


CEREMONY_WORDS = frozenset({"in", "at", "during", "a", "an", "the", "ceremony", "signing", "formal", "official"})
CEREMONY_SPAN = 16  # words from the signing verb to the comma: "signed a deal to sustain a truce along their border,"
NOT_A_VERB_AFTER = frozenset({"to", "their", "its", "his", "her", "our", "the", "a", "an"})  # "their shared border"
CEREMONY_REACH = 5  # words from the comma to the witnessing: ", in a formal signing ceremony witnessed by"


def _ceremony_comma(low: list[str], pos: int) -> int:
    """Where the comma before a ceremony phrase that the witnessing ends stands: 'signed the accord, in a ceremony
    witnessed by X' (-1 when there is none)."""
    for j in range(pos - 1, max(-1, pos - CEREMONY_REACH - 1), -1):
        if low[j] == ",":
            return j if "ceremony" in low[j + 1 : pos] and all(w in CEREMONY_WORDS for w in low[j + 1 : pos]) else -1
        if low[j] not in CEREMONY_WORDS:
            return -1
    return -1


def _signing_ceremony_heads(low: list[str], pos: int) -> bool:
    """Whether a signing ceremony opens the sentence the witnessing qualifies: 'The (historic) signing ceremony,
    witnessed by X, ...'."""
    head = [w for w in low[:pos] if w != ","]
    return len(head) <= SIGNING_HEAD_WORDS and head[:1] == ["the"] and head[-2:] == ["signing", "ceremony"]


SIGNING_HEAD_WORDS = 5  # words a signing ceremony opening a sentence may take: "The historic peace signing ceremony"


# what the rest of a sentence opening with a signing ceremony tells of peace signed: "capped weeks of negotiations"
PEACE_SIGNED = WITNESSED_EVENTS | frozenset({"peace", "negotiations", "talks", "war", "fighting", "conflict"})
# a ceremony that did not take place, or may yet: "was postponed", "did not take place", "may take place"
CEREMONY_UNDONE = frozenset({"postponed", "cancelled", "canceled", "delayed", "called", "scrapped"}) | NEGATION | MODALS


def _peace_held(low: list[str]) -> bool:
    """Whether a sentence opening with a signing ceremony tells of peace signed, the ceremony held: not 'marked the
    new trade deal', not 'was postponed'."""
    words = set(low)
    return bool(words & PEACE_SIGNED) and not words & (ALLIES_DEALS | CEREMONY_UNDONE)
