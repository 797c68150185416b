"""Plural references to a document's sides: 'the two parties', 'both governments', 'the two (nuclear-armed)
neighbours' stand for a pair named 'between X and Y' just before, else for the document's two sides (two states,
for words that can only mean states)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence

from graphx.extract.mentions import NameTable, mentions_in
from graphx.extract.plural_references import THEY_FOUGHT
from graphx.extract.sentence import Found, Sentence, analyse
from graphx.extract.tokenised import lowered
from graphx.extract.words import PLURAL_LEADS, PLURAL_MODIFIERS, PLURAL_NOUNS, PLURAL_REFERENCES
from graphx.lexicon import Lexicon, Name

ANTECEDENT_SENTENCES = 2  # how far back 'the two parties' may find the 'between X and Y' it stands for
_STATE_PLURAL = re.compile(
    r"\b(?:two|both) (?:countries|neighbou?rs|governments|nations|states|capitals)\b", re.IGNORECASE
)  # plural references that can only be two states
# "its neighbour", "his larger neighbor", but not "its neighbour Peru" (an apposition, read as Peru); "the other
# side", but not "the other side of the border" (a place)
_NEIGHBOURING = re.compile(r"\b[Nn]eighbou?ring [A-Z]")
_NEIGHBOUR = re.compile(
    r"\b(?:(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) (?:[a-z]+ )?neighbou?r\b(?! [A-Z])"
    r"|[Tt]he other (?:side|party)\b(?! of (?:the|a|an|this|that|its)\b))"
)
_PLURAL = re.compile(
    r"\b(?:" + "|".join(re.escape(" ".join(p)) for ps in PLURAL_REFERENCES.values() for p in ps) + r")\b"
    r"|\b(?:"
    + "|".join(" ".join(lead) for lead in PLURAL_LEADS)
    + r")\s+(?:[a-z]+(?:-[a-z]+)?\s+)"
    + f"{{1,{PLURAL_MODIFIERS}}}"
    + r"(?:"
    + "|".join(sorted(PLURAL_NOUNS))
    + r")\b",
    re.IGNORECASE,
)  # "the two nuclear-armed neighbours": a few describing words allowed (mentions.py tells which)


def actor_kinds(lexicon: Lexicon) -> Mapping[str, str]:
    """Each actor's kind (state, organisation, group), computed once per lexicon."""
    key = id(lexicon.actors)
    if key not in _KINDS:
        _KINDS.clear()
        _KINDS[key] = {actor: info.kind for actor, info in lexicon.actors.items()}
    return _KINDS[key]


_KINDS: dict[int, Mapping[str, str]] = {}


def antecedents(
    sentences: Sequence[str],
    plural: Sequence[int],
    pair: tuple[str, ...],
    lexicon: Lexicon,
    table: NameTable,
    mediators: Collection[str],
    states: tuple[str, ...] = (),
) -> dict[tuple[str, ...], list[int]]:
    """The sides each plural reference ('the two parties') stands for: a pair named 'between X and Y' earlier in its
    own sentence or in one of the two sentences just before, else the document's two sides (none without them:
    the key `()`); 'the two neighbours' and 'both governments' are two states, so when those sides include an armed
    group, the two states the document relates most."""
    out: dict[tuple[str, ...], list[int]] = {}
    kinds = actor_kinds(lexicon)
    for index in plural:
        sides = _between_pair(sentences[index], lexicon, table, mediators, before_plural=True)
        for before in range(index - 1, max(-1, index - 1 - ANTECEDENT_SENTENCES), -1):
            if sides:
                break
            sides = _between_pair(sentences[before], lexicon, table, mediators) or _subject_pair(
                sentences[before], table, mediators
            )  # "Russia and North Korea signed a pact. ... Washington accused both nations of ..."
        if (
            not sides
            and states
            and any(kinds.get(a) != "state" for a in pair)
            and _STATE_PLURAL.search(sentences[index])
        ):
            sides = states
        out.setdefault(sides or pair, []).append(index)
    return out


def state_pair(found: Sequence[Found], lexicon: Lexicon) -> tuple[str, ...]:
    """The two states the document's readings relate most often, whatever the relation."""
    kinds = actor_kinds(lexicon)
    counts: Counter[tuple[str, ...]] = Counter()
    for f in found:
        ends = (f.source, f.target) if f.type == "criticism" else ((f.source,) if f.source else ()) + f.parties
        named = sorted({a for a in ends if a and kinds.get(a) == "state"})
        if len(named) == 2:
            counts[tuple(named)] += 1
    return clear_winner(counts, 1)


BETWEEN_ONLY: dict[str, object] = {"between": None}  # the word a piece must hold to be read for its pair


def _between_pair(
    text: str, lexicon: Lexicon, table: NameTable, mediators: Collection[str], before_plural: bool = False
) -> tuple[str, ...]:
    """The two actors of the last 'between X and Y' of a sentence, if any (mediators are never one of them); with
    `before_plural`, of the last one before the sentence's first plural reference ('tensions between X and Y ...
    mediate between the two neighbours')."""
    if "between" not in text:
        return ()
    if before_plural:
        found = _PLURAL.search(text)
        text = text[: found.start()] if found else ""
        if "between" not in text:
            return ()
    for piece in reversed(analyse(0, text, table, BETWEEN_ONLY, None)):  # any sentence, cue or not: "tensions"
        for j in range(len(piece.low) - 1, -1, -1):
            if piece.low[j] != "between":
                continue
            first = piece.by_start.get(j + 1)
            second = piece.by_start.get(first.end + 1) if first is not None else None
            if first is None or second is None or piece.low[first.end] != "and":
                if before_plural and j == len(piece.low) - 1:
                    continue  # "... mediate between" the reference itself: an earlier 'between' may name the two
                return ()
            sides = tuple(sorted({first.actor, second.actor}))
            return sides if len(sides) == 2 and not set(sides) & set(mediators) else ()
    return ()


AND_ONLY: dict[str, object] = {"and": None}  # the word a piece must hold to be read for its subject pair
SUBJECT_START = 2  # how far into its sentence a pair's subject may start: "The US and Japan", "But Russia and Iran"


def _subject_pair(text: str, table: NameTable, mediators: Collection[str]) -> tuple[str, ...]:
    """The two actors of a sentence's opening 'X and Y' subject ('Russia and North Korea signed a pact'), if any."""
    pieces = analyse(0, text, table, AND_ONLY, None) if " and " in text else []
    if not pieces or len(pieces[0].mentions) < 2:
        return ()
    piece = pieces[0]
    first, second = piece.mentions[0], piece.mentions[1]
    joined = first.end < len(piece.low) and piece.low[first.end] == "and" and second.start == first.end + 1
    if first.start > SUBJECT_START or not joined or first.possessive or second.possessive or second.prep is not None:
        return ()
    after = second.end < len(piece.low) and piece.low[second.end] in ("and", ",", "'s", "’s")
    sides = tuple(sorted({first.actor, second.actor}))
    return sides if len(sides) == 2 and not after and not set(sides) & set(mediators) else ()


# a cheap test before the pattern: "each" alone ("each year") is no reference to the two
# a sentence opening with "They" and a verb of fighting each other: the document's two sides ("They fought for 35
# years" after "A and B signed a peace declaration")
_THEY_FOUGHT = re.compile(r"They (?:" + "|".join(sorted(" ".join(p) for p in THEY_FOUGHT)) + r")\b")
PLURAL_HINTS = ("two ", "both ", "warring ", "each side", "each country", "each government")


def plural_reference(text: str) -> bool:
    low = text.lower()
    return (any(map(low.__contains__, PLURAL_HINTS)) and _PLURAL.search(text) is not None) or bool(
        _THEY_FOUGHT.match(text)
    )


def clear_winner(counts: Counter[tuple[str, ...]], least: int) -> tuple[str, ...]:
    """The most common pair, if it is counted at least `least` times and more often than any other."""
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= least and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return ()


NEIGHBOUR_PLACES = frozenset({"in", "inside", "from", "into", "near"})  # "the rebels from inside Chad"
NEIGHBOURING = frozenset({"neighbouring", "neighboring"})  # before the state 'its neighbour' then stands for


def neighbour_names(
    sentences: Sequence[str], pieces: Sequence[Sentence], states: tuple[str, ...], lexicon: Lexicon
) -> dict[int, dict[tuple[str, ...], Name]]:
    """'Ecuador accuses its neighbour of ...', 'Ecuador blamed the other side' in a story about two neighbouring
    states: 'its neighbour' is the other of the two, in each sentence that names one of them and no other state
    (not 'its neighbour Peru'); in another story, the one state it calls 'neighbouring Afghanistan'."""
    kinds = actor_kinds(lexicon)
    # "Pakistan's TTP ... in neighbouring Afghanistan": read only when the story has no two states of its own
    described = _neighbouring(sentences, lexicon, kinds) if len(states) != 2 else set()
    if len(states) != 2 and not described:
        return {}
    named: dict[int, set[str]] = {}
    placed: dict[int, set[str]] = {}  # states named only as where things are: "rebels from inside Chad"
    for piece in pieces:
        states_named = [m for m in piece.mentions if kinds.get(m.actor) == "state"]
        named.setdefault(piece.index, set()).update(m.actor for m in states_named if m.prep not in NEIGHBOUR_PLACES)
        placed.setdefault(piece.index, set()).update(m.actor for m in states_named if m.prep in NEIGHBOUR_PLACES)
    out: dict[int, dict[tuple[str, ...], Name]] = {}
    for index, text in enumerate(sentences):
        if ("neighbo" not in text and "other" not in text) or not _NEIGHBOUR.search(text):
            continue
        present = named.get(index, set())
        if len(states) != 2:  # the one state the document calls the accuser's neighbour
            near = _neighbour_of(present, described)
            if near is None:
                continue
            other = Name(near)
        elif len(present) != 1 or not present & set(states):
            continue  # neither side named, or a third state the neighbour may be
        else:
            other = Name(states[1] if states[0] in present else states[0])
        if placed.get(index, set()) - {other.actor} - present:
            continue  # a third state named as a place may be the neighbour
        out[index] = {tuple(match.group(0).split()): other for match in _NEIGHBOUR.finditer(text)}
    return out


def _neighbouring(sentences: Sequence[str], lexicon: Lexicon, kinds: Mapping[str, str]) -> set[tuple[str, str]]:
    """The states a document calls neighbouring, each with the other state of its sentence: 'Pakistan's TTP ...
    the Taliban in neighbouring Afghanistan' gives (AFG, PAK)."""
    table: NameTable | None = None
    found: set[tuple[str, str]] = set()
    for text in sentences:
        if "eighbo" not in text or not _NEIGHBOURING.search(text):
            continue
        table = table or NameTable.of(lexicon, {})
        low = lowered(text)
        states = [m for m in mentions_in(text, table) if kinds.get(m.actor) == "state"]
        for m in states:
            if m.start and low[m.start - 1] in NEIGHBOURING:
                found |= {(m.actor, o.actor) for o in states if o.actor != m.actor}
    return found


def _neighbour_of(present: set[str], described: set[tuple[str, str]]) -> str | None:
    """The neighbour of the one accuser a sentence names, from the document's (neighbour, other state) pairs; in the
    sentence that calls it neighbouring, the state so called ('Pakistan's TTP ... in neighbouring Afghanistan, and
    Islamabad accuses its neighbour')."""
    if len(present) == 1:
        accuser = next(iter(present))
        near = {x for x, c in described if c == accuser} | {c for x, c in described if x == accuser}
    else:
        near = {x for x, c in described if {x, c} == present}
    return next(iter(near)) if len(near) == 1 else None
