"""Wars of words: 'a war of words between A and B', 'A and B stepped up a war of words', 'A's war of words with B'.
Each side criticises the other."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.words import VERBAL_WARS, WAR_OF_WORDS

# what two sides do with a war of words they are both in: "A and B stepped up a bitter war of words"
ENGAGING = frozenset(
    {"step", "steps", "stepped", "stepping", "engage", "engaged", "engaging", "locked", "embroiled", "mired"}
    | {"trade", "traded", "trading", "exchange", "exchanged", "exchanging", "wage", "waged", "waging"}
    | {"escalate", "escalated", "escalating", "intensify", "intensified", "intensifying", "renewed", "reignited"}
    | {"continue", "continued", "continuing", "keep", "keeps", "kept", "keeping", "in"}
)
ENGAGING_REACH = 6  # words from the subject to the war: "A and B have been locked in a bitter war"
WITH_REACH = 3  # words after the war to its "with": "a war of words with Y", "the war of words with neighbouring Y"


def war_of_words(r: Reader, pos: int, end: int) -> None:
    """'A war of words between A and B', 'the verbal war between A and B', 'A and B are locked in a war of words',
    'A's war of words with B': each criticises the other."""
    s = r.s
    words_after = tuple(s.low[end : end + 2]) == WAR_OF_WORDS
    if not (words_after or (pos and s.low[pos - 1] in VERBAL_WARS)):
        return
    last = end + 1 if words_after else pos
    sides = r.between_pair(last, window=4)
    if len({m.actor for m in sides}) != 2:
        sides = _with_sides(r, pos, last) or _engaged_subjects(r, pos)
    if len({m.actor for m in sides}) == 2:
        a, b = sides[0].actor, sides[1].actor
        r.emit("criticism", a, b, (), "criticism.exchanged")
        r.emit("criticism", b, a, (), "criticism.exchanged")


def _engaged_subjects(r: Reader, pos: int) -> list[Mention]:
    """'A and B stepped up (are locked in) a bitter war of words': the two subjects of a verb of taking part just
    before the war."""
    verb = _engaging_verb(r, pos)
    subject, pronoun = r.left_subject(verb) if verb is not None else ([], None)
    if pronoun is not None or len(subject) != 2 or any(m.person for m in subject) or r.hedged(subject[-1].end, pos):
        return []
    return subject


def _engaging_verb(r: Reader, pos: int) -> int | None:
    """Where a verb of taking part stands just before the war at `pos`: 'stepped up a bitter war'."""
    return next((j for j in range(pos - 1, max(-1, pos - ENGAGING_REACH), -1) if r.s.low[j] in ENGAGING), None)


def _with_sides(r: Reader, pos: int, last: int) -> list[Mention]:
    """'A's war of words with B', 'A is in a war of words with B': the owner or subject, and the one after 'with'."""
    s = r.s
    k = next((j for j in range(last + 1, min(len(s.low), last + 1 + WITH_REACH)) if s.low[j] == "with"), None)
    other = next((m for m in s.mentions if k is not None and k < m.start <= k + 2 and m.prep == "with"), None)
    if other is None:
        return []
    owners = r.possessor_before(pos)
    verb = _engaging_verb(r, pos) if not owners else None
    if verb is not None:  # "A is locked in a war of words with B"
        subject, pronoun = r.left_subject(verb)
        owners = subject if pronoun is None else []
    return [owners[0], other] if len(owners) == 1 and owners[0].actor != other.actor else []
