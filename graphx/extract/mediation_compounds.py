"""Mediators named in a compound before the event they broker: 'an X-brokered ceasefire between Y and Z', 'X-led
talks', 'an X-sponsored agreement', 'a US-Saudi brokered deal', 'agreed to the terms of a Russian-proposed truce'."""

from __future__ import annotations

from graphx.extract import mediation_phrases, mediation_signing
from graphx.extract.clauses import Reader
from graphx.extract.mediation import AFTER
from graphx.extract.mediation_phrases import ADVERBIAL_PREPS
from graphx.extract.tokens import has_phrase
from graphx.extract.words import HYPHENS
from graphx.lexicon import Cue

BROKERED = frozenset({"brokered", "mediated", "facilitated"})  # compounds that make their owner a mediator alone
TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
CHAIRING = frozenset({"chaired", "convened", "moderated"})  # compounds that mediate only talks: "UN-chaired talks"
TALKS = frozenset({"talks", "negotiations", "dialogue", "consultations"}) | TRUCES


def compounds(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """An X-brokered ceasefire between Y and Z, X-led talks, an X-sponsored agreement."""
    s = r.s
    joined = s.by_end.get(pos)  # "a US-Saudi brokered deal": the pair's compound, its hyphen left out
    if pos < 2 or (s.low[pos - 1] not in HYPHENS and (joined is None or joined.hyphen_pair is None)):
        return
    owner = s.by_end.get(pos - 1) if s.low[pos - 1] in HYPHENS else joined
    if owner is None and pos > 3 and s.low[pos - 2] == ")":  # "the Intergovernmental Authority (IGAD)-brokered deal"
        owner = s.by_end.get(pos - 2)
        named = s.by_end.get(owner.start - 1) if owner is not None and s.low[owner.start - 1] == "(" else None
        if named is not None and owner is not None and named.actor == owner.actor:
            owner = named
    if owner is None:
        return
    pair_first = owner.hyphen_pair if owner.hyphen_pair is not None and owner.hyphen_pair.end < owner.start else None
    owners = [m for m in (pair_first, owner) if m is not None]  # "a US-Saudi-brokered deal": both broker it
    start = terms_of(s.low, owners[0].start)  # "agreed to the terms of a Russian-proposed ceasefire"
    events = r.lex.word_set("mediation", "events")
    paired = s.by_start.get(end)  # "a US-brokered DRC-Rwanda deal": the pair named between the compound and its event
    pair = paired.hyphen_pair if paired is not None else None
    window = " ".join(s.low[pair.end if paired and pair else end :][:3])
    if not any(has_phrase(window, e) for e in events) or _chaired_gathering(s.low, pos, end, window):
        return
    if r.hedged(max(0, start - 4), start):
        return
    brokers = {m.actor for m in owners}
    parties = [paired.actor, pair.actor] if paired and pair else r.parties(pos, end, brokers)
    parties = [p for p in parties if p not in brokers]  # "a US-Saudi brokered deal": the pair before the participle
    if not parties:
        subject, _ = r.left_subject(start)
        parties = [m.actor for m in subject if m.actor not in brokers]
        parties += mediation_signing.partner(r, start, end, {*brokers, *parties}) if parties else []
    if len(set(parties)) < 2:  # "A and B restored ties in a China-brokered deal"
        after = ADVERBIAL_PREPS | AFTER | {"in"}  # "in a China-brokered deal", "after Malaysia-brokered talks"
        parties = mediation_phrases.subject_sides(r, start, brokers, after) or parties
    for broker in owners:
        if len(set(parties)) >= 2:
            r.emit("mediation", broker.actor, None, tuple(parties), "mediation.compound")
        elif s.low[pos] in BROKERED or any(w in TRUCES for w in s.low[end : end + 3]):
            # "the US-brokered agreement was signed": its parties are named elsewhere, as the document's two sides
            r.unresolved.append((s.index, broker.actor, "mediation.compound"))


TERMS = frozenset({"terms", "text", "outline", "framework", "details", "provisions"})  # "the terms of a ... deal"


def terms_of(low: list[str], start: int) -> int:
    """Where the phrase 'the terms of' stands that ends just before `start` (skipping 'a' or 'the'), else `start`:
    'agreed to the terms of a Russian-proposed ceasefire' reads as 'agreed to a Russian-proposed ceasefire'."""
    k = start - 1 - (start >= 1 and low[start - 1] in ("a", "an", "the"))
    if k >= 1 and low[k] == "of" and low[k - 1] in TERMS:
        return k - 1 - (k >= 2 and low[k - 2] == "the")
    return start


def _chaired_gathering(low: list[str], pos: int, end: int, window: str) -> bool:
    """Whether a chairing compound names a gathering, not talks: 'a Saudi-convened meeting of Egypt, Jordan and the
    UAE' (allies meet), but 'UN-chaired talks', 'a US-chaired meeting between Israel and Lebanon'."""
    return low[pos] in CHAIRING and TALKS.isdisjoint(window.split()) and "between" not in low[end : end + 4]
