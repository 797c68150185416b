"""Reactions to another's act named in a clause after them: 'Kenya protested after Tanzanian police detained two
Kenyan activists', 'X protested when Y's coast guard seized a fishing boat': the protest is at the act's doer."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.tokens import past_adverbs
from graphx.extract.words import ACTOR_HEADS, FORCES

PROTESTING = frozenset({"protest"})  # verbs of criticism that need no object: "X protested (strongly)"
REACTION_CLAUSES = frozenset({"after", "when"})  # "protested after Y detained ...", "protested when Y seized ..."
DOER_HEAD_WORDS = 3  # words of a doer's head after its name: "coast guard vessels", "border police"
DOER_HEADS = FORCES | ACTOR_HEADS | {"vessels", "vessel", "ships", "boats", "officers", "agents", "authorities"}


def protested_after(r: Reader, end: int, critics: list[Mention], bonus: float) -> bool:
    """'X protested after Y's police detained ...': X criticises the doer of the act the clause after names; True when
    read."""
    s = r.s
    k = past_adverbs(s.low, end)
    if k >= len(s.low) or s.low[k] not in REACTION_CLAUSES:
        return False
    doer = s.by_start.get(k + 1 + (s.low[k + 1 : k + 2] == ["the"]))
    if doer is None or (doer.prep is not None and doer.prep not in REACTION_CLAUSES):
        return False
    j = doer.end + doer.possessive
    while j < len(s.low) and j - doer.end < DOER_HEAD_WORDS and s.low[j] in DOER_HEADS:
        j += 1
    if j >= len(s.low) or not r.verbish(j) or s.low[j].endswith("ing"):
        return False  # "protested after Y's remarks", "when Y's troops, ..."
    if any(_people(r, c) for c in critics):
        return False  # "Hundreds of Kenyans protested after ...": a crowd, not the state
    read = False
    for a in critics:
        if a.actor != doer.actor:
            r.emit("criticism", a.actor, doer.actor, (), "criticism.verb", bonus)
            read = True
    return read


CROWDS = frozenset({"hundreds", "thousands", "dozens", "scores", "crowds", "groups", "tens", "millions"})


def _people(r: Reader, critic: Mention) -> bool:
    """Whether a protester is a state's people rather than the state: 'Kenyans', 'thousands of Serbians'."""
    s = r.s
    info = r.lex.actors.get(critic.actor)
    plural = info is not None and s.tokens[critic.end - 1].endswith("s") and not info.name.endswith("s")
    counted = critic.prep == "of" and critic.start >= 2 and s.low[critic.start - 2] in CROWDS
    return plural or counted
