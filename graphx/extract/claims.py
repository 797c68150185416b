"""Who a document says claimed an attack: 'The BLA claimed responsibility for the blast', 'the attack was claimed
by Islamic State'. A critic who condemns 'the blast' with no author named condemns its one claimant."""

from __future__ import annotations

from collections.abc import Sequence

from graphx.extract.confidence import CONFIDENCE
from graphx.extract.sentence import Found, Sentence
from graphx.extract.words import ACTS_OF_WAR, ANAPHORIC, BLAMED_ACTS

# what a charge rejected as untrue is called: "X rejected it as baseless"
UNTRUE = frozenset(
    {"baseless", "false", "unfounded", "groundless", "absurd", "lies", "untrue", "fabricated", "nonsense"}
)
# judgements of what another said, not did: "Britain called it propaganda" (the claim before, of its maker)
CLAIM_JUDGEMENTS = UNTRUE | frozenset(
    {"propaganda", "lie", "hypocrisy", "hypocritical", "fabrication", "fabrications", "slander", "slanderous"}
    | {"defamatory", "ridiculous", "preposterous", "ludicrous", "misleading", "distorted", "disinformation", "smear"}
)
# the deeds a judgement qualifies before their doer: "an unlawful use of force by Y", "illegal occupation by Y"
JUDGED_DEEDS_OF = frozenset(
    {"use", "of", "force", "act", "acts", "action", "actions", "occupation", "annexation", "interference"}
    | {"violation", "violations", "conduct", "behaviour", "behavior", "policy", "policies", "move", "campaign"}
)

CLAIMING = frozenset({"claimed", "claims", "claim", "claiming"})
CLAIM_GAP = 3  # words between the claimant and 'claimed': "the BLA quickly claimed", "IS, which claimed"
CLAIM_OBJECT = 4  # words from 'claimed' to the act it claims: "claimed responsibility for the blast"
# the acts a claimant claims and a critic condemns: "condemned the blast", "denounced the bombing"
CLAIMABLE_ACTS = ACTS_OF_WAR | (BLAMED_ACTS & frozenset({"blast", "blasts", "explosion", "explosions", "shooting"}))
FOUGHT_BEFORE = 4  # sentences before a condemnation where the fighting it condemns is read
DOCUMENT_WAR = "conflict.dispute"  # the document's war, also the least confident fighting that makes an enemy
OTHER_ATTACKS = frozenset({"similar", "previous", "earlier", "last", "another", "past", "other"})
CLAIM_BETWEEN = frozenset({"has", "have", "had", "quickly", "later", "swiftly", "also", ",", "which", "who"})


def claimants(pieces: Sequence[Sentence]) -> set[str]:
    """The actors the document says claimed an attack, as its subject or its passive agent."""
    found: set[str] = set()
    for piece in pieces:
        low = piece.low
        for j, word in enumerate(low):
            if word not in CLAIMING or not _claims_an_act(low, j):
                continue
            if low[j + 1 : j + 2] == ["by"]:  # "the attack was claimed by Y"
                agent = piece.by_start.get(j + 2 + (low[j + 2 : j + 3] == ["the"]))
                found.update([agent.actor] if agent is not None and j > 1 and low[j - 1] in ("was", "were") else [])
                continue
            k = j - 1
            while k >= 0 and j - k <= CLAIM_GAP and low[k] in CLAIM_BETWEEN:
                k -= 1
            subject = piece.by_end.get(k + 1)
            if subject is not None and not subject.possessive and subject.prep is None:
                found.add(subject.actor)
    return found


def _claims_an_act(low: list[str], j: int) -> bool:
    """Whether 'claimed' at `j` claims an attack: 'claimed responsibility for the blast', 'claimed the attack', 'the
    bombing was claimed by' (not 'claimed victory', 'claimed that')."""
    after = low[j + 1 : j + 1 + CLAIM_OBJECT]
    if any(w in OTHER_ATTACKS for w in low[max(0, j - CLAIM_OBJECT) : j + 1 + CLAIM_OBJECT]):
        return False  # "the BLA claimed a similar attack last year": another attack
    if after[:1] == ["responsibility"]:
        return True
    if after[:1] == ["by"]:
        return any(w in CLAIMABLE_ACTS for w in low[max(0, j - CLAIM_OBJECT) : j])
    if after[:1] != ["the"] or len(after) < 2 or after[1] not in CLAIMABLE_ACTS:
        return False
    return low[j + 3 : j + 4] in ([], ["."], [","], ["in"], ["on"], ["at"], ["near"])  # not "claimed the strike killed"


def condemns_an_act(low: list[str], end: int) -> bool:
    """Whether a criticism verb's object is an attack named without its author: 'condemned the blast', 'denounced
    this attack'."""
    return end < len(low) and low[end] in ANAPHORIC and any(w in CLAIMABLE_ACTS for w in low[end + 1 : end + 3])


def condemned_claimants(
    pending: Sequence[tuple[int, str, str]], pieces: Sequence[Sentence], found: Sequence[Found]
) -> tuple[list[Found], list[tuple[int, str, str]]]:
    """Condemnations of an attack with no author named, read as aimed at its one claimant (`claimants`), or, for a
    side of the document's fighting, at the one side it fights anywhere in the document ('X condemned the assault'
    in a story of Y's drone attack on X); the rest stay pending for the document's two sides."""
    condemning = [p for p in pending if p[2] == "criticism.condemned_claimed"]
    if not condemning:
        return [], list(pending)
    who = claimants(pieces)
    fights = [  # the document's war (its two sides' fighting) anywhere, other fighting just before
        (-1 if f.rule == DOCUMENT_WAR else f.sentence, f.parties)
        for f in found
        if f.type == "conflict" and len(f.parties) == 2 and f.confidence >= CONFIDENCE[DOCUMENT_WAR]
    ]
    out: list[Found] = []
    rest: list[tuple[int, str, str]] = [p for p in pending if p[2] != "criticism.condemned_claimed"]
    for index, critic, rule in condemning:  # the one side the critic fights anywhere (not in the condemnation
        # itself: "condemned the strike that hit Y"), read in the document's war or just before
        near = range(index - FOUGHT_BEFORE, index)
        anywhere = {x for at, pair in fights if at != index and critic in pair for x in pair if x != critic}
        fought = {x for at, pair in fights if (at < 0 or at in near) and critic in pair for x in pair if x != critic}
        others = (who - {critic}) or (fought if len(anywhere) == 1 else set())
        if len(others) == 1:
            out.append(Found("criticism", critic, next(iter(others)), (), index, CONFIDENCE[rule], rule))
        else:
            rest.append((index, critic, "criticism.dispute"))
    return out, rest


def criticised_in_dispute(
    pending: Sequence[tuple[int, str, str]], pieces: Sequence[Sentence], pair: tuple[str, ...]
) -> list[Found]:
    """A critic of the document's two sides whose criticism names no target, in a sentence that names no other
    actor, criticises the other side: 'Tokyo slams "unacceptable" move' in a story of Beijing's sanctions."""
    if not pending:
        return []
    named: dict[int, set[str]] = {}
    for piece in pieces:
        named.setdefault(piece.index, set()).update(m.actor for m in piece.mentions)
    return [
        Found("criticism", critic, other, (), index, CONFIDENCE["criticism.dispute"], "criticism.dispute")
        for index, critic, _ in pending
        if critic in pair
        for other in pair
        if other != critic and not named.get(index, set()) - set(pair)
    ]
