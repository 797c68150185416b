"""The preposition an actor's noun phrase hangs on ('on' in 'the attack on Ukraine'), read past what may stand
between: articles, titles, place adjectives, an apposition, the members of a side ('by suspected members of X'),
a list opened by 'including' ('from several countries, including X')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graphx.extract.words import (
    BORDER_NOUNS,
    DETERMINERS,
    FIGHTER_NOUNS,
    GROUP_DESCRIPTORS,
    PLACE_ADJECTIVES,
    POSSESSIVE,
    PREPOSITIONS,
    RELATIONAL,
    ROLE_MODIFIERS,
    SEATED,
    TITLE_WORDS,
)

if TYPE_CHECKING:  # mentions reads prepositions: the type only, to keep the import one-way
    from graphx.extract.mentions import Mention

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
PLACES_OF = frozenset({"island", "city", "town", "capital", "port", "resort", "village", "enclave"})
PLACE_OF_PREPS = frozenset({"in", "at", "near"})  # "in the Caribbean island of Barbados"
# the bodies and offices whose "of" names the actor they speak for: "facilitated by the governments of X and Y"
STATE_VOICES = frozenset(
    {"government", "governments", "leader", "leaders", "president", "presidents", "authorities", "administration"}
    | {"ministry", "ministries", "minister", "ministers", "premier", "chancellor", "king", "emir"}
)
VOICE_MODIFIERS = ROLE_MODIFIERS - {"of"}  # "by the foreign ministers of X": not past another "of"
VOICE_WORDS = 4  # the most words from the 'of' back past the body: "by the deputy foreign ministers of X"
ALLIED = frozenset({"alliance", "solidarity", "cooperation", "coordination", "conjunction", "tandem", "league"})
# the words of an apposition before a name that leave its preposition in force: "with its larger neighbour Ethiopia"
RELATIONAL_NOUN_PHRASE = (
    RELATIONAL
    | GROUP_DESCRIPTORS  # "against the extremist group al-Shabab"
    | frozenset(
        {"its", "their", "larger", "smaller", "bigger", "longtime", "powerful", "extremist", "terrorist", "joint"}
        | {"notorious", "infamous", "feared"}  # "part of the notorious Sindicato gang"
        | {"regional", "continental", "bloc", "body", "grouping", "intergovernmental"}  # "by regional bloc ECCAS"
    )
)
DEPOSED = frozenset({"toppled", "ousted", "deposed", "late", "slain"})  # "the forces of toppled president X"
SUSPECTED = frozenset({"suspected", "alleged", "presumed"})  # "by suspected ISWAP fighters": still by them
# honorifics before a name: "witnessed by Prime Minister Datuk Seri Anwar Ibrahim", "by Sheikh Tamim"
HONORIFIC_WORDS = frozenset({"datuk", "seri", "sri", "tan", "tun", "dato", "datin", "sheikh", "sheik", "dr", "mr"})
TITLES_NOT_PREPOSITIONS = (TITLE_WORDS | HONORIFIC_WORDS) - PREPOSITIONS  # "at the 73rd UN General Assembly"
# what a government is for the time being: "facilitated by the interim Afghan government"
PROVISIONAL = frozenset({"interim", "transitional", "caretaker", "acting", "incoming", "outgoing"})
# the people of a side who act for it: "an attack by members of X" is X's
AGENT_MEMBERS = frozenset(
    {"members", "fighters", "militants", "elements", "cadres", "operatives", "units", "forces", "gunmen"}
    | {"representatives", "delegates", "delegations", "officials", "envoys"}  # "signed by representatives of X"
)
# "gunmen, suspected to be part of X": a guess at whose members the agents are
MEMBERSHIP_GUESSES = frozenset({"suspected", "believed", "thought", "alleged", "said"})
MASKED = frozenset({"masked", "armed", "unidentified", "unknown", "heavily"})  # "from masked gunmen of X"
# plural nouns whose members an 'including' list names: "from several countries, including X"
LISTED_NOUNS = frozenset(
    {"countries", "nations", "states", "governments", "members", "partners", "allies", "neighbours", "neighbors"}
    | {"powers", "capitals"}
)
# after "near", a state's place that lies inside it ("near Afghanistan's Kandahar airport", "near the Afghan city of
# Kandahar"), unlike its edge ("near Lebanon's border"), which may be the other side's
NEAR_EDGES = BORDER_NOUNS | {"borders", "line", "coast", "waters"}
# a state's posts abroad, or a place in another ("near Russia's base in Syria"): not inside the state named
NEAR_ABROAD = frozenset({"base", "bases", "airbase", "embassy", "consulate", "facility", "facilities", "mission", "in"})
NEAR_PLACE_WORDS = 3  # the longest place after an owner there: "Kandahar international airport"
LISTED_NOUN_WORDS = 2  # the most words between the preposition and the noun: "from several Arab countries"


def near_inside(low: list[str], mention: Mention) -> bool:
    """Whether a state named after 'near' owns a place inside it: 'bombed a depot near Afghanistan's Kandahar
    airport', 'near the Afghan city of Kandahar' (not 'near Lebanon's border', nor 'near Afghanistan')."""
    place = low[mention.end : mention.end + 1 + NEAR_PLACE_WORDS]
    if mention.prep != "near" or any(w in NEAR_EDGES or w in NEAR_ABROAD for w in place):
        return False
    if mention.possessive or any(w in POSSESSIVE for w in low[mention.start : mention.end]):
        return True  # "near Afghanistan's Kandahar airport", its place read as part of the name
    return low[mention.end : mention.end + 1] != [] and low[mention.end] in PLACES_OF


AFFILIATES = FIGHTER_NOUNS | {"terrorists", "terrorist"}  # "militants affiliated with X", as "of X"
MEMBERSHIP = frozenset({"belonging", "affiliated"})  # not "loyal to" or "linked to" (a state's proxies are not it)


def governing_prep(low: list[str], start: int) -> str | None:
    """The preposition an actor's noun phrase hangs on, if any: 'on' in 'the attack on Ukraine'."""
    j = start - 1
    while j >= 0 and (
        low[j] in DETERMINERS
        or low[j] in TITLES_NOT_PREPOSITIONS
        or low[j] in SUSPECTED
        or low[j] in PROVISIONAL
        or _ORDINAL.fullmatch(low[j])
        or (low[j] in DEPOSED and j and low[j - 1] == "of")
    ):
        j -= 1  # "at the 73rd UN General Assembly", "by suspected ISWAP fighters"
    j = _past_voice(low, j)
    k = _past_relational(low, j)  # "in arid central and northern Mali", "with its larger neighbour Ethiopia"
    related = 0 <= k < j and low[k] in PREPOSITIONS  # "by neighbouring Ethiopia", "on neighbouring Ukraine"
    agent = _members_by(low, k if related else j)  # "by members of X", "from gunmen of the notorious X gang"
    if agent is not None:
        return agent
    if j >= 2 and low[j] == "of" and low[j - 1] in PLACES_OF:  # "in the Caribbean island of Barbados": a venue
        venue = next((k for k in range(j - 2, max(-1, j - 5), -1) if low[k] in PLACE_OF_PREPS), None)
        if venue is not None:
            return low[venue]
    if related:
        j = k
    if j >= 2 and low[j] in ("to", "with") and low[j - 1] in MEMBERSHIP and low[j - 2] in AFFILIATES:
        return _members_by([*low[: j - 1], "of"], j - 1) or "of"  # "14 terrorists belonging to X": X's own
    if j >= 0 and low[j] in PREPOSITIONS:
        if low[j] == "in" and j and low[j - 1] in SEATED:
            return None  # "the junta in Bamako", "the government in Kyiv": the state itself
        if low[j] == "with" and j and low[j - 1] in ALLIED:
            return "alongside"  # "fighting the army in alliance with X", "strikes in solidarity with X": allies
        if low[j] == "of" and low[max(0, j - 3) : j] == ["on", "the", "side"]:
            return "alongside"  # "fighting on the side of X": an ally
        if low[j] == "to" and j and low[j - 1] in ("attributed", "ascribed"):
            return "by"  # "remarks attributed to X": X's remarks
        listed = _listed_under(low, j) if low[j] in ("including", "like") else None  # "countries like X and Y"
        return low[j] if listed is None else listed or None  # "": under a subject, as a subject is
    return None


def _past_voice(low: list[str], j: int) -> int:
    """Back from an 'of' at `j` past a body or office that speaks for the actor after it to the 'by' before them:
    'facilitated by the governments of X and Y', 'condemned by the foreign ministers of X' (X does the act). Any
    other preposition before them stays with the 'of', which the subject and object readings know."""
    if j < 1 or low[j] != "of" or low[j - 1] not in STATE_VOICES:
        return j
    k = j - 2
    while k >= 0 and j - k <= VOICE_WORDS and (low[k] in DETERMINERS or low[k] in VOICE_MODIFIERS):
        k -= 1
    return k if k >= 0 and low[k] == "by" else j


def _past_relational(low: list[str], j: int) -> int:
    """Back from `j` past place adjectives and relational words ('neighbouring', 'its larger neighbour') to the
    word before them."""
    k = j
    while k >= 0 and (
        low[k] in PLACE_ADJECTIVES
        or low[k] in RELATIONAL_NOUN_PHRASE
        or (low[k] in DETERMINERS and k < j)
        or (low[k] in ("and", ",") and low[k + 1] in PLACE_ADJECTIVES)
    ):
        k -= 1
    return k


def _members_by(low: list[str], of: int) -> str | None:
    """'by' or 'from' when the actor's 'of' follows members of it who act: 'an attack by (suspected) members of X',
    'fire from masked gunmen, suspected to be part of X'; 'alongside' for those who fight beside them: 'fought
    alongside the forces of X'."""
    if of < 2 or low[of] != "of":
        return None
    member = of - 1
    guessed = of >= 5 and low[of - 1] in ("part", "members") and low[of - 3 : of - 1] == ["to", "be"]
    if guessed and low[of - 4] in MEMBERSHIP_GUESSES:
        member = of - 5 - (low[of - 5] == ",")
    if member < 1 or low[member] not in AGENT_MEMBERS:
        return None
    k = member - 1
    while k >= 0 and (low[k] in DETERMINERS or low[k] in SUSPECTED or (member - k <= 2 and low[k] in MASKED)):
        k -= 1
    return low[k] if k >= 0 and low[k] in ("by", "from", "alongside") else None


def _listed_under(low: list[str], j: int) -> str | None:
    """The preposition that a list opened by 'including' at j hangs on, through the plural noun it names members of:
    'condemnation from several countries, including X' (from); '' for a list in a subject ('14 countries,
    including X, condemned')."""
    k = j - 1 - (j > 0 and low[j - 1] == ",")
    if k < 0 or low[k] not in LISTED_NOUNS:
        return None
    for p in range(k - 1, max(-1, k - LISTED_NOUN_WORDS - 2), -1):
        if low[p] in PREPOSITIONS:
            return low[p]
        if low[p] in (",", ";"):
            return ""  # "Last month, 14 countries, including X, condemned": a list in the clause's subject
        if not (low[p].isalpha() or low[p].isdigit()):
            return None
    return "" if k - LISTED_NOUN_WORDS - 1 <= 0 else None
