"""Whether a document's two sides are at war: it names both of them near conflict words in several sentences,
with signs of their forces fighting, and never as one target ('attacks on X and Y troops', 'camps belonging to X
and Y'); or it names one side's war with no one else ('after Russia's invasion' in a story of Russia and Ukraine)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count

from graphx.extract.branches import linked
from graphx.extract.confidence import CONFIDENCE
from graphx.extract.mentions import Mention
from graphx.extract.sentence import Found, Sentence
from graphx.extract.tokens import hyphen_compound, rest_at
from graphx.extract.war_words import SITES, WARFARE
from graphx.extract.words import BORDER_NOUNS, FIGURATIVE_WAR, FRAME_ONLY, POSTING_TITLES
from graphx.lexicon import Lexicon

DISPUTE_SENTENCES_GROUP = 1  # when one side is an armed group: its armed struggle is the story
DISPUTE_SENTENCES = 3  # sentences naming both sides near a conflict word that make them warring sides
# of those, the sentences naming their forces or their fighting that make two states warring sides for the default
# output; with one, a diplomatic row whose story mentions an attack reads the same ('summoned the envoy over the
# attack', 'expels envoy over arson attacks')
WARFARE_SENTENCES = 2
# signs of forces fighting besides the words of warfare: "two border guards were killed after shooting broke out"
FORCES_FIGHTING = WARFARE | frozenset(
    {"shooting", "gunfire", "firing", "fighters", "fighter", "guards", "militants", "forces", "military"}
    | {"airbase", "airbases", "base", "bases", "post", "posts", "outpost", "outposts", "checkpoint", "checkpoints"}
)
TROOPS = frozenset({"troops", "soldiers", "forces", "army", "armies", "military", "militaries", "bases", "positions"})
TARGETING = frozenset({"targeting", "targeted", "targets", "on", "against"})
NAME_TAIL = 8  # the longest rest of a name between two sides joined by 'and': "– Independent (ULFA-I)"
NAME_MARKS = frozenset({"(", ")", "-", "–", "—"})
PREVENTING = frozenset({"prevent", "prevents", "preventing", "avert", "averts", "averting", "avoid", "avoiding"})
FEARED = frozenset(
    {"risk", "risks", "threat", "threats", "fear", "fears", "prospect", "brink", "danger", "spectre", "specter"}
)
# words between a feared or prevented fighting and the word that says so: "to avoid an armed conflict"
AVERTED_MODIFIERS = frozenset(
    {"a", "an", "the", "any", "wider", "full-scale", "open", "new", "all-out", "armed", "military", "direct"}
    | {"broader", "regional", "bigger", "larger", "major", "renewed", "nuclear", "global", "another"}
)
# what a side is said to be about to start, not doing: "accused Y of preparing to launch a war", "vowed to wage war"
PREPARING = frozenset({"preparing", "prepares", "prepared", "planning", "plans", "threatening", "threatened", "vowed"})
STARTING = frozenset({"launch", "start", "wage", "begin", "unleash", "provoke", "spark", "trigger"})
AVERTED_SPAN = 6  # words read back from a fighting word for what says it is feared or prevented
PLOTS = frozenset({"plan", "plans", "plot", "plots", "plotting", "planning", "scheme"})  # "attack plans"
UNREAL_ATTACKS = frozenset({"planned", "plotted", "foiled", "thwarted", "averted"})
PLACE_ONLY = frozenset({"in", "from", "into", "inside", "near"})  # a side named only as where things happen
AUXILIARIES = frozenset({"have", "has", "had", "also", "then", "together"})  # "have jointly overrun"


def dispute_conflict(pieces: Sequence[Sentence], pair: tuple[str, ...], lexicon: Lexicon) -> list[Found]:
    """The document's two sides are at war when it names both of them near conflict words in several sentences."""
    if len(pair) == 2 and linked(pair[0], pair[1]):
        return []  # "The Resistance Front, linked to Lashkar-e-Taiba, claimed ...": a branch and its parent
    conflict_words = _type_words(lexicon, "conflict")
    near = [
        p.index
        for p in pieces
        if set(pair) <= {a for m in p.mentions if not _place_only(p, m) for a in (m.actor, *m.others)}
        and names_fighting(p, lexicon)
    ]
    armed = any((info := lexicon.actors.get(a)) is not None and info.kind == "group" for a in pair)
    if len(set(near)) < (DISPUTE_SENTENCES_GROUP if armed else DISPUTE_SENTENCES):
        return []
    fighting = set(near)
    forces = sum(1 for p in pieces if p.index in fighting and any(w in FORCES_FIGHTING for w in p.low))
    if not armed and not forces:
        return []  # two states near "attack" (an embassy, fishermen): no sign of their forces fighting
    if any(_targeted_together(p, pair, conflict_words) or _allied_forces(p, pair, lexicon) for p in pieces):
        return []  # "attacks targeting both Mozambican and Rwandan troops": allies against a third
    rule = "conflict.dispute" if armed or forces >= WARFARE_SENTENCES else "conflict.dispute_once"
    return [Found("conflict", None, None, pair, near[0], CONFIDENCE[rule], rule)]


def _place_only(sentence: Sentence, mention: Mention) -> bool:
    """Whether a side is named only as where things happen: 'wars in Afghanistan', 'the US envoy to Afghanistan',
    'near its border with Chad'."""
    if mention.prep == "to":
        return mention.start >= 2 and sentence.low[mention.start - 2] in POSTING_TITLES
    if mention.prep == "with":
        return mention.start >= 2 and sentence.low[mention.start - 2] in BORDER_NOUNS
    return mention.prep in PLACE_ONLY


def names_fighting(sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether a sentence names fighting: a conflict cue read whole ('open fire on', not 'open'), and not figurative
    ('a trade war', 'a tug of war', 'a war of words')."""
    low = sentence.low
    for i in compress(count(), map(lexicon.cues.__contains__, low)):  # the cue words' places
        word = low[i]
        cues = [
            c
            for c in lexicon.cues[word]
            if c.type == "conflict" and c.klass in ACTS and c.base not in FRAME_ONLY and word != "down"
        ]  # "Caracas hits back", "a cease-fire": words read as fighting only in their own frames; only "downed"
        # downs ("to water down the accord")
        if not any(rest_at(low, i + 1, c.rest) for c in cues):
            continue
        if word in ("war", "wars") and (
            (i and low[i - 1] in FIGURATIVE_WAR)
            or low[i + 1 : i + 3] == ["of", "words"]
            or low[i + 1 : i + 2] == ["threats"]
        ):
            continue  # a trade war, a war of words, war threats
        if hyphen_compound(low, sentence.gaps, i):
            continue  # "conflict-affected areas", "war-torn Libya"
        if (low[i + 1 : i + 2] and low[i + 1] in PLOTS) or (i and low[i - 1] in UNREAL_ATTACKS):
            continue  # "alleged attack plans", "a foiled attack": no fighting took place
        if i >= 2 and low[i - 1] == "to" and low[i - 2] in PLOTS:
            continue  # "a plot to attack the kingdom"
        if _averted(low, i):
            continue  # "to prevent war", "the risk of a war": no fighting yet
        return True
    return False


def _averted(low: list[str], i: int) -> bool:
    """Whether the fighting named at i is only feared, to be prevented or about to be started: 'offers to mediate to
    prevent war', 'fears of a broader regional war', 'on the brink of war', 'preparing to launch a war'."""
    before = low[max(0, i - AVERTED_SPAN) : i]
    while before and before[-1] in AVERTED_MODIFIERS:
        before = before[:-1]
    if before and before[-1] in PREVENTING:
        return True
    if len(before) >= 3 and before[-1] in STARTING and before[-2] == "to" and before[-3] in PREPARING:
        return True  # "preparing to launch a war": not yet fought
    return len(before) >= 2 and before[-1] == "of" and before[-2] in FEARED


def _targeted_together(sentence: Sentence, pair: tuple[str, ...], conflict_words: frozenset[str]) -> bool:
    """Whether the two sides are one target: 'attacks on X and Y troops', 'targeting both X and Y forces', 'struck
    camps belonging to X (X-I) and Y'."""
    low = sentence.low
    for first in sentence.mentions:
        second = _joined_after(sentence, first)
        if second is None or {first.actor, second.actor} != set(pair):
            continue
        j = first.start - 1
        while j >= 0 and low[j] in ("both", "the"):
            j -= 1
        if j >= 1 and low[j] in ("to", "of") and any(w in SITES for w in low[max(0, j - 3) : j]):
            return True  # "camps belonging to X and Y", "the bases of X and Y"
        if second.end >= len(low) or low[second.end] not in TROOPS:
            continue
        if j >= 0 and (low[j] in TARGETING or low[j] in conflict_words):
            return True
    return False


def _allied_forces(sentence: Sentence, pair: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Whether the two sides' forces are named as one doer of a one-sided act ('Mozambican and Rwandan troops have
    overrun a base', 'Mozambican, Rwandan Troops Overrun ...'), not as each other's foes ('Indian and Chinese troops
    clashed', 'clashes between X and Y troops')."""
    low = sentence.low
    for first in sentence.mentions:
        joiner = first.end + first.possessive
        if joiner >= len(low) or low[joiner] not in ("and", ","):
            continue
        second = sentence.by_start.get(joiner + 1 + (low[joiner + 1 : joiner + 2] == ["the"]))
        if second is None or {first.actor, second.actor} != set(pair) or second.possessive:
            continue
        between = first.start >= 1 and low[first.start - 1 - (low[first.start - 1] == "the")] == "between"
        forces = second.end < len(low) and low[second.end] in TROOPS
        if forces and not between and _one_sided_act(low, second.end + 1, lexicon):
            return True
    return False


def _one_sided_act(low: list[str], k: int, lexicon: Lexicon) -> bool:
    """Whether a conflict verb done to another follows at `k`, past auxiliaries and adverbs ('have overrun', 'jointly
    attacked'); not one that two sides may do to each other ('clashed', 'fought')."""
    while k < len(low) and (low[k] in AUXILIARIES or low[k].endswith("ly")):
        k += 1
    cues = lexicon.cues.get(low[k], ()) if k < len(low) else ()
    conflict = {c.klass for c in cues if c.type == "conflict"}
    reciprocal = low[k + 1 : k + 3] in (["each", "other"], ["one", "another"])  # tokens: "each", "other", "'s"
    return "verbs" in conflict and "symmetric_verbs" not in conflict and not reciprocal  # "attacked each other's"


def _joined_after(sentence: Sentence, first: Mention) -> Mention | None:
    """The mention joined to `first` by 'and', past the rest of its name and its bracketed initials: 'X – Independent
    (X-I) and the Y'."""
    low, tokens = sentence.low, sentence.tokens
    k = first.end
    while k < len(low) and k - first.end < NAME_TAIL and (tokens[k][:1].isupper() or low[k] in NAME_MARKS):
        k += 1
    if k >= len(low) or low[k] != "and":
        return None
    for start in range(k + 1, min(len(low), k + 1 + 2 * NAME_TAIL)):
        other = sentence.by_start.get(start)
        if other is not None:  # "and the National Socialist Council of Nagaland – Khaplang (NSCN-K)": its initials
            return other
        if not (tokens[start][:1].isupper() or low[start] in NAME_MARKS or low[start] in ("the", "of")):
            return None
    return None


_TYPE_WORDS: dict[tuple[int, str], frozenset[str]] = {}
ACTS = frozenset({"verbs", "nouns", "symmetric_verbs"})  # cue classes that name the act itself, not a truce


def _type_words(lexicon: Lexicon, type_: str) -> frozenset[str]:
    """The cue words of one relation type that name the act (computed once per lexicon)."""
    key = (id(lexicon.cues), type_)
    if key not in _TYPE_WORDS:
        _TYPE_WORDS[key] = frozenset(
            w for w, cues in lexicon.cues.items() if any(c.type == type_ and c.klass in ACTS for c in cues)
        )
    return _TYPE_WORDS[key]


# wars a side wages, named by their owner alone: "after Russia's invasion", "the Israeli offensive"
OWNED_WARS = frozenset({"invasion", "war", "offensive", "aggression", "occupation", "bombardment"})
# words after a war noun that leave it the head of its phrase: "Russia's invasion of ...", "the invasion began"
WAR_FOLLOWERS = frozenset(
    {"of", "in", "on", "against", "into", "and", "that", "which", "began", "started", "has", "had", "was", "is"}
    | {"continues", "continued", "entered", "raged", "rages", "dragged", "drags", "broke", "erupted", "since"}
)
UNSURE_WAR = frozenset({"if", "would", "could", "may", "might", "possible", "potential", "threatened", "planned"}) | (
    frozenset({"simulate", "simulates", "simulated", "simulating", "rehearse", "rehearsed", "deter", "deterring"})
)  # "the exercises simulate a Chinese invasion"


def owned_wars(pieces: Sequence[Sentence], found: Sequence[Found], pair: tuple[str, ...]) -> list[Found]:
    """A war one of the document's two sides owns, in a sentence that names no other actor and reads no conflict:
    waged on the other side ('The children were separated after Russia's invasion' in a story of Qatar mediating
    between Russia and Ukraine), when a reading elsewhere ties the two (fighting, or mediated between)."""
    tied = any(set(pair) <= set(f.parties) and not f.rule.startswith("cooccurrence") for f in found)
    if len(pair) != 2 or not tied:
        return []  # a pair that only trades ("... since Russia's invasion"): no sign the two fight or are mediated
    fought = {f.sentence for f in found if f.type == "conflict"}
    out = []
    for piece in pieces:
        named = {a for m in piece.mentions for a in (m.actor, *m.others)}
        if piece.index in fought or not named <= set(pair):
            continue
        owner = next((o for k, w in enumerate(piece.low) if w in OWNED_WARS and (o := _war_owner(piece, k))), None)
        if owner is not None and owner in pair:
            sides = (owner, next(a for a in pair if a != owner))
            out.append(
                Found(
                    "conflict", None, None, sides, piece.index, CONFIDENCE["conflict.owned_war"], "conflict.owned_war"
                )
            )
    return out


def _war_owner(piece: Sentence, k: int) -> str | None:
    """Who owns the war noun at `k`: 'Russia's invasion', 'the Russian invasion' (not a war only foreseen)."""
    low = piece.low
    if any(w in UNSURE_WAR for w in low[max(0, k - 4) : k]):
        return None
    after = low[k + 1] if k + 1 < len(low) else "."
    if after.isalpha() and after not in WAR_FOLLOWERS:
        return None  # "Russian occupation forces", "war crimes": the noun describes another
    owner = piece.by_end.get(k) or piece.by_end.get(k - 1)
    if owner is None or owner.person or owner.hyphen_pair is not None or (owner.end == k - 1 and not owner.possessive):
        return None
    if owner.start and low[owner.start - 1] in ("-", "–"):
        return None  # "the Russo-Ukrainian war": both sides', read elsewhere
    return owner.actor
