"""References to a document's two sides in a sentence: 'both sides', 'the two countries', 'the two nuclear-armed
neighbours' (not 'both sides of the border')."""

from __future__ import annotations

from graphx.extract.words import NOT_PLURAL_MODIFIERS, PLURAL_LEADS, PLURAL_MODIFIERS, PLURAL_NOUNS, PLURAL_REFERENCES

# where a reference to the two sides may start: the plural references, and a sentence's opening "They" (`THEY_FOUGHT`)
PLURAL_STARTS: dict[str, tuple[tuple[str, ...], ...]] = {**PLURAL_REFERENCES, "they": ()}


def plural_at(tokens: list[str], low: list[str], i: int, pair: tuple[str, ...]) -> int:
    """The length of a reference to the document's two sides at token i ("both sides", "the two countries")."""
    if len(pair) != 2:
        return 0
    if i == 0 and low[0] == "they":  # "They fought for 35 years": the two sides, fighting each other
        verb = next((len(p) for p in THEY_FOUGHT if tuple(low[1 : 1 + len(p)]) == p), 0)
        after = low[1 + verb] if verb and 1 + verb < len(low) else ""
        return 1 if verb and after not in FOUGHT_BESIDE else 0  # not "They clashed with police", "side by side"
    length = next(
        (len(p) for p in PLURAL_REFERENCES.get(low[i], ()) if tuple(low[i : i + len(p)]) == p), 0
    ) or _described_plural(low, i)
    return 0 if length and _of_another_whole(tokens, low, i + length) else length


def _of_another_whole(tokens: list[str], low: list[str], k: int) -> bool:
    """Whether a plural reference ending at k names parts of something other than the document's dispute: 'both
    sides of the border', 'the two factions of the Sinaloa Cartel' (not 'both sides of Sudan's conflict', 'of the
    long-running border dispute')."""
    if low[k : k + 1] != ["of"] or low[k + 1 : k + 2] == [] or low[k + 1].endswith("ing"):
        return False  # "accused both nations of violating the law": what they did, not a whole they are parts of
    for j in range(k + 1, min(len(low), k + 1 + DISPUTE_SPAN)):
        if low[j] in DISPUTE_NOUNS:
            return False
        if tokens[j][:1].isupper() and low[j + 1 : j + 2] not in (["'s"], ["’s"]):
            return True  # a name, no owner of the dispute: "of the Sinaloa Cartel"
    return True


def _described_plural(low: list[str], i: int) -> int:
    """The length of a plural reference with words describing the two: 'the two nuclear-armed neighbours'."""
    lead = next((p for p in PLURAL_LEADS if tuple(low[i : i + len(p)]) == p), None)
    if lead is None:
        return 0
    j, words = i + len(lead), 0
    while j < len(low) and words < PLURAL_MODIFIERS:
        if not low[j].isalpha() or low[j] in NOT_PLURAL_MODIFIERS or low[j] in PLURAL_NOUNS:
            break
        j, words = j + 1, words + 1
        if j + 1 < len(low) and low[j] == "-" and low[j + 1].isalpha():
            j += 2  # "nuclear-armed": one word
    return j + 1 - i if words and j < len(low) and low[j] in PLURAL_NOUNS else 0


# what "both sides of ..." may be the sides of and still stand for the document's two
DISPUTE_NOUNS = frozenset(
    {"conflict", "war", "dispute", "divide", "row", "standoff", "crisis", "talks", "negotiations"}
)
DISPUTE_SPAN = 6  # words after "of" that may name the dispute: "both sides of the long-running border dispute"


# verbs of fighting each other after a sentence-opening "They" that make it the document's two sides
THEY_FOUGHT = tuple(
    tuple(phrase.split())
    for phrase in (
        "fought", "have fought", "had fought", "clashed", "have clashed", "had clashed", "battled", "skirmished",
        "have been fighting", "had been fighting", "exchanged fire", "traded fire", "went to war",
    )
)  # fmt: skip
FOUGHT_BESIDE = frozenset({"with", "against", "alongside", "together", "side", "beside"})  # another fight
