"""Criticism frames: X accused Y, Y was condemned by X, X rejected Y's claims, X called Y's move reckless."""

from __future__ import annotations

from graphx.extract import attribution, forces
from graphx.extract.act_doers import backers_of_unnamed, coup_condemned, doer_after, doers_of_act, joint_partners
from graphx.extract.asides import owner_heading
from graphx.extract.backing import CHARGE_VERBS, charge_content, charged_backers, forum, sitting
from graphx.extract.clauses import Reader
from graphx.extract.criticism_more import (
    PROVOKING,
    attempt_start,
    called_on_to_stop,
    condemned_act,
    in_complement,
    moved_charge,
    not_said_here,
    numbered_subject,
    obliged,
    provoked_harm,
    relative_head,
    unreported_charge_speakers,
    untargeted,
    urged_to_stop,
)
from graphx.extract.dismissals import answered_reproaches
from graphx.extract.judgements import JUDGED_DEEDS
from graphx.extract.mentions import Mention
from graphx.extract.participles import participle_subject
from graphx.extract.prepositions import PLACE_OF_PREPS, PLACES_OF
from graphx.extract.pronoun_objects import ACCUSED_PRONOUN_VERBS, charged_before, object_relative, pronoun_object
from graphx.extract.reactions import PROTESTING, protested_after
from graphx.extract.tokens import base_in, clause_after, skip_articles, skip_back, skip_back_adjectives
from graphx.extract.voices import STATEMENT_VERBS
from graphx.extract.words import (
    ACCUSING,
    ACTOR_HEADS,
    BE_STRICT,
    FIGHTER_NOUNS,
    FORCES,
    PREPOSITIONS,
    PROJECTILES,
    PRONOUNS_PERSON,
    QUOTE_OPEN,
    RECIPROCAL,
    SPEECH,
    STOPPING,
    TRANSITIVE_PREPS,
)
from graphx.extract.wronged import wronged_party
from graphx.lexicon import Cue

# participles after a comma that go on naming whom a criticism is of: "condemned the bombing, calling it an act of
# terror by Y", "..., holding Y responsible" (but not "..., citing Y", "..., joining Y in calling for talks")
NAMING_PARTICIPLES = frozenset(
    {"calling", "terming", "describing", "holding", "blaming", "accusing", "urging", "demanding", "branding"}
    | {"labelling", "labeling", "dubbing", "saying", "stating", "charging", "alleging", "claiming", "telling"}
    | {"vowing", "threatening", "asking", "summoning", "warning", "pressing"}
)
ISSUING = STATEMENT_VERBS | {"made"}  # "the statement released by Y", "remarks made by Y"
GERUND_OPENERS = frozenset({"after", "following", "while", "by"})  # "after making comments against Y"
SUBJECT_PRONOUNS = PRONOUNS_PERSON | {"it", "they", "we"}
LODGING = frozenset({"lodge", "file", "issue", "make", "register", "voice", "express"})  # "lodged protests against"
PROTEST_ADJECTIVES = frozenset(
    {"strong", "formal", "official", "stern", "solemn", "diplomatic", "fresh", "new", "further"}
)
OBJECT_SLOT_PRONOUNS = frozenset({"it", "them", "him", "her"})  # an object named by a pronoun ends the object search
ANSWERING = (("response", "to"), ("reply", "to"), ("retaliation", "for"), ("protest", "at"))  # "in response to X's ..."
JOIN = frozenset({"join"})  # "A joined B in condemning C"
CHARGE_VERB_REACH = 6  # words back from a charge noun to its reporting verb: "said Y had committed violations"


TERROR = frozenset({"terror", "terrorism"})
# nouns 'terror' modifies, naming no one's terror: "the Paris terror attacks", "a terror suspect", "terror financing"
TERROR_COMPOUNDS = frozenset(
    {"attack", "attacks", "suspect", "suspects", "plot", "plots", "cell", "cells", "charges", "charge", "threat"}
    | {"threats", "financing", "efforts", "list", "designation", "laws", "law", "alert", "group", "groups", "probe"}
)
NOUN_SHAPED_CHARGES = frozenset({"fuel"})  # a charge's base form that is mostly a noun: "the US fuel embargo"
SHARED_FAILURES = frozenset({"fail to"})  # charges that two subjects share as no one's fault: "A and B failed to agree"
# said after 'be' by the critic, in no passive: "X has been highly critical of Y", "X has been a vocal critic of Y"
ADJECTIVE_CUES = frozenset({"critical of", "critic of"})
HIT_BACK_REACH = 6  # words from "hit back at" to what it was done with: "at Israel with a barrage of missiles"
ALLEGED_PLACES = PLACE_OF_PREPS | {"inside"}  # "alleged Z was found in Y": a place, not the accused
# where something alleged was found: "the Riverside neighbourhood of Y"
PLACE_NOUNS = PLACES_OF | {"neighbourhood", "neighborhood", "district", "suburb", "area"}


def verbs(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """X accused Y; Y was condemned by X; A and B blamed each other; the strikes, which X condemned."""
    if cue.base not in ADJECTIVE_CUES and r.passive(pos, end):  # "X has been critical of Y" is no passive
        _passive(r, pos, end)
        return
    if not_said_here(r, pos) or _hit_back_with_arms(r.s.low, cue, end):
        return
    if r.s.low[pos] == "protests" and not _after_its_subject(r, pos):
        return  # "violence sparked by protests against X", "faced protests against X": the noun, no protester
    subject, bonus = _critics(r, pos)
    if not subject or r.hedged(r.hedge_from(subject, pos), pos) or not _is_the_critic(r.s.low, subject, pos, cue):
        return
    if _reciprocal(r, end, subject, bonus):
        return
    if cue.base in PROTESTING and protested_after(r, end, subject, bonus):
        return  # "X protested after Y's police detained ...": at Y
    named_before = pronoun_object(r, end, subject) if cue.base in ACCUSED_PRONOUN_VERBS else []  # "it", "the state"
    pronoun = end < len(r.s.low) and (r.s.low[end] in OBJECT_SLOT_PRONOUNS or charged_before(r, end, cue.base))
    if named_before or pronoun:  # "accusing it of arming Y": 'it', not Y; "Y, which X accuses of": Y
        objects = named_before or object_relative(r, pos, charged=True)
    else:
        objects = [forces.group_of_home(r, o) or o for o in _criticised(r, pos, end, cue)]  # "Russia's Wagner"
    objects += charged_backers(r, objects) if cue.base in CHARGE_VERBS else []  # "of being backed by Y": Y too
    for a in subject:
        for t in objects:
            r.emit("criticism", a.actor, t.actor, (), "criticism.verb", bonus)
    answered_reproaches(r, subject, objects, bonus)  # "X hit back at Y's criticism": Y criticised X
    if not objects and not coup_condemned(r, end, subject, bonus):
        untargeted(r, end, subject, bonus)


def _reciprocal(r: Reader, end: int, subject: list[Mention], bonus: float) -> bool:
    """'A and B accused each other', 'both sides blamed the other': both ways; True when read."""
    after = tuple(r.s.low[end : end + 2])
    if not (after in RECIPROCAL or (after == ("the", "other") and len({m.actor for m in subject}) == 2)):
        return False
    for a in subject:
        for b in subject:
            r.emit("criticism", a.actor, b.actor, (), "criticism.reciprocal", bonus)
    attribution.blamed_fight(r, end + 2, [m.actor for m in subject])  # "... each other for the clash"
    return True


AGAINST = frozenset({"against"})
STOP_OBJECT_WORDS = 4  # words from "stop" to the breach it names: "stop its cross-border terrorism"
# charges of who struck first, which tell that the accuser and the accused fought
FIRST_BLOWS = frozenset({"fire first", "open fire first", "strike first", "attack first", "shoot first"})
CRITIC_LINKS = BE_STRICT | {"remains", "remained", "became", "become", "becomes", ","}


def _is_the_critic(low: list[str], subject: list[Mention], pos: int, cue: Cue) -> bool:
    """Whether the subject is the critic the cue names: always for a verb; for 'critic of', when 'be' or an
    apposition links them ('X has long been a vocal critic of Y', 'X, a fierce critic of Y,'; not 'Z criticised a
    critic of Y')."""
    return cue.base != "critic of" or bool(CRITIC_LINKS.intersection(low[subject[-1].end : pos]))


def _critics(r: Reader, pos: int) -> tuple[list[Mention], float]:
    """Who says the criticism verb at `pos`: 'A joined B in criticising', the main clause's subject for a participle
    ('X closed the border, accusing Y of ...'), the usual subject, else a numbered plural's list ('These three
    countries accuse Y')."""
    reproached = _reproached_for(r, pos)  # "X criticised the Indian government for criticising Z": India criticised Z
    if reproached:
        return reproached, 0.0
    subject, bonus = _joined_in(r, pos) or (participle_subject(r, pos), 0.0)
    if not subject:
        subject, bonus = r.subject_or_speaker(pos)
    return (subject, bonus) if subject else (numbered_subject(r, pos), 0.0)


def _place_or_origin(low: list[str], mention: Mention) -> bool:
    """Whether an actor in an allegation only names where something was ('found in the Riverside neighbourhood of
    Nairobi', 'based in Y') or a weapon's origin ('drones of Israeli and French origin'); not 'orchestrated by Y',
    'came from Y', 'fighters of Pakistani origin'."""
    if mention.prep in ALLEGED_PLACES:
        return True
    if mention.prep == "of" and mention.start >= 2 and PLACE_NOUNS & set(low[mention.start - 3 : mention.start]):
        return True  # "the Riverside neighbourhood of Nairobi"
    after = low[mention.end : mention.end + 4]
    return "origin" in after and not FIGHTER_NOUNS & set(low[max(0, mention.start - 6) : mention.start])


def _hit_back_with_arms(low: list[str], cue: Cue, end: int) -> bool:
    """'Iran hit back at Israel with missiles', 'fired back at Y's troops': fire, not words (but 'hit back at Y over
    its missile claims')."""
    after = low[end : end + HIT_BACK_REACH]
    if cue.base == "fire back at":
        return any(w in PROJECTILES or w in FIGHTER_NOUNS or w in FORCES or w == "with" for w in after)
    if cue.base != "hit back at" or "with" not in after:
        return False
    return any(w in PROJECTILES for w in after[after.index("with") :])


def _criticised(r: Reader, pos: int, end: int, cue: Cue) -> list[Mention]:
    """Whom a criticism verb at `pos` is aimed at: its object, 'the attack on Y' after 'blamed', or the owner of the
    noun a ', which X condemned' clause hangs on."""
    preps = TRANSITIVE_PREPS | ({cue.rest[-1]} if cue.rest and cue.rest[-1] in PREPOSITIONS else set())
    if cue.base == "blame":
        preps |= {"on"}  # "X blamed the attack on Y"
    antecedent = object_relative(r, pos)  # "Algeria, which they accuse of having shot down a Malian drone"
    objects = antecedent or r.right_objects(end, frozenset(preps)) or relative_head(r, pos) or doers_of_act(r, end)
    wronged = [o for o in objects if wronged_party(r, o)]
    objects = [o for o in objects if o not in wronged and not in_complement(r, end, o)]
    objects = [o for o in objects if not clause_after(r.s.low, end, o.start, NAMING_PARTICIPLES)]  # ", citing Y"
    objects = [o for o in objects if not sitting(r, o)]  # "criticised the strikes at a session of the UN Council"
    if wronged and not objects:  # "condemned the seizure of Russian assets by Belgium": the act's doer
        objects = doer_after(r, wronged[-1].end)
    elif objects and objects[-1].prep == "of":  # "condemned the use of North Korean missiles by Russia": both
        objects += [m for m in doer_after(r, objects[-1].end) if m.actor not in {o.actor for o in objects}]
    if cue.base == "blame":  # "X blamed the delay on a misunderstanding of Y's position" blames no one named
        objects = [o for o in objects if o.prep in (None, "on") or _deeds_blamed(r.s.low, o)]
    objects = objects or backers_of_unnamed(r, end)  # "blamed the attack on militants backed by India"
    if cue.rest[-1:] == ("with",) and objects:  # "filed a complaint with the UN against Y": lodged with a body
        against = [m for m in r.right_objects(objects[-1].end, AGAINST, window=4) if m.prep in AGAINST]
        bodies = all(r.lex.actors[o.actor].kind == "organisation" for o in objects)  # "with the UN accusing Y"
        objects = against or ([] if bodies else objects)
    if cue.base == "allege":  # what is alleged of the subject of its clause: not "alleges Z was found in Y's city"
        objects = [o for o in objects if not _place_or_origin(r.s.low, o)]
    return objects + joint_partners(r, objects)  # "the Russia-North Korea military cooperation": both


def _deeds_blamed(low: list[str], mention: Mention) -> bool:
    """Whether what is blamed is the deeds of the mention's actor: 'blamed the tension on the reckless acts of Y'."""
    of = skip_back(low, mention.start - 1)
    if mention.prep != "of" or of < 2 or low[of] != "of" or low[of - 1] not in JUDGED_DEEDS:
        return False
    return low[skip_back_adjectives(low, of - 2)] == "on"


def _joined_in(r: Reader, pos: int) -> tuple[list[Mention], float] | None:
    """'A joined B in criticising C', 'A joined with B to condemn C': A and B both criticise."""
    s = r.s
    infinitive = s.low[pos - 1] == "to" if pos else False  # "A joined B to condemn C"
    if pos < 3 or not (infinitive or (s.low[pos].endswith("ing") and s.low[pos - 1] == "in")):
        return None
    join = next((j for j in range(pos - 2, max(-1, pos - 14), -1) if base_in(s.low[j], JOIN)), None)
    if join is None:
        return None
    subject, bonus = r.subject_or_speaker(join)
    if not subject and s.low[join - 1] == "to":  # "the move led A to join B ...": the object of 'led' joins
        subject, _ = r.left_subject(join, allow_object=True)
        subject = _with_conjuncts(r, subject)
    if not subject:
        return None
    partners = [m for m in r.right_objects(join + 1, frozenset({None, "with"}), window=pos - join) if m.end <= pos]
    return [*subject, *partners], bonus


def _with_conjuncts(r: Reader, members: list[Mention]) -> list[Mention]:
    """An object list's earlier members too: 'led A, B and C to join': A and B as well as C."""
    s = r.s
    out = list(members)
    while out:
        j = out[0].start - 1
        if j < 1 or s.low[j] not in (",", "and"):
            break
        before = s.by_end.get(j)
        if before is None or before.possessive or before.prep != out[0].prep:
            break
        out.insert(0, before)
    return out


def _after_its_subject(r: Reader, pos: int) -> bool:
    """Whether an actor (or a pronoun) stands just before the word at `pos`, past adverbs: 'Russia protests',
    'Russia strongly protests', 'it protests' (a verb), not 'faced protests' (a noun)."""
    j = pos - 1
    while j >= 0 and (r.s.low[j].endswith("ly") or r.s.low[j] in ("]", ")")):
        j -= 1
    if j >= 0 and (r.s.by_end.get(j + 1) is not None or r.s.low[j] in SUBJECT_PRONOUNS):
        return True
    while j >= 0 and r.s.low[j] in PROTEST_ADJECTIVES:
        j -= 1
    return j >= 0 and base_in(r.s.low[j], LODGING)  # "X lodged strong protests against Y": a protest made


def _passive(r: Reader, pos: int, end: int) -> None:
    """Y was condemned by X."""
    agents = r.agent_after(end)
    targets, _ = r.left_subject(pos)
    owned = 2 if targets and targets[-1].possessive else 0  # "Israel's plan was condemned": the noun is no hedge
    if agents and targets and not r.hedged(targets[-1].end + owned, pos):
        for a in agents:
            for t in targets:
                r.emit("criticism", a.actor, t.actor, (), "criticism.passive")
    elif agents and not targets:  # "The airstrikes (, the first since 2022,) were condemned by X": the last attack's
        condemned_act(r, 0, agents, 0.0)


def nouns(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """X's criticism of Y; criticism of Y by X; Y drew condemnation from X."""
    s = r.s
    receive = r.lex.word_set("criticism", "receive_verbs")
    received = next(
        (j for j in range(pos - 1, max(-1, pos - 4), -1) if s.low[j] == "under" or base_in(s.low[j], receive)),
        None,
    )
    # "X's plan drew condemnation": a hedge before the verb is the subject's noun, not the criticism's
    if r.hedged(max(0, pos - 4) if received is None else received + 1, pos):
        return
    targets = r.right_objects(
        end, frozenset({"of", "against", "at", "toward", "towards"}), window=6, skip_possessive=False
    )
    targets = [t for t in targets if t.prep in ("of", "against", "at", "toward", "towards") and not forum(r, t)]
    # "X drew Y's condemnation": Y; "X's attack on Y drew condemnation from Z": Z, never Y before the verb
    agents = [a for a in r.possessor_before(pos) if received is None or a.start > received]
    if not agents:
        agents = [a for a in r.right_objects(end, frozenset({"by", "from"}), window=10) if a.prep in ("by", "from")]
        agents = r.group(agents[0], leftward=False, free=True) if agents else []  # "from China and South Korea"
        if agents and _issued_by(r, agents[0]):  # "condemnation of the statement released by Y": Y's statement
            targets, agents = targets or agents, []
    if received is not None and agents:
        subject = _drew_it(r, received)
        # "X's proposed bills drew ...": what X owns, hedged or not, is X's
        if subject and (subject[-1].possessive or not r.hedged(subject[-1].end, received)):
            targets = subject
        elif not subject and not targets:  # "The attack drew condemnation from X": the last attack's doer
            condemned_act(r, 0, agents, 0.0)
    elif not agents and targets:
        agents = _noun_subject(r, pos)
    elif agents and not targets and (that := charge_content(r, end)) is not None:
        targets = _accused_in_clause(r, that + 1)  # "Pakistan's accusation that Afghanistan shelters militants"
    elif agents and not targets:
        targets = _answered(r, agents)
    for a in agents:
        for t in targets:
            r.emit("criticism", a.actor, t.actor, (), "criticism.noun")


def _issued_by(r: Reader, agent: Mention) -> bool:
    """Whether a 'by Y' names who issued what is condemned ('the joint statement released by Y'), not the critic."""
    low = r.s.low
    k = skip_back(low, agent.start - 1)
    return agent.prep == "by" and k >= 1 and low[k] == "by" and low[k - 1] in ISSUING


def _reproached_for(r: Reader, pos: int) -> list[Mention]:
    """The object a gerund after 'for' is said of: 'X criticised Y (the Y government) for criticising Z': Y."""
    low = r.s.low
    if pos < 3 or low[pos - 1] != "for" or not low[pos].endswith("ing"):
        return []
    return _object_before(r, pos - 1)


def _object_before(r: Reader, for_: int) -> list[Mention]:
    """The main verb's object right before a 'for' at `for_` ('criticised Y for', 'the Y government for')."""
    low = r.s.low
    k = for_ - 1 - (low[for_ - 1] in ACTOR_HEADS)
    maker = r.s.by_end.get(k + 1)
    return [maker] if maker is not None and not maker.possessive and maker.prep is None and maker.start > 0 else []


def _noun_subject(r: Reader, pos: int) -> list[Mention]:
    """Who made the criticism noun at `pos` when nothing owns it: the subject of the verb before it ('X made
    derogatory comments against Y'), or the main clause's subject of a gerund ('landed in controversy after making
    derogatory comments against Y'); none after another preposition ('amid criticism of Y')."""
    s = r.s
    before = skip_back_adjectives(s.low, pos - 1)
    if before < 0:
        return []
    if s.low[before] in GERUND_OPENERS and s.low[before + 1].endswith("ing"):
        subject, _ = r.main_subject(before)
        return subject if subject and not r.hedged(subject[-1].end, before) else []
    if s.low[before] == "for" and s.low[before + 1].endswith("ing"):  # "criticised Y for making remarks against Z"
        maker = _object_before(r, before)
        if maker:
            return maker
        subject, _ = r.main_subject(before)  # "Pakistan's minister apologised for making remarks against Y"
        return subject if subject and not r.hedged(subject[-1].end, before) else []
    if s.low[before] in PREPOSITIONS:
        return []
    subject, _ = r.left_subject(pos)
    return subject if subject and not r.hedged(subject[-1].end, pos) else []


def _drew_it(r: Reader, received: int) -> list[Mention]:
    """Who or whose act drew the criticism a receiving verb at `received` reports."""
    s = r.s
    participle = s.low[received].endswith("ing") and s.low[received - 1] in (",", "and")
    # "X's aggression has exacerbated tensions, attracting criticism from Y": what X did draws it
    subject, _ = r.main_subject(received, owner=True) if participle else r.left_subject(received)
    if not subject and not participle:  # "X's bills to annex parts of Y have drawn ...": X's
        subject = owner_heading(s, received, r.verbish)
    return subject


def _accused_in_clause(r: Reader, start: int) -> list[Mention]:
    """The subject of the clause an accusation states: 'X's accusation that (the) Y's rulers permit ...' (Y)."""
    s = r.s
    start = skip_articles(s.low, start)
    mention = s.by_start.get(start)
    if mention is None or mention.prep is not None or mention.quoted != s.quoted[start - 1]:
        return []
    return r.group(mention, leftward=False)


def _answered(r: Reader, owners: list[Mention]) -> list[Mention]:
    """'Y is closing its embassy in response to X's criticism': whom the criticism an answer answers was aimed at,
    the main clause's subject."""
    s = r.s
    j = owners[0].start - 1
    while j >= 0 and s.low[j] in ("the", "a"):
        j -= 1
    if j < 1 or not any(tuple(s.low[j - len(p) + 1 : j + 1]) == p for p in ANSWERING):
        return []
    subject, pronoun = r.main_subject(j)
    return [m for m in subject if m.actor not in {o.actor for o in owners}] if pronoun is None else []


def charges(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X said Y had violated the ceasefire': reporting a breach is accusing its author."""
    s = r.s
    if moved_charge(r, pos):  # "A signed a deal, a move X says violates its rights"
        return
    if r.passive(pos, end) and not r.agent_after(end):
        return  # "looking into how it was breached": a breach by no one named
    if cue.base in PROVOKING and not provoked_harm(r, pos, end):
        return  # "Y's visit provoked great interest": caused, not charged
    if s.low[pos] in NOUN_SHAPED_CHARGES:
        return  # "the US fuel embargo": a noun
    if pos and s.low[pos - 1] == "of" and s.low[pos].endswith("ing"):
        return  # "accused Y of firing first": the accusing verb reads it
    accused = called_on_to_stop(r, pos) or r.left_subject(pos, allow_object=True)[0]
    if accused and cue.base in SHARED_FAILURES and _shared(r, accused):
        return  # "X said A and B failed to agree": a failure of both, no charge against either
    tried = attempt_start(s.low, pos)  # "Y is trying to destabilise the region" charges Y as "Y destabilised it"
    if not accused or (r.hedged(accused[-1].end, tried) and urged_to_stop(r, accused, pos) is None):
        return
    if any(w in SPEECH or w in ACCUSING for w in s.low[max(0, accused[0].start - 3) : accused[0].start]):
        speakers = r.reporting_speaker(accused[0].start)
    else:  # the breach must be what someone says or reports, or asks to stop: "X urged Y to stop interfering"
        speakers = unreported_charge_speakers(r, accused, pos)
    for a in speakers:
        for t in accused:
            r.emit("criticism", a.actor, t.actor, (), "criticism.charge")
            if cue.base in FIRST_BLOWS and forces.kind(r, a.actor) != "organisation":  # "Y fired first, X said"
                r.emit("conflict", None, None, (a.actor, t.actor), "conflict.fired_first")


def _shared(r: Reader, accused: list[Mention]) -> bool:
    """Whether the accused are two or more, or the last of a pair joined by 'and' ('Israel and Hamas')."""
    first = accused[0].start
    joined = first > 1 and r.s.low[first - 1] == "and" and r.s.by_end.get(first - 1) is not None
    return joined or len({m.actor for m in accused}) > 1


def _terror_of_a_doer(low: list[str], pos: int) -> bool:
    """Whether 'terror' names a doer's terror, heading its phrase: 'rewards Hamas terror' (not 'counter-terrorism',
    'the Paris terror attacks', 'a terror suspect')."""
    before = low[max(0, pos - 2) : pos]
    after = low[pos + 1] if pos + 1 < len(low) else ""
    return not (set(before) & {"counter", "anti"}) and after not in TERROR_COMPOUNDS


def charge_nouns(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X reported 54 Israeli violations', 'citing Y's breaches of the truce': X accuses Y."""
    s = r.s
    if s.low[pos] in TERROR and not _terror_of_a_doer(s.low, pos):
        return  # "counter-terrorism efforts", "the Paris terror attacks", "a terror suspect"
    if not obliged(r, pos):
        return  # "Y's failure to win a majority", "any Israeli aggression" charge no one
    urged = _urged_to_end_its(r, pos)  # "X urged Y to end its aggression": Y's, at X's urging
    if urged:
        for a, t in ((a, t) for a in r.subject_or_speaker(urged[1])[0] for t in urged[0] if a.actor != t.actor):
            r.emit("criticism", a.actor, t.actor, (), "criticism.charge")
        return
    accused = r.possessor_before(pos, gap=4)
    if not accused and pos and s.low[pos - 1] in QUOTE_OPEN | {'"'}:  # 'X said that Israeli "aggression ...'
        accused = r.possessor_before(pos - 1, gap=4)
    if not accused and s.low[end : end + 1] == ["by"]:  # "to punish border violations by Afghanistan"
        accused = [m for m in r.right_objects(end, frozenset({"by"}), window=2) if m.prep == "by"][:1]
    verb = next((j for j in range(pos - 1, max(-1, pos - CHARGE_VERB_REACH), -1) if s.low[j] in ACCUSING), None)
    quoted = verb is None and s.quoted[pos]  # '"Israel's aggression must stop," X said': the speaker charges
    if not accused or not (quoted or verb is not None):
        return
    start, stop = (max(0, verb - 3), verb) if verb is not None else (accused[0].start, pos)
    if r.hedged(start, stop):  # "X said Y may have ...", '"If Y breaches the deal, we will retaliate," X said'
        return
    accusers = r.speaker(pos) if quoted else r.left_subject(verb or 0, allow_object=True)[0]
    for a, t in ((a, t) for a in accusers for t in accused if a.actor != t.actor):
        r.emit("criticism", a.actor, t.actor, (), "criticism.charge")


def _urged_to_end_its(r: Reader, pos: int) -> tuple[list[Mention], int] | None:
    """'X urged Y to end its aggression', 'X called on Y to stop its provocations', 'X said Y must stop cross-border
    terrorism': Y, whom the verb found asks to stop the breach named at `pos`, and that verb."""
    low = r.s.low
    k = pos - 1
    while k > 0 and pos - k <= STOP_OBJECT_WORDS and low[k] not in STOPPING and (low[k].isalpha() or low[k] == "-"):
        k -= 1  # "its", "the", "cross - border", "state - sponsored"
    if k < 3 or low[k] not in STOPPING or low[k - 1] not in ("to", "must", "should"):
        return None
    if any(k < m.start < pos for m in r.s.mentions):
        return None  # "urged the EU to stop Russian aggression": the breach is another's, not the one urged
    asked = r.s.by_end.get(k - 1)
    verb = urged_to_stop(r, [asked], k + 1) if asked is not None else None
    return ([asked], verb) if asked is not None and verb is not None else None
