"""Who strikes and what a strike hits, as news words it: the list of targets after a strike ('against the PKK and
the YPG'), what is fired at ('fired 50 drones at Y'), the state of the sites a verb hits when no actor is its
object ('struck targets in southern Lebanon'), the doer of 'to VERB' after a main verb's object ('supplied Y
with weapons to fight Z': Y fights), the claimant of an attack that kills ('the attack, claimed by X, killed ...'),
the doer of 'an attack by fighters from X', the victims a pronoun's convoy or post belongs to ('Y soldiers were
killed when X ambushed their convoy'), 'a protest over shelling by Y's forces' (Y fought the protester), and where
a state's war is waged: 'Russia's war in Ukraine'. What is no strike at all is in not_war.py."""

from __future__ import annotations

from graphx.extract import casualties
from graphx.extract.clauses import Reader
from graphx.extract.forces import enabled_others, group_of_home, kind, victims_after
from graphx.extract.mentions import Mention
from graphx.extract.prepositions import SUSPECTED, near_inside
from graphx.extract.sentence import Sentence
from graphx.extract.war_words import GROUND, HELD, OWN_TARGETS, SITE_ADJECTIVES, SITES, SOLDIERS, UNNAMED_DOERS
from graphx.extract.words import (
    BE,
    BOUNDARY,
    COUNT_WORDS,
    DETERMINERS,
    DIRECTIONS,
    FIGHTER_NOUNS,
    FORCES,
    PLACE_PREPS,
    PREPOSITIONS,
    PROJECTILES,
    RECIPROCAL,
    SECURITY,
    SPEECH,
    TAKING,
    VICTIMS,
)
from graphx.lexicon import Cue

# fighters of no named side: "strikes on militia in Sudan", "on Iran-backed groups in Syria"
UNNAMED_ARMED = frozenset({"militia", "militias", "gangs", "cells", "groups", "factions", "proxies"})
GROUND_OF = frozenset({"territory", "soil", "land", "airspace", "waters"})  # "using Afghan territory"

# participles between an attack and its doer: "an attack claimed by X", "a raid carried out by X"
AGENT_PARTICIPLES = (["claimed"], ["carried"], ["launched"], ["staged"], ["mounted"], ["conducted"], ["perpetrated"])
PASSIVE_BE = frozenset({"was", "were", "is", "are", "been"})
ARMS = frozenset({"weapons", "arms", "ammunition", "munitions", "missiles", "drones", "tanks", "jets", "equipment"})
AGENT_PREDICATE_WINDOW = 12  # how far after an attack's noun its 'was carried out by' may stand
VICTIM_WINDOW = 4  # words between the verb and its victims' nationality: "killed at least five Nigerien soldiers"
ADJECTIVE_RUN = 6  # words between an article and its conflict noun: "the systematic, unjustified and barbaric"
SITE_WINDOW = 5  # words between "on" and the owner of the site: "on the Al Udeid US airbase"
KILLING = (["killed"], ["wounded"], ["injured"], ["targeted"])  # "an attack that killed ..."
WARS_AGAINST = frozenset({"invasion", "aggression", "occupation"})  # owned, "in Y" is against Y
WARS_IN = frozenset({"war", "invasion", "offensive", "aggression", "occupation"})  # "X's war in Y": fought in Y

FIRED_AT = frozenset({"at", "into", "on", "toward", "towards"})
INSIDE: frozenset[str | None] = frozenset({"inside", "into", "across"})
SITE_PREPS = PLACE_PREPS | {"near"}  # where a struck site lies: "a depot in Y", "near Y's airport"
CLAIMED = (("claimed", "by"), ("carried", "out", "by"))  # "the attack, claimed by X, killed ..."
OWNER_PRONOUNS = frozenset({"their", "its"})
LEADER_TITLES = frozenset({"president", "pm", "premier", "prime", "chancellor", "leader", "king", "emir", "minister"})
REPELLING = frozenset({"repel", "repulse", "fend off", "beat back", "drive back"})  # "repelled an attack by X"
USED_BY = frozenset(
    {("used", "by"), ("linked", "to"), ("held", "by"), ("controlled", "by"), ("run", "by"), ("belonging", "to")}
)


def unnamed_objects(r: Reader, end: int, subject: list[Mention], cue: Cue) -> list[Mention]:
    """The other side of a conflict verb whose object names no actor: the state of the sites attacked ('attacked
    positions in eastern Ukraine') or of the ground taken ('seized swathes of land in eastern DRC'), the owner of
    'its' positions, the side repelled, 'us'."""
    if cue.base in TAKING:
        return sites_in(r, end, taken=True)
    return sites_in(r, end) or pronoun_owners(r, end, subject) or repelled(r, end, cue) or first_person(r, end)


def unnamed_fighters(low: list[str], j: int) -> bool:
    """Whether the target starting at j is fighters of no named side: 'strikes on (Wagner-backed) militia in Sudan',
    'raids on militants in Y' (Y is where they are, not whom they fight for)."""
    k = j
    while k < min(len(low), j + 4) and low[k] not in FIGHTER_NOUNS and low[k] not in UNNAMED_ARMED:
        if low[k] in (",", ";", "in", "inside") or low[k] in SITES:
            return False
        k += 1
    head = k < len(low) and (low[k] in FIGHTER_NOUNS or low[k] in UNNAMED_ARMED)
    if not head or (k + 1 < len(low) and low[k + 1] in SITES):
        return False  # not "militant hideouts in Y": Y's ground
    joined = low[k + 1 : k + 5]  # "strikes against militants and army positions in Syria": the sites are Syria's
    return not ("and" in joined and any(w in SITES for w in joined))


def sites_in(r: Reader, end: int, taken: bool = False) -> list[Mention]:
    """The state whose sites a conflict verb's object names: 'struck targets in southern Lebanon', 'shelled villages
    in X' (a group based there and named beside it takes its place, as for nouns); with `taken`, ground too: 'seized
    swathes of land in eastern DRC'."""
    s = r.s
    j = end + (s.low[end : end + 1] == ["deep"])
    if s.low[j : j + 1] in (["inside"], ["into"], ["across"]):  # "struck deep inside Russian territory"
        return [m for m in r.right_objects(j, INSIDE, window=4) if m.prep in INSIDE][:1]
    j = _past_site_modifiers(s.low, j)
    if taken and j < len(s.low) and s.low[j] in GROUND:
        j += 2 if s.low[j + 1 : j + 3] in (["of", "land"], ["of", "territory"]) else 0  # "swathes of land"
    elif j >= len(s.low) or s.low[j] not in SITES:
        return []
    users = site_users(r, j)  # "struck sites linked to the Houthis": theirs
    if users:
        return users
    objects = r.right_objects(j + 1, SITE_PREPS, window=5)
    places = [m for m in objects if m.prep in PLACE_PREPS or near_inside(s.low, m)][:1]
    if places and tuple(s.low[places[0].end : places[0].end + 2]) in USED_BY:
        # "struck targets in Iraq used by Iran-backed militias": the users are the other side, not the host state
        return []
    return places


def names_ground(low: list[str], mention: Mention) -> bool:
    """Whether a state's name only says whose ground follows: 'Afghan territory', 'Syrian airspace'."""
    return bool(low[mention.end : mention.end + 1]) and low[mention.end] in GROUND_OF


def infinitive_subject(r: Reader, pos: int, subject: list[Mention]) -> list[Mention]:
    """The doer of 'to VERB' after a main verb's object: the object ('armed Y to fight Z', 'supplied Y with weapons
    to attack Z'), not the main subject; the subject stands when no actor comes between."""
    s = r.s
    if pos >= 2 and s.low[pos - 1] == "from" and s.low[pos].endswith("ing") and subject:
        kept = [m for m in s.mentions if subject[-1].end <= m.start and m.end < pos - 1 and m.prep is None]
        return kept[-1:]  # "stop the rebels from fighting the regime": the rebels fight, named or not
    if subject and enabled_others(s.low, subject[-1].end, pos):
        return []  # "accused Y of allowing armed groups to operate from its soil and attack Z": the groups attack
    if pos < 2 or s.low[pos - 1] != "to" or not subject:
        return subject
    if all(names_ground(s.low, m) for m in subject):
        # "Israel used Syrian airspace to strike Iran": the user of the ground, not the ground, strikes
        main, pronoun = r.main_subject(subject[0].start)
        return [m for m in main if m.end <= subject[0].start] if pronoun is None else []
    armed = any(w in ARMS for w in s.low[subject[-1].end : pos])  # "sent weapons to Ukraine to fight Russia"
    between = [
        m
        for m in s.mentions
        if subject[-1].end <= m.start < m.end < pos
        and (m.prep is None or (armed and m.prep == "to"))  # a direct object; "sent troops into Syria to fight"
        and not m.possessive  # names a place
        and m.actor not in {a.actor for a in subject}
    ]
    if not between or any(w in (",", ";") or w in SPEECH for w in s.low[between[-1].end : pos]):
        return subject
    if any(w in FIGHTER_NOUNS or w in UNNAMED_DOERS for w in s.low[between[0].end : pos]):
        return []  # "accuses Y of failing to expel terrorists using Y's territory to launch attacks": the terrorists
    return r.group(between[0], leftward=False, free=True)


def and_joined(r: Reader, listed: list[Mention], preps: frozenset[str]) -> list[Mention]:
    """The target after a conflict noun and the actors joined to it by 'and' ('strikes against the PKK and the
    YPG'); not a list that runs on past a comma ('its invasion of Ukraine, the US and the EU have ...')."""
    s = r.s
    if not listed or listed[0].prep not in preps:
        return []
    kept = [listed[0]]
    for mention in listed[1:]:
        j = mention.start - 1
        while j > kept[-1].end and s.low[j] in DETERMINERS:
            j -= 1
        if j != kept[-1].end or s.low[j] != "and":
            break
        kept.append(mention)
    return kept


# what is fired at a target: projectiles, and fire named by its rounds ("fired warning shots at Y's soldiers")
FIRED = PROJECTILES | frozenset({"shots", "rounds", "artillery", "bullets"})  # not "fired a salvo at": words too
FIRED_REACH = 6  # words from "fired" to what was fired: "fired about 1,000 Katyusha rockets"


def fired_at(r: Reader, end: int) -> list[Mention]:
    """The target of 'fire' with what was fired named after it: 'fired 50 drones at Y', 'fired rockets into Y'."""
    s = r.s
    fired = next((j for j in range(end, min(len(s.low), end + FIRED_REACH)) if s.low[j] in FIRED), None)
    if fired is None:
        return []
    return [o for o in r.right_objects(fired + 1, FIRED_AT, window=5) if o.prep in FIRED_AT]


def claimant(r: Reader, pos: int, attacks: frozenset[str]) -> list[Mention]:
    """Who carried out the attack noun heading a clause, by the participle after it: 'The attack, claimed by X, killed
    ...', 'the bombing, carried out by X, wounded ...'."""
    s = r.s
    k = pos - 1 - (pos > 0 and s.low[pos - 1] == ",")
    mention = s.by_end.get(k + 1)
    if mention is None or mention.prep != "by":
        return []
    by = mention.start - 1 - (s.low[mention.start - 1] in DETERMINERS)
    for words in CLAIMED:
        first = by - len(words) + 1
        if first >= 2 and tuple(s.low[first : by + 1]) == words and s.low[first - 1] == ",":
            return [mention] if s.low[first - 2] in attacks else []
    return []


def pronoun_owners(r: Reader, end: int, subject: list[Mention]) -> list[Mention]:
    """The victims 'their' stands for in a verb's object: 'Five Y soldiers were killed when X ambushed their
    convoy' (the state named before the subject with its soldiers or troops), or the state whose claim it is
    ('Pakistan said X attacked its border posts')."""
    s = r.s
    if s.low[end : end + 1] and s.low[end] not in OWNER_PRONOUNS:
        return []
    j = end + 1
    while j < len(s.low) and s.low[j] in SITE_ADJECTIVES:
        j += 1
    if j >= len(s.low) or s.low[j] not in OWN_TARGETS or not subject:
        return []
    doers = {m.actor for m in subject}
    named = [
        m
        for m in s.mentions
        if m.end < subject[0].start
        and m.actor not in doers
        and m.prep is None
        and s.low[m.end : m.end + 1]
        and s.low[m.end] in SOLDIERS
    ][:1]
    if named or s.low[end] != "its":
        return named
    speakers = [m for m in r.reporting_speaker(subject[0].start) if m.actor not in doers and not m.person]
    told = speakers and any(speakers[0].end <= m.start < subject[0].start for m in s.mentions)  # "told Y that"
    return [] if told else speakers[:1]  # "X said Y attacked its posts"


def joined_run(r: Reader, first: Mention) -> list[Mention]:
    """'targeted Syrian, Iranian positions', 'killing two Hezbollah and one Iranian fighter': the actors joined to an
    object by commas or 'and' that share the noun after the last of them (a site, a force or its fighters)."""
    s = r.s
    run = [first]
    k = first.end
    while k < len(s.low) and s.low[k] in (",", "and"):
        j = k + 1
        while j < len(s.low) and (s.low[j].isdigit() or s.low[j] in COUNT_WORDS or s.low[j] in DETERMINERS):
            j += 1
        joined = s.by_start.get(j)
        if joined is None:
            break
        run.append(joined)
        k = joined.end
    shared = k < len(s.low) and (s.low[k] in SITES or s.low[k] in VICTIMS or s.low[k] in FIGHTER_NOUNS)
    return run if len(run) > 1 and shared else [first]


def protested(r: Reader, end: int) -> None:
    """'X lodged a protest over unprovoked shelling by Y's forces', 'X summoned Y's envoy over firing by Y's troops':
    the doer of the fighting a protest is about fought the protester."""
    s = r.s
    doers = [m for m in r.agent_after(end, window=3) if m.prep == "by"][:1]
    if not doers or not (s.low[doers[0].end : doers[0].end + 1] and s.low[doers[0].end] in FORCES):
        return
    doer = doers[0].actor
    for found in list(r.out):
        if found.type == "criticism" and found.target == doer and found.source and found.source != doer:
            r.emit("conflict", None, None, (found.source, doer), "conflict.protested")


def is_leader(r: Reader, mention: Mention) -> bool:
    """Whether a mention names a state's leader: a known person, or a state's adjective before a leader's title
    ('Spanish PM'); a group's leader ('Hezbollah leader Nasrallah') may be struck."""
    low = r.s.low
    titled = mention.end < len(low) and low[mention.end] in LEADER_TITLES
    return (
        (mention.person or titled)
        and r.lex.actors.get(mention.actor) is not None
        and r.lex.actors[mention.actor].kind == "state"
    )


def repelled(r: Reader, end: int, cue: Cue) -> list[Mention]:
    """Who made the attack a side repelled: 'our troops repelled an attack by Boko Haram militants'."""
    s = r.s
    if cue.base not in REPELLING:
        return []
    attacks = r.lex.word_set("conflict", "nouns")
    noun = next((j for j in range(end, min(len(s.low), end + 4)) if s.low[j] in attacks), None)
    if noun is None or s.low[noun + 1 : noun + 2] != ["by"]:
        return []
    return [m for m in r.agent_after(noun + 1, window=4) if m.prep == "by"][:1]


def first_person(r: Reader, end: int) -> list[Mention]:
    """'"Boko Haram attacked our troops," said X': in a quotation, 'us' or 'our forces' are the speaker's; 'X said Y
    had attacked it': 'it' is the speaker."""
    s = r.s
    words = s.low[end : end + 2]
    if words[:1] == ["it"] and not s.quoted[end] and (words[1:] == [] or words[1] in REPORTED_IT_ENDS):
        return [m for m in r.reporting_speaker(end) if not m.person and not m.possessive][:1]
    if (
        not s.quoted[end - 1]
        or not words
        or not (words[0] == "us" or (words[0] == "our" and words[1:] and (words[1] in FORCES or words[1] in OUR_LAND)))
    ):
        return []
    return r.speaker(end - 1)


# what a speaker calls its own state's in a quotation: '"Russia attacked our cities," X said'
OUR_LAND = frozenset(
    {"country", "territory", "people", "cities", "city", "towns", "villages", "soil", "land", "nation", "citizens"}
    | {"civilians", "airspace", "borders", "border", "capital", "homeland"}
)
REPORTED_IT_ENDS = frozenset({",", ".", "with", "on", "in", "at", "near", "and", "overnight", "twice"})


DOER_PREPS = frozenset({"by", "from", "of"})
DOER_REACH = 10  # words from an attack to its doers: "by fighters from the ISIL-linked group, ISWAP"


def attack_by(r: Reader, pos: int, end: int) -> tuple[list[Mention], list[Mention]]:
    """Who made an attack named with 'by' after it, and the soldiers or civilians killed in it: 'Twelve Nigerian
    soldiers were killed in an attack by fighters from ISWAP' (ISWAP against Nigeria)."""
    s = r.s
    doers, targets = casualties.came_under(r, pos, end)  # "Israeli troops came under attack from Hezbollah"
    if doers:
        return doers, targets
    if s.low[end : end + 1] in AGENT_PARTICIPLES:  # "an attack claimed by ISWAP", "carried out by"
        end += 1 + (s.low[end + 1 : end + 2] == ["out"])
    if s.low[end : end + 1] != ["by"]:
        end = _predicate_agent(r, end)  # "an attack on a border post was carried out by X"
        if end < 0:
            return [], []
    doers = [m for m in r.right_objects(end, DOER_PREPS, window=DOER_REACH) if m.prep in DOER_PREPS]
    doers = [m for m in doers if m.prep == "by" or r.lex.is_group(m.actor)]
    if not doers:
        return [], []  # "an attack by gunmen from Mali": where they came from, not who they are
    before = pos - 1 - (pos > 1 and s.low[pos - 1] in SUSPECTED)  # "killed in a suspected attack by X"
    before -= before > 1 and s.low[before] in DETERMINERS
    if before < 1 or s.low[before] not in ("in", "during"):
        return doers[:1], []
    victims = [
        m
        for m in s.mentions
        if m.end <= before and m.prep is None and s.low[m.end : m.end + 1] and s.low[m.end] in VICTIMS
    ]
    return doers[:1], victims[:1]


def _predicate_agent(r: Reader, end: int) -> int:
    """Where the 'by' of 'was carried out by', 'were claimed by' stands, when that predicate follows the attack's
    own phrase in its clause ('An attack on an outpost on the border was carried out by X'), or -1."""
    s = r.s
    for j in range(end, min(len(s.low) - 2, end + AGENT_PREDICATE_WINDOW)):
        word = s.low[j]
        if word in BOUNDARY or word in (",", ":") or (r.verbish(j) and word not in PASSIVE_BE):
            return -1
        if word in PASSIVE_BE and s.low[j + 1 : j + 2] in AGENT_PARTICIPLES:
            k = j + 2 + (s.low[j + 2 : j + 3] == ["out"])
            return k if s.low[k : k + 1] == ["by"] else -1
    return -1


def owned_directly(s: Sentence, pos: int) -> bool:
    """Whether the noun at `pos` follows its owner with no article: 'Russia's war', 'its own war', 'Russian
    aggression' (not 'the war', whose owner a mention before it need not be)."""
    j = pos - 1
    while j >= 0 and s.low[j] in ("own", "full-scale", "brutal", "ongoing", "illegal", "unprovoked"):
        j -= 1
    return j >= 0 and s.low[j] not in ("the", "a", "an", "this", "that", "as")


def war_in(r: Reader, end: int, owners: list[Mention]) -> list[Mention]:
    """The state a state's war is waged in: 'Russia's war in Ukraine', 'its invasion in eastern Ukraine' (not a
    group's war in its own base state, which 'the war in Sudan' leaves open)."""
    s = r.s
    j = end + 1
    while j < len(s.low) and (s.low[j] in DETERMINERS or s.low[j] in DIRECTIONS):
        j += 1
    place = s.by_start.get(j)
    if place is None or place.possessive or kind(r, place.actor) != "state":
        return []
    if any(kind(r, o.actor) != "state" or o.actor == place.actor for o in owners):
        return []
    return [place]


def noun_before(r: Reader, pos: int, cue: Cue) -> bool:
    """Whether a conflict cue is a noun by what stands before it: an article ('the systematic attacks') or an actor
    after a preposition ('damaged in Russian attack on Odesa')."""
    return noun_after_article(r, pos) or noun_after_owner(r, pos, cue)


OWNER_PREPS = frozenset({"in", "during", "amid", "after", "following", "by", "from", "of", "under"})


def noun_after_article(r: Reader, pos: int) -> bool:
    """'said the terrorist attack was not on Y alone', 'the systematic and barbaric attacks by Y': a conflict noun
    after an article and its modifiers, not a verb ('the rebels attack' keeps its subject: a plural of fighters or
    an actor before the word)."""
    s = r.s
    if pos < 2 or s.low[pos] not in r.lex.word_set("conflict", "nouns"):
        return False
    j = pos - 1
    while (
        j > 0
        and pos - j <= ADJECTIVE_RUN
        and s.low[j] not in ("the", "a", "an")
        and (s.low[j] in (",", "and") or _modifier(r, j))
    ):
        j -= 1  # "the systematic, unjustified and barbaric attacks"
    return j < pos - 1 and s.low[j] in ("the", "a", "an") and _modifier(r, pos - 1)


def noun_after_owner(r: Reader, pos: int, cue: Cue) -> bool:
    """'damaged in Russian attack on Odesa', 'killed during Israeli raid': the bare form after an actor that follows a
    preposition is a noun (a verb after one actor would take -s)."""
    s = r.s
    owner = s.by_end.get(pos)
    if owner is None or s.low[pos] != cue.base or owner.start < 1:
        return False
    return s.low[owner.start - 1] in OWNER_PREPS and s.low[pos] in r.lex.word_set("conflict", "nouns")


def _modifier(r: Reader, j: int) -> bool:
    """A plain word that can modify a conflict noun: not an actor, a fighter or a force ('the rebels attack')."""
    word = r.s.low[j]
    plain = word.isalpha() and word not in PREPOSITIONS and word not in BE  # "are under attack": no modifier
    return plain and j not in r.s.by_start and j + 1 not in r.s.by_end and word not in FIGHTER_NOUNS | SECURITY


def relative_victims(r: Reader, end: int) -> list[Mention]:
    """The victims a relative clause after an attack names: 'an attack that killed five Nigerien soldiers'."""
    s = r.s
    j = end + (s.low[end : end + 1] == [","])
    if s.low[j : j + 1] not in (["that"], ["which"]) or s.low[j + 1 : j + 2] not in KILLING:
        return []
    near = [m for m in s.mentions if j + 2 <= m.start <= j + 2 + VICTIM_WINDOW]
    return [m for m in near if victims_after(r, m)][:1]


def users_of_sites(r: Reader, end: int) -> list[Mention]:
    """Who uses the sites a verb's object names: 'struck (military) sites linked to the Houthis'."""
    j = _past_site_modifiers(r.s.low, end)
    return site_users(r, j) if j < len(r.s.low) and r.s.low[j] in SITES else []


def _past_site_modifiers(low: list[str], j: int) -> int:
    """Where the noun of a site phrase starting at j stands: past articles, counts and 'military', 'oil', ..."""
    while j < len(low) and (low[j] in DETERMINERS or low[j].isdigit() or low[j] in SITE_ADJECTIVES):
        j += 1
    return j


def site_users(r: Reader, site: int) -> list[Mention]:
    """Who uses the sites named at `site`: 'sites linked to Houthi rebels', 'targets used by Iran-backed militias'
    (the first user, with the list it heads)."""
    low = r.s.low
    if tuple(low[site + 1 : site + 3]) not in USED_BY:
        return []
    k = site + 3 + (low[site + 3 : site + 4] == ["the"])
    user = r.s.by_start.get(k)
    return r.group(user, leftward=False, free=True) if user is not None else []


def owned_site(r: Reader, end: int) -> Mention | None:
    """The actor whose site an attack 'on' hits, named as an adjective before the site's noun: 'on Al Udeid US
    airbase in Doha', 'on a Russian military base in Syria', or the guest whose troops it houses: 'on military bases
    hosting Turkish troops in Iraq'."""
    s = r.s
    if s.low[end : end + 1] not in (["on"], ["against"]):
        return None
    for j in range(end + 1, min(len(s.low), end + 1 + SITE_WINDOW)):
        mention = s.by_start.get(j)
        if s.low[j] in SITES:
            users = site_users(r, j)  # "against sites linked to Houthi rebels"
            if users:
                return users[0]
            if s.low[j + 1 : j + 2] in (["hosting"], ["housing"]):  # "on bases hosting Turkish troops"
                return _troops_owner(r, j + 2)
        if mention is not None:
            k = mention.end
            while k < len(s.low) and s.low[k] in SITE_ADJECTIVES:
                k += 1
            return mention if k < len(s.low) and s.low[k] in SITES and not mention.possessive else None
        if s.low[j] in BOUNDARY or (s.low[j] in PREPOSITIONS and j > end + 1):
            return None
    return None


def _troops_owner(r: Reader, k: int) -> Mention | None:
    """The actor named at k when troops follow it: 'Turkish troops'."""
    guest = r.s.by_start.get(k)
    return guest if guest is not None and guest.end < len(r.s.low) and r.s.low[guest.end] in SOLDIERS else None


def owns_force(r: Reader, mention: Mention) -> bool:
    """Whether a possessive names the owner of sites or soldiers: 'Y's positions', 'Y's border posts', 'Y's troops'
    (but 'attacked Y's army for its conduct' is words)."""
    owned = r.s.low[mention.end + 1 : mention.end + 4]
    if group_of_home(r, mention) is not None:
        return True  # "attacked Russia's Wagner fighters", "the SNA's Third Legion": an armed group it has
    return any(w in HELD or w in SOLDIERS for w in owned) and "for" not in r.s.low[mention.end + 1 : mention.end + 6]


def reciprocal(low: list[str], end: int) -> bool:
    """Whether 'each other' or 'one another' follows the noun's preposition: 'war against each other'."""
    return low[end : end + 1] in (["against"], ["with"], ["on"]) and tuple(low[end + 1 : end + 3]) in RECIPROCAL
