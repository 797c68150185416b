"""Two actors near a relation cue with no frame read: candidates for review, ranked low.

With `--min-confidence 0` every sentence that names two actors near a cue of a type gives a candidate of
that type, so that the analyst can find what the frames missed; the default threshold hides them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count

from graphx.extract.confidence import CONFIDENCE
from graphx.extract.sentence import Found, Sentence
from graphx.extract.tokens import rest_at
from graphx.extract.words import POSTING_TITLES
from graphx.lexicon import Lexicon

# cue classes that make no co-occurrence: word lists, and 'fire', a cue only in 'came under fire'
LISTS = frozenset({"speech_nouns", "events", "receive_verbs", "agent_verbs", "need_event", "signals", "fire"})
NEAR_RULE = "cooccurrence"  # two actors near a cue
SIGNAL = "cooccurrence.signal"
DOCUMENT_RULE = "cooccurrence.document"  # an actor near a cue, paired with the document's two sides
PAIR_RULE = "cooccurrence.document_pair"  # any two actors the document names
COOCCURRENCE_RULES = (NEAR_RULE, SIGNAL, DOCUMENT_RULE, PAIR_RULE)  # every rule of a candidate made here
MAX_ACTORS = 6  # the actors nearest a cue that pair up (the sentence's first ones)
NEAR = 25  # tokens between an actor and a cue for them to count as near
PAIRED_ACTORS = 40  # the document's first actors that document_pairs pairs up (a list of every state stays linear)


def cooccurrences(sentence: Sentence, lexicon: Lexicon, only: str | None = None) -> list[Found]:
    """Low-confidence candidates from the cues and actors of one analysed sentence (of type `only`, if given)."""
    if len({a for m in sentence.mentions for a in (m.actor, *m.others)}) < 2:
        return []  # no pair to make
    positions: dict[str, list[int]] = {}
    signals: dict[str, list[int]] = {}
    for i in compress(count(), map(lexicon.cues.__contains__, sentence.low)):  # the cue words' places
        for cue in lexicon.cues[sentence.low[i]]:
            if (only is not None and cue.type != only) or not rest_at(sentence.low, i + 1, cue.rest):
                continue
            if cue.klass == "signals":
                signals.setdefault(cue.type, []).append(i)
            elif cue.klass not in LISTS:
                positions.setdefault(cue.type, []).append(i)
    out: list[Found] = []
    for type_ in sorted(set(positions) | set(signals)):
        cues = positions.get(type_) or signals[type_]
        actors = _actors_near(sentence, cues)
        if len(actors) < 2:
            continue
        if type_ not in positions:  # only a signal word: every pair, ranked lowest
            out.extend(_signal_pairs(type_, actors, sentence.index))
            continue
        groups = {a for a, _ in actors if (info := lexicon.actors.get(a)) is not None and info.kind == "group"}
        out.extend(_pairs(type_, actors, cues[0], sentence.index, groups))
    return out


def _signal_pairs(type_: str, actors: list[tuple[str, int]], index: int) -> list[Found]:
    confidence = CONFIDENCE[SIGNAL]
    ids = [a for a, _ in actors]
    if type_ == "mediation":
        return [Found(type_, m, None, tuple(p for p in ids if p != m), index, confidence, NEAR_RULE) for m in ids]
    if type_ == "conflict":
        pairs = {tuple(sorted((a, b))) for a in ids for b in ids if a != b}
        return [Found(type_, None, None, p, index, confidence, SIGNAL) for p in sorted(pairs)]
    return [Found(type_, a, b, (), index, confidence, SIGNAL) for a in ids for b in ids if a != b]


def _actors_near(sentence: Sentence, cues: list[int]) -> list[tuple[str, int]]:
    """Distinct actors within NEAR tokens of a cue, in order, with their first position."""
    seen: dict[str, int] = {}
    for mention in sentence.mentions:
        if mention.prep == "to" and mention.start >= 2 and sentence.low[mention.start - 2] in POSTING_TITLES:
            continue  # "the US envoy to Afghanistan": where a diplomat serves, not a side
        if any(abs(mention.start - c) <= NEAR for c in cues):
            for actor in (mention.actor, *mention.others):
                seen.setdefault(actor, mention.start)
    return list(seen.items())[:MAX_ACTORS]


def _pairs(type_: str, actors: list[tuple[str, int]], cue: int, index: int, groups: set[str]) -> list[Found]:
    strong, weak = CONFIDENCE[f"cooccurrence.{type_}"], CONFIDENCE["cooccurrence.weak"]
    armed = CONFIDENCE["cooccurrence.conflict_group"]
    out = []
    if type_ == "mediation":
        ids = [a for a, _ in actors]
        for mediator, at in actors:
            parties = tuple(p for p in ids if p != mediator)
            out.append(Found(type_, mediator, None, parties, index, strong if at < cue else weak, NEAR_RULE))
        return out
    for n, (a, at) in enumerate(actors):
        for b, bt in actors[n + 1 :]:
            if type_ == "conflict":  # an armed group named near war words with a state is likelier fighting it
                value = armed if (a in groups) != (b in groups) else strong
                out.append(Found(type_, None, None, tuple(sorted((a, b))), index, value, NEAR_RULE))
            else:
                out.append(Found(type_, a, b, (), index, strong if at < cue < bt or at < bt < cue else weak, NEAR_RULE))
                out.append(Found(type_, b, a, (), index, weak, NEAR_RULE))
    return out


def with_sides(sentence: Sentence, lexicon: Lexicon, sides: tuple[str, ...]) -> list[Found]:
    """The lowest-ranked candidates: an actor near a cue, paired with the document's two sides."""
    types = {
        cue.type
        for i, word in enumerate(sentence.low)
        for cue in lexicon.cues.get(word, ())
        if (cue.klass not in LISTS or cue.klass == "signals") and rest_at(sentence.low, i + 1, cue.rest)
    }
    actors = {a for m in sentence.mentions for a in (m.actor, *m.others)}
    confidence, out = CONFIDENCE[DOCUMENT_RULE], []
    for type_ in types:
        for actor in actors:
            if type_ == "mediation" and actor not in sides:
                out.append(Found(type_, actor, None, sides, sentence.index, confidence, DOCUMENT_RULE))
            for side in sides:
                if side == actor:
                    continue
                if type_ == "conflict":
                    out.append(
                        Found(
                            type_,
                            None,
                            None,
                            tuple(sorted((actor, side))),
                            sentence.index,
                            confidence,
                            DOCUMENT_RULE,
                        )
                    )
                elif type_ == "criticism":
                    out.append(Found(type_, actor, side, (), sentence.index, confidence, DOCUMENT_RULE))
                    out.append(Found(type_, side, actor, (), sentence.index, confidence, DOCUMENT_RULE))
    return out


def document_pairs(found: Sequence[Found], named: Sequence[Sequence[str]]) -> list[Found]:
    """The last candidates for review: every two actors the document names (`named`: the actors of each sentence,
    in order), for each type the document's other candidates have, when no candidate pairs them yet. Each quotes
    the first sentence naming both, else the sentence naming the later one first; a mediation needs a mediator
    the document already has."""
    first: dict[str, int] = {}
    together: dict[tuple[str, str], int] = {}
    for index, names in enumerate(named):
        actors = sorted(set(names))
        for actor in actors:
            first.setdefault(actor, index)
        for n, a in enumerate(actors):
            for b in actors[n + 1 :]:
                together.setdefault((a, b), index)
    covered = {edge for f in found for edge in f.edges()}
    types = {f.type for f in found}
    mediators = sorted({f.source for f in found if f.type == "mediation" and f.source})
    confidence, out = CONFIDENCE[PAIR_RULE], []
    ordered = sorted(first, key=lambda a: (first[a], a))[:PAIRED_ACTORS]
    for n, a in enumerate(ordered):
        for b in ordered[n + 1 :]:
            pair = (min(a, b), max(a, b))
            index = together.get(pair, max(first[a], first[b]))
            if "conflict" in types and ("conflict", *pair) not in covered:
                out.append(Found("conflict", None, None, pair, index, confidence, PAIR_RULE))
            for x, y in ((a, b), (b, a)):
                if "criticism" in types and ("criticism", x, y) not in covered:
                    out.append(Found("criticism", x, y, (), index, confidence, PAIR_RULE))
                if x in mediators and ("mediation", x, y) not in covered:
                    out.append(Found("mediation", x, None, (y,), index, confidence, PAIR_RULE))
    return out
