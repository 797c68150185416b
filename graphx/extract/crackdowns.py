"""Force against armed groups only: 'Pakistan cracked down on the TTP', 'police dismantled the gang', 'an encounter with
MILF rebels'; not a crackdown on protesters or refugees, nor a group's positions or network dismantled."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.forces import kind, names_a_group
from graphx.extract.mentions import Mention
from graphx.extract.war_words import CRACKDOWN_PREPS, CRACKDOWNS, GROUP_ENCOUNTERS, GROUP_PROPERTY


def no_group_fought(r: Reader, pos: int, end: int, base: str) -> bool:
    """Whether a noun of fighting only with armed groups has none: 'an encounter' where no group is named (not 'a
    brief encounter between the two leaders'), 'a crackdown' on no group ('on Afghan refugees')."""
    if base in GROUP_ENCOUNTERS:
        return not names_a_group(r)
    if base not in CRACKDOWNS:
        return False
    return not targeted_groups(r, pos, [o for o in r.right_objects(end, CRACKDOWN_PREPS, window=6) if o.prep])


def targeted_groups(r: Reader, pos: int, objects: list[Mention]) -> list[Mention]:
    """The armed groups a crackdown at `pos` is aimed at, heading their phrase: 'cracked down on the TTP', 'dismantled
    the Kraze Barye gang'; none for 'to dismantle Y' (urged or planned), Y's positions or network, or no group."""
    if pos and r.s.low[pos - 1] == "to":
        return []
    tokens = r.s.tokens
    return [o for o in objects if kind(r, o.actor) == "group" and not o.possessive and _heads(tokens, o.end)]


def _heads(tokens: list[str], end: int) -> bool:
    """Whether a name ending at `end` heads its phrase: 'the TTP in Waziristan', 'the X gang', 'an Islamic State
    cell' (not 'Hezbollah positions', 'a Hamas fundraising network')."""
    return (tokens[end] if end < len(tokens) else "") not in GROUP_PROPERTY
