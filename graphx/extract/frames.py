"""The frame-handler registry: which function reads which cue class, checked against the cue file.

Every cue class of cues.yaml is either read by a handler here or is a word list that handlers consult
(`LISTS`); a class that is neither would be silently ignored, so loading the cue file refuses it. The
lexicon lists the classes (`CUE_CLASSES`) without importing this module; this module checks on import
that its registry names exactly those.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress, count

from graphx.errors import InternalError
from graphx.extract import (
    attribution,
    backing,
    casualties,
    ceasefires,
    conflict,
    criticism,
    dismissals,
    judgements,
    losses,
    mediation,
    mediation_compounds,
    mediation_venues,
    pitted,
    redress,
    summons,
)
from graphx.extract.clauses import Reader
from graphx.extract.sentence import Found
from graphx.extract.tokens import rest_at
from graphx.extract.words import READ_AS_NOUNS, VERB_CUES
from graphx.lexicon import CUE_CLASSES, Cue

Handler = Callable[[Reader, int, int, Cue], None]

HANDLERS: dict[tuple[str, str], Handler] = {
    ("criticism", "verbs"): criticism.verbs,
    ("criticism", "speech_verbs"): dismissals.speech_verbs,
    ("criticism", "opposed"): dismissals.opposed_speech,
    ("criticism", "nouns"): criticism.nouns,
    ("criticism", "judgements"): judgements.judgements,
    ("criticism", "unlawful"): judgements.unlawful_acts,
    ("criticism", "charges"): criticism.charges,
    ("criticism", "charge_nouns"): criticism.charge_nouns,
    ("criticism", "attributions"): attribution.attributions,
    ("criticism", "designations"): attribution.designations,
    ("criticism", "summons"): summons.summons,
    ("criticism", "disapproval"): attribution.disapproval,
    ("criticism", "feelings"): attribution.disapproval,
    ("criticism", "exchanges"): attribution.exchanges,
    ("criticism", "fire"): casualties.under_fire,
    ("criticism", "backing"): backing.backing,
    ("criticism", "redress"): redress.redress,
    ("criticism", "unwelcome"): redress.unwelcome,
    ("mediation", "verbs"): mediation.verbs,
    ("mediation", "invite_verbs"): mediation.invite_verbs,
    ("mediation", "compounds"): mediation_compounds.compounds,
    ("mediation", "nouns"): mediation.nouns,
    ("mediation", "venues"): mediation_venues.venues,
    ("conflict", "verbs"): conflict.verbs,
    ("conflict", "symmetric_verbs"): conflict.symmetric_verbs,
    ("conflict", "nouns"): conflict.nouns,
    ("conflict", "ceasefires"): ceasefires.ceasefires,
    ("conflict", "losses"): losses.losses,
    ("conflict", "pitted"): pitted.pitted,
}

# cue classes that no handler is called for: word lists that handlers look up
LISTS: frozenset[tuple[str, str]] = frozenset(
    {
        ("criticism", "speech_nouns"),
        ("criticism", "receive_verbs"),
        ("mediation", "need_event"),
        ("mediation", "events"),
        ("conflict", "agent_verbs"),
        ("criticism", "signals"),
        ("mediation", "signals"),
        ("conflict", "signals"),
    }
)

KNOWN_CLASSES: frozenset[tuple[str, str]] = frozenset(HANDLERS) | LISTS
if KNOWN_CLASSES != CUE_CLASSES:  # the cue file is checked against CUE_CLASSES: both must name the same classes
    raise InternalError(f"frame handlers and the lexicon's cue classes differ: {sorted(KNOWN_CLASSES ^ CUE_CLASSES)}")


def read(reader: Reader) -> list[Found]:
    """Every relation the sentence's cues state, each read in its frame by its handler."""
    s = reader.s
    if s.tokens and s.tokens[-1] == "?":
        return []
    hits: list[tuple[int, int, Cue]] = []
    shared = False  # two cues matched at one word: "protested" and "protested to"
    cue_words, low = reader.lex.cues, s.low
    for i in compress(count(), map(cue_words.__contains__, low)):  # the cue words' places
        cues = cue_words[low[i]]
        before = len(hits)
        after = low[i + 1] if i + 1 < len(low) else None
        adverb: bool | None = None  # whether an adverb follows the word (looked at once, and only if asked)
        for cue in cues:
            if not cue.rest or (cue.rest[0] == after and rest_at(low, i + 1, cue.rest)):  # the first word first
                hits.append((i, i + 1 + len(cue.rest), cue))
            elif cue.rest and cue.klass in VERB_CUES:
                adverb = _adverb(low, i + 1) if adverb is None else adverb
                if adverb and rest_at(low, i + 2, cue.rest):
                    hits.append((i, i + 2 + len(cue.rest), cue))  # "Iran retaliates widely for", "clashed again with"
        shared = shared or len(hits) > before + 1
    # a verb form after a determiner or a possessive is a noun: "the attack", "a blast", "Iran's fight"
    # but "mediating between X and Y" is a mediator's act, where "fighting between X and Y" is a noun
    hits = [
        (i, e, c)
        for i, e, c in hits
        if c.klass not in VERB_CUES
        or c.base in READ_AS_NOUNS
        or not reader.nominal(i)
        or (c.type == "mediation" and s.low[i].endswith("ing") and s.low[i + 1 : i + 2] == ["between"])
    ]
    if shared:  # the longest cue of a class at a word is read, not the shorter ones it begins with
        longest = {(i, c.type, c.klass): e for i, e, c in sorted(hits, key=lambda h: h[1])}
        hits = [(i, e, c) for i, e, c in hits if e == longest[(i, c.type, c.klass)]]
    reader.cue_positions = {i for i, _, c in hits if c.klass in VERB_CUES}
    for start, end, cue in hits:
        handler = HANDLERS.get((cue.type, cue.klass))
        if handler is not None:
            handler(reader, start, end, cue)
    return reader.out


NOT_ADVERBS = frozenset({"only", "early", "family", "daily", "italy", "july", "rally", "ally", "reply", "supply"})


def _adverb(low: list[str], k: int) -> bool:
    """Whether the word at `k` is an adverb that may sit inside a phrasal verb: 'retaliated widely for'."""
    word = low[k] if k < len(low) else ""
    return (len(word) > 4 and word.endswith("ly") and word not in NOT_ADVERBS) or word in ("again", "also")
