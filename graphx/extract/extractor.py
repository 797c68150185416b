"""Extraction: a pure function from sentences and a lexicon to relation candidates, without I/O.

A small dictionary coder in the CAMEO / PLOVER tradition: actor names are found by longest match,
cue words by their frame (X accused Y of ..., Y was criticised by X, an X-brokered ceasefire between
Y and Z, X's invasion of Y, ...), and a relation is kept only when both ends are named in the
sentence. Negated, hypothetical, future and conditional statements give nothing, and a statement
inside a quotation is attributed to the named speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphx.extract import frames
from graphx.extract.clauses import Reader
from graphx.extract.context import Context
from graphx.extract.sentence import Found, analyse
from graphx.lexicon import TOKEN, Lexicon

__all__ = ["Found", "extract", "has_cue"]


def extract(sentences: Sequence[str], lexicon: Lexicon, date: str | None = None) -> list[Found]:
    """Every relation stated in `sentences` (one document, in order), dated `date` if known."""
    found: list[Found] = []
    context = Context(lexicon, date, skipped=[])
    pending: list[tuple[int, str, float]] = []  # mediations whose parties the sentence does not name
    for index, text in enumerate(sentences):
        if not text:
            continue
        sentence = analyse(index, text, lexicon, date)
        if sentence is None:
            skipped = context.skipped if context.skipped is not None else []
            context.skipped = [*skipped[-1:], text]
            continue
        reader = Reader(sentence, lexicon, context)
        read = frames.read(reader)
        found.extend(read)
        context.recent = [*context.recent[-8:], *((index, f.source, f.target) for f in read if f.type == "criticism")]
        pending.extend(reader.unresolved)
        subjects = [m for m in sentence.mentions if m.person and m.prep is None and not m.possessive and not m.quoted]
        if subjects:
            context.last_person = subjects[0].actor
        elif context.skipped:
            context.last_person = context.person_before()
        context.skipped = []
    found.extend(_resolve_pending(found, pending))
    return _dedupe(found)


def _resolve_pending(found: list[Found], pending: list[tuple[int, str, float]]) -> list[Found]:
    """An X-brokered ceasefire with no parties named: the document's one dominant pair of warring sides."""
    if not pending:
        return []
    counts: dict[tuple[str, ...], int] = {}
    for item in found:
        if item.type in ("conflict", "mediation") and len(item.parties) == 2:
            pair = tuple(sorted(item.parties))
            counts[pair] = counts.get(pair, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return []
    pair = ranked[0][0]
    return [
        Found("mediation", mediator, None, pair, index, round(conf * 0.6, 2))
        for index, mediator, conf in pending
        if mediator not in pair
    ]


def _dedupe(found: list[Found]) -> list[Found]:
    best: dict[tuple[object, ...], Found] = {}
    for item in found:
        key = (item.type, item.source, item.target, item.parties, item.sentence)
        if key not in best or best[key].confidence < item.confidence:
            best[key] = item
    return list(best.values())


def has_cue(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence holds any cue word (a fast pre-filter)."""
    cues = lexicon.cues
    return any(word.lower() in cues for word in TOKEN.findall(text))
