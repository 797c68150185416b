"""Whom 'it', 'him' or 'the gas-rich country' stands for after a criticism participle: 'A and B launched a blockade
against the tiny Gulf state, accusing it of ...' (the one actor named before that is not the critic), 'Mali quit
ECOWAS, accusing the regional bloc of ...' (a body), 'X took Y to the court, accusing it of ...' (not the court)."""

from __future__ import annotations

from graphx.extract.asides import STATE_NOUNS
from graphx.extract.clauses import Reader
from graphx.extract.criticism_more import list_runs
from graphx.extract.forces import kind
from graphx.extract.mentions import Mention
from graphx.extract.voices import SPOKESPEOPLE
from graphx.extract.words import DIPLOMATS

OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them"})
BODY_NOUNS = frozenset({"bloc", "alliance", "organisation", "organization", "grouping", "body"})  # "the bloc"
TAKEN_TO = frozenset({"to", "before"})  # where a side is taken: "took Y to the court", "brought Y before the court"
TAKING_TO = frozenset({"took", "taken", "takes", "taking", "brought", "bring", "brings", "dragged", "hauled"})
TAKEN_REACH = 6  # words from the taking verb to the place: "took Israel to the International Court"
BLOC_SIDES = frozenset({"western", "eastern", "led", "-"})  # "the Western bloc", "the US-led bloc": a camp
DESCRIBED_WORDS = 4  # tokens between 'the' and a state noun: "the tiny Gulf state", "the gas - rich country"
# the offices after a state's adjective that name one person: "the Australian high commissioner"
PERSON_OFFICES = frozenset(w for w in DIPLOMATS if not w.endswith("s")) | {"president", "prime", "high", "leader"}
# offices one person holds for the actor after 'of': "the spokesperson of the UN mission ..., blaming him"
OFFICES_OF = SPOKESPEOPLE | {"head", "chief", "envoy", "ambassador", "leader"}
ACCUSED_PRONOUN_VERBS = frozenset({"accuse", "blame", "criticise", "criticize", "condemn", "denounce"})
# what 'its' owns that speaks for another state named before: "accusing its ambassador of ..."
OWNED_OFFICES = frozenset({"ambassador", "envoy", "embassy", "diplomats", "government", "leadership", "president"})


def charged_before(r: Reader, end: int, verb: str) -> bool:
    """Whether 'accuse' goes straight on with its charge, the accused named before it ('Russia, which the White
    House accuses of sending troops', read as an object relative): nothing after the 'of' is the accused."""
    return verb == "accuse" and r.s.low[end : end + 1] == ["of"]


def pronoun_object(r: Reader, end: int, subject: list[Mention]) -> list[Mention]:
    """'A and B launched a blockade against the tiny Gulf state, accusing it of ...': 'it' (or 'the gas-rich
    country') is the one actor named before the cue that is not its subject; 'him' or 'her', the one such person."""
    s = r.s
    slot = _described_state(s.low, end) if s.low[end : end + 1] == ["the"] and end not in s.by_start else end
    owned = slot != end and slot > 0 and s.low[slot + 1 : slot + 2] in (["'s"], ["’s"])  # "criticised the country's"
    if s.low[end : end + 1] in (["its"], ["their"]) and s.low[end + 1 : end + 2] and s.low[end + 1] in OWNED_OFFICES:
        slot, owned = end, True  # "suspended cooperation with Y, accusing its ambassador of ...": Y's
    if slot + 1 >= len(s.low) or (s.low[slot + 1] not in ("of", "for") and not owned):
        return []
    if slot == end and s.low[end] not in OBJECT_PRONOUNS and not owned:
        return []
    critics = {m.actor for m in subject}
    for run in list_runs(s.mentions, s.low):  # the whole list the subject is part of: "A, B, the C and D launched"
        if critics & {m.actor for m in run}:
            critics |= {m.actor for m in run}
    person = s.low[end] in ("him", "her")  # "X expelled Y's envoy, Z, accusing him of interfering": the person
    plural = s.low[end] == "them"  # "issued warrants for Putin and Lvova-Belova, accusing them of": named people only
    # (not "detained two French citizens, accusing them": the citizens, not France)
    others = [
        m
        for m in s.mentions
        if m.end <= end
        and m.actor not in critics
        and ((m.person if plural else _person(s.low, m) == person) or (person and _office_of(s.low, m)))
        and not m.compound
        and not m.quoted
    ]
    if s.low[slot] in BODY_NOUNS and any(w in BLOC_SIDES for w in s.low[end:slot]):
        return []  # "accusing the Western bloc of ...", "the US-led bloc": a camp, not the body named before
    if s.low[slot] in STATE_NOUNS:  # "Poland's ambassador to NATO criticized the country's spending": a state
        others = [m for m in others if kind(r, m.actor) == "state"]
    if s.low[slot] in BODY_NOUNS:  # "withdrew from X, accusing the bloc of ...": a body, not a state
        others = [m for m in others if kind(r, m.actor) == "organisation"]
    if len({m.actor for m in others}) > 1:  # "took Y to the court, accusing it of ...": not where Y was taken
        others = [m for m in others if not _taken_to(s.low, m)] or others
    if len({m.actor for m in others}) != 1 or any(m.hyphen_pair is not None for m in others):
        return []
    return [Mention(end, end + 1, others[0].actor, False)]


def _taken_to(low: list[str], mention: Mention) -> bool:
    """Whether a mention is where a side was taken: 'took Y to the court', 'brought Y before the court'."""
    return mention.prep in TAKEN_TO and any(
        w in TAKING_TO for w in low[max(0, mention.start - TAKEN_REACH) : mention.start]
    )


def _described_state(low: list[str], the: int) -> int:
    """Where a state or a body described, not named, ends after 'the': 'the gas-rich country', 'the tiny Gulf
    state', 'the regional bloc' (-1 if none)."""
    for j in range(the + 1, min(len(low), the + DESCRIBED_WORDS + 2)):
        if low[j] in STATE_NOUNS or low[j] in BODY_NOUNS:
            return j
        if not (low[j].isalpha() or low[j] == "-"):
            return -1
    return -1


def _office_of(low: list[str], mention: Mention) -> bool:
    """Whether a mention owns an office named before it: 'the spokesperson of the UN mission', 'the head of X'."""
    at = mention.start - 1 - (mention.start > 1 and low[mention.start - 1] == "the")
    return at >= 1 and low[at] == "of" and low[at - 1] in OFFICES_OF


def _person(low: list[str], mention: Mention) -> bool:
    """Whether a mention names a person: 'Patrick Cole', 'the Australian high commissioner'."""
    return mention.person or (mention.end < len(low) and low[mention.end] in PERSON_OFFICES)


OBJECT_RELATIVE_REACH = 6  # words back from the verb to 'which': "Russia, which the White House accuses"


def object_relative(r: Reader, pos: int, charged: bool = False) -> list[Mention]:
    """The actor an object relative clause holding the verb at `pos` hangs on: 'Algeria, which they accuse of ...';
    with `charged` (the accused of a charge, 'costs for Russia, which the White House accuses of'), whatever its
    preposition."""
    s = r.s
    for j in range(pos - 1, max(0, pos - OBJECT_RELATIVE_REACH), -1):
        if s.low[j] in ("which", "whom") and j >= 2 and s.low[j - 1] == ",":
            antecedent = s.by_end.get(j - 1)
            k = j + 1 + (s.low[j + 1 : j + 2] == ["the"])
            subject = s.low[j + 1] in ("they", "it", "he", "she", "we") or s.by_start.get(k) is not None
            if (
                antecedent is None
                or antecedent.possessive
                or (antecedent.prep not in (None, "from", "to") and not charged)
            ):
                return []  # not "a gas deal with Egypt, which Turkey criticised"
            return [antecedent] if subject else []
    return []
