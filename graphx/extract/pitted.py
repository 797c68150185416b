"""A war that pits one side against another: 'the conflict pits the army against the RSF', 'a civil war pitting
Sudan's army against the paramilitary Rapid Support Forces'. Sides a war pits against each other fight it (an
election or a match that pits two against each other is no war)."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.tokens import skip_articles
from graphx.extract.words import BOUNDARY, FIGURATIVE_WAR
from graphx.lexicon import Cue, word_set

# what pits the sides against each other when it is a war: "the fighting pits", "a civil war pitting"
WARS = word_set(
    "war wars conflict conflicts fighting clashes battle battles insurgency insurgencies violence feud rebellion "
    "uprising hostilities"
)
WAR_REACH = 8  # words back from "pits" to the war: "the fighting, now in its third year, pits"
SIDES_REACH = 12  # words from "pits" to the "against" between the sides
NOT_ARMS = word_set("political court media influence words ideas power")  # "a battle for influence", "of words"
SECOND_REACH = 4  # words from "against" to the second side: "against the paramilitary Rapid Support Forces"


def pitted(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'The war pits A against B', 'a conflict pitting A and B against C': each side before 'against' fought each
    after it."""
    s = r.s
    war = next((j for j in range(pos - 1, max(-1, pos - WAR_REACH), -1) if s.low[j] in WARS), None)
    if war is None or _figurative(s.low, war):
        return  # "the election pits A against B", "the legal battle pits A against B", "the war of words"
    against = next((j for j in range(end, min(len(s.low), end + SIDES_REACH)) if s.low[j] == "against"), None)
    if against is None or any(w in BOUNDARY for w in s.low[end:against]):
        return
    first = [m for m in s.mentions if end <= m.start and m.end <= against]
    second = _second_side(r, against + 1)
    for a in first:
        for b in second:
            if a.actor != b.actor:
                r.emit("conflict", None, None, (a.actor, b.actor), "conflict.pitted")


def _second_side(r: Reader, start: int) -> list[Mention]:
    """The side named after 'against', with those joined to it: 'against the paramilitary RSF and its allies'."""
    s = r.s
    k = skip_articles(s.low, start)
    for j in range(k, min(len(s.low), k + SECOND_REACH)):
        if s.low[j] in BOUNDARY or s.low[j] == ",":
            return []
        mention = s.by_start.get(j)
        if mention is not None:
            return r.group(mention, leftward=False)
    return []


def _figurative(low: list[str], war: int) -> bool:
    """Whether the war word at `war` is no fighting: 'a legal battle', 'a diplomatic battle', 'the war of words', 'a
    battle for influence'."""
    after = low[war + 1 : war + 3]
    return (war > 0 and (low[war - 1] in FIGURATIVE_WAR or low[war - 1] in NOT_ARMS)) or (
        len(after) == 2 and after[0] in ("of", "for") and after[1] in NOT_ARMS
    )
