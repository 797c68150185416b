"""Ground lost to the other side: 'Myanmar's military lost control of Lashio to the MNDAA', 'the army has lost ground
to the rebels' alliance', 'Goma fell to the M23'. A side that loses ground or a town to another has fought it."""

from __future__ import annotations

from graphx.extract import forces
from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.tokens import skip_articles
from graphx.extract.words import BOUNDARY, COUNT_WORDS, DETERMINERS, FORCES
from graphx.lexicon import Cue

# what a side loses to another in war: "lost ground to", "lost control of the town to", "lost three bases to"
LOST_GROUND = frozenset(
    {"ground", "control", "territory", "town", "towns", "city", "cities", "village", "villages", "base", "bases"}
    | {"positions", "position", "outpost", "outposts", "areas", "area", "region", "province", "district", "of"}
    | {"key", "strategic", "border", "military", "more", "much", "most", "large", "swathes", "swaths", "parts"}
    | COUNT_WORDS
    | {"its", "their"}
)
PLACE_NOUNS = frozenset({"town", "city", "village", "base", "province", "district", "region", "port", "airport"})
# what shows that the loss is in war when the winner is a state named without its forces
WAR_WORDS = FORCES | frozenset(
    {"military", "army", "junta", "fighters", "rebels", "militants", "insurgents", "militia", "militias", "siege"}
    | {"offensive", "fighting", "battle", "battles", "war", "clashes", "shelling", "airstrikes", "troops"}
)
# a side's sites whose fall to another is a loss in war: "the headquarters of the KNU fell to government troops"
SITES_LOST = frozenset({"headquarters", "base", "stronghold", "camp", "garrison", "outpost", "bastion"})
SITE_REACH = 14  # words back from "fell" to that site: "the headquarters of the Karen National Union (KNU) at X"
LOSS_REACH = 8  # words from "lost" to the "to" that names the winner: "lost control of the strategic town of X to"


def losses(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X lost (control of) Z to Y', 'Z fell to Y' (Z a place of X): X and Y are at war."""
    s = r.s
    if cue.base == "fall":
        place = s.by_end.get(pos)  # "Goma fell to the M23": a state's town, named just before
        state = place is not None and not place.person and place.prep is None and forces.kind(r, place.actor) == "state"
        losers, to, places = ([place] if state and place is not None else []), end, True
        losers = losers or _site_owners(r, pos)  # "the headquarters of the KNU at Manerplaw fell to Y"
    else:
        to = next((j for j in range(end, min(len(s.low), end + LOSS_REACH)) if s.low[j] == "to"), -1)
        lost = range(end, to) if to > end else range(0)
        if not lost or not all(s.low[j] in LOST_GROUND or s.low[j] in DETERMINERS or _placed(r, j) for j in lost):
            return  # "lost the election to", "lost market share to": no war
        losers, pronoun = r.left_subject(pos)
        losers = losers if pronoun is None else []
        places = any(_placed(r, j) for j in lost)
    winner = s.by_start.get(to + 1 + (s.low[to + 1 : to + 2] == ["the"])) if s.low[to : to + 1] == ["to"] else None
    if not losers or winner is None or winner.person or winner.possessive or r.hedged(losers[-1].end, pos):
        return
    armed = r.lex.is_group(winner.actor) or _armed(r, winner)
    if not places and not armed and not _armed(r, losers[-1]) and not r.lex.is_group(losers[-1].actor):
        return  # "China lost ground to the US": no place, no forces, no armed group
    if not armed and WAR_WORDS.isdisjoint(s.low):
        return  # "Argentina fell to Saudi Arabia in their World Cup opener": no sign of war
    for loser in losers:
        if loser.actor != winner.actor:
            r.emit("conflict", None, None, (loser.actor, winner.actor), "conflict.lost_to")


def _placed(r: Reader, j: int) -> bool:
    """Whether the word at `j` is a place's name: a known one ('lost Lashio to'), or any after 'the town of'."""
    s = r.s
    if any(m.start <= j < m.end for m in s.mentions):
        return True
    k = j
    while k > 0 and s.tokens[k][:1].isupper():
        k -= 1  # "the town of Kyauk Phyu"
    return k < j and k >= 1 and s.low[k] == "of" and s.low[k - 1] in PLACE_NOUNS


def _armed(r: Reader, loser: Mention) -> bool:
    """Whether the loser is named as its forces: 'Myanmar's military', 'Russian troops'."""
    j = loser.end + loser.possessive
    return j < len(r.s.low) and r.s.low[j] in FORCES


def _site_owners(r: Reader, pos: int) -> list[Mention]:
    """The side whose site fell: 'the headquarters of the KNU at Manerplaw fell', 'the last KNU stronghold fell',
    'the KNU's main base fell' (a side named as the owner of the site heading the clause)."""
    s = r.s
    for j in range(max(0, pos - SITE_REACH), pos):
        between = enumerate(s.low[j:pos], j)
        if s.low[j] not in SITES_LOST or any(w in BOUNDARY or w == "and" or r.verbish(k) for k, w in between):
            continue
        if "of" in s.low[:j] or any(w.endswith("ing") for w in s.low[:j]):
            return []  # "the task of guarding the headquarters of X fell to Y": not the site that fell
        owner = next((m for m in (s.by_end.get(j), s.by_end.get(j - 1), s.by_end.get(j - 2)) if m is not None), None)
        if owner is None and s.low[j + 1 : j + 2] == ["of"]:
            owner = s.by_start.get(skip_articles(s.low, j + 2))
        return [owner] if owner is not None and not owner.person else []
    return []
