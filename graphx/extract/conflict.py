"""Conflict frames: X attacked Y, X and Y clashed, war between X and Y, a ceasefire between X and Y."""

from __future__ import annotations

from collections.abc import Sequence

from graphx.extract import accused_attacks, asides, between, casualties, ceasefires, forces, holders, not_war, strikes
from graphx.extract.clauses import Reader
from graphx.extract.confidence import VAGUE_PENALTY
from graphx.extract.crackdowns import no_group_fought, targeted_groups
from graphx.extract.mentions import Mention
from graphx.extract.participles import acting_subject
from graphx.extract.tokens import clause_after, hyphen_compound, past_question_topic
from graphx.extract.verbal_wars import war_of_words
from graphx.extract.war_words import (
    CONTROL_WORDS,
    ENDING_VERBS,
    FORECAST,
    GROUP_TARGET_VERBS,
    JOINT_ONLY,
    JOINT_STRIKES,
    ONSET_VERBS,
    ORIGIN_PLACES,
    PLACED_AT,
    PROMISES,
    SPILLS,
    STRIKES_IN,
    STRUCK_ELSEWHERE,
    STRUCK_ELSEWHERE_REACH,
    TERRITORY_NOUNS,
    TERRITORY_PREPS,
    THREATS,
    TRUCE_REACH,
    TRUCES,
    WORDY,
    agent_verb,
    lasting,
    pressed_verb,
    run_place,
)
from graphx.extract.words import (
    BOUNDARY,
    CONFLICT_PREPS,
    FIGHTING,
    FIGURATIVE_WAR,
    FORCES,
    FROM_PREP,
    HEDGES,
    HITTING,
    HYPHENS,
    MODALS,
    NEGATION,
    NOT_MILITARY,
    NOUN_TARGET_PREPS,
    OTHER_SIDE_PREPS,
    PHYSICAL_ONLY,
    PLACE_PREPS,
    SECURITY,
    SPEECH,
    TAKING,
    VAGUE_CONFLICT,
    VERBAL_ATTACK,
    WAR_OF_WORDS,
)
from graphx.lexicon import Cue

ATTRIBUTIVE_ONLY = frozenset({"combat"})  # nouns that name fighting only with its other side after them
MUTUAL_FIGHTS = between.ENCOUNTERS | {"fighting", "gunbattle", "gunbattles"}  # fought by both their owners
FORECAST_WINDOW = 8  # words between a conflict noun and the word that says it is only foreseen
FIRED_AT_REACH = 5  # words from "fired" to the "at" of its target: "fired heavy artillery at"


def verbs(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """X attacked Y, Y was shelled by X, X's drones killed four Y civilians."""
    s = r.s
    if accused_attacks.read(r, pos, end) or not_war.not_a_verb(s.low, pos, cue) or strikes.noun_before(r, pos, cue):
        return  # read as what X accused Y of ("... of attacking its soldiers"), or a noun ("the attacks by Y")
    if r.passive(pos, end):
        _passive(r, pos, end, cue.base)
        return
    subject, rule, bonus = _verb_subject(r, pos)
    if not subject or r.hedged(r.hedge_from(subject, pos), pos):
        return
    if not_war.in_words(r, pos, end, cue.base, subject):
        return
    preps = CONFLICT_PREPS | OTHER_SIDE_PREPS.get(cue.base, frozenset()) | set(cue.rest[-1:])  # "fire at"
    objects = r.right_objects(end, preps, window=8)
    if cue.base in ("fire", "launch"):  # "fired 50 drones at Ukrainian cities", "launched a drone at Tel Aviv"
        objects = strikes.fired_at(r, end) or _fired_at_its(r, end, subject)
    if cue.base in TAKING:  # "regained control of Khartoum from the RSF": the side it was taken from, not the place
        taken_from = [o for o in r.right_objects(end, FROM_PREP, window=10) if o.prep in FROM_PREP]
        owned = [o for o in objects if o.possessive] if cue.base == "conquer" else objects  # not "conquered Peru 1-0"
        objects = taken_from or holders.held_after(r, end) or owned  # "seized Goma, which Congo's army had held"
    if cue.base in GROUP_TARGET_VERBS and not (objects := targeted_groups(r, pos, objects)):
        return  # "cracked down on the TTP", not on protesters, on Y's positions, or "urged X to crack down on Y"
    if cue.base in PHYSICAL_ONLY:  # "attacked Y's policy" is words; "attacked Y's positions" is not
        objects = [o for o in objects if not o.possessive or strikes.owns_force(r, o) or forces.victims_after(r, o)]
    objects = not_war.war_objects(r, end, cue.base, objects)  # "assaulted Vietnamese fishermen", "an airliner"
    run = strikes.joined_run(r, objects[0]) if objects else []  # "targeted Syrian, Iranian positions"
    if len(run) > 1:
        objects = [*run, *(o for o in objects if o not in run)]
    if cue.base == "kill":  # "X's drones killed four Afghan civilians": victims named by nationality
        objects = [
            o for o in objects if forces.victims_after(r, o) or (o in run[:-1] and forces.victims_after(r, run[-1]))
        ]
    objects = strikes.users_of_sites(r, end) or objects or strikes.unnamed_objects(r, end, subject, cue)
    objects = objects or casualties.victims_when(r, subject)  # "a Y soldier was killed when X's troops fired"
    objects, rule = casualties.ground_hit(r, cue.base, end, subject, objects, rule)  # "killed 12 in Kharkiv"
    objects = _territory_groups(r, subject, objects, bonus)
    forces.emit_pairs(r, subject, objects, rule, bonus)
    if cue.base != "kill":  # "X attacked Armenian-held positions"
        _controllers(r, end, subject, objects, bonus)
    forces.after_verb(r, pos, end, subject, objects)


def _fired_at_its(r: Reader, end: int, subject: list[Mention]) -> list[Mention]:
    """'X said Y fired artillery at its positions': whose positions 'its' says (the speaker's)."""
    low = r.s.low
    at = next((j for j in range(end, min(len(low), end + FIRED_AT_REACH)) if low[j] in strikes.FIRED_AT), -1)
    fired = low[end:at] if at >= 0 else []  # weapons only: not "fired water cannon at", "fired blank shots at"
    armed = not fired or (any(w in strikes.FIRED for w in fired) and "blank" not in fired)
    return strikes.pronoun_owners(r, at + 1, subject) if at >= 0 and armed else []


def _hedged_noun(r: Reader, pos: int, end: int) -> bool:
    """A conflict noun planned, denied or foreseen ('plans an offensive', 'a war could break out'); 'due to
    fighting' is because of it, not scheduled."""
    s = r.s
    lookback = s.low[past_question_topic(s.low, max(0, pos - 5), pos) : pos]  # "asked about X's war": fought
    if ["due", "to"] in (s.low[pos - 3 : pos - 1], s.low[pos - 2 : pos]):
        lookback = s.low[pos - 1 : pos]
    ending = next((k for k in range(len(lookback) - 1, -1, -1) if lookback[k] in ENDING_VERBS), -1)
    owned = ending >= 0 and lookback[ending + 1 : ending + 2] in (["its"], ["their"], ["the"])
    if owned and not any(w in MODALS or w in NEGATION or w in PROMISES for w in lookback[:ending]):
        lookback = lookback[ending + 1 :]  # "urged Russia to end its war": fought ("vowed to stop the war": a promise)
    truce = max((k for k, w in enumerate(lookback[:-1]) if w in TRUCES and lookback[k + 1] == "in"), default=-1)
    lookback = lookback[truce + 1 :]  # "proposed a ceasefire in the war": the truce is proposed, the war is fought
    if any(w in HEDGES or w in NEGATION or w in MODALS or w in THREATS for w in lookback) or "any" in lookback[-3:]:
        return True  # "any attack on Belarus would be ...": a hypothetical; "threats of attacks on Y": words
    return any(w in MODALS for w in s.low[end : end + 3]) or _forecast(r, end)


def _verb_subject(r: Reader, pos: int) -> tuple[list[Mention], str, float]:
    """Who does what a conflict verb says, the reading that found them, and what that costs."""
    if not_war.crowd_before(r.s.low, pos):
        return [], "", 0.0  # "hours after angry protesters stormed the Swedish embassy": no state stormed it
    subject, bonus = r.subject_or_speaker(pos)
    subject = strikes.infinitive_subject(r, pos, subject)  # "X supplied Y with weapons to fight Z": Y fights
    subject = [m for m in subject if not strikes.names_ground(r.s.low, m)]  # "using Afghan territory to launch"
    if not subject:  # "the attack, claimed by X, killed", "an attack by X killed", "with X claiming responsibility"
        attacks = r.lex.word_set("conflict", "nouns")
        subject = strikes.claimant(r, pos, attacks) or casualties.attack_subject(r, pos) or forces.claimed_with(r, pos)
        subject = subject or acting_subject(r, pos)  # "X launched an operation, striking sites in Y"
    if not subject and pos > 1 and r.s.low[pos - 1] in FORCES and r.s.low[pos - 2] in ("its", "their"):
        subject = r.left_subject(pos - 2)[0]  # "Russia said its forces killed 20 Ukrainian soldiers"
    if subject:
        return subject, "conflict.verb", bonus
    subject, rule = forces.group_subject(r, pos)  # "insurgents affiliated with X", "the militants"
    return subject, rule, bonus


def _passive(r: Reader, pos: int, end: int, base: str) -> None:
    """Y was shelled by X; Y's soldiers were killed in attacks by the <name> (X); soldiers were killed by X in Y."""
    if base in HITTING and any(w in NOT_MILITARY for w in r.s.low[end : end + 5]):
        return  # "Iran was hit with fresh sanctions by the United States"
    if not_war.civil_aircraft_downed(r.s.low, pos, base):
        return
    taking = base in TAKING
    agents = [a for a in r.agent_after(end) if taking or not _origin(r, a)]
    rule = "conflict.passive"
    if not agents:
        agents, rule = forces.hidden_agent(r, end), "conflict.forces_agent"
    targets = holders.held_before(r, pos) if taking else []  # "Banmauk, previously held by Y, was retaken by X"
    targets = targets or [t for t in r.left_subject(pos)[0] if not asides.speaks_between(r.s.low, t.end, pos)]
    if not agents or (targets and r.hedged(targets[-1].end, pos)):
        return
    forces.emit_pairs(r, agents, targets, rule)
    state = None if targets else forces.unnamed_subject(r, pos, agents)  # "five soldiers were killed by X in Y"
    for a in agents if state else []:
        r.emit("conflict", None, None, (a.actor, state or ""), "conflict.forces_place")


def symmetric_verbs(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """X and Y clashed: both are sides."""
    subject, _ = r.left_subject(pos)
    if len({m.actor for m in subject}) != 2 or r.hedged(subject[-1].end, pos):
        return
    allied = r.s.low[end : end + 1] in (["against"], ["side"], ["together"], ["alongside"])
    if allied or not_war.against_unnamed(r, end):
        return  # "the coalition fighting rebels in Yemen", "fought against X", "side by side", "together": allies
    if not_war.a_row(r.s.low, pos, end):
        return  # "A and B clashed over the deportation of migrants", "clashed verbally": a row, not fighting
    if r.right_objects(end, frozenset({None, "with", "against"}), window=4) or any(
        m.prep == "alongside" for m in r.right_objects(end, frozenset({"alongside"}), window=6)
    ):
        return  # "X and Y fought Z": the verb frame reads it; "X and Y, fighting on the side of Z": allies
    r.emit("conflict", None, None, tuple(m.actor for m in subject), "conflict.symmetric")


def nouns(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """War between X and Y; X-Y clashes; X and Y are at war; X's invasion of Y; X's airstrikes on sites in Y."""
    s = r.s
    if ceasefires.warring(r, end, cue) or casualties.headline_strike(r, pos, end):  # "Israel strikes Iran"
        return
    ceasefires.ended(r, pos)  # "A and B signed a deal aimed at ending months of fighting": read before the hedges
    if _hedged_noun(r, pos, end) or no_group_fought(r, pos, end, cue.base) or accused_attacks.launched(r, pos, end):
        return  # "X accused Y of launching a drone strike on its territory": read as an accusation of fighting
    if hyphen_compound(s.low, s.gaps, end - 1) or (s.low[pos] == "offensive" and set(s.low[end : end + 1]) & WORDY):
        return  # "conflict-affected areas", "war-torn Libya", "offensive remarks": an adjective, not a war
    if cue.base in ATTRIBUTIVE_ONLY and s.low[end : end + 1] not in (["against"], ["with"]):
        return  # "combat coordination", "combat experience": only "combat against Y" is fighting
    figurative = tuple(s.low[end : end + 2]) == WAR_OF_WORDS or s.low[max(0, pos - 2) : pos] == ["tug", "of"]
    figurative |= s.low[pos] in ("war", "wars") and s.low[end : end + 1] in (["threats"], ["threat"])
    if (pos and s.low[pos - 1] in FIGURATIVE_WAR) or figurative:
        war_of_words(r, pos, end)  # a war of words is criticism both ways
        return  # a trade war, a proxy war, a war of words, a tug of war, war threats: no war between the two
    if pos and s.low[pos - 1] in VERBAL_ATTACK:  # "X launched a scathing attack on Y": words
        preps = frozenset({"on", "against"})
        not_war.verbal_attack(r, _owners(r, pos, end), [m for m in r.right_objects(end, preps, 4) if m.prep in preps])
        return
    if between.at_war(r, pos, end):  # "X and Y are at war", "X has been in a long conflict with Y"
        return
    if _between(r, pos, end):
        return
    near = r.hyphen_pair_near(pos)
    aimed = s.low[pos] in JOINT_STRIKES or casualties.waged_on(r, end)  # "the US-Israel war on Y"
    if near and aimed and casualties.joint_strikes(r, end, near):  # "US-Israeli strikes on Y"
        return
    if near and s.low[pos] in JOINT_ONLY and any(m.hyphen_pair and pos - 3 <= m.end <= pos for m in s.mentions):
        return  # "a Hezbollah-Syrian army offensive": the two's joint offensive, on someone else
    if near and not not_war.crossers_at_border(r) and not _waged_by_a_third(r, pos, end, near):
        r.emit("conflict", None, None, near, "conflict.hyphen_pair", _vagueness(r, pos, near))
        return
    _owned(r, pos, end)


def _between(r: Reader, pos: int, end: int) -> bool:
    """Whether 'war between X and Y' (or 'between A and B on one side and C on the other') was read here."""
    opposed: list[tuple[str, ...]] = list(between.opposed_sides(r, end - 1))
    pair, rule = ([], "conflict.between") if opposed else between.between_sides(r, pos, end - 1)
    pairs = opposed or ([tuple(m.actor for m in pair)] if len({m.actor for m in pair}) == 2 else [])
    for sides in pairs:
        r.emit("conflict", None, None, sides, rule, _vagueness(r, pos, sides))
    return bool(pairs)


def _waged_by_a_third(r: Reader, pos: int, end: int, near: tuple[str, str]) -> bool:
    """'a Houthi drone attack on the Saudi-Yemen border': the attack has a doer of its own, so the compound after
    it names the place, not the two sides."""
    return any(owner.actor not in near for owner in _owners(r, pos, end))


def _owned(r: Reader, pos: int, end: int) -> None:
    """X's invasion of Y; X launched an offensive on Y; X claimed an assault on a military base in Y."""
    s = r.s
    owners = _owners(r, pos, end)
    rule = "conflict.noun"
    if not owners:  # "X has claimed responsibility for an increase in attacks", "the militants claimed an assault"
        owners, rule = forces.claimed_owner(r, pos)
    if not owners:
        casualties.remember_hit(r, pos)
    doers, victims = strikes.attack_by(r, pos, end) if not owners else ([], [])
    if doers and victims:  # "Nigerian soldiers were killed in an attack by fighters from ISWAP"
        forces.emit_pairs(r, doers, victims, "conflict.noun", _vagueness(r, pos))
        return
    # "strikes on sites in Y", "attacks on targets inside Y": the place after the target is the target's state
    aimed = end < len(s.low) and s.low[end] in ("on", "against") and not strikes.unnamed_fighters(s.low, end + 1)
    elsewhere = any(w in STRUCK_ELSEWHERE for w in s.low[end : end + STRUCK_ELSEWHERE_REACH])  # "... against Z"
    at = end + (s.low[end : end + 1] == ["deep"])  # "drone strikes deep inside Russia"
    placed = aimed or (s.low[end - 1] in STRIKES_IN and s.low[at : at + 1] in PLACED_AT and not elsewhere)
    preps = NOUN_TARGET_PREPS | (PLACE_PREPS if placed else set())  # not "strikes on militants in Y": not Y
    preps -= {"with"} if s.low[pos] in JOINT_STRIKES else set()  # "a war with Y", but "strikes with Y" are joint
    preps -= {"into"} if s.low[pos - 1] == "civil" or SPILLS.intersection(s.low) else set()  # "spilled into Y"
    targets = strikes.and_joined(r, r.right_objects(end, frozenset(preps), window=8), frozenset(preps))
    targets = [t for t in targets if not clause_after(s.low, end, t.start)]  # "US strikes, blaming the tension on Y"
    targets = targets or casualties.target_after_place(r, end)  # "an offensive in Y's Z against X": X
    owned_site = strikes.owned_site(r, end)  # "an attack on Al Udeid US airbase in Doha": the US's base, not Qatar
    if owned_site is not None and all(t.prep in PLACE_PREPS for t in targets):
        targets = [owned_site]
    if not owners and doers and targets:  # "an attack by Russia on Ukraine"
        owners, rule = doers, "conflict.noun"
    if owners and targets and not_war.words_attacked(r, pos, targets):
        not_war.verbal_attack(r, owners, targets)  # "Milei's attacks on Spanish PM Pedro Sanchez", "on Macron": words
        return
    if not targets and owners:
        targets, rule = _other_targets(r, pos, end, owners, rule)
    if len({o.actor for o in owners}) == 2 and (strikes.reciprocal(s.low, end) or between.shared_war(s.low, pos)):
        r.emit("conflict", None, None, tuple(o.actor for o in owners), rule, _vagueness(r, pos))
        return  # "A and B waged war against each other"
    targets = _territory_groups(r, owners, targets, _vagueness(r, pos))
    forces.emit_pairs(r, owners, not_war.hosts_removed(r, targets), rule, _vagueness(r, pos))  # "in Y at its request"
    if end < len(s.low) and s.low[end] in ("on", "against", "into", "at"):  # "an attack on the X-held enclave"
        targets += _controllers(r, end + 1, owners, targets, _vagueness(r, pos))
    state = None if targets else _hit_state(r, pos, end, owners)
    if not targets and not state and not owners:  # "X protested over the shelling by Y's forces": Y fired on X
        strikes.protested(r, end)


def _hit_state(r: Reader, pos: int, end: int, owners: list[Mention]) -> str | None:
    """The state an owned act with no target named hit, emitted with its owners: its unnamed soldiers or bases
    ('an assault on a military base in B'), or the state whose people an attack the owners claim hit; none for a
    clash of two owners ('ELN, Clan del Golfo clash in Choco, Colombia': they fight each other)."""
    if r.s.low[pos] in MUTUAL_FIGHTS and len({o.actor for o in owners}) >= 2:
        return None
    state, rule = _victims_state(r, end, owners), "conflict.forces_place"
    if state is None:
        state, rule = casualties.claimed_hit(r, pos, owners), "conflict.claimed_attack"
    if state and owners:  # "X claimed the attack in Y's city. Z condemned the attack": Z condemns X
        r.context.attackers, r.context.attacker_at = (owners[0].actor,), r.s.index
    for a in owners if state else []:
        r.emit("conflict", None, None, (a.actor, state or ""), rule, _vagueness(r, pos))
    return state


def _other_targets(r: Reader, pos: int, end: int, owners: list[Mention], rule: str) -> tuple[list[Mention], str]:
    """The targets of an owned conflict noun with no object: victims after a participle ('attacks this month,
    targeting Mozambican and Rwandan troops'), or the state a state's war is waged in ('Russia's war in Ukraine')."""
    s = r.s
    # "Kyiv came under a Russian drone attack", "Twelve Ukrainian soldiers were killed in a Russian attack"
    targets = casualties.came_under(r, pos, end)[1] or casualties.victims_before(r, pos, owners)
    if targets:
        return targets, rule
    targets = forces.targeted(r, end)
    if targets:
        return targets, "conflict.forces_targeting" if rule == "conflict.noun" else rule
    targets = strikes.relative_victims(r, end) or casualties.defended_against(r, pos, owners)  # "that killed"
    if targets:
        return targets, rule
    if s.low[pos] in strikes.WARS_IN and s.low[end : end + 1] == ["in"] and strikes.owned_directly(s, pos):
        # "Russia's invasion in eastern Ukraine" is against Ukraine; "France's war in Mali" (beside it) is for review
        return strikes.war_in(r, end, owners), rule if s.low[pos] in strikes.WARS_AGAINST else "conflict.war_in"
    return casualties.own_insurgency(r, pos, owners), rule  # "the PKK's insurgency": against its base state


def _victims_state(r: Reader, end: int, owners: list[Mention]) -> str | None:
    """The state an armed group's act hits with no target named: its unnamed soldiers or bases ('an assault on a
    military base in B'), or where the act is placed ('JNIM claimed a deadly attack in neighbouring Benin')."""
    state = forces.unnamed_victims(r, end, owners)
    if state is None and r.s.low[end : end + 1] in (["in"], ["inside"]):
        state = forces.group_attack_in(r, owners)
    return state


def _side_in(r: Reader, pos: int, end: int) -> list[Mention]:
    """'X's troops were killed during combat against Y', 'X soldiers died in a clash with Y': the clause's subject
    is the side that the noun after 'during' or 'in' has against its other side."""
    s = r.s
    before = pos - 1 - (pos > 1 and s.low[pos - 1] in ("a", "an", "the"))  # "in a clash with Y"
    if (
        before < 1
        or s.low[before] not in ("during", "in", "amid")
        or s.low[end : end + 1] not in (["against"], ["with"])
    ):
        return []
    subject, pronoun = r.left_subject(before)
    return subject if pronoun is None and subject and subject[-1].prep is None else []


def _forecast(r: Reader, end: int) -> bool:
    """'a fresh attack on Y was very likely', 'a war between X and Y would be catastrophic': a conflict foreseen,
    not fought (but 'the war between X and Y could spread' is one being fought)."""
    low = r.s.low
    for k in range(end, min(len(low), end + FORECAST_WINDOW)):
        if low[k] in BOUNDARY or low[k] in (",", ";"):
            return False
        if low[k] in FORECAST or (low[k] in MODALS and low[k + 1 : k + 2] and low[k + 1] in ONSET_VERBS):
            return True
    return False


def _vagueness(r: Reader, pos: int, sides: Sequence[str] = ()) -> float:
    """Less confidence for a noun that also names a diplomatic row ('conflict', 'aggression') when nothing else in
    the sentence is fighting, and no side is an armed group ('the conflict between Ethiopia and the TPLF')."""
    s = r.s
    if s.low[pos] not in VAGUE_CONFLICT or any(w in FIGHTING for w in s.low):
        return 0.0
    if any(r.lex.is_group(side) for side in sides) or lasting(s.low, pos):
        return 0.0  # "the four-year conflict between Kyiv and Moscow": a row is not counted in years
    truce = next((k for k in range(pos - 1, max(-1, pos - TRUCE_REACH), -1) if s.low[k] in TRUCES), None)
    if truce is not None and s.low[truce + 1 : truce + 2] in (["in"], ["to"]):
        return 0.0  # "a ceasefire in the Russia-Ukraine conflict": a truce is asked for in fighting
    return VAGUE_PENALTY


def _owners(r: Reader, pos: int, end: int) -> list[Mention]:
    """Who wages the conflict noun at `pos`: 'Russia's invasion', 'X launched an offensive'."""
    s = r.s
    owners = r.possessor_before(pos)
    if owners:
        return owners
    agent_verbs = r.lex.word_set("conflict", "agent_verbs")
    verb = next((j for j in range(pos - 1, max(-1, pos - 6), -1) if agent_verb(s.low, j, agent_verbs)), None)
    if verb is None:  # "X relaunched a full-scale attack on Y", "X pressed ahead with an offensive"
        verb = pressed_verb(s.low, pos)
        if verb is None:
            return _side_in(r, pos, end)
    if accused_attacks.charged_gerund(s.low, verb):
        return []  # "the US accused Iran of conducting an attack on Saudi oil facilities": an allegation
    doer = verb - 2 if verb > 1 and s.low[verb - 1] in FORCES and s.low[verb - 2] in ("its", "their") else verb
    owners = [m for m in r.left_subject(doer)[0] if not strikes.names_ground(s.low, m)]  # "Afghan territory"
    return [] if owners and r.hedged(owners[-1].end, doer) else forces.apposition_head(r, owners)


def _origin(r: Reader, mention: Mention) -> bool:
    """Whether a 'from' phrase names the place an attack came from, not its agent: 'attacked from Venezuelan
    shore', 'attacked from Lebanon' (but 'shelled from Russian positions' names the forces there)."""
    s = r.s
    if mention.prep != "from":
        return False
    after = s.low[mention.end : mention.end + 2]
    return any(w in ORIGIN_PLACES for w in after) or not any(w in SECURITY for w in after)


def _territory_groups(r: Reader, agents: list[Mention], targets: list[Mention], bonus: float) -> list[Mention]:
    """Targets with a state named only as the territory struck ('attacks across Yemen', 'on Sanaa airport')
    replaced by the armed group based in that state that the sentence names beside the attackers, or that the
    document has already read them fighting: the group is the adversary ('conflict.territory_group'); the state
    keeps its edge otherwise."""
    s = r.s
    sides = {a.actor for a in agents}
    kept = []
    for t in targets:
        groups = {
            m.actor
            for m in s.mentions
            if m.actor not in sides and forces.kind(r, m.actor) == "group" and _base(r, m.actor) == t.actor
        }
        struck = _territory(r, t)
        if not groups and not t.possessive and (t.end >= len(s.low) or s.low[t.end] not in FORCES):
            # "Earlier Israeli strikes targeted Sanaa", after the document's Israel-Houthi fighting
            groups = {
                g
                for pair in r.context.fought
                if sides & set(pair)
                for g in pair
                if g not in sides and forces.kind(r, g) == "group" and _base(r, g) == t.actor
            }
            struck = True
        if len(groups) != 1 or forces.kind(r, t.actor) != "state" or not struck:
            kept.append(t)
            continue
        for a in agents:
            r.emit("conflict", None, None, (a.actor, next(iter(groups))), "conflict.territory_group", bonus)
    return kept


def _base(r: Reader, actor: str) -> str | None:
    info = r.lex.actors.get(actor)
    return info.base if info is not None else None


def _territory(r: Reader, mention: Mention) -> bool:
    """Whether a state's mention names its territory, not its forces or government: 'across Yemen'."""
    s = r.s
    if mention.prep in TERRITORY_PREPS:
        return True
    nxt = s.low[mention.end] if mention.end < len(s.low) else ""
    return nxt in TERRITORY_NOUNS


def _controllers(r: Reader, start: int, agents: list[Mention], targets: list[Mention], bonus: float) -> list[Mention]:
    """The actor holding the place an attack hits ('an attack on the Armenian-controlled enclave', 'offensive
    into areas of northern Syria controlled by the SDF'): a side of the conflict with the attackers."""
    s = r.s
    if not agents:
        return []
    for j in range(start, min(len(s.low), start + 10)):
        word = s.low[j]
        if word in BOUNDARY or word in (",", "(") or word in SPEECH:
            return []
        if word not in CONTROL_WORDS or j == start:
            continue
        if j + 1 < len(s.low) and s.low[j + 1] == "by":  # "areas controlled by the SDF"
            found = [m for m in r.agent_after(j + 1, window=4) if m.prep == "by"][:1]
        else:  # "the Armenian-controlled enclave", "Ukrainian-held positions"
            found = _name_before(r, j - 1 if s.low[j - 1] in HYPHENS else j)
        sides = {m.actor for m in agents + targets}
        found = [m for m in found if m.actor not in sides and forces.kind(r, m.actor) in ("state", "group")]
        found = [m for m in found if word != "run" or forces.kind(r, m.actor) == "group" or run_place(s.tokens, j)]
        for a in agents:
            for m in found:
                r.emit("conflict", None, None, (a.actor, m.actor), "conflict.controlled_place", bonus)
        return found
    return []


def _name_before(r: Reader, end: int) -> list[Mention]:
    """The actor named just before token `end`, even where the mention finder left it out as the first half of
    a compound ('Armenian' in 'Armenian-controlled')."""
    s = r.s
    mention = s.by_end.get(end)
    if mention is not None:
        return [mention]
    table = r.context.table
    for k in range(end - 1, max(-1, end - 4), -1):
        hit = table.match(s.tokens, k)
        if hit is not None and k + hit[0] == end:
            return [Mention(k, end, hit[1].actor_on(r.context.date), hit[1].person)]
    return []
