"""Who criticises in a participle clause: 'X halted the talks, accusing Y of ...' (the main clause's subject), also
when an owner heads it through its office ('X's foreign ministry issued a statement, objecting to ...')."""

from __future__ import annotations

from graphx.extract.asides import owned_head
from graphx.extract.clauses import Reader
from graphx.extract.criticism_more import whole_subject
from graphx.extract.mentions import Mention
from graphx.extract.words import PROJECTILES, SPEAKER_VERBS

# what makes a main clause an armed act, besides the conflict nouns: "launched an operation", "fired missiles"
ARMED_MEANS = PROJECTILES | {"operation", "operations", "fire", "jets"}
JOINED_PARTICIPLE = 10  # how far back 'and accusing' finds the participle it is joined to


def participle_comma(low: list[str], pos: int) -> int | None:
    """The comma that opens the participle at `pos`, past adverbs ('..., sharply condemning') and an earlier
    participle it is joined to ('..., condemning the raid and accusing Y')."""
    if not low[pos].endswith("ing"):
        return None
    comma = pos - 1
    while comma > 0 and low[comma].endswith("ly") and low[comma].isalpha():
        comma -= 1
    if comma > 0 and low[comma] == "and":
        first = next((j for j in range(comma - 1, max(0, comma - JOINED_PARTICIPLE), -1) if low[j].endswith("ing")), 0)
        if first and all(w[:1].isalnum() for w in low[first:comma]):
            return participle_comma(low, first)
    return comma if comma > 0 and low[comma] == "," else None


def participle_subject(r: Reader, pos: int) -> list[Mention]:
    """'X halted the talks, accusing Y of ...': a participle after a comma says what the main clause's subject did
    (an owner speaking through its office too: 'X's foreign ministry issued a statement, objecting to ...')."""
    s = r.s
    comma = participle_comma(s.low, pos)
    if comma is None:
        return []
    subject, pronoun = r.main_subject(comma)
    if not subject and pronoun is None:
        subject = _office_owner_subject(r, comma)
    return whole_subject(r, subject) if pronoun is None and subject and subject[0].prep is None else []


def acting_subject(r: Reader, pos: int) -> list[Mention]:
    """The main clause's subject as the doer of an armed act in a participle after it: 'India launched an
    operation, striking sites in Y'; none when the main clause reports what others did ('the UN said X shelled the
    city, killing Y's civilians') or is no armed act ('the EU unveiled a package, hitting Russia's energy sector')."""
    low = r.s.low
    comma = participle_comma(low, pos)
    if comma is None or any(w in SPEAKER_VERBS for w in low[:comma]):
        return []
    nouns = r.lex.word_set("conflict", "nouns")
    return participle_subject(r, pos) if any(w in ARMED_MEANS or w in nouns for w in low[:comma]) else []


def _office_owner_subject(r: Reader, comma: int) -> list[Mention]:
    """The owner heading a sentence through an office before its verb: 'Nepal's foreign ministry issued ...'."""
    s = r.s
    first = s.mentions[0] if s.mentions else None
    if first is None or not first.possessive or first.prep is not None or first.start > 1:
        return []
    verb = next((k for k in range(first.end + 1, comma) if r.verbish(k)), None)
    return [first] if verb is not None and owned_head(s.low, first.end + 1, verb) else []
