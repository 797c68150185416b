"""The sides of a mediator named in a clause after the talks' own: 'A and B held talks in Istanbul, with X mediating',
'A and B agreed a swap, in which X served as mediator', '..., and X acts as a guarantor'."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.mediation_phrases import ACTING_AS, talks_between
from graphx.extract.mentions import Mention


def with_clause_sides(r: Reader, agents: list[Mention], mediators: set[str]) -> list[str]:
    """'A and B held talks in Istanbul, with X mediating', 'A and B agreed a truce, with X and Y acting as
    mediators', 'with X playing a mediating role': the mediators of a 'with' clause after the main clause mediate
    between its subject's two sides, or the two sides of its talks."""
    s = r.s
    if not agents:
        return []
    events = r.lex.word_set("mediation", "events")
    if agents[0].prep == "with":
        j = agents[0].start - 1
        while j > 0 and s.low[j] != "with":
            j -= 1
        if j < 2 or (s.low[j - 1] != "," and s.low[j - 1] not in events):
            return []  # "A met with X": X is a side, not a mediator; but "A and B resumed talks with X mediating"
    else:  # "A and B agreed a swap, in which X served as mediator", "..., and X and Y act as guarantors"
        j = clause_opener(s.low, agents[0].start - (s.low[agents[0].start - 1 : agents[0].start] == ["the"]))
        if j < 2 or s.low[j - 1] != "," or not any(w in events for w in s.low[:j]):
            return []
        if s.low[j] == "and" and not _role_of_these_talks(s.low, agents[-1].end, events):
            return []  # "..., and NATO acts as a guarantor of security in the north": another role
    subject, pronoun = r.main_subject(j - 1)
    if subject:
        subject = r.group(subject[0], leftward=False, free=True)
    sides = [m.actor for m in subject if m.actor not in mediators and m.end < j]
    if pronoun is None and len(set(sides)) == 2:
        return sides
    return talks_between(r, j, mediators)


# what opens a clause after the talks' own, where their mediator is named: "..., in which X served as mediator"
CLAUSE_OPENERS = (("in", "which"), ("at", "which"), ("during", "which"), ("where",), ("and",))


def _role_of_these_talks(low: list[str], k: int, events: frozenset[str]) -> bool:
    """Whether the role taken after `k` ('acts as a guarantor') ends its clause or is one in talks ('of the talks'),
    not a role in something else ('a guarantor of Ukraine's security', 'a mediator in Sudan's war')."""
    while k < len(low) and (low[k] in ACTING_AS or low[k] in ("as", "a", "an", "the", "co", "-")):
        k += 1
    after = low[k + 1 : k + 4]
    if not after or not after[0].isalpha():
        return True  # "..., and X acts as a guarantor."
    return after[0] in ("of", "in", "at", "to", "for") and any(w in events for w in after[1:])


def clause_opener(low: list[str], start: int) -> int:
    """Where a clause opener that ends at `start` begins, or -1."""
    for words in CLAUSE_OPENERS:
        j = start - len(words)
        if j >= 0 and tuple(low[j:start]) == words:
            return j
    return -1
