"""Word tables of conflict news: how fighting breaks out and escalates, where it is fought, what a truce is
called, as named data (the general syntax words are in words.py)."""

from __future__ import annotations

from collections.abc import Sequence

from graphx.extract.mentions import Mention
from graphx.extract.tokens import base_in
from graphx.extract.words import BORDER_NOUNS, CEASEFIRE_VERBS, EVENT_ADJECTIVES, HYPHENS, PREPOSITIONS
from graphx.lexicon import word_set as _words

# a short verb group between a conflict noun and its "between" pair: "fighting broke out between X and Y",
# "the war that has raged between X and Y", "the conflict that year between X and Y"
OUTBREAK_VERBS = _words(
    "broke break breaks breaking erupted erupt erupts erupting flared flare flares flaring raged rage rages raging "
    "continued continue continues continuing resumed resume resumes resuming escalated escalate escalates "
    "intensified lasted lasts persisted"
)
OUTBREAK_WORDS = OUTBREAK_VERBS | _words(
    "out up renewed has have had been that which once again then this last year week month years weeks months "
    "decades going on underway happened happens occurred occurs took place dragged drags"
)
# adjectives before a fighting word that make it a noun with no subject: "fierce fighting broke out"
FIGHTING_ADJECTIVES = EVENT_ADJECTIVES | _words("fierce heavy intense sporadic bitter")
# verbs by which a rivalry turns into fighting, and the words before the fighting: "tensions between X and Y
# exploded into open fighting", "boiled over into all-out war"
ESCALATED = _words(
    "exploded explode explodes erupted erupt erupts escalated escalate escalates spiralled spiraled spiral spirals "
    "descended descend descends degenerated degenerate turned turn turns tipped boiled spilled spill spills"
)
ESCALATION_ADJECTIVES = (
    _words("open full scale all out armed outright deadly bloody violent fresh renewed a an") | HYPHENS
)
ERUPTED_IN = _words("erupted erupt erupts exploded explode explodes")  # "tensions ... erupted in violent clashes"
# adjectives between a side's possessive and its truce: "AA's informal ceasefire", "the junta's temporary truce"
TRUCE_ADJECTIVES = _words("informal formal temporary fragile unilateral new latest existing brief humanitarian")
# more verbs whose subject wages the conflict noun after them: "X relaunched an attack on Y"
MORE_AGENT_VERBS = frozenset({"relaunch", "renew", "press", "open", "push", "forge"})
# what carries such a verb on to its conflict noun: "pressed ahead with", "pushed on with"
CONTINUED = (["ahead", "with"], ["on", "with"], ["forward", "with"])
# participles that make the actor before them the one who holds a place: "the Armenian-controlled enclave",
# "Ukrainian-held positions", "areas of northern Syria controlled by the SDF"
CONTROL_WORDS = _words("controlled held occupied run ruled governed administered")
# nouns that make a "from" phrase the place an attack came from, not its agent: "attacked from Venezuelan shore"
ORIGIN_PLACES = _words(
    "shore shores side territory territories soil bank banks coast waters airspace direction border region area"
)
# people who are neither state's forces, at a border named as a place: "a clash at the X-Y border ... by migrants"
BORDER_CROSSERS = _words(
    "migrants migrant refugees refugee smugglers smuggler traffickers trafficker asylum-seekers asylum crossers "
    "poachers protesters demonstrators"
)
BORDER_WORDS = BORDER_NOUNS | _words("borders crossing")
# what a ceasefire is called when it is a document: "a ceasefire pact with Y", "a truce deal with Y"
TRUCE_DOCUMENTS = _words("pact deal agreement accord")
# verbs by which the two sides renew their truce: "X and Y reached a deal to revive a ceasefire"
TRUCE_RENEWING = frozenset({"extend", "renew", "revive", "restore"})
# words of trying, between two subjects and a truce verb, that make them mediators: "A and B sought to revive"
TRUCE_ATTEMPTS = frozenset(
    {"try", "seek", "work", "push", "help", "press", "urge", "bid", "effort", "efforts", "sought"}
)
# verbs by which a side keeps or breaks its own ceasefire with another: "X halted a ceasefire pact with Y"
TRUCE_PARTY_VERBS = CEASEFIRE_VERBS | _words(
    "agreed agrees signed signs reached reaches accepted accepts observed observes violated violates breached "
    "breaches halted halting halt halts suspended suspending suspend suspends extended extending extend extends "
    "implemented implementing implement implements broke break breaks breaking honoured honored honour honor "
    "respected respect scrapped scrap abandoned abandon ended ending end"
)
# places a state's territory is named as, where a group based there may be the real target: "attacks across Y"
TERRITORY_PREPS = _words("across in inside throughout")
TERRITORY_NOUNS = _words(
    "airport airports port ports city cities capital province provinces region regions town towns village villages "
    "suburbs outskirts harbour harbor governorate district districts"
)
# words after a conflict noun that make it foreseen, not fought: "a fresh attack on Y was very likely"
ONSET_VERBS = _words("be break erupt start begin")  # "a war ... would be", "could break out"
FORECAST = _words("likely unlikely possible imminent looming feared expected probable inevitable")
# what a strike hits when no actor is its object: "struck targets in Lebanon", "shelled villages in X"
SITES = _words(
    "positions position targets sites site bases base posts post villages towns cities areas infrastructure "
    "facilities installations airfield airfields outposts checkpoints depot depots refinery refineries airport "
    "airports port ports plant plants warehouse warehouses headquarters camp camps compound compounds airbase "
    "airbases hideouts hideout strongholds stronghold grid grids"
    " village town city area"  # one place: "seized a key town in eastern Congo"
)
# ground an armed side takes, named by where it lies: "seized swathes of land in eastern DRC"
GROUND = _words("land territory territories swathes swaths parts districts regions stretches chunks")
# what an "X-run" thing must be to be X's in war: ground it holds or an organ of its rule ("Houthi-run areas",
# "Hamas-run Gaza", "the Hamas-run health ministry"), not a business ("a Chinese-run oil field")
RUN_PLACES = (
    TERRITORY_NOUNS
    | GROUND
    | _words(
        "area areas enclave enclaves strip territory north south east west ministry government administration police"
    )
)
RUN_PLACE_REACH = 4  # words from "run" to that place: "Houthi-run northern areas", "the Chinese-run Heglig oil field"
# what a state's people run that is a business, not a place or a site held in war
BUSINESSES = _words(
    "field fields oilfield oilfields company companies firm firms mine mines hospital hospitals school schools bank "
    "banks factory factories hotel hotels farm farms plantation media newspaper outlet shop shops store project "
    "refinery refineries"
)
SITE_ADJECTIVES = _words(
    "military several multiple dozens key strategic army border frontline front-line oil fuel gas power energy "
    "ammunition arms weapons naval air nuclear enrichment missile rocket drone radar launch storage production "
    "development weapon industrial logistics command defence defense research"
    " two three four five six seven eight nine ten"  # counts in words: "struck nine sites in Y"
    " northern southern eastern western coast guard"  # "fired rockets at its northern towns", "its coast guard vessel"
)
# signs that two states' forces fight, for the document-level reading of a war between them
WARFARE = _words(
    "war wars fighting fought clashes clash clashed troops soldiers shelling shelled airstrikes airstrike strikes "
    "bombardment offensive invasion invaded missiles missile drones drone rockets artillery battle hostilities "
    "ceasefire truce frontline front"
)
# armed groups whose war is mostly with a state other than the one they are based in: "Hamas fighters attacked
# troops" are Israel's troops, not Palestine's; "Hezbollah claimed an attack in Syria" was not on Syria
FOREIGN_WARS = frozenset(
    {"HAMAS", "PIJ", "PFLP", "DFLP", "LIONSDEN", "JENINBRIGADE", "HEZBOLLAH", "HOUTHIS", "PKK", "NUJABA", "AAH", "KH"}
)
# verbs that end a war, whose object war is therefore fought: "urged Russia to end its war"; and what makes that a
# promise instead: "vowed he would stop the war"
ENDING_VERBS = _words("end ends ending halt halts halting stop stops stopping cease")
PROMISES = _words("vowed vows vow promised promises pledged pledges if unless whether")
# what "power" names after a taking verb when it is a place: "seized power stations" (not "seized power")
POWER_PLACES = (["plant"], ["plants"], ["station"], ["stations"], ["grid"], ["line"], ["lines"], ["facilities"])
# nouns after which "offensive" is an adjective: "offensive remarks against the leaders of X"
WORDY = _words("remarks comments statements language words rhetoric posts content")
THREATS = _words("threat threats warning warnings")  # "responded with threats of attacks on Y": words, not attacks
# what a neutralising verb's object must name to be fighting: "neutralised 15 terrorists" (not "Saudi influence")
NEUTRALISING = _words("neutralise neutralize neutralised neutralized neutralising neutralizing neutralises neutralizes")
NEUTRALISED = _words("terrorists terrorist bandits extremists soldiers troops militia militias commander commanders")
NEUTRALISED_REACH = 6  # words after the verb where they are named
# strikes whose place is their target's state: "Israel's airstrikes in Lebanon", "strikes across Y"
STRIKES_IN = _words("strike strikes airstrike airstrikes raid raids bombing bombings bombardment bombardments shelling")
PLACED_AT = (["in"], ["across"], ["inside"])  # the place after such strikes
# what says strikes in a place hit someone else there, or help its state: "strikes in Y against Z", "in support of"
STRUCK_ELSEWHERE = _words("against targeting targeted support help request alongside behalf backing aid")
STRUCK_ELSEWHERE_REACH = 10  # words after the strikes where that may be said
# attacks two states' adjectives may share as joint strikes: "US-Israeli strikes on Y"
JOINT_STRIKES = _words("strikes airstrikes attacks raids bombing bombings operations offensive")
# what a compound's two wage together even with no target named: "a Hezbollah-Syrian army offensive"
JOINT_ONLY = _words("offensive offensives counteroffensive counter-offensive operation operations")
TRUCES = _words("ceasefire ceasefires cease-fire truce armistice")  # "a ceasefire in the Russia-Ukraine conflict"
SPILLS = _words("spill spills spilled spilling spilt spillover")  # a war that spills into a state: not on it
TRUCE_REACH = 9  # words from a truce back to the conflict it is asked for in
# a state's own conflict after its name: its other sides are unnamed
OWN_CONFLICTS = frozenset(
    {("conflict",), ("crisis",), ("insurgency",), ("civil", "war"), ("peace", "process"), ("peace", "talks")}
)
OWN_CONFLICT_REACH = 2
# nouns of fighting only where an armed group is named: "killed in an encounter with the MILF" (Philippine and
# Indian usage), not "a brief encounter between the two leaders"
GROUP_ENCOUNTERS = frozenset({"encounter", "encounters"})
CRACKDOWNS = frozenset({"crackdown", "crackdowns"})  # only on an armed group named as their object
CRACKDOWN_PREPS: frozenset[str | None] = frozenset({"on", "against"})  # "a crackdown on Y"
# what of a group's may be dismantled without fighting it: "dismantling Hezbollah positions", "a Hamas fundraising
# network"
GROUP_PROPERTY = frozenset(
    {"positions", "position", "network", "networks", "arsenal", "arsenals", "infrastructure", "fundraising"}
    | {"funding", "financing", "finances", "assets", "accounts", "offices", "office", "media", "weapons", "tunnels"}
    | {"sympathisers", "sympathizers", "supporters", "propaganda", "websites", "charities", "front", "fronts"}
    | {"checkpoints"}
)
# verbs of force only against an armed group named as their object: "Pakistan cracked down on the TTP", "police
# dismantled the gang" (not "cracked down on protesters", "dismantled the tariffs")
GROUP_TARGET_VERBS = frozenset({"crack down on", "dismantle"})
UNNAMED_DOERS = _words("terrorists extremists terrorist militias militia")  # who act unnamed
# what a pronoun's owners may have when struck: "ambushed their convoy", "attacked its post"
HELD = SITES | frozenset({"convoy", "convoys", "patrol", "patrols", "vehicle", "vehicles", "unit", "units"})
# craft a force rides: hit when the craft ends the object ("attacked a UN helicopter", not "the helicopter sale")
CRAFT = frozenset(
    {"helicopter", "helicopters", "aircraft", "plane", "planes", "warship", "warships", "vessel", "vessels"}
)
# the victims whose convoy or post 'their' names: "Five Nigerian soldiers were killed when X ambushed their convoy"
SOLDIERS = frozenset(
    {"soldiers", "troops", "forces", "army", "police", "policemen", "servicemen", "guards", "personnel"}
)
CRAFT_AND_MISSIONS = frozenset({"vessel", "vessels", "ship", "ships", "embassy", "consulate"})
# what 'its' or 'their' may own in a conflict verb's object: "attacked its border posts", "fired at its soldiers"
OWN_TARGETS = HELD | SOLDIERS | frozenset({"territory", "soil", "airspace", "villages", "towns"}) | CRAFT_AND_MISSIONS


LASTING = frozenset({"year", "long", "running", "old"})  # "the four-year conflict", "the decades-long conflict"


def lasting(low: Sequence[str], pos: int) -> bool:
    """Whether a duration qualifies the noun at `pos`: 'the four-year conflict', 'the decades-long conflict'."""
    return pos >= 2 and low[pos - 2] in HYPHENS and low[pos - 1] in LASTING


TAKE_FORMS = _words("take takes took taken taking")
CREDITED = (["credit", "for"], ["responsibility", "for"])  # "X has taken credit for strikes against Y"


def agent_verb(low: Sequence[str], j: int, agent_verbs: frozenset[str]) -> bool:
    """Whether the word at `j` is a verb whose subject wages the conflict noun after it: 'launched', 'has taken
    credit for' (`agent_verbs`: the cue class's bases)."""
    return base_in(low[j], agent_verbs) or (low[j] in TAKE_FORMS and list(low[j + 1 : j + 3]) in CREDITED)


def pressed_verb(low: Sequence[str], pos: int) -> int | None:
    """Where a verb that renews or presses on with the conflict noun at `pos` stands, with no preposition between
    ('relaunched a full-scale attack', 'pressed ahead with an offensive'; not 'came under renewed attack')."""
    verb = next((j for j in range(pos - 1, max(-1, pos - 6), -1) if base_in(low[j], MORE_AGENT_VERBS)), None)
    if verb is None:
        return None
    onward = list(low[verb + 1 : verb + 3]) in CONTINUED
    between = [w for k, w in enumerate(low[verb - 1 : pos], verb - 1) if not (onward and k == verb + 2)]
    return None if any(w in PREPOSITIONS for w in between) else verb


# the unnamed other side of talks whose one named side is a state: "talks between the DRC government and rebels"
UNNAMED_SIDES = _words(
    "rebels insurgents militants guerrillas guerillas militias jihadists separatists fighters gangs groups factions"
)
BARE_GROUPS = _words("groups factions")  # armed only with an adjective that says so: "armed groups", "rebel factions"
ARMED_ADJECTIVES = _words("armed rebel militant insurgent militia jihadist separatist guerrilla terrorist")
UNNAMED_SIDE_REACH = 4  # words from "and" to the unnamed side: "and various local armed groups"
BODY_OF_REACH = 5  # words from "between" to the state after its body: "between the government of the DRC"
STATE_BODIES = _words("government authorities junta regime army military 's ’s")  # "the DRC government and rebels"


def unnamed_side_after(low: Sequence[str], end: int) -> bool:
    """Whether an unnamed armed side follows a named one at `end`: '(the DRC government) and rebels who ...', 'and
    communist rebels', 'and armed groups' (not 'and its allies', 'and the UN')."""
    k = end
    while k < len(low) and low[k] in STATE_BODIES:
        k += 1
    if k >= len(low) or low[k] != "and":
        return False
    words = low[k + 1 : k + 1 + UNNAMED_SIDE_REACH]
    side = next((j for j, w in enumerate(words) if w in UNNAMED_SIDES), None)
    owned = low[k + 2 + side : k + 3 + side] if side is not None else []  # "and Kurdish militants' sympathisers"
    if side is None or not all(w.isalpha() for w in words[:side]) or owned in (["'"], ["'s"]):
        return False
    return words[side] not in BARE_GROUPS or (side > 0 and words[side - 1] in ARMED_ADJECTIVES)


def unnamed_other_side(mentions: Sequence[Mention], low: Sequence[str], actor: str) -> bool:
    """Whether `actor` is the one named side of a 'between' or of a subject whose other side is unnamed fighters
    ('talks between Colombia and rebels', 'the Myanmar military and ethnic armed groups agreed a truce'), or the
    state whose own conflict is named ('to mediate the Colombian conflict')."""
    return any(
        m.actor == actor
        and (((_between_side(low, m) or m.prep is None) and unnamed_side_after(low, m.end)) or own_conflict(low, m.end))
        for m in mentions
    )


def own_conflict(low: Sequence[str], end: int) -> bool:
    """Whether a state's own conflict follows its name at `end`: 'the Colombian conflict', 'Sudan's civil war', 'the
    Myanmar peace process' (not 'the Colombian conflict with Venezuela')."""
    k = end + (low[end : end + 1] in (["'s"], ["'"]))
    words = low[k : k + OWN_CONFLICT_REACH]
    size = next((n for n in (2, 1) if tuple(words[:n]) in OWN_CONFLICTS), 0)
    return size > 0 and low[k + size : k + size + 1] not in (["with"], ["between"], ["against"])


def _between_side(low: Sequence[str], mention: Mention) -> bool:
    """Whether a mention is a 'between' side: 'between Israel', 'between the government of the DRC'."""
    before = low[max(0, mention.start - BODY_OF_REACH) : mention.start]
    return mention.prep == "between" or (
        mention.prep == "of" and "between" in before and any(w in STATE_BODIES for w in before)
    )


def run_place(tokens: Sequence[str], j: int) -> bool:
    """Whether the "run" at `j` after a state's name is that of a place held in war, a site or an organ of rule
    ("Russian-run Crimea", "a Russian-run airfield", "the Russian-run administration"), not a business ("a
    Chinese-run oil field", "the Chinese-run Heglig oil field", "a Turkish-run hospital")."""
    words = [t.lower() for t in tokens[j + 1 : j + 1 + RUN_PLACE_REACH]]
    if any(w in BUSINESSES for w in words):
        return False
    named = [t[:1].isupper() for t in tokens[j + 1 : j + 1 + RUN_PLACE_REACH]]
    return any(named) or any(w in RUN_PLACES or w in SITES for w in words)
