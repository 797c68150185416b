"""Mediation frames: X brokered talks between Y and Z, an X-mediated ceasefire, under X's auspices."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.tokens import has_phrase
from graphx.extract.words import BOUNDARY, HYPHENS
from graphx.lexicon import Cue


def verbs(r: Reader, pos: int, end: int, cue: Cue) -> None:
    s = r.s
    events = r.lex.word_set("mediation", "events")
    if cue.base in r.lex.word_set("mediation", "need_event"):
        # "talks between X and Y, hosted by Z": the event noun is before the pair
        back = 12 if r.passive(pos, end) and r.between_pair_before(pos) else 3
        window = " ".join(w for w in s.low[max(0, pos - back) : pos] + s.low[end : end + 16] if w not in BOUNDARY)
        if not any(has_phrase(window, e) for e in events):
            return
    if s.low[pos].endswith("ing") and pos and s.low[pos - 1] in ("of", "for"):
        return
    if r.passive(pos, end):
        agents = r.agent_after(end)
        if not agents:
            return
        parties = r.parties(pos, end, {a.actor for a in agents})
        if not parties:  # "a ceasefire between Y and Z, brokered by X"
            parties = [m.actor for m in r.between_pair_before(pos)]
        if not parties:
            subject, _ = r.left_subject(pos, allow_object=True)
            parties = [m.actor for m in subject]
        for a in agents:
            r.emit("mediation", a.actor, None, tuple(parties), "mediation.passive")
        return
    subject, bonus = r.subject_or_speaker(pos)
    if not subject or r.hedged(r.hedge_from(subject, pos), pos, allow_offer=True):
        return
    parties = r.parties(pos, end, {m.actor for m in subject})
    for a in subject:
        r.emit("mediation", a.actor, None, tuple(parties), "mediation.verb", bonus)


def invite_verbs(r: Reader, pos: int, end: int, cue: Cue) -> None:
    s = r.s
    window = " ".join(s.low[end : end + 14])
    if not any(
        has_phrase(window, e)
        for e in ("talks", "negotiations", "summit", "meeting", "dialogue", "peace talks", "consultations")
    ):
        return
    subject, bonus = r.subject_or_speaker(pos)
    if not subject or r.hedged(r.hedge_from(subject, pos), pos, allow_offer=True):
        return
    mediators = {m.actor for m in subject}
    heads = r.right_objects(end, frozenset({None, "of"}), window=8)
    parties = [m.actor for m in heads if m.actor not in mediators]
    if len(set(parties)) < 2:
        return
    for a in subject:
        r.emit("mediation", a.actor, None, tuple(parties), "mediation.invite", bonus)


def compounds(r: Reader, pos: int, end: int, cue: Cue) -> None:
    s = r.s
    if pos < 2 or s.low[pos - 1] not in HYPHENS:
        return
    owner = s.by_end.get(pos - 1)
    if owner is None:
        return
    events = r.lex.word_set("mediation", "events")
    window = " ".join(s.low[end : end + 3])
    if not any(has_phrase(window, e) for e in events):
        return
    if r.hedged(max(0, owner.start - 4), owner.start):
        return
    parties = r.parties(pos, end, {owner.actor})
    if not parties:
        subject, _ = r.left_subject(owner.start)
        parties = [m.actor for m in subject if m.actor != owner.actor]
    if len(set(parties)) >= 2:
        r.emit("mediation", owner.actor, None, tuple(parties), "mediation.compound")
    elif any(w in ("ceasefire", "cease-fire", "truce", "armistice") for w in s.low[end : end + 3]):
        r.unresolved.append((s.index, owner.actor, "mediation.compound"))


def nouns(r: Reader, pos: int, end: int, cue: Cue) -> None:
    s = r.s
    if r.hedged(max(0, pos - 4), pos, allow_offer=True):
        return
    agents = r.possessor_before(pos)
    if not agents and s.low[pos] == "auspices":
        agents = r.right_objects(end, frozenset({"of"}), window=4)
    if not agents:
        agents = [a for a in r.right_objects(end, frozenset({"by", "of"}), window=4) if a.prep == "by"]
    if not agents and pos and any(w in ("as", "role") for w in s.low[max(0, pos - 3) : pos]):
        subject, _ = r.left_subject(pos)
        if subject and not r.hedged(subject[-1].end, pos, allow_offer=True):
            agents = subject
    if not agents:
        return
    parties = r.parties(pos, end, {a.actor for a in agents})
    for a in agents:
        r.emit("mediation", a.actor, None, tuple(parties), "mediation.noun")
