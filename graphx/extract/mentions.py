"""Actor mentions in a tokenised sentence: longest-match names, titles merged, prepositions and compounds."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from graphx.extract.words import (
    DETERMINERS,
    HYPHENS,
    NOT_ACTOR_PREFIX,
    NOT_AGENT_SUFFIXES,
    PREPOSITIONS,
    RELATIONAL,
    SEATED,
    TITLE_WORDS,
)
from graphx.lexicon import Lexicon


@dataclass
class Mention:
    """An actor named in a sentence, with what the grammar around it says."""

    start: int
    end: int
    actor: str
    person: bool
    possessive: bool = False
    prep: str | None = None
    quoted: bool = False
    compound: str = ""  # the word after an adjacent hyphen: "brokered" in "US-brokered"
    hyphen_pair: Mention | None = None  # the other side of "Serbian-Albanian"


def find_mentions(
    tokens: list[str], low: list[str], gaps: list[bool], quoted: list[bool], lexicon: Lexicon, date: str | None
) -> list[Mention]:
    """Actor names by longest match, filtered and annotated with possessive, preposition and compounds."""
    names, longest = lexicon.names, lexicon.longest
    found: list[Mention] = []
    i, n = 0, len(tokens)
    while i < n:
        size = longest.get(tokens[i], 0)
        hit = None
        for length in range(min(size, n - i), 0, -1):
            meaning = names.get(tuple(tokens[i : i + length]))
            if meaning is not None:
                hit = (length, meaning)
                break
        if hit is None:
            i += 1
            continue
        length, meaning = hit
        start, end = i, i + length
        i = end
        if meaning.person and not meaning.holds_on(date):
            continue
        if meaning.person and any(w in ("former", "ex", "late") for w in low[max(0, start - 3) : start]):
            continue
        before = low[start - 1] if start else ""
        if before in NOT_ACTOR_PREFIX or (before in HYPHENS and start >= 2 and low[start - 2] in NOT_ACTOR_PREFIX):
            continue
        mention = Mention(start, end, meaning.actor, meaning.person, quoted=quoted[start])
        if end + 1 < n and tokens[end] in HYPHENS and not gaps[end] and not gaps[end + 1]:
            mention.compound = low[end + 1]
            if mention.compound in NOT_AGENT_SUFFIXES:
                continue
        if end + 1 < n and low[end] in ("'s", "’s") and low[end + 1] in RELATIONAL:
            continue  # "Burkina Faso's neighbours" are not Burkina Faso
        if end < n and (low[end] in ("'s", "’s") or (tokens[end] in ("'", "’") and tokens[end - 1].endswith("s"))):
            mention.possessive = True
        found.append(mention)
    merged = merge_titles(found, low)
    for a, b in itertools.pairwise(merged):
        if b.start == a.end + 1 and tokens[a.end] in HYPHENS and not gaps[a.end] and not gaps[b.start]:
            a.hyphen_pair, b.hyphen_pair = b, a
            a.compound = ""
    for mention in merged:
        mention.prep = governing_prep(low, mention.start)
    return merged


def merge_titles(found: list[Mention], low: list[str]) -> list[Mention]:
    """Russian President Vladimir Putin -> one mention of RUS, from the first word to the last."""
    merged: list[Mention] = []
    for mention in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.actor == mention.actor
            and not last.compound
            and 0 <= mention.start - last.end <= 4
            and all(w in TITLE_WORDS or w in ("'s", "’s") for w in low[last.end : mention.start])
        ):
            last.end = mention.end
            last.person = last.person or mention.person
            last.possessive = mention.possessive
            last.compound = mention.compound
            continue
        merged.append(mention)
    return merged


def governing_prep(low: list[str], start: int) -> str | None:
    """The preposition an actor's noun phrase hangs on, if any: 'on' in 'the attack on Ukraine'."""
    j = start - 1
    while j >= 0 and (low[j] in DETERMINERS or low[j] in TITLE_WORDS - PREPOSITIONS):
        j -= 1
    if j >= 0 and low[j] in PREPOSITIONS:
        if low[j] == "in" and j and low[j - 1] in SEATED:
            return None  # "the junta in Bamako", "the government in Kyiv": the state itself
        return low[j]
    return None
