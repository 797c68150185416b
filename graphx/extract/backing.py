"""Criticism by a reported backing of fighters: 'X said Y was backing the TTP', 'X says Y sponsors terrorism',
'X said the attackers were funded by Y', 'X said the attack was supported by Y'. Backing armed men, terror or an
attack, said by another, accuses the backer; backing a resolution, a candidate or a peace plan accuses no one, and
neither does the reporter's own account."""

from __future__ import annotations

from graphx.extract.act_doers import HEDGED_BACKING
from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.words import BE_STRICT, DETERMINERS, FORCES, POSSESSIVE, SPEECH
from graphx.lexicon import Cue

# what the backing is of, when no armed group is named: "backing the militants", "sponsoring terrorism"
BACKED_FIGHTERS = frozenset(
    {"militants", "militant", "rebels", "rebel", "insurgents", "insurgent", "insurgency", "terrorists", "terrorist"}
    | {"terrorism", "terror", "jihadists", "extremists", "separatists", "separatist", "gunmen", "attackers"}
    | {"militias", "militia", "militiamen", "guerrillas", "guerrilla", "mercenaries", "proxies", "saboteurs"}
    | {"infiltrators", "fighters", "gangs"}
)
# an attack said to be backed, in the passive: "the attack was supported by Y"
BACKED_ATTACKS = frozenset({"attack", "attacks", "assault", "raid", "raids", "bombing", "bombings", "incursion"})
ARMED_MEN = frozenset({"groups", "group", "militias", "men", "gangs"})  # "armed groups", not "the armed forces"
# what may end the backed fighters' phrase: "backing the militants in the east", "backing separatists who ..."
OBJECT_ENDS = frozenset(
    {"in", "on", "at", "of", "from", "who", "that", "which", "and", "or", "to", "with", "across", "inside", "near"}
    | {"along", "fighting", "operating", "based", "since", "for", "against", "there", "here"}
)
# words that may stand before the backed fighters: "the anti-government Baloch rebels", "armed separatist groups"
FIGHTER_MODIFIERS = frozenset({"armed", "local", "foreign", "rebel", "militant", "separatist", "jihadist", "islamist"})
# an ally's means named after 'by': "backed by U.S. air strikes", "supported by Rwandan troops"
MEANS = FORCES | frozenset({"strikes", "airstrikes", "intelligence", "air", "drones", "warplanes", "artillery"})
OBJECT_MODIFIERS = 3  # words between the verb and what it backs: "the anti-government Baloch rebels"
SUBJECT_REACH = 8  # words from the fighters back to the 'be' of their passive: "the militants who attacked ... were"
BE_REACH = 5  # words back from a participle to its 'be': "were trained and funded by"
CLAUSE_SPEECH_REACH = 3  # words before the backer where the verb of saying stands: "said that the"


def backing(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X said Y backs the militants', 'X said the militants were backed by Y': X accuses Y."""
    s = r.s
    if pos and (s.low[pos - 1] in DETERMINERS or s.low[pos - 1] in POSSESSIVE):
        return  # "the backing of the West", "Egypt's support": a noun
    if any(m.start <= pos < m.end for m in s.mentions):
        return  # "the Rapid Support Forces": a name
    if pos and s.low[pos - 1] == "to":
        return  # "Y was right to support the rebels", "proud to support": a stance, not a charge
    if len(s.mentions) < 2 or not any(w in SPEECH for w in s.low):
        return  # no one to accuse, or no one who says it
    passive = r.passive(pos, end)
    fighters = _passive_fighters(r, pos) if passive else _fighters_after(r, end)
    if not fighters:
        return  # read first: the cheaper half
    if passive:
        backers = _agents(r, pos, end)
    else:
        backers, pronoun = r.left_subject(pos)
        backers = backers if pronoun is None else []
    if not backers:
        return
    first = min(m.start for m in [*backers, *fighters]) if passive else backers[0].start
    if r.hedged(first, pos) or not any(w in SPEECH for w in s.low[max(0, first - CLAUSE_SPEECH_REACH) : first]):
        return  # the clause must be what someone says: "Iran backs the Houthis" is the reporter's own account
    backed = {f.actor for f in fighters}
    for speaker in r.reporting_speaker(first):
        for backer in backers:
            if speaker.actor not in (backer.actor, *backed) and backer.actor not in backed:
                r.emit("criticism", speaker.actor, backer.actor, (), "criticism.backing")


def _fighters_after(r: Reader, end: int) -> list[Mention]:
    """The armed group or fighters the verb ending at `end` backs: 'the TTP', 'Baloch separatists', 'terrorism'."""
    s = r.s
    k = end
    while k < len(s.low) and (s.low[k] in DETERMINERS or s.low[k] in HEDGED_BACKING):
        k += 1
    for j in range(k, min(len(s.low), k + OBJECT_MODIFIERS + 1)):
        named = s.by_start.get(j)
        if named is not None:
            ends = named.end >= len(s.low) or s.low[named.end] in OBJECT_ENDS or not s.low[named.end].isalpha()
            return [named] if r.lex.is_group(named.actor) and ends and not named.possessive else []
        armed = s.low[j] == "armed" and s.low[j + 1 : j + 2] and s.low[j + 1] in ARMED_MEN
        if s.low[j] in BACKED_FIGHTERS or armed:
            last = j + 1 + bool(armed)
            ends = last >= len(s.low) or s.low[last] in OBJECT_ENDS or not s.low[last].isalpha()
            return [Mention(j, j + 1, "", False)] if ends else []  # not "terrorism prevention programmes"
        if not (s.tokens[j][:1].isupper() or s.low[j] in FIGHTER_MODIFIERS or "-" in s.low[j]):
            return []  # "supporting the fight against al-Shabaab", "backed its campaign against the TTP"
    return []


def _agents(r: Reader, pos: int, end: int) -> list[Mention]:
    """The backer after 'by': 'were backed by India' (not 'by U.S. air strikes', 'by Chad's air force': an ally's
    means in one's own operation)."""
    s = r.s
    if s.low[end : end + 1] != ["by"]:
        return []
    agent = s.by_start.get(end + 1 + (s.low[end + 1 : end + 2] == ["the"]))
    if agent is None or agent.possessive or (agent.end < len(s.low) and s.low[agent.end] in MEANS):
        return []
    return r.group(agent, leftward=False)


def _passive_fighters(r: Reader, pos: int) -> list[Mention]:
    """The fighters a passive backing is said of: 'the attackers were backed by', 'the TTP is funded by'."""
    s = r.s
    be = next((j for j in range(pos - 1, max(-1, pos - BE_REACH), -1) if s.low[j] in BE_STRICT), None)
    if be is None:
        return []
    for j in range(be - 1, max(-1, be - SUBJECT_REACH), -1):
        named = s.by_end.get(j + 1)
        if named is not None:
            return [named] if r.lex.is_group(named.actor) else []
        if s.low[j] in BACKED_FIGHTERS or s.low[j] in BACKED_ATTACKS:
            return [Mention(j, j + 1, "", False)]
        if s.low[j] in SPEECH or s.low[j] in (",", "that"):
            return []
    return []


# what a charge says of the accused that points at a state behind it: "of being backed by Y", "of links to Y"
CHARGED_PASSIVES = frozenset(
    {"backed", "supported", "funded", "financed", "armed", "sponsored", "trained", "controlled", "directed", "used"}
    | {"aided", "assisted", "equipped"}
)
# what a state's name or adjective may head and still be the state: "linked to the Syrian government"
STATE_HEADS = frozenset(
    {"government", "regime", "intelligence", "army", "military", "forces", "troops", "authorities", "state"}
    | {"services", "security", "officials", "leadership", "president", "embassy", "and", "or", "in", "to"}
)
CHARGED_TIES = frozenset({"linked", "tied", "connected", "links", "ties", "connections", "collusion", "colluding"})
CHARGED_ROLES = frozenset(
    {"proxy", "proxies", "tool", "tools", "puppet", "puppets", "agent", "agents", "pawn", "pawns"}
)
CHARGED_HELP = frozenset({"support", "backing", "help", "assistance", "funding", "blessing"})
CHARGE_VERBS = frozenset({"accuse", "charge"})  # verbs whose 'of' says what the accused did or are
CHARGE_REACH = 8  # words after the accused's 'of' where the state behind them is named: "of being a proxy of the"
APPOSITION_REACH = 30  # words of a description between the accused and the charge's 'of'


def charged_backers(r: Reader, accused: list[Mention]) -> list[Mention]:
    """The states a charge says stand behind the accused: 'accused the group of being backed by Y', 'of links to
    Y', 'of being a proxy of Y', 'of acting on behalf of Y', 'of operating with Y's support'."""
    s = r.s
    if not accused:
        return []
    of = max(m.end for m in accused) + (1 if accused[-1].possessive else 0)
    if s.low[of : of + 1] == [","]:  # "accused Y, a group that broke away from Z last year, of being linked to"
        of = next((k + 1 for k in range(of + 1, min(len(s.low) - 1, of + APPOSITION_REACH)) if s.low[k] == ","), of)
    if s.low[of : of + 1] != ["of"]:
        return []
    named = {m.actor for m in accused}
    backers: list[Mention] = []
    for j in range(of + 1, min(len(s.low), of + 1 + CHARGE_REACH)):
        if s.low[j] in (",", ";", ".") or s.low[j] in SPEECH:
            break
        state = s.by_start.get(j)
        if state is None or state.actor in named or r.lex.actors[state.actor].kind != "state":
            continue
        head = s.low[state.end] if state.end < len(s.low) and not state.possessive else ""
        if head.isalpha() and head not in STATE_HEADS:
            continue  # "links to Russian opposition groups", "Iraqi Kurdish militants": not the state
        before = s.low[of + 1 : j]
        while before and before[-1] in DETERMINERS:
            before = before[:-1]  # "linked to the Syrian government"
        if _charged_tie(before) or (
            before[-1:] == ["with"]
            and state.possessive
            and s.low[state.end + 1 : state.end + 2]
            and s.low[state.end + 1] in CHARGED_HELP  # "of operating from Z with Y's support"
        ):
            backers.append(state)
    return backers


def _charged_tie(before: list[str]) -> bool:
    """Whether the words of a charge up to a state tie the accused to it: 'being backed by', 'links to', 'being a
    proxy of', 'acting on behalf of', 'working for' (not 'rejecting the proposal backed by': what the accused did)."""
    head = before[-1] if before else ""
    being = before[:1] == ["being"]
    return (
        (head == "by" and being and any(w in CHARGED_PASSIVES for w in before[1:3]))  # "being secretly armed by"
        or (head in ("to", "with") and (before[0] in CHARGED_TIES or (being and before[1] in CHARGED_TIES)))
        or (head in ("of", "for") and being and any(w in CHARGED_ROLES for w in before[1:4]))
        or (
            before[:1] in (["acting"], ["working"], ["operating"]) and (before[1:] in (["for"], ["on", "behalf", "of"]))
        )
    )


FORUM_REACH = 8  # words from a charge to the 'that' of its content past a forum: "accusations at the OAS that"


def forum(r: Reader, mention: Mention) -> bool:
    """Whether a body after 'at' is where a charge was made, not its target: 'accusations at the OAS', 'accusations
    at a session of the UN Security Council'."""
    kind = r.lex.actors[mention.actor].kind
    return (mention.prep == "at" and kind == "organisation") or sitting(r, mention)


def sitting(r: Reader, mention: Mention) -> bool:
    """Whether a body is named as the one whose sitting heard a criticism: 'criticised the strikes at a session of
    the UN Security Council' (not 'hit back at the EU', whose 'at' names the target of a verb)."""
    if r.lex.actors[mention.actor].kind != "organisation":
        return False
    low, of = r.s.low, mention.start - 1 - (r.s.low[mention.start - 1 : mention.start] == ["the"])
    if mention.prep != "of" or of < 2 or low[of] != "of" or low[of - 1] not in SITTINGS:
        return False
    return any(w in ("at", "during") for w in low[max(0, of - SITTING_REACH) : of - 1])


SITTING_REACH = 7  # words from "at" to the sitting: "at a hastily convened emergency session of"
# the sittings of a body a charge is made at: "at a session of the UN Security Council"
SITTINGS = frozenset({"session", "meeting", "sitting", "debate", "summit", "conference", "assembly", "gathering"})


def charge_content(r: Reader, end: int) -> int | None:
    """Where the 'that' clause stating a charge starts after its noun, past a forum: 'X's accusation that ...',
    'X's accusations at the OAS that Y tolerates rebels' (None when none follows)."""
    low = r.s.low
    if low[end : end + 1] == ["that"]:
        return end
    if low[end : end + 1] != ["at"]:
        return None
    return next((k for k in range(end + 1, min(len(low), end + FORUM_REACH)) if low[k] == "that"), None)
