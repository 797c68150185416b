"""'The country's security chief': an office of the one state the sentence named before it.

News names a state once and then its officials by 'the country's' office: "Lebanon's news agency said the pause
was part of a deal brokered by the country's general security chief". The office stands for that state when the
sentence names exactly one state before it; with two ("Kenya, which borders Somalia, said the country's ...")
it is left alone.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from graphx.extract.words import POSSESSIVE, ROLE_HEADS, ROLE_MODIFIERS

STATE_WORDS = frozenset({"country", "nation", "kingdom"})  # what "the ___'s" calls the state named before
# an office's words besides the role words: "the country's general security agency chief"
OFFICE_FILLERS = frozenset({"general", "agency", "intelligence", "army", "spy", "armed", "forces", "top"})
BODY_HEADS = frozenset({"ministry", "government", "army", "military", "navy", "authorities", "presidency"})
OFFICE_SPAN = 5  # the most words read after "the country's"


def country_offices(
    low: Sequence[str], named: Sequence[tuple[int, int, str]], states: Collection[str]
) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, state, is a person) of each 'the country's <office>' in a sentence whose earlier mentions
    (`named`: start, end, actor) name exactly one state."""
    starts = {start for start, _, _ in named}
    for k in range(len(low) - 3):
        if low[k] != "the" or low[k + 1] not in STATE_WORDS or low[k + 2] not in POSSESSIVE:
            continue
        end = _office_end(low, k + 3)
        if end < 0 or any(s in starts for s in range(k, end + 1)):
            continue  # no office, or a name of its own: "the country's President Lula"
        before = {actor for start, stop, actor in named if stop <= k and actor in states}
        if len(before) == 1:
            yield k, end, before.pop(), low[end - 1] not in BODY_HEADS


def _office_end(low: Sequence[str], j: int) -> int:
    """Where an office starting at `j` ends (after its head word), or -1 when none does."""
    end = -1
    for i in range(j, min(len(low), j + OFFICE_SPAN)):
        word = low[i]
        if word in ROLE_HEADS or word in BODY_HEADS:
            end = i + 1
        elif not (word in ROLE_MODIFIERS or word in OFFICE_FILLERS) or word in ("the", "of"):
            break
    return end
