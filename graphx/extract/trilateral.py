"""Talks of three, two of them the document's sides: the third brings them together ('Russia and Ukraine have
fought since 2022 ... Russia, Ukraine and the US meet in Geneva for talks on ending the war': the US mediates)."""

from __future__ import annotations

from collections.abc import Sequence

from graphx.extract.confidence import CONFIDENCE, DEFAULT_MIN_CONFIDENCE
from graphx.extract.mentions import Mention
from graphx.extract.sentence import Found, Sentence
from graphx.lexicon import Lexicon

RULE = "mediation.trilateral"
# how three at one table are said to meet right after their list: "A, B and C meet in Geneva", "... met for talks",
# "... held trilateral talks", "... are around the same table" (not "met the deadline", "attend the SCO meeting")
MEET_VERBS = frozenset({"meet", "meets", "met", "meeting"})
MET_WHERE = frozenset({"in", "on", "at", "for", "to", "again", "face", "last", "this", "yesterday", "today", ".", ","})
HELD = frozenset({"held", "hold", "holds", "holding", "began", "begin", "resumed", "resume", "opened", "open"})
TALKS = frozenset({"talks", "negotiations", "consultations"})
AROUND_TABLE = (("around", "the", "same", "table"), ("at", "the", "same", "table"), ("at", "one", "table"))
AUXILIARIES = frozenset({"will", "would", "have", "has", "had", "are", "were", "is", "to", "also", "then", "now"})
# a gathering of many the three only attend: "met at the European Political Community summit", "a UN meeting"
GATHERED = frozenset({"summit", "council", "assembly", "forum", "conference", "g20", "g7", "sco", "brics", "opec"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
LIST_WORDS = frozenset({",", "and", "the"})  # what lies between the names of one list: "the US, Ukraine and Russia"
KINDS = frozenset({"state", "organisation"})  # who can bring two sides to its table (not an armed group)


def trilateral_talks(
    pieces: Sequence[Sentence], pair: tuple[str, ...], found: Sequence[Found], lexicon: Lexicon
) -> list[Found]:
    """For each sentence naming a list of exactly three at talks, two of them the document's two sides at war (a
    confident conflict reading between them), the third as their mediator."""
    sides = tuple(sorted(pair))
    if not any(
        f.type == "conflict" and f.confidence >= DEFAULT_MIN_CONFIDENCE and f.edges() == [("conflict", *sides)]
        for f in found
    ):
        return []  # "the US, Japan and South Korea met" in a row of words between two of them: allies, not a table
    out = []
    for piece in pieces:
        for names in _lists(piece):
            actors = list(dict.fromkeys(m.actor for m in names))
            third = [a for a in actors if a not in pair]
            if len(actors) != 3 or len(third) != 1 or lexicon.actors[third[0]].kind not in KINDS:
                continue
            if _at_talks(piece, names[0].start, names[-1].end):
                out.append(Found("mediation", third[0], None, tuple(pair), piece.index, CONFIDENCE[RULE], RULE))
    return out


def _lists(s: Sentence) -> list[list[Mention]]:
    """The runs of mentions joined only by commas, 'and' and 'the' ('the United States, Ukraine and Russia'), one
    'and' to a run."""
    runs: list[list[Mention]] = []
    for mention in s.mentions:
        last = runs[-1][-1] if runs else None
        joined = last is not None and all(w in LIST_WORDS for w in s.low[last.end : mention.start])
        if last is not None and joined and "and" not in s.low[runs[-1][0].start : last.end]:
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return [run for run in runs if len(run) >= 3]


def _at_talks(s: Sentence, start: int, end: int) -> bool:
    """Whether the list meets at one table: a verb of meeting right after it ('A, B and C meet in Geneva', '... held
    trilateral talks'), or 'talks between' / 'a trilateral meeting of' right before it; never at a gathering of many
    or negated ('did not meet')."""
    low = s.low
    if any(w in GATHERED for w in low) or any(w in NEGATIONS for w in low[end : end + 4]):
        return False
    k = end
    while k < len(low) and low[k] in AUXILIARIES:
        k += 1
    word = low[k] if k < len(low) else "."
    after = low[k + 1] if k + 1 < len(low) else "."
    if word in MEET_VERBS and after in MET_WHERE:
        return True
    if word in HELD and any(w in TALKS for w in low[k + 1 : k + 6]):  # "will hold a second round of talks"
        return True
    if any(tuple(low[k : k + len(phrase)]) == phrase for phrase in AROUND_TABLE):
        return True
    before = low[max(0, start - 4) : start]
    return ("between" in before or "of" in before) and any(w in TALKS or w in MEET_VERBS for w in before)
