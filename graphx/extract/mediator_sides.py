"""The sides of a mediator named without them, from what else its document says for sure it mediated: 'Egypt
brokered talks between Fatah and Hamas in Cairo ... Cairo also brokered a similar agreement in 2011' (Egypt,
between the two), before the document's two sides are leant on; never from a reading that guesses its sides."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from graphx.extract.confidence import CONFIDENCE, DEFAULT_MIN_CONFIDENCE
from graphx.extract.sentence import Found, Sentence
from graphx.extract.words import POSTING_TITLES, SETTLED_CONFLICTS

RULE = "mediation.sides_elsewhere"
GUESSED = frozenset({"mediation.venue", "mediation.dispute", RULE})  # readings that guess sides: never lent on
# talks held in a state, lent only to that state named as mediator elsewhere, in a document with no two sides of its
# own: 'China-brokered talks ... A and B held talks in China's Kunming' (the host and the broker confirm each other)
HOSTED = "mediation.venue"
SUPPORT_NOUNS = frozenset({"support", "backing", "blessing"})  # "with the support of Y": a backer, no side
ROW_NOUNS = frozenset({"dispute", "row", "spat", "standoff", "stand-off", "rift", "feud", "quarrel", "tensions"})
ROW_RULE = "mediation.row"
ROW_CRITICISMS = 2  # sentences in which two sides criticise each other that make their quarrel the story's row


def sides_found(
    pending: Sequence[tuple[int, str, str]], found: Sequence[Found], pair: tuple[str, ...] = ()
) -> list[Found]:
    """Readings for the pending mediators that another sentence's confident mediation reading gives two sides (the
    pair it most often mediates between); the pending list is left whole, since who else is pending in a sentence
    tells co-mediators apart. Talks held in a state lend it their sides only in a document with no two sides of its
    own ('Saudi Arabia offered to mediate an end to the war ... US and Russian officials held talks in Saudi
    Arabia on restoring ties': the war's sides, not the talks')."""
    counts: dict[str, Counter[tuple[str, ...]]] = {}
    for f in found:
        if f.type != "mediation" or not f.source or len(set(f.parties)) != 2 or f.rule.startswith("cooccurrence"):
            continue
        if (f.confidence >= DEFAULT_MIN_CONFIDENCE and f.rule not in GUESSED) or (f.rule == HOSTED and not pair):
            counts.setdefault(f.source, Counter())[tuple(sorted(set(f.parties)))] += 1
    sides = {mediator: pairs.most_common(1)[0][0] for mediator, pairs in counts.items()}
    return [
        Found("mediation", mediator, None, sides[mediator], index, CONFIDENCE[RULE], RULE)
        for index, mediator, rule in pending
        if rule.startswith("mediation") and mediator in sides and mediator not in sides[mediator]
    ]


def without_covered_lone_sides(found: Sequence[Found]) -> list[Found]:
    """The findings less a mediation with one side named ('between the Israeli government and militants') that the
    same mediator's reading of two sides in the same sentence already covers."""
    paired = {
        (f.source, f.sentence, p) for f in found if f.type == "mediation" and len(f.parties) > 1 for p in f.parties
    }
    return [f for f in found if not (len(f.parties) == 1 and (f.source, f.sentence, f.parties[0]) in paired)]


def bystanders(pieces: list[Sentence]) -> set[str]:
    """Actors a sentence names without making them parties: the country a conflict is in ('to settle Yemen's
    conflict'), an envoy's posting ('the US Ambassador to Malaysia') and a backer ('with the support of Y')."""
    out: set[str] = set()
    for piece in pieces:
        low = piece.low
        for m in piece.mentions:
            if m.possessive and m.end + 1 < len(low) and low[m.end + 1] in SETTLED_CONFLICTS:
                if m.end + 2 >= len(low) or low[m.end + 2] not in ("with", "against", "on"):
                    out.add(m.actor)
            elif (m.prep == "to" and m.start >= 2 and low[m.start - 2] in POSTING_TITLES) or (
                m.prep == "of" and _supporter(low, m.start)
            ):
                out.add(m.actor)
    return out


def _supporter(low: list[str], start: int) -> bool:
    """Whether a mediation's backer, not a party, is named at `start`: 'brokered by X with the support of Y'."""
    k = start - 1 - (start > 1 and low[start - 1] == "the")
    return k >= 1 and low[k] == "of" and low[k - 1] in SUPPORT_NOUNS


def mediated_rows(
    pending: Sequence[tuple[int, str, str]], pieces: Sequence[Sentence], found: Sequence[Found], pair: tuple[str, ...]
) -> list[Found]:
    """A mediator named without sides in a sentence about a row ('a Saudi delegation arrived in a bid to mediate the
    dispute') mediates between the two a story shows quarrelling (criticising each other in several sentences),
    when they are not the story's warring sides (the row is over Socotra, the war is with the Houthis)."""
    quarrels = {
        (f.sentence, tuple(sorted((f.source, f.target))))
        for f in found
        if f.type == "criticism" and f.source and f.target and f.confidence >= DEFAULT_MIN_CONFIDENCE
    }
    rows = Counter(sides for _, sides in quarrels)
    if not rows:
        return []
    sides, count = rows.most_common(1)[0]
    if count < ROW_CRITICISMS or set(sides) == set(pair):
        return []
    about_a_row = {p.index for p in pieces if not ROW_NOUNS.isdisjoint(p.low)}
    return [
        Found("mediation", mediator, None, sides, index, CONFIDENCE[ROW_RULE], ROW_RULE)
        for index, mediator, rule in pending
        if rule.startswith("mediation") and index in about_a_row and mediator not in sides
    ]
