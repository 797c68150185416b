"""What looks like fighting and is not: a conflict verb said of words, deals or tariffs ('Trump shot down Iran's
proposal', 'X clashed with Y over fishing rights'); a person's verbal attack, which is criticism ('Macron attacked
Putin's policy'); objects that are no side (an ally's support, civilians, an airliner); a crowd, not a state,
storming an embassy."""

from __future__ import annotations

from graphx.extract.clauses import Reader
from graphx.extract.context import ATTACK_WORDS
from graphx.extract.mentions import Mention
from graphx.extract.strikes import is_leader
from graphx.extract.war_words import (
    BORDER_CROSSERS,
    BORDER_WORDS,
    CRAFT,
    FIGHTING_ADJECTIVES,
    HELD,
    NEUTRALISED,
    NEUTRALISED_REACH,
    NEUTRALISING,
    OUTBREAK_VERBS,
    POWER_PLACES,
    SITES,
    SOLDIERS,
    WARFARE,
)
from graphx.extract.words import (
    BE_STRICT,
    BOUNDARY,
    CONNECTORS,
    COUNT_WORDS,
    DETERMINERS,
    DIPLOMATS,
    FIGHTER_NOUNS,
    FORCES,
    HITTING,
    NOT_MILITARY,
    PARAMILITARY,
    PHYSICAL_ONLY,
    PLACE_PREPS,
    PREPOSITIONS,
    SECURITY,
    TAKING,
    VERBAL_ADVERBS,
    VERBAL_ATTACK,
)
from graphx.lexicon import Cue

UNNAMED_OPPONENTS = PARAMILITARY | frozenset(
    {"terrorists", "jihadists", "extremists", "gangs", "bandits", "militias", "fighters", "insurgents", "separatists"}
    | {"militants", "gunmen", "rebels", "guerrillas", "attackers"}
    | {"junta", "regime", "army", "military"}  # "the KIA and the Arakan Army fought the junta": allies against it
)

RETALIATING = frozenset({"retaliate against", "retaliate for"})  # fighting only where arms, not trade, are said
RETALIATED_WITH = 8  # words after "retaliated against Y" where its means are said: "with tariffs on US goods"
DIPLOMATIC_MOVES = DIPLOMATS | {"expelled", "expelling"}  # "retaliated by expelling Y's diplomats"
SUPPORT_WORDS = frozenset({"alongside", "support", "behalf"})  # a cheap test before the phrases are looked for
SUPPORT_PHRASES = (["in", "support", "of"], ["on", "behalf", "of"])  # "bombed Aleppo in support of Syrian forces"
ROWING = frozenset({"clash", "fight", "battle", "spar"})  # verbs news also uses of a row
CROWDS = frozenset({"protesters", "protestors", "demonstrators", "rioters", "crowd", "crowds", "mob", "mobs"})
CONDUCT_WINDOW = 4  # words between a verb and the conduct it attacks: "attacked the irrational behaviour of"
EXERCISES = frozenset({"drills", "drill", "exercises", "exercise", "manoeuvres", "maneuvers", "wargames"})
EXERCISE_REACH = 20  # words from a verb to the drills it was part of: "fired rockets towards Taiwan and ... during"
EXERCISE_WORDS = 6  # "during the large - scale military drills"
# what may stand between "during" and the drills
EXERCISE_MODIFIERS = frozenset({"large", "scale", "joint", "military", "naval", "live-fire", "annual", "major", "new"})
STRUCK_ENDS = frozenset({"over", "about", "for", "after", "while", "when", ","})  # past what was struck: a reason
PHYSICAL_REACH = 5  # words after a verb that may name what it physically struck: "attacked Ukraine's energy grid"
CONDUCT_NOUNS = frozenset(
    {
        "behaviour",
        "behavior",
        "remarks",
        "comments",
        "statement",
        "statements",
        "policy",
        "policies",
        "rhetoric",
        "stance",
        "record",
        "words",
        "conduct",
        "attitude",
    }
)
# verbs that are fighting only when their object is an armed side, not its words: "battled Y's troops", not "battled
# Y's disinformation"; "beat back Ukrainian forces", not "beat back Ukrainian calls for talks"
FORCE_ONLY = frozenset({"battle", "fend off", "beat back", "drive back", "rout", "encircle", "dislodge"})
# what a side may be said to fend off, beat back or drive back besides its men: "beat back an IMU advance"
REPELLED_ACTS = frozenset(
    {"attack", "attacks", "assault", "assaults", "raid", "raids", "offensive", "offensives", "advance", "advances"}
    | {"incursion", "incursions", "onslaught", "counterattack", "counteroffensive", "infiltration"}
)
STRUGGLES = frozenset({"fight", "combat"})  # verbs of a struggle that may be against no armed side
# what a state's name may head that a struggle is against, short of war: "fight Russian disinformation"
NOT_ARMED = frozenset(
    {"disinformation", "misinformation", "propaganda", "influence", "corruption", "interference", "meddling"}
    | {"espionage", "narratives", "narrative", "lies", "claims", "tariffs", "dumping", "imports", "policies"}
    | {"policy", "sanctions", "drugs", "trafficking", "smuggling", "cybercrime", "hacking", "extremism"}
)
HELP = frozenset({"support", "backing", "help", "assistance", "aid"})  # "with French (military) support"
HELP_KINDS = frozenset({"military", "air", "logistical", "financial"})  # "with French military support"
DOWNING = frozenset({"shoot down", "down"})
ACCIDENTAL = frozenset({"mistakenly", "accidentally", "inadvertently", "unintentionally", "erroneously"})
MISTAKE_REACH = 8  # words after the verb where "by mistake" may stand: "hit Turkish territory by mistake"
PASSIVE_SUBJECT_SPAN = 10  # words before a passive verb where its subject's head may stand
CIVIL_AIRCRAFT = frozenset({"airliner", "passenger", "civilian", "commercial", "cargo"})  # shot down, yet no war
# the people whom an assault by a state's agents leaves no war: "coast guards assaulted Vietnamese fishermen"
CIVILIANS = frozenset(
    {"fishermen", "civilians", "protesters", "demonstrators", "journalists", "migrants", "workers", "tourists"}
    | {"worshippers", "worshipers", "residents", "students", "detainees", "prisoners", "women", "children"}
)


def war_objects(r: Reader, end: int, verb: str, objects: list[Mention]) -> list[Mention]:
    """The objects of a conflict verb that make it an act of war: not an ally's help ('retook the town with French
    military support'), not civilians ('assaulted ten Vietnamese fishermen'), not a civil aircraft ('shot down a
    Ukrainian airliner')."""
    low = r.s.low
    objects = [o for o in objects if not (o.prep == "with" and _help_after(low, o.end + o.possessive))]
    objects = [o for o in objects if "over" not in low[end : o.start]]  # "fought over the republics of A and B"
    allies = _supported(r, end)  # "bombarded Aleppo in support of Syrian government forces": Syria is the ally
    objects = [o for o in objects if o.actor not in allies]
    if verb in DOWNING and any(w in CIVIL_AIRCRAFT for w in low[end : end + 5]):
        return []
    if verb in TAKING and any(w in CIVILIANS for w in low[end : end + 3]):
        return []  # "the navy captured 58 fishermen": an arrest at sea, not a battle
    if verb == "assault":
        return [o for o in objects if not (low[o.end : o.end + 1] and low[o.end] in CIVILIANS)]
    if verb in FORCE_ONLY:
        armed = any(w in FORCES or w in FIGHTER_NOUNS for w in low) or any(
            r.lex.is_group(m.actor) for m in r.s.mentions
        )
        acts = REPELLED_ACTS if verb in ("fend off", "beat back", "drive back") and armed else frozenset()
        return [o for o in objects if _armed_side(r, o) or _head_after(low, o) in acts]
    if verb in STRUGGLES:  # "fights Russian disinformation", "combat Chinese influence": no war
        return [o for o in objects if _head_after(low, o) not in NOT_ARMED]
    return objects


def _supported(r: Reader, end: int) -> set[str]:
    """The actors a clause after a conflict verb says its doers fight for: 'in support of Y's forces', 'on behalf of
    Y', 'alongside Y's troops'."""
    low, allies = r.s.low, set[str]()
    if SUPPORT_WORDS.isdisjoint(low):
        return allies
    for k in range(end, len(low)):
        if low[k] == "alongside" or low[k - 2 : k + 1] in SUPPORT_PHRASES:
            head = r.s.by_start.get(k + 1 + (low[k + 1 : k + 2] == ["the"]))
            allies |= {head.actor} if head is not None else set()
    return allies


def _head_after(low: list[str], mention: Mention) -> str:
    """The word a mention heads: 'disinformation' in "Russian disinformation", "Russia's disinformation"."""
    j = mention.end + mention.possessive
    return low[j] if j < len(low) else ""


def _help_after(low: list[str], j: int) -> bool:
    """Whether help follows a 'with' actor: 'with French support', 'with Rwanda's backing', 'with French military
    support' (but 'clashed with the Myanmar military' is fighting it)."""
    k = j + (j < len(low) and low[j] in HELP_KINDS)
    return k < len(low) and low[k] in HELP


def _armed_side(r: Reader, mention: Mention) -> bool:
    """Whether a mention names an armed side itself, not something of it: 'Y', 'Y's troops', 'Ukrainian forces'."""
    head = _head_after(r.s.low, mention)
    return not head.isalpha() or head in FORCES or head in FIGHTER_NOUNS or head in PREPOSITIONS or head in CONNECTORS


def in_words(r: Reader, pos: int, end: int, verb: str, subject: list[Mention]) -> bool:
    """Whether a conflict verb is said of words, deals or tariffs (`not_fighting`); a person's attack on another is
    criticism ('Macron attacked Putin's policy')."""
    if not not_fighting(r, pos, end, verb, subject):
        return False
    in_person = all(m.person and m.end <= pos for m in subject)  # not a speaker named after it
    if verb == "attack" and (in_person or attacked_for_words(r.s.low, end)):
        verbal_attack(r, subject, r.right_objects(end, frozenset({None, "of"}), window=6))
    return True


FOR_REACH = 22  # words from "attacked" to the "for" of its reason: "attacked leaders of A, B, C, D and E for what"
# what an attack is for when it is one in words: "attacked Y for what she called", "for its remarks"
WORDS_FOR = frozenset({"what", "remarks", "comments", "statements", "stance", "position", "lack", "failure", "saying"})
WORDS_FOR |= frozenset({"calling", "criticising", "criticizing", "raising", "questioning", "interfering", "meddling"})


def attacked_for_words(low: list[str], end: int) -> bool:
    """Whether an attack is given a reason in words: 'attacked leaders of A and B for what she claims was a lack of
    understanding', 'attacked Y for its remarks' (not 'attacked Y for the third time')."""
    for k in range(end, min(len(low), end + FOR_REACH)):
        if low[k] in (".", ";"):
            return False
        if low[k] == "for":
            return any(w in WORDS_FOR for w in low[k + 1 : k + 4])
    return False


def _ends_object(low: list[str], k: int) -> bool:
    """Whether the object noun phrase ends before `k`: at the sentence's end, a mark or a preposition."""
    return k >= len(low) or not low[k].isalpha() or low[k] in PREPOSITIONS


def _trade_or_diplomacy(low: list[str], end: int, verb: str) -> bool:
    """Whether a taking or a retaliation is of trade or diplomacy, no war: 'the EU seized Russian assets', 'China
    retaliated against US tariffs', 'retaliated by expelling Y's diplomats'."""
    if verb in TAKING:
        return any(w in NOT_MILITARY for w in low[end : end + 4])
    if verb not in RETALIATING:
        return False
    military = any(w in WARFARE or w in ATTACK_WORDS for w in low)  # "retaliated against Y with missile strikes"
    return not military or any(w in NOT_MILITARY or w in DIPLOMATIC_MOVES for w in low[end : end + RETALIATED_WITH])


def not_fighting(r: Reader, pos: int, end: int, verb: str, subject: list[Mention]) -> bool:
    """A verb said of words, deals or tariffs, or a participle after an operation: no fighting by its subject."""
    low = r.s.low
    if (pos and (low[pos - 1] in VERBAL_ATTACK or low[pos - 1] in CONDUCT_NOUNS)) or _sank_no_vessel(low, end, verb):
        return True  # "mounted an excoriating attack on Y", "X's comments strike at Y's dignity": words
    if (verb in PHYSICAL_ONLY or verb in HITTING) and all(m.person for m in subject):
        # "Macron attacked Putin's policy" is a verbal attack; "Putin attacked Ukraine's energy infrastructure" is not
        words = low[end : end + PHYSICAL_REACH]
        words = words[: next((k for k, w in enumerate(words) if w in STRUCK_ENDS), len(words))]  # "over the warships"
        craft = any(w in CRAFT and _ends_object(low, end + k + 1) for k, w in enumerate(words))
        return not (craft or any(w in HELD or w in SOLDIERS for w in words))  # "attacked a UN helicopter near Y"
    if verb in HITTING and (any(w in NOT_MILITARY for w in low[end : end + 5]) or low[end : end + 1] == ["back"]):
        return True  # "X struck a deal with Y", "X hit Y with tariffs", "X struck back at critics"
    if _trade_or_diplomacy(low, end, verb):
        return True  # "the EU seized Russian assets", "China retaliated against US tariffs"
    over = next((k for k in range(end, min(len(low), end + 6)) if low[k] == "over"), None)
    if verb.split()[0] in ROWING and over is not None and any(w in NOT_MILITARY for w in low[over + 1 : over + 4]):
        return True  # "X clashed with Y over fishing rights", "fought with Y over the wording": a row
    if verb.split()[0] in ROWING and said_in_words(low, pos, end):
        return True  # "X publicly clashed with Y": words
    if (verb in PHYSICAL_ONLY or verb == "assault") and (_conduct_object(low, end) or attacked_for_words(low, end)):
        return True  # "Venezuela attacked the irrational behaviour of Brazilian diplomats", "attacked Y for its words"
    if in_exercises(low, end) or _advocacy(low, end):
        return True  # "fired rockets towards Taiwan during the war games": a drill; "fighting for Y's interests"
    if low[pos] in NEUTRALISING:  # "neutralised 15 terrorists" is fighting; "neutralise Y's influence" is not
        objects = low[end : end + NEUTRALISED_REACH]
        return not any(w in NEUTRALISED or w in FIGHTER_NOUNS or w in FORCES for w in objects)
    if verb in HITTING and low[pos].endswith("ing"):  # "operations targeting Y in Z": the noun's owner acts,
        if not _progressive(low, pos):
            return True  # not "X is striking", ", striking", "X started striking Y"
        return any(
            w in NOT_MILITARY for w in low[max(0, pos - HIT_CONTEXT) : pos + HIT_CONTEXT]
        )  # "tariffs are hitting"
    return False


def _sank_no_vessel(low: list[str], end: int, verb: str) -> bool:
    """Whether 'sink' sank no warring side's vessel: 'the rouble sank', 'the vote sank the plan', 'sank fishing
    vessels caught poaching' (law enforcement)."""
    window = low[end : end + PHYSICAL_REACH + 1]
    return verb == "sink" and (VESSELS.isdisjoint(window) or "fishing" in window or "poaching" in low)


def _progressive(low: list[str], pos: int) -> bool:
    """Whether an -ing verb at `pos` follows an auxiliary, a comma or an aspectual verb, past adverbs between ('X is
    now also striking')."""
    k = pos - 1
    while k > 0 and (low[k] in STEP_ADVERBS or (low[k].endswith("ly") and low[k].isalpha())):
        k -= 1
    return k >= 0 and (low[k] == "," or low[k] in BE_STRICT or low[k] in ASPECTUAL)


def _advocacy(low: list[str], end: int) -> bool:
    """Whether a fight is for another's interests: 'fighting for Ukraine's interests against Russia at the UN'."""
    return low[end : end + 1] == ["for"] and "interests" in low[end + 1 : end + 5]


STEP_ADVERBS = frozenset({"also", "now", "still", "again", "already", "even"})  # "X is now also striking Y"
ASPECTUAL = frozenset({"started", "starts", "start", "began", "begins", "begin", "continued", "continues", "resumed"})
HIT_CONTEXT = 6  # words around a progressive "hitting" that may say it is trade: "the new tariffs are hitting Y"


def in_exercises(low: list[str], end: int) -> bool:
    """Whether what a verb did was part of military exercises: '... during the large-scale war games', 'in drills'
    (not 'in response to drills')."""
    for k in range(end, min(len(low), end + EXERCISE_REACH)):
        if low[k] in BOUNDARY:
            return False
        if low[k] not in ("during", "in", "as"):
            continue
        for j in range(k + 1, min(len(low), k + EXERCISE_WORDS)):
            if low[j] in EXERCISES or low[j : j + 2] == ["war", "games"]:
                return True
            if not (
                low[j] in DETERMINERS or low[j] == "-" or low[j] in EXERCISE_MODIFIERS or low[j].endswith("-scale")
            ):
                break
    return False


def verbal_attack(r: Reader, critics: list[Mention], targets: list[Mention]) -> None:
    """An attack in words ('a scathing attack on Y', 'X's attacks on Y's prime minister') is criticism."""
    for critic in critics:
        for target in targets:
            if critic.actor != target.actor:
                r.emit("criticism", critic.actor, target.actor, (), "criticism.verbal_attack")


# what a side sinks: "sank a North Korean torpedo boat"
VESSELS = CRAFT | frozenset(
    {"boat", "boats", "ship", "ships", "submarine", "ferry", "frigate", "corvette", "destroyer", "tanker"}
    | {"gunboat", "gunboats", "warships", "vessels", "cruiser", "minesweeper"}
)
STRIKE_MODIFIERS = frozenset({"drone", "missile", "rocket", "air", "military", "armed", "terrorist", "suicide"})


def words_attacked(r: Reader, pos: int, targets: list[Mention]) -> bool:
    """Whether an attack noun at `pos` is one in words: on leaders ('Milei's attacks on Spanish PM Pedro Sanchez')
    or on conduct ('Morales' frequent assaults on U.S. policy'), not a drone or missile attack."""
    low = r.s.low
    if pos and low[pos - 1] in STRIKE_MODIFIERS:
        return False
    if all(_conduct_after(low, t) for t in targets):
        return True
    return low[pos] in ("attack", "attacks") and all(is_leader(r, m) for m in targets)


def _conduct_after(low: list[str], target: Mention) -> bool:
    """Whether an actor's name only qualifies its conduct after it: 'U.S. policy', 'Israel's policies'."""
    k = target.end + (target.possessive and target.end < len(low) and low[target.end] in ("'s", "’s", "'", "’"))
    return k < len(low) and low[k] in CONDUCT_NOUNS


def crowd_before(low: list[str], pos: int) -> bool:
    """Whether a crowd heads the verb at `pos`: 'protesters stormed', 'hundreds of angry demonstrators attacked'."""
    return any(w in CROWDS for w in low[max(0, pos - 2) : pos])


def _conduct_object(low: list[str], end: int) -> bool:
    """Whether a verb's object is someone's conduct or words, not a place or a force: 'attacked the behaviour of'."""
    for word in low[end : end + CONDUCT_WINDOW]:
        if word in SECURITY or word in SITES:
            return False
        if word in CONDUCT_NOUNS:
            return True
    return False


def civil_aircraft_downed(low: list[str], pos: int, verb: str) -> bool:
    """Whether a passive downing verb at `pos` says a civil aircraft was shot down: 'the airliner that crashed
    last week was shot down by Russia' (a tragedy, not a battle between the two)."""
    return verb in DOWNING and any(w in CIVIL_AIRCRAFT for w in low[max(0, pos - PASSIVE_SUBJECT_SPAN) : pos])


def a_row(low: list[str], pos: int, end: int) -> bool:
    """Whether what stands around a symmetric conflict verb makes it a row: 'clashed over the deportation of
    migrants', 'publicly clashed'."""
    over = "over" in low[end : end + 3] and any(w in NOT_MILITARY for w in low[end : end + 12])
    return over or said_in_words(low, pos, end)


def said_in_words(low: list[str], pos: int, end: int) -> bool:
    """Whether an adverb just before or after a conflict verb says it was words: 'publicly clashed', 'clashed
    verbally'."""
    return (pos > 0 and low[pos - 1] in VERBAL_ADVERBS) or any(w in VERBAL_ADVERBS for w in low[end : end + 2])


def crossers_at_border(r: Reader) -> bool:
    """Whether an X-Y pair names a border as a place where people who are neither state's forces act: 'a violent
    clash at the Poland-Belarus border ... by migrants'."""
    s = r.s
    if not any(w in BORDER_CROSSERS for w in s.low):
        return False
    return any(m.hyphen_pair is not None and m.end < len(s.low) and s.low[m.end] in BORDER_WORDS for m in s.mentions)


# what says a strike's place hosts the operation, not its enemy: "airstrikes in Y at the request of its government"
HOSTED = (
    ("in", "support", "of"),
    ("at", "the", "request", "of"),
    ("on", "behalf", "of"),
    ("with", "the", "consent", "of"),
)
# a purpose that hosts the operation only when what follows is the place's own or a coup: "to counter an attempted
# coup", "to support the Somali government" (not "to defend its sovereignty", "to counter terrorism")
PURPOSES = (("to", "support"), ("to", "help"), ("to", "counter"), ("to", "defend"))
COUPS = frozenset({"coup", "putsch", "mutiny", "coups"})
PURPOSE_REACH = 5  # words after the purpose verb where the place or the coup is named
HOSTED_REACH = 14  # words after the place where the hosting may be said: "in Y as part of a coordinated operation to"


def hosts_removed(r: Reader, targets: list[Mention]) -> list[Mention]:
    """The targets of a strike without a state named only as its place when the clause says the operation helps or
    was asked for there ('airstrikes in Benin as part of an operation to counter an attempted coup', 'strikes in
    Somalia in support of the Somali government'), and without the one helped ('in support of the Somali
    government'): the place hosts the operation."""
    return [t for t in targets if not (t.prep in PLACE_PREPS and _hosted_after(r, t)) and not _helped(r.s.low, t)]


def _hosted_after(r: Reader, place: Mention) -> bool:
    """Whether the clause after a strike's place says the operation helps or was asked for there: 'at the request of
    ...', 'in support of ...', or a purpose aimed at the place's own government or a coup ('to counter an attempted
    coup'); not 'to defend its sovereignty' or 'to counter Hezbollah'."""
    low = r.s.low
    window = low[place.end : place.end + HOSTED_REACH]
    words = window[: next((k for k, w in enumerate(window) if w in BOUNDARY or w == ";"), len(window))]
    if any(tuple(words[k : k + len(h)]) == h for h in HOSTED for k in range(len(words))):
        return True
    for k in range(len(words)):
        if any(tuple(words[k : k + len(p)]) == p for p in PURPOSES):
            aim = range(place.end + k + 2, min(len(low), place.end + k + 2 + PURPOSE_REACH))
            own = any((m := r.s.by_start.get(j)) is not None and m.actor == place.actor for j in aim)
            if own or any(low[j] in COUPS for j in aim):
                return True
    return False


def _helped(low: list[str], mention: Mention) -> bool:
    """Whether a mention is the one a hosting phrase names: 'in support of the Somali government', 'at the request
    of Benin'."""
    k = mention.start - (mention.start > 0 and low[mention.start - 1] in ("the", "its", "their"))
    return any(tuple(low[k - len(h) : k]) == h and h[-1] == "of" for h in HOSTED)


def not_a_verb(low: list[str], pos: int, cue: Cue) -> bool:
    """'the risk of attacking', 'stepped down', the 'down' of 'shot down' (read by its own cue): no conflict verb
    here; only 'downed' downs a plane; nor an act done by mistake ('mistakenly dropped bombs on Chinese
    territory', 'accidentally shelled')."""
    if ACCIDENTAL.intersection(low[max(0, pos - 2) : pos]) or _by_mistake(low, pos):
        return True
    if low[pos].endswith("ing") and pos and low[pos - 1] in ("of", "for", "against"):
        return True
    if low[pos].endswith("ing") and (
        (pos + 1 < len(low) and low[pos + 1] in OUTBREAK_VERBS) or (pos and low[pos - 1] in FIGHTING_ADJECTIVES)
    ):
        return True  # "fierce fighting broke out": a noun
    if (pos and low[pos - 1] in ("any", "every", "no")) or low[pos : pos + 2] in (["target", "for"], ["target", "of"]):
        return True  # "any attack on Belarus", "agreed a target for the disarmament of X": nouns
    if pos and (low[pos - 1].isdigit() or low[pos - 1] in COUNT_WORDS) and low[pos].endswith("s"):
        return True  # "244 raids blamed on Boko Haram": counted, a noun
    if cue.base in TAKING and low[pos + 1 : pos + 2] == ["power"] and low[pos + 2 : pos + 3] not in POWER_PLACES:
        return True  # "the Taliban seized power": a government taken ("seized power stations": places)
    return cue.base == "down" and low[pos] == "down"


OPPONENT_MODIFIERS = 2  # words before an unnamed opponent's noun: "Tuareg rebels", "suspected Islamist militants"


def against_unnamed(r: Reader, end: int) -> bool:
    """Whether a symmetric verb takes an unnamed armed opponent as its object: 'the coalition fighting rebels',
    'troops battling militants' (not each other)."""
    s = r.s
    j = end + (s.low[end : end + 1] in (["with"], ["against"]))  # "clashed with Tuareg rebels": allies too
    while j < len(s.low) and s.low[j] in DETERMINERS:
        j += 1
    for _ in range(OPPONENT_MODIFIERS):  # "Tuareg rebels", "suspected militants"
        if j + 1 >= len(s.low) or s.by_start.get(j) is not None or s.low[j] in UNNAMED_OPPONENTS:
            break
        if s.tokens[j][:1].isupper() or s.low[j] in ("suspected", "armed", "unidentified", "islamist"):
            j += 1
    return j < len(s.low) and s.by_start.get(j) is None and s.low[j] in UNNAMED_OPPONENTS


def _by_mistake(low: list[str], pos: int) -> bool:
    """Whether 'by mistake' follows the verb at `pos` in its own clause: 'hit Turkish territory by mistake' (not
    'shelled Y, hitting by mistake a village')."""
    after = low[pos + 1 : pos + MISTAKE_REACH]
    if "mistake" not in after:
        return False
    after = after[: after.index(",")] if "," in after else after
    return any(after[k : k + 2] == ["by", "mistake"] for k in range(len(after) - 1))
