"""Talks of three, two of them the document's sides: the third brings them together ('Russia and Ukraine have
fought since 2022 ... Russia, Ukraine and the US meet in Geneva for talks on ending the war': the US mediates)."""

from __future__ import annotations

from collections.abc import Sequence

from graphx.extract.confidence import CONFIDENCE, DEFAULT_MIN_CONFIDENCE
from graphx.extract.mentions import Mention
from graphx.extract.sentence import Found, Sentence
from graphx.lexicon import Lexicon

RULE = "mediation.trilateral"
# what three at one table do: "A, B and C meet", "talks between A, B and C", "A, B and C held trilateral talks"
MEETING = frozenset(
    {"meet", "meets", "met", "meeting", "talks", "negotiations", "table", "trilateral", "sat", "gathered", "convened"}
)
LIST_WORDS = frozenset({",", "and", "the"})  # what lies between the names of one list: "the US, Ukraine and Russia"
MEETING_REACH = 8  # words from the list's last name to its meeting word: "are around the same table"
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
    """Whether the list sits at one table: a meeting word soon after it, or 'talks between' right before it."""
    after = s.low[end : end + MEETING_REACH]
    before = s.low[max(0, start - 3) : start]
    return any(w in MEETING for w in after) or ("between" in before and any(w in MEETING for w in before))
