"""Who was hit, named in the clause around the attack: 'Y came under attack from X', 'Kyiv came under a Russian
drone attack', 'Twelve Ukrainian soldiers were killed in a Russian attack'."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.dates import WEEKDAYS
from graphx.extract.forces import emit_pairs, kind
from graphx.extract.mentions import Mention
from graphx.extract.tokens import skip_articles, skip_back_adjectives
from graphx.extract.words import (
    ACTS_OF_WAR,
    ANAPHORIC,
    DETERMINERS,
    EVENT_ADJECTIVES,
    FIGHTER_NOUNS,
    FORCES,
    HITTING,
    NUMBER_VALUES,
    PARAMILITARY,
    VICTIMS,
)
from graphx.lexicon import Cue

UNDER_VERBS = frozenset({"was", "were", "is", "are", "been", "came", "come", "comes", "coming", "remained", "remains"})
# "... were killed in an X attack", "two soldiers were martyred in Indian shelling"
DEATHS = frozenset({"killed", "died", "wounded", "injured", "dead", "hurt", "martyred", "slain"})
# participles before an attack noun that skip_back_adjectives stops at: "came under sustained attack"
ATTACK_PARTICIPLES = EVENT_ADJECTIVES | frozenset({"repeated", "sustained", "concerted", "continued"})
CLAIM_REACH = 6  # how many sentences after an attack without its doer a claim of 'the attack' may name it
STRIKE_WORDS = frozenset({"drone", "missile", "rocket", "air", "artillery", "mortar", "deadly", "fresh", "new"})


def came_under(r: Reader, pos: int, end: int) -> tuple[list[Mention], list[Mention]]:
    """Who attacked and who was hit in 'Y came under attack from X', 'Y's positions came under heavy shelling by X',
    'Kyiv came under a Russian drone attack': the subject of 'came under' is the target, a 'from' or 'by' phrase
    (if any) the attacker."""
    s = r.s
    under = skip_back_adjectives(s.low, pos - 1)
    while under > 0 and s.low[under] in ATTACK_PARTICIPLES:  # "came under sustained attack", "repeated attacks"
        under = skip_back_adjectives(s.low, under - 1)
    subjected = under > 1 and s.low[under - 1 : under + 1] == ["subjected", "to"]  # "Doha has been subjected to
    if subjected:  # repeated attacks by Iranian missiles"
        under -= 1
    elif under < 1 or s.low[under] != "under" or s.low[under - 1] not in UNDER_VERBS:
        return [], []
    doers = [m for m in r.right_objects(end, frozenset({"by", "from"}), window=5) if m.prep in ("by", "from")]
    if doers and s.low[pos] in ("attack", "attacks") and "over" in s.low[doers[0].end : doers[0].end + 3]:
        return [], []  # "Y came under attack from X over its remarks": words
    targets, _ = r.left_subject(under - 1)
    return (doers[:1], targets) if targets else ([], [])


def victims_before(r: Reader, pos: int, owners: list[Mention]) -> list[Mention]:
    """The state whose soldiers or civilians a clause before an attack says were killed in it: 'Twelve Ukrainian
    soldiers were killed in a Russian attack', 'five Pakistani soldiers died in Indian shelling'."""
    s = r.s
    k = pos - 1
    while k > 0 and (
        s.low[k] in DETERMINERS
        or s.low[k] in STRIKE_WORDS
        or s.low[k] in EVENT_ADJECTIVES  # "martyred in unprovoked Indian shelling"
        or s.by_end.get(k + 1) in owners
    ):
        k = s.by_end[k + 1].start - 1 if s.by_end.get(k + 1) in owners else k - 1
    if k < 2 or s.low[k] not in ("in", "during", "by"):
        return []
    k = _before_time(s.low, k)  # "were killed on Saturday in an attack"
    return _victims(r, k - 1, owners) if s.low[k - 1] in DEATHS else []


# words that count the dead before a place: "killed at least 12 people in", "killed dozens of civilians across"
DEATH_COUNTS = frozenset(
    {"at", "least", "more", "than", "dozens", "hundreds", "scores", "thousands", "of", "some", "about", "nearly"}
    | {"over", "several", "many", "a", "an"}
    | frozenset(NUMBER_VALUES)
    | {"eleven", "twelve", "twenty", "fifty", "hundred", "the", "almost", "around", "up", "to"}
)
DEATH_PLACES = frozenset({"in", "across", "throughout"})  # "killed 12 people in Kharkiv", "across Lebanon"
DEATH_COUNT_REACH = 6  # words of count and victims between 'killed' and the place


def killed_in(r: Reader, end: int, doers: list[Mention]) -> list[Mention]:
    """The state whose ground the dead were on: 'Russian missiles killed 12 civilians in Kharkiv', 'Israeli strikes
    killed dozens across Lebanon' (a state, or a place of one, that is not the killers' own)."""
    s = r.s
    k = end
    while k < len(s.low) and k - end < DEATH_COUNT_REACH and (s.low[k][:1].isdigit() or s.low[k] in DEATH_COUNTS):
        k += 1
    counted = k > end
    if k < len(s.low) and s.low[k] in VICTIMS:
        k, counted = k + 1, True
    if not counted or k >= len(s.low) or s.low[k] not in DEATH_PLACES:
        return []
    return _others_ground(r, k, doers)


def _others_ground(r: Reader, k: int, doers: list[Mention]) -> list[Mention]:
    """The state named after the place preposition at `k` ('in Kharkiv', 'across the Gaza Strip'), unless it is the
    doers' own."""
    s = r.s
    article = s.low[k + 1] if k + 1 < len(s.low) else ""
    k += article in ("the", "a", "an")
    place = s.by_start.get(k + 1)
    if place is None or place.possessive or kind(r, place.actor) != "state":
        return []
    if article in ("a", "an") and not set(s.low[place.end : place.end + 1]) & SETTLEMENTS:
        return []  # "in a Ukrainian village", not "in a Russian attack"
    return [] if place.actor in {d.actor for d in doers} else [place]


SETTLEMENTS = frozenset({"village", "town", "city", "region", "province", "district", "border", "camp", "port"})


STRUCK = HITTING | frozenset({"shell", "bomb", "bombard"})  # what is struck may be named before its place
POLICING = frozenset({"police", "officers", "agents", "customs", "coastguard"})  # raids by police are no war
ARMED_GROUP_WORDS = PARAMILITARY | FIGHTER_NOUNS | frozenset({"militias", "terrorists", "extremists", "gangs"})
STRUCK_OBJECT_REACH = 5  # words of what was struck before the place: "an apartment block in Kharkiv"


def ground_hit(
    r: Reader, base: str, end: int, doers: list[Mention], objects: list[Mention], rule: str
) -> tuple[list[Mention], str]:
    """Where a verb names no one hit: the state whose ground the dead were on ('killed 12 civilians in Kharkiv') or
    the strikes fell ('struck an apartment block in Kharkiv'), with its reading; else the objects as they were."""
    if objects:
        return objects, rule
    if base == "kill":
        killed = killed_in(r, end, doers)
        return (killed, "conflict.killed_in") if killed else (objects, rule)
    struck = struck_in(r, end, doers) if base in STRUCK else []
    return (struck, "conflict.struck_in") if struck else (objects, rule)


def struck_in(r: Reader, end: int, doers: list[Mention]) -> list[Mention]:
    """The state whose ground was struck: 'Russian drones struck an apartment block in Kharkiv', 'Israeli jets
    pounded targets across Lebanon' (a state, or a place of one, that is not the strikers' own; not where an armed
    group is named, whose targets they may be: 'US strikes hit al-Shabaab camps in Somalia')."""
    s = r.s
    if any(kind(r, m.actor) == "group" for m in s.mentions) or any(w in ARMED_GROUP_WORDS for w in s.low):
        return []  # "targets in Iraq used by Iran-backed militias": the group's, not Iraq's
    if any(s.low[d.end : d.end + 1] and s.low[d.end] in POLICING for d in doers):
        return []  # "Spanish police raided a house in Ecuador": policing, not war
    k = end
    while k < len(s.low) and k - end < STRUCK_OBJECT_REACH and s.low[k].isalpha() and k not in s.by_start:
        if s.low[k] in DEATH_PLACES:
            break
        k += 1
    if k == end or k >= len(s.low) or s.low[k] not in DEATH_PLACES:
        return []  # the place follows what was struck: "struck Kharkiv" is read as its object
    return _others_ground(r, k, doers)


def victims_when(r: Reader, subject: list[Mention]) -> list[Mention]:
    """The state whose people a clause says were killed when the subject acted: 'An Indian soldier was killed when
    Pakistani troops fired at his post' (India)."""
    s = r.s
    k = subject[0].start - 1 - (subject[0].start >= 1 and s.low[subject[0].start - 1] == "the")
    return _victims(r, k - 1, subject) if k >= 2 and s.low[k] == "when" and s.low[k - 1] in DEATHS else []


def _victims(r: Reader, death: int, doers: list[Mention]) -> list[Mention]:
    """The last state named before the word of death at `death` as whose soldiers or civilians died ('Twelve
    Ukrainian soldiers were killed'), not one of the doers."""
    s, actors = r.s, {m.actor for m in doers}
    return [
        m
        for m in s.mentions
        if m.end < death
        and m.prep is None
        and m.actor not in actors
        and s.low[m.end : m.end + 1]
        and s.low[m.end] in VICTIMS
    ][-1:]


def _before_time(low: list[str], k: int) -> int:
    """Where 'on <weekday>' ending before `k` starts ('killed on Saturday in an attack'), else `k`."""
    if k >= 3 and low[k - 2] == "on" and low[k - 1] in WEEKDAYS:
        return k - 2
    return k


def remember_hit(r: Reader, pos: int) -> None:
    """Remember the state whose people an attack read without its doer hit ('Seven Pakistani soldiers were killed
    in an attack'), for a claim of 'the attack' soon after; a new attack elsewhere ('a bomb attack on a church in
    Nigeria') forgets it."""
    s = r.s
    hit = victims_before(r, pos, [])
    if hit and kind(r, hit[0].actor) == "state":
        r.context.hit, r.context.hit_at = hit[0].actor, s.index
    elif any(w in ("a", "an") for w in s.low[max(0, pos - 3) : pos]) and any(
        kind(r, m.actor) == "state" and m.actor != r.context.hit for m in s.mentions
    ):
        r.context.hit = None  # "a bomb attack on a church in Nigeria": another attack, elsewhere


def claimed_hit(r: Reader, pos: int, owners: list[Mention]) -> str | None:
    """The state an armed group's claimed attack hit, when 'the attack' it claims is the one the document read
    before without its doer: 'Seven Pakistani soldiers were killed in an attack ... X claimed the attack'."""
    s = r.s
    hit = r.context.hit
    if hit is None or s.index - r.context.hit_at > CLAIM_REACH or pos < 1 or s.low[pos - 1] not in ANAPHORIC:
        return None  # "the attack" of a claim made sentences later may be another attack
    if not owners or any(kind(r, o.actor) != "group" or o.actor == hit for o in owners):
        return None
    return hit


def headline_strike(r: Reader, pos: int, end: int) -> bool:
    """'Israel strikes Iran', 'US strikes Houthi targets in Yemen': 'strikes' between a bare subject and a bare
    object is a headline's verb, not the noun; True when read."""
    s = r.s
    doer, target = s.by_end.get(pos), s.by_start.get(end)
    if s.low[pos] != "strikes" or doer is None or target is None or target.prep is not None:
        return False
    if doer.possessive or doer.prep is not None or (doer.start and s.low[doer.start - 1] in DETERMINERS):
        return False  # "Israel's strikes", "the US strikes": the noun
    rebels = s.low[target.end : target.end + 1] and s.low[target.end] in PARAMILITARY  # "strikes Yemen rebels"
    if target.actor != doer.actor and not rebels:
        r.emit("conflict", None, None, (doer.actor, target.actor), "conflict.verb")
    return True


SOIL = frozenset({"soil", "territory", "border", "borders", "side", "frontier", "ground"})  # "on Lebanese soil"


def waged_on(r: Reader, end: int) -> bool:
    """Whether a war noun ending at `end` is waged on an actor named next ('war against Iran'), not on a place ('war on
    Lebanon's southern border', 'on Lebanese soil')."""
    s = r.s
    if s.low[end : end + 1] not in (["against"], ["on"]):
        return False
    target = s.by_start.get(skip_articles(s.low, end + 1))
    after = target.end + target.possessive if target is not None else len(s.low)
    return target is not None and not SOIL & set(s.low[after : after + 2])  # "Lebanon's southern border"


def joint_strikes(r: Reader, end: int, pair: tuple[str, str]) -> bool:
    """'US-Israeli strikes on Iran': the two of the compound strike together, each against the target named after
    ('Israel-Iran strikes', with none, are the two's exchange); True when read."""
    targets = [m for m in r.right_objects(end, frozenset({"on", "against"}), window=6) if m.prep in ("on", "against")]
    targets = [t for t in targets[:1] if t.actor not in pair]
    for target in targets:
        for doer in pair:
            r.emit("conflict", None, None, (doer, target.actor), "conflict.noun")
    return bool(targets)


def attack_subject(r: Reader, pos: int) -> list[Mention]:
    """Who made the attack that heads the clause of the verb at `pos`: 'An attack by X killed three Y soldiers', 'A
    drone strike by X's forces killed ...'."""
    s = r.s
    k = pos - 1
    while k > 0 and (s.low[k] in FORCES or s.low[k] in FIGHTER_NOUNS):
        k -= 1  # "by Russian forces"
    doer = s.by_end.get(k + 1)
    if doer is None or doer.prep != "by":
        return []
    head = doer.start - 2  # the noun before "by"
    if head < 0 or s.low[head] not in ACTS_OF_WAR:
        return []
    return r.group(doer, leftward=True)


FIRE_AGENT_REACH = 12  # words from 'fire' to who fired it: "from masked gunmen, suspected to be part of the X gang"
# adjectives that make 'fire' words, not shots: "came under diplomatic fire"
VERBAL_FIRE = frozenset({"diplomatic", "political", "verbal", "international", "public", "sharp", "withering"})
SHOT_AT = frozenset(
    {"troops", "soldiers", "forces", "convoy", "convoys", "patrol", "patrols", "positions", "peacekeepers", "base"}
    | {"bases", "vessel", "vessels", "ship", "ships", "aircraft", "helicopter", "posts", "outpost", "towns", "city"}
)  # what comes under literal fire: "Israeli troops came under fire from Hezbollah"
WEAPONS = frozenset(
    {"artillery", "tanks", "drones", "drone", "rockets", "rocket", "missiles", "missile", "mortars", "mortar"}
    | {"shelling", "warplanes", "jets", "snipers", "gunboats", "gunmen", "guns"}
)  # what fires shots: "came under fire from Russian artillery"
FIRE_ADJECTIVES = 3  # words between 'under' and 'fire': "came under heavy diplomatic fire"


def under_fire(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'Y came under fire from X': words when called so ('came under diplomatic fire from X') or given a reason
    with no weapon in the sentence ('came under fire from X for its arms sales'); shots when X is an armed group or
    named by its forces or weapons ('came under fire from Hezbollah', 'from Russian artillery', 'came under Turkish
    fire' on troops); else unread (a state may be only where the fire came from)."""
    s = r.s
    under = pos - 1
    while under > 0 and pos - under <= FIRE_ADJECTIVES and s.low[under] != "under":
        under -= 1
    if under < 1 or s.low[under] != "under" or s.low[under - 1] not in UNDER_VERBS:
        return
    preps = frozenset({"by", "from"})
    agents = [m for m in r.right_objects(end, preps, window=FIRE_AGENT_REACH) if m.prep in preps][:1]
    owner = not agents
    agents = agents or [m for m in r.possessor_before(pos) if m.start > under][:1]  # "came under Turkish fire"
    targets, pronoun = r.left_subject(under - 1)
    if not agents or not targets or pronoun is not None or r.hedged(targets[-1].end, under):
        return
    agent = agents[0]
    after = s.low[agent.end + agent.possessive : agent.end + agent.possessive + 1]
    if any(w in VERBAL_FIRE for w in s.low[under + 1 : pos]):
        for t in targets:
            r.emit("criticism", agent.actor, t.actor, (), "criticism.under_fire")
        return
    shot_at = any(w in SHOT_AT for w in s.low[targets[0].start : under])
    armed = kind(r, agent.actor) == "group" or bool(after and (after[0] in FORCES or after[0] in WEAPONS))
    if armed or (owner and shot_at):  # "Syrian army positions came under Turkish fire"
        emit_pairs(r, agents, targets, "conflict.under_fire")
        return
    given = s.low[agent.end : agent.end + 3]
    reason = ("for" in given or "over" in given) and not any(w in WEAPONS or w in FORCES for w in s.low)
    if reason:  # "Japan came under fire from China for its new defence strategy", "over its remarks"
        for t in targets:
            r.emit("criticism", agent.actor, t.actor, (), "criticism.under_fire")


DEFENDING = frozenset({"defend", "defends", "defended", "defending"})
DEFENDED = frozenset({"defended", "defending"})  # what was or is being done, not what must or could be
HELPING = frozenset({"helped", "helping", "helps", "help"})
REFLEXIVES = frozenset({"itself", "themselves"})
DEFENDED_REACH = 5  # words from the war noun back to "against": "against the Russian invasion"


def defended_against(r: Reader, pos: int, owners: list[Mention]) -> list[Mention]:
    """Who defends against the owned war noun at `pos`: 'Ukraine defended itself against Russia's invasion', 'arms
    to help Ukraine defend itself against the Russian invasion'; not a defence foreseen ('must be able to defend
    itself against a Chinese invasion', 'preparing to defend itself')."""
    low = r.s.low
    against = next((j for j in range(pos - 1, max(0, pos - DEFENDED_REACH), -1) if low[j] == "against"), None)
    if against is None or against < 2:
        return []
    verb = against - 1 - (low[against - 1] in REFLEXIVES)
    if low[verb] not in DEFENDING or verb == against - 1 or r.hedged(r.clause_start(verb), verb):
        return []  # "Taiwan must be able to defend itself against a Chinese invasion": foreseen
    helped = r.s.by_end.get(verb - (low[verb - 1] == "to"))  # "helped Ukraine (to) defend itself"
    if helped is not None and helped.start > 0 and low[helped.start - 1] in HELPING:
        defenders = [helped]
    elif low[verb] in DEFENDED:  # "Ukraine defended itself against", "has been defending itself against"
        defenders = r.left_subject(verb)[0]
    else:
        return []
    return [d for d in defenders if d.actor not in {o.actor for o in owners}]


PLACE_THEN_TARGET = 14  # words from a conflict noun past its place to "against": "in Syria's Deir ez-Zor against"
AGAINST = frozenset({"against"})


def target_after_place(r: Reader, end: int) -> list[Mention]:
    """The target named after the place of a conflict noun: 'an offensive in Syria's Deir ez-Zor against the
    Islamic State' (the Islamic State, not Syria)."""
    if r.s.low[end : end + 1] != ["in"]:
        return []
    return [t for t in r.right_objects(end, AGAINST, window=PLACE_THEN_TARGET) if t.prep == "against"][:1]


INSURGENCIES = frozenset({"insurgency", "insurgencies", "rebellion", "uprising"})


def own_insurgency(r: Reader, pos: int, owners: list[Mention]) -> list[Mention]:
    """'the TTP's insurgency', 'the PKK launched its insurgency in 1984': the one armed group's own insurgency,
    against no one named, is against the state it comes from, else the one it is based in."""
    info = r.lex.actors.get(owners[0].actor) if len(owners) == 1 and r.s.low[pos] in INSURGENCIES else None
    state = (info.origin or info.base) if info is not None and info.kind == "group" else None
    return [Mention(owners[0].start, owners[0].end, state, False)] if state else []
