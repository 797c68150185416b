"""The two sides of a conflict noun named with 'between': 'war between X and Y', 'fighting broke out between X
and Y', 'the conflict, which erupted between X and Y', 'tensions between X and Y exploded into open fighting'."""

from __future__ import annotations

import re
from collections.abc import Callable

from graphx.extract.clauses import Reader
from graphx.extract.dates import MONTHS, WEEKDAYS
from graphx.extract.mentions import Mention
from graphx.extract.sentence import Sentence
from graphx.extract.tokens import base_in
from graphx.extract.war_words import (
    BORDER_CROSSERS,
    ERUPTED_IN,
    ESCALATED,
    ESCALATION_ADJECTIVES,
    OUTBREAK_VERBS,
    OUTBREAK_WORDS,
)
from graphx.extract.words import (
    BORDER_NOUNS,
    BOUNDARY,
    DETERMINERS,
    DIRECTIONS,
    FIGHTING,
    FORCES,
    MAY_MONTH,
    NUMBER_VALUES,
    PLACE_WORDS,
    POSSESSIVE,
)

YEAR = re.compile(r"(?:19|20)\d\d")
DATE_WORDS = frozenset({*WEEKDAYS, *MONTHS, MAY_MONTH})  # what an "on" date phrase is made of, with its numbers
DATE_PHRASE = 6  # its most words
EXCHANGING = frozenset({"exchange", "swap", "trade"})  # what two sides do with prisoners
INVOLVING = frozenset({"involves", "involved", "involving", "involve"})
ENCOUNTERS = frozenset({"clash", "clashes", "encounter", "encounters", "firefight", "gunfight", "shootout"})
ENCOUNTER_PREPS = frozenset({"during", "following", "after", "amid"})  # "killed following a clash with the army"
# what may follow a conflict noun that heads its phrase before "involves": "the conflict, which involves", "the war
# since 2022 involves" (not "war games involving")
HEADED = frozenset({",", "that", "which", "since", "in", "on", "last", "this", "has", "have", "had", "now", "still"})
# words from a conflict noun to its "involves": "the ongoing conflict since late last month involves"
INVOLVING_SPAN = 8
IN_CONFLICT_MODIFIERS = 4  # the most words between 'in' and its conflict noun: "in a decades-long armed conflict"
PLACE_PHRASE = 6  # the longest place phrase between a conflict noun and its "between" pair
# a rivalry turned into fighting: "tensions between X and Y exploded into open fighting"


LOCKED = frozenset({"locked", "embroiled", "mired", "entangled", "engaged"})  # "A and B are locked in a war"
COLON_REACH = 16  # words from "between two" to the colon naming them: "two rival factions of the army since 2023:"
PARTY_LEADS = frozenset({"the", "two", "main", "warring"})  # "A and B, the two warring sides in the war"
FIRST_REACH = 3  # words from the colon to the first side: ": the Sudanese Armed Forces"
AND_REACH = 16  # words from the first side to the "and" before the second: "(SAF) under Abdel Fattah al-Burhan, and"
SECOND_REACH = 4  # words from the "and" to the second side: "and the paramilitary Rapid Support Forces"


def at_war(r: Reader, pos: int, end: int) -> bool:
    """Read 'X and Y are at war', 'X is at war with Y', 'X has been in a long-standing conflict with Y'; whether
    the conflict noun at `pos` is in such a phrase. Two states merely 'in conflict with' each other may be in a
    row: without a sign of fighting that reading is only a candidate for review."""
    s = r.s
    at = pos > 0 and s.low[pos - 1] == "at"
    with_ = at or _in_conflict_with(s.low, pos, end)
    if not (with_ or _locked_in(s.low, pos)):
        return False
    subject, _ = r.left_subject(pos)
    objects = [o for o in r.right_objects(end, frozenset({"with"}), window=4) if o.prep == "with"]
    sides = subject + objects
    if len({m.actor for m in sides}) != 2 or r.hedged(subject[-1].end if subject else pos, pos):
        return with_  # "X is engaged in a war on Y": not these sides, but other readings may find them
    rowing = not at and not any(r.lex.actors[m.actor].kind == "group" for m in sides if m.actor in r.lex.actors)
    row = rowing and not any(w in FIGHTING or w == "armed" for w in s.low)  # "Germany is in conflict with the EU"
    r.emit("conflict", None, None, tuple(m.actor for m in sides), "conflict.in_conflict" if row else "conflict.at_war")
    return True


def _in_conflict_with(low: list[str], pos: int, end: int) -> bool:
    """'in a long-standing conflict with', 'in armed conflict with': 'in' and a few modifiers before the noun, 'with'
    after it; 'killed during (following) an encounter with': an armed encounter's own prepositions."""
    if low[end : end + 1] != ["with"]:
        return False
    k = pos - 1 - (pos > 0 and low[pos - 1] in DETERMINERS)
    return _in_before(low, pos) >= 0 or (low[pos] in ENCOUNTERS and k >= 0 and low[k] in ENCOUNTER_PREPS)


def _locked_in(low: list[str], pos: int) -> bool:
    """'A and B have been locked in a decades-long conflict', 'X is embroiled in a war with Y'."""
    j = _in_before(low, pos)
    return j > 0 and low[j - 1] in LOCKED


def _in_before(low: list[str], pos: int) -> int:
    """Where the 'in' before a conflict noun and its few modifiers stands ('in a long-standing', 'in armed'), or
    -1."""
    j = pos - 1
    while (
        j >= 0
        and pos - j <= IN_CONFLICT_MODIFIERS
        and low[j] != "in"
        and (
            low[j] in DETERMINERS
            or "-" in low[j]
            or low[j + 1] == "-"  # "decades-long"
            or low[j].endswith(("ing", "ed", "al"))
            or low[j] in ("armed", "open", "bloody", "bitter", "long")
        )
    ):
        j -= 1
    return j if j >= 0 and low[j] == "in" else -1


def between_sides(r: Reader, pos: int, last: int) -> tuple[list[Mention], str]:
    """The 'between X and Y' pair of the conflict noun at `pos` (its last word at `last`: 'exchange of fire'), and
    the rule that read it."""
    readings: tuple[tuple[Callable[[], list[Mention]], str], ...] = (
        (lambda: r.between_pair(last, window=3), "conflict.between"),
        (lambda: _outbreak_pair(r, last), "conflict.between_outbreak"),  # "fighting broke out between X and Y"
        (lambda: _involving(r, pos), "conflict.between"),  # "the conflict involves X and Y"
        (lambda: _prisoners_exchanged(r, pos), "conflict.between"),  # "X and Y exchanged 205 prisoners of war"
        (lambda: _its_forces_and(r, pos), "conflict.between"),  # "torn apart by fighting between its army and Y"
        (lambda: _pair_after_colon(r, last), "conflict.between"),  # "a war between two rival factions: the army, and"
        (lambda: _parties_to(r, pos), "conflict.between"),  # "involving A and B as parties to the conflict"
    )
    for read, rule in readings:
        pair = read()
        if len({m.actor for m in pair}) == 2:
            return ([], rule) if _allied_against(r.s, pair[-1].end, pair) else (pair, rule)
    return _escalated_into(r, pos), "conflict.between_outbreak"  # "tensions between X and Y exploded into fighting"


def _allied_against(s: Sentence, end: int, pair: list[Mention]) -> bool:
    """Whether a 'between A and B' pair ending at `end` goes on 'against C', C an actor of its own: 'fighting between
    the army and the BGF, against the splinter groups of the DKBA' names allies, not sides (not 'against the
    backdrop of talks', 'against the wishes of the mediators')."""
    low = s.low
    while end < len(low) and low[end] in FORCES:
        end += 1  # "between Hezbollah and the Syrian army, against ..."
    if low[end : end + 1] == ["("]:
        end = low.index(")", end) + 1 if ")" in low[end : end + 6] else end
    end += low[end : end + 1] == [","]
    if low[end : end + 1] != ["against"]:
        return False
    sides = {m.actor for m in pair}
    return any(m.actor not in sides for m in s.mentions if end < m.start <= end + AGAINST_REACH)


def _parties_to(r: Reader, pos: int) -> list[Mention]:
    """The two actors named as the parties to the conflict noun at `pos`: 'involving A and B as parties to the
    conflict', 'A and B, the two sides in the war'."""
    s = r.s
    j = pos - 1 - (s.low[pos - 1 : pos] == ["the"])
    if j < 2 or s.low[j] not in ("to", "in", "of") or s.low[j - 1] not in ("parties", "sides"):
        return []
    k = j - 2
    while k > 0 and s.low[k] in PARTY_LEADS:
        k -= 1
    last = s.by_end.get(k) if s.low[k] in ("as", ",") else None
    return r.group(last, leftward=True) if last is not None else []


def _pair_after_colon(r: Reader, last: int) -> list[Mention]:
    """The two sides a 'between two ...' phrase announces and a colon names: 'a civil war between two rival factions
    of the military government since 2023: the Sudanese Armed Forces, and the Rapid Support Forces'."""
    s = r.s
    j = next((k for k in range(last + 1, min(len(s.low), last + 4)) if s.low[k] == "between"), -1)
    if j < 0 or s.low[j + 1 : j + 2] != ["two"]:
        return []
    colon = next((k for k in range(j + 2, min(len(s.low), j + COLON_REACH)) if s.low[k] in (":", ";", ".")), -1)
    if colon < 0 or s.low[colon] != ":" or any(k in s.by_start for k in range(j, colon)):
        return []  # "between two of its neighbours, Sudan and Chad": no colon; a side named before it
    first = next((m for m in s.mentions if colon < m.start <= colon + FIRST_REACH), None)
    if first is None:
        return []  # "... killed 20 on Monday: Chad and Niger condemned the violence": a new clause, no list
    joint = next(
        (
            k
            for k in range(first.end, min(len(s.low), first.end + AND_REACH))
            if s.low[k] == "and" and not any(a < k <= b for a, b in s.rel_spans)  # not "which is backed by A and B"
        ),
        -1,
    )
    second = next((m for m in s.mentions if joint >= 0 and joint < m.start <= joint + SECOND_REACH), None)
    if second is None or (second.end < len(s.low) and r.verbish(second.end)):
        return []  # ": Chad and Niger condemned the violence": the two head a clause of their own
    return [first, second]


def _prisoners_exchanged(r: Reader, pos: int) -> list[Mention]:
    """The two sides that exchanged the prisoners of the war at `pos`: 'X and Y exchanged 205 prisoners of war', 'X
    swapped prisoners of war with Y' (the war is theirs; a prisoner swap alone is not)."""
    s = r.s
    if pos < 2 or s.low[pos - 1] != "of" or s.low[pos - 2] not in ("prisoners", "prisoner"):
        return []
    verb = next((k for k in range(pos - 3, max(-1, pos - 8), -1) if base_in(s.low[k], EXCHANGING)), None)
    counted = s.low[verb + 1 : pos - 2] if verb is not None else []  # "1,000" may come as "1", ",", "000"
    if verb is None or not all(w.isdigit() or w in DETERMINERS or w in ("of", ",") for w in counted):
        return []  # "exchanged 205 prisoners of war", not "exchanged views on prisoners of war"
    subject, _ = r.left_subject(verb)
    sides = r.group(subject[0], leftward=False, free=True) if subject else []
    if len(sides) == 1:  # "X swapped prisoners of war with Y"
        sides += [m for m in r.right_objects(pos + 1, frozenset({"with"}), window=4) if m.prep == "with"][:1]
    return sides


def _its_forces_and(r: Reader, pos: int) -> list[Mention]:
    """'Sudan has been torn apart by fighting between its regular army and the paramilitary RSF': the first side is
    the owner of 'its' forces, the second the actor after 'and'."""
    s = r.s
    j = pos + 1
    if s.low[j : j + 2] not in (["between", "its"], ["between", "their"]):
        return []
    forces = next((k for k in range(j + 2, min(len(s.low), j + 5)) if s.low[k] in FORCES), None)
    while forces is not None and forces + 1 < len(s.low) and s.low[forces + 1] in FORCES:
        forces += 1  # "its armed forces and"
    if forces is None or s.low[forces + 1 : forces + 2] != ["and"]:
        return []
    owner = r.possessor_before(forces)
    other = r.right_objects(forces + 2, frozenset({None}), window=5)[:1]
    return [*owner[:1], *other] if owner and other else []


def _involving(r: Reader, pos: int) -> list[Mention]:
    """The two sides a conflict noun at `pos` 'involves': 'the conflict since last month involves X and Y'."""
    s = r.s
    nxt = s.low[pos + 1] if pos + 1 < len(s.low) else ""
    if not (nxt in INVOLVING or nxt in HEADED or nxt.endswith("ly")):
        return []  # "war games involving X and Y": the word is no head here
    for k in range(pos + 1, min(len(s.low) - 1, pos + INVOLVING_SPAN)):
        if s.low[k] in BOUNDARY or (k > pos + 1 and r.verbish(k)) or s.by_start.get(k) is not None:
            return []
        if s.low[k] in INVOLVING:
            return r.right_objects(k + 1, frozenset({None}), window=6)
    return []


def _outbreak_pair(r: Reader, pos: int) -> list[Mention]:
    """'Fighting broke out between X and Y', 'the war that has raged between X and Y': a short verb group (or a
    time phrase) between the conflict noun at `pos` and its 'between' pair."""
    s = r.s
    j = pos + 1
    if s.low[j : j + 2] in ([",", "which"], [",", "that"]):
        j += 1  # "the conflict, which erupted between X and Y"
    j = verb = _place_before_verb(r, j)  # "the civil war in Cambodia dragged on between X and Y"
    while (
        j < len(s.low) and j - verb <= 5 - (verb == pos + 1) and (s.low[j] in OUTBREAK_WORDS or s.low[j].endswith("ly"))
    ):
        j += 1
    j = _past_place(r, _past_time(s.low, j))  # "fighting (broke out) in Myanmar's Rakhine state between X and Y"
    if j == pos + 1 or j >= len(s.low) or s.low[j] != "between":
        return []
    pair = r.between_pair(j - 1, window=2)
    if s.low[j - 1] in BORDER_NOUNS and not _border_states_fight(r, pair):
        return []  # "fighting on the border between the two countries": where, when the story's sides may be others
    return pair


# who fights at a border besides its two states' forces: "clashes at the border between A and B ... as migrants"
IRREGULARS = BORDER_CROSSERS | frozenset(
    {"cartel", "cartels", "gang", "gangs", "clans", "clan", "militias", "militia", "tribesmen", "gunmen", "rebels"}
    | {"militants", "insurgents", "jihadists", "separatists", "guerrillas", "dissidents", "bandits"}
)


def _border_states_fight(r: Reader, pair: list[Mention]) -> bool:
    """Whether the two states of 'the border between A and B' are the fighting's sides: no plural reference ('the two
    countries'), no second 'between' naming the fighters, no other actor and no crossers or irregulars named."""
    s = r.s
    if len(pair) != 2 or any(m.others for m in pair) or "between" in s.low[pair[-1].end :]:
        return False
    sides = {m.actor for m in pair}
    return all(m.actor in sides for m in s.mentions) and not IRREGULARS.intersection(s.low)


def _escalated_into(r: Reader, pos: int) -> list[Mention]:
    """'Tensions between X and Y exploded into open fighting': the pair of a rivalry that turned into the conflict
    noun at `pos`."""
    s = r.s
    j = pos - 1
    while j > 0 and (s.low[j] in ESCALATION_ADJECTIVES or s.low[j] in SUPERLATIVE_LEADS or s.low[j].endswith("est")):
        j -= 1  # "into the deadliest clashes"
    if j < 2 or not (s.low[j] == "into" or (s.low[j] == "in" and s.low[j - 1] in ERUPTED_IN)):
        return []  # "exploded into open fighting", "erupted in violent clashes"
    verb = j - 2 if s.low[j - 1] == "over" else j - 1  # "boiled over into clashes", "spilled over into"
    if verb >= 2 and s.low[verb - 1] in ("in", "on", "last") and _time_word(s.low[verb]):
        verb -= 2  # "erupted in July into the deadliest clashes"
    if s.low[verb] not in ESCALATED:
        return []
    for k in range(verb - 1, max(-1, verb - 16), -1):
        if s.low[k] in BOUNDARY or (k < verb - 1 and r.verbish(k)):
            return []
        if s.low[k] == "between":
            pair = r.between_pair(k - 1, window=2)
            return pair if pair and all(m.end <= verb for m in pair) else []
    return []


SUPERLATIVE_LEADS = frozenset({"the", "a", "worst"})  # "exploded into the worst fighting", "the deadliest clashes"
TIME_UNITS = frozenset({"week", "month", "year"})  # "erupted last week into clashes"


def _time_word(word: str) -> bool:
    """Whether a word ends a short time phrase: 'in July', 'on Sunday', 'last week', 'in 2023'."""
    return word in DATE_WORDS or word in TIME_UNITS or YEAR.fullmatch(word) is not None


AGAINST_REACH = 8  # words after "against" where the allies' enemy is named: "against the splinter groups of the DKBA"
DURATION_UNITS = frozenset({"minutes", "hours", "days", "weeks", "months", "years", "decades"})
# the words of a duration's length: "for nearly three years", "for more than a decade", "for the past two months"
DURATION_WORDS = frozenset(
    {"nearly", "almost", "about", "around", "over", "more", "than", "some", "the", "past", "last", "a", "several"}
    | frozenset(NUMBER_VALUES)
    | {"many", "few"}
)


def _past_time(low: list[str], j: int) -> int:
    """Past a short time phrase at `j` ('that year', 'in 2006', 'for nearly three years'), else `j`: 'the conflict
    that year between X and Y', 'the fighting that lasted for nearly three years (from 1980 to 1988) between'."""
    if low[j : j + 1] == ["for"]:
        k = j + 1
        while k < len(low) and k - j <= DATE_PHRASE and (low[k] in DURATION_WORDS or low[k].isdigit()):
            k += 1
        if k < len(low) and (low[k] in DURATION_UNITS or low[k] == "decade"):
            return k + 1
    if low[j : j + 1] == ["from"] and len(low) > j + 3 and YEAR.fullmatch(low[j + 1]) and YEAR.fullmatch(low[j + 3]):
        return j + 4 if low[j + 2] in ("to", "until", "-", "–") else j  # "from 1980 to 1988"
    if low[j : j + 2] in (["that", "year"], ["this", "year"], ["last", "year"]):
        return j + 2
    if j + 1 < len(low) and low[j] in ("in", "of") and YEAR.fullmatch(low[j + 1]):
        return j + 2
    day = j + 1 if low[j : j + 1] == ["on"] else j  # "on" may have been read as the "on" of "going on"
    if 0 < day < len(low) and low[day - 1] == "on" and low[day] in DATE_WORDS:
        k = day  # "clashes erupted on Sunday, November 23, between X and Y"
        while k < len(low) and k - day < DATE_PHRASE and (low[k] in DATE_WORDS or low[k] == "," or low[k].isdigit()):
            k += 1
        return k
    return j


PLACED_VERB_STARTS = frozenset({"dragged", "drags", "has", "have", "had"})  # "the war in Y has raged between"


def _place_before_verb(r: Reader, j: int) -> int:
    """Past a short place phrase at `j` that an outbreak verb follows ('in Sudan raged on', 'in eastern Congo
    dragged on'), else `j`."""
    s = r.s
    if j >= len(s.low) or s.low[j] not in ("in", "across"):
        return j
    k = _place_end(r, j)
    verb = k < len(s.low) and (s.low[k] in OUTBREAK_VERBS or s.low[k] in PLACED_VERB_STARTS)
    return k if k > j + 1 and verb else j


def _place_end(r: Reader, j: int) -> int:
    """Where the place phrase opened by the preposition at `j` ends: 'in Myanmar's Rakhine state', 'in the north'."""
    s = r.s
    k = j + 1
    while k < len(s.low) and k - j <= PLACE_PHRASE and s.low[k] != "between":
        word, token = s.low[k], s.tokens[k]
        if not (
            token[:1].isupper() or word in POSSESSIVE or word in PLACE_WORDS or word in DIRECTIONS or word == "the"
        ):
            break
        k += 1
    return k


def _past_place(r: Reader, j: int) -> int:
    """Past a short place phrase at `j` ('in Sudan', 'in Myanmar's Rakhine state', 'in the north', 'along the
    disputed border'), else `j`."""
    s = r.s
    border = _past_border(s.low, j)
    if border > j:
        return border
    if j >= len(s.low) or s.low[j] not in ("in", "across", "near"):
        return j
    k = _place_end(r, j)
    return k if k < len(s.low) and s.low[k] == "between" else j


BORDER_PREPOSITIONS = frozenset({"on", "along", "at", "across"})  # not "near": a place by the border
BORDER_MODIFIERS = 3  # words between "the" and the border noun: "the long, disputed border", "the de facto border"


def _past_border(low: list[str], j: int) -> int:
    """Past 'along the (disputed) border' when 'between' follows, else `j`: the border between two states is where
    their forces meet, so 'clashes along the border between X and Y' are X's and Y's, as in 'the X-Y border'."""
    at = j - 1 if 0 < j < len(low) and low[j] == "the" and low[j - 1] == "on" else j  # "on" read as "going on"
    if at >= len(low) or low[at] not in BORDER_PREPOSITIONS or low[at + 1 : at + 2] != ["the"]:
        return j
    k = at + 2
    while k < len(low) and k - (at + 2) <= BORDER_MODIFIERS and low[k] not in BORDER_NOUNS and low[k] != "between":
        k += 1
    return k + 1 if low[k : k + 2] in ([noun, "between"] for noun in BORDER_NOUNS) else j


ONE_SIDE = (("on", "one", "side"), ("on", "the", "one", "side"))
OTHER_SIDE = ("on", "the", "other")
SIDE_SPAN = 16  # the most words a side's list may take: "the United States and Israel"


def opposed_sides(r: Reader, last: int) -> list[tuple[str, str]]:
    """'between A and B on one side and C on the other': A against C and B against C (allies never against each
    other), sorted; [] when the conflict noun ending at `last` has no such phrase."""
    low, n = r.s.low, len(r.s.low)
    k = next((j for j in range(last + 1, min(n, last + 4)) if low[j] == "between"), None)
    one = _side_mark(low, k + 1, ONE_SIDE) if k is not None else None
    other = _side_mark(low, one, (OTHER_SIDE,)) if one is not None else None
    if k is None or one is None or other is None:
        return []
    named = {j for m in r.s.mentions for j in range(m.start, m.end)}  # "the United States" holds no verb
    if any(low[j] == "with" or (r.verbish(j) and j not in named) for j in range(k + 1, one)):
        return []  # "the war between A and B continued, with C on one side": C's side is no side of it
    first = {m.actor for m in r.s.mentions if k < m.start and m.end <= one}
    second = {m.actor for m in r.s.mentions if one < m.start and m.end <= other}
    return sorted({(min(a, b), max(a, b)) for a in first for b in second if a != b})


def _side_mark(low: list[str], start: int, marks: tuple[tuple[str, ...], ...]) -> int | None:
    """Where one of `marks` ('on one side', 'on the other') stands within a side's list after `start`."""
    return next(
        (j for j in range(start, min(len(low), start + SIDE_SPAN)) for m in marks if tuple(low[j : j + len(m)]) == m),
        None,
    )


SHARED_WARS = frozenset({"war", "conflict", "fighting", "hostilities", "clashes"})


def shared_war(low: list[str], pos: int) -> bool:
    """Whether the war at `pos` is its two owners' own, named by 'their': 'A and B ended their war'."""
    return pos > 0 and low[pos - 1] == "their" and low[pos] in SHARED_WARS
