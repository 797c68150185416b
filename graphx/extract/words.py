"""Word tables of the extractor: closed word classes of English news syntax, as named data."""

from __future__ import annotations

import re

from graphx.lexicon import word_set as _words

DETERMINERS = _words("the a an its their his her our this that these those both all some several various")
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
NUMBER_VALUES = {word: value for value, word in enumerate(_NUMBER_WORDS, 1)}  # "the four states" counts 4
COUNT_WORDS = frozenset(NUMBER_VALUES) | _words("dozens several")  # "the four states", "nine sites", "two diplomats"
PREPOSITIONS = _words(
    "of by from in at to on against with for over into toward towards about between among across near "
    "after before during since amid under despite like without within through via behind beyond "
    "alongside than per upon unlike besides including inside outside around along throughout off onto beside"
)
LOCATIVE = _words("in at to into near from within across through via behind toward towards")
# "May" the month, as a sentence's lower-case tokens hold it: "on May 7" (the modal "may" hedges what follows)
MAY_MONTH = "may."
# what says "May" next to it is the month: "on May 7", "in May", "7 May", "May 2025"
MONTH_LEADS = frozenset({"on", "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "from"})
POSSESSIVE = frozenset({"'s", "’s", "‘s"})  # "Trump‘s" is typed with an opening quote often enough
BE = _words("is are was were be been being get got gets getting has have had")
BE_STRICT = _words("is are was were be been being get got gets getting")
NEGATION = _words("not n't never no neither nor without")
NEGATING_VERBS = _words(
    "refused refuse refuses refusing declined decline declines declining denied deny denies denying "
    "avoided avoid avoids failed fail fails"
)
MODALS = _words("will would could might may should shall must 'll ’ll cannot can")
# the modals that announce what a side will do: "X will recall its ambassador", "X will host talks"
ANNOUNCING = frozenset({"will", "'ll", "’ll"})
# verbs after a modal that say the act goes on, not that it may happen: "X would continue its mediation"
CONTINUING = _words("continue keep")
HEDGES = _words(
    "if unless whether plans plan planning planned intends intend intended intending threatened threatens "
    "threaten threatening vowed vows promised promises pledged pledges expected expects set due ready "
    "willing prepared wants want wanted hopes hope hoped seeks seek sought tried tries try trying aims "
    "aim aimed proposed proposes propose urged urges urge called calls asked asks possible potential "
    "possibility fear fears feared risk risks threat prospect prospects avoid avert prevent averting "
    "preventing avoiding considering consider considers mulling would-be hypothetical ready"
)
OFFER = _words("offered offers offer offering")
# the people named by nationality whose release is mediated: "the release of American, British and Swedish nationals"
CAPTIVES = _words("nationals citizens prisoners detainees hostages captives journalists aid workers")
PRONOUNS_PERSON = _words("he she")
PRONOUNS_FIRST = _words("i we our my us")
# before an office or a name: its holder no longer speaks for the state ("former prime minister", "ex-president")
FORMER_HOLDER = _words("former ex late")
SPEECH = _words(
    "said say says saying told tell tells added adds stated states declared declares insisted insists noted "
    "notes wrote writes tweeted posted argued argues stressed stresses claimed claims warned warns remarked "
    "commented explained explains announced announces claiming insisting arguing stressing warning adding stating "
    "reported confirmed confirms"
)
SUBORDINATORS = _words("while whereas although though because but unless if when after before as since")
CONNECTORS = frozenset({"and", ",", "&"})
NOT_AGENT_SUFFIXES = _words(
    "backed supported allied aligned speaking born based installed occupied controlled annexed held "
    "friendly leaning sponsored-terror built made designed manufactured"
)
# "Latin American" is not the US, a state's "National Security Council" is not the UN's Security Council
NOT_ACTOR_PREFIX = _words("pro anti ethnic former ex latin national")
# words before a bare "soldiers" or "police" that make them someone else's than the document's state
FORCE_QUALIFIERS = _words(
    "rebel rebels militia militant insurgent jihadist separatist opposition foreign enemy allied coalition own its "
    "their his her whose private mercenary peacekeeping un nato au regional international former ex off-duty"
)
# capitalised words before a bare "soldiers" that say nothing of whose they are: "Two soldiers", "When police ..."
UNQUALIFYING = _words(
    "the a an some many several two three four five six seven eight nine ten dozens hundreds scores at least "
    "when after as while but and on in by with if once since following meanwhile also all both other more most "
    "nearly about around almost only armed local state federal government"
)
TITLE_WORDS = _words(
    "president prime minister foreign defence defense deputy vice chancellor premier spokesman spokeswoman "
    "spokesperson leader leaders counterpart counterparts envoy ambassador adviser advisor aide chief "
    "secretary secretary-general policy top diplomat diplomats official officials government ministry "
    "office head state senior special representative commissioner high national security forces troops "
    "army military navy authorities administration his her of the"
)
# the office after a state's adjective that makes the whole phrase its owner: "the Spanish prime minister's remarks"
OFFICE_WORDS = _words(
    "president prime minister foreign defence defense interior deputy vice chancellor premier spokesman "
    "spokeswoman spokesperson leader envoy ambassador ministry government army military navy authorities "
    "administration top diplomat chief junta embassy"
)
FORCES = _words(
    "forces armed troops soldiers army armies military police navy government governments officials leaders "
    "jets warplanes aircraft warships fighters militants gunmen rebels militiamen "
    "diplomats negotiators delegations delegation ministers militaries border guards coast guard"
)
SEATED = _words(
    "government junta regime authorities leadership administration officials rulers ministry presidency cabinet"
)
RELATIONAL = _words(
    "neighbours neighbors neighbour neighbor allies ally partners partner enemies enemy rivals rival critics "
    "opponents friends backers proxies proxy supporters adversaries foes"
)
NEIGHBOURING = _words("neighbouring neighboring fellow")  # describe the actor they stand before: "neighbouring Y"
PAIR_LEADS = DETERMINERS | TITLE_WORDS | NEIGHBOURING  # before the first of a 'between' pair: "between the Thai"
QUOTE_OPEN = frozenset("“‘")
QUOTE_CLOSE = frozenset("”’")
# prepositions after which a verb cue is a noun: "in protest", "after attack" (never "to": "to attack")
NOUN_PREPS = _words("in after before amid over despite following during since against of without upon for behind")
# adjectives between a determiner and a verb cue that make it a noun: "a fresh attack", "the deadly raids"
EVENT_ADJECTIVES = _words(
    "fresh new deadly major renewed possible further brutal recent latest fatal massive large-scale full-scale "
    "coordinated suspected alleged retaliatory unprovoked first second third"
)
NOUN_MARKERS = _words("the a an its their his her our this these those 's ’s ‘s")
HYPHENS = frozenset("-‐‑")
DASHES = frozenset("—–")
# what joins the two sides of a pair written as one word: "Russia-Ukraine talks", "the DRC–M23 peace deal"
PAIR_JOINERS = HYPHENS | {"–"}
BOUNDARY = frozenset(";")
VERB_ED = re.compile(r"^[a-z]{3,}ed$")
NOT_VERB_ED = _words("united armed red need speed seed bed led shed hundred related based so-called")
CEASEFIRE_VERBS = frozenset({"agree", "sign", "reach", "accept", "declare", "observe", "violate", "breach"})
ANAPHORIC = _words("the these those such this that")
# what 'the move' and its like name: an act of the actor the sentence before was about
ANAPHORIC_ACTS = _words(
    "move moves decision decisions step steps measure measures announcement remarks comments statement statements "
    "plan plans action actions activity activities deployment policy ban restrictions sanctions tariffs "
    "expulsion expulsions closure suspension"
)
CALL_VERBS = _words(
    "called calls call described describes branded brands termed labelled labeled dismissed dismisses denounced "
    "denounces referred refers dubbed dubs rejected rejects reject rejecting"
)
CLAUSE_OPENERS = _words("after before since when while because although though until once whereas")
CLAUSE_PREPS = _words("since after before until till while as")
# names that stand for another state than the lexicon's in a story datelined there: Pakistan's "Foreign Office"
DATELINED_NAMES: dict[str, tuple[str, ...]] = {"Foreign Office": ("PAK",), "FO": ("PAK",)}
# verb cues read as nouns too: "the recall of their envoys", "as a venue for", "in the presence of", "for consultations"
READ_AS_NOUNS = _words("recall consultation consultations") | {"venue for", "host for", "presence of", "critic of"}
VERB_CUES = frozenset(
    {"verbs", "speech_verbs", "invite_verbs", "symmetric_verbs", "need_event", "charges", "designations"}
    | {"summons", "exchanges", "losses", "pitted"}
)
TRANSITIVE_PREPS = frozenset({None, "of", "by", "from"})
CONFLICT_PREPS = frozenset({None, "on", "against", "with", "of", "into"})

# references to the two sides a document is about: "both sides accused each other", "the two countries clashed"
_PLURAL_NOUNS = (
    "countries nations sides governments leaders neighbours neighbors armies militaries parties rivals foes "
    "adversaries capitals delegations states groups factions movements"
)
PLURAL_NOUNS = frozenset(_PLURAL_NOUNS.split())
PLURAL_LEADS = (("the", "two"), ("both", "the"), ("both",))  # "the two countries", "both the nuclear-armed rivals"
_PLURAL_PHRASES = [" ".join((*lead, noun)) for lead in PLURAL_LEADS for noun in sorted(PLURAL_NOUNS)] + [
    "the warring parties",
    "the warring sides",
    "each side",  # "each side blames the other": the two, both ways
    "each country",
    "each government",
]  # "the two warring parties": a described plural (mentions.py)
# words describing the two: "the two nuclear-armed neighbours", "the two poor Central Asian countries"
PLURAL_MODIFIERS = 3
NOT_PLURAL_MODIFIERS = _words("and or of the a an other its their his her these those to in on with by from than")
PLURAL_REFERENCES: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in sorted(_PLURAL_PHRASES, key=lambda p: -len(p.split())):
    _words_of = tuple(_phrase.split())
    PLURAL_REFERENCES[_words_of[0]] = (*PLURAL_REFERENCES.get(_words_of[0], ()), _words_of)
RECIPROCAL = (("each", "other"), ("one", "another"))

# the heads of the offices a bare title names ("the minister said", "the foreign minister"), which speak for a state
OFFICE_HEADS = _words("minister president premier chancellor spokesman spokeswoman spokesperson")
# who-is-who: the words of a role that introduces a person ("Cambodian Prime Minister Hun Manet")
ROLE_HEADS = _words(
    "president minister premier chancellor spokesman spokeswoman spokesperson leader chief commander envoy "
    "ambassador king emir sultan prince negotiator diplomat secretary general adviser advisor representative "
    "ruler mediator official"
)
ROLE_MODIFIERS = _words(
    "prime foreign defence defense interior deputy vice acting interim caretaker former top senior chief "
    "military army security special presidential national junta de facto supreme crown state head of the "
    "affairs external minister ministry's ministry government police navy presidency "
    "trade economic political legal media communications policy"  # "the trade advisor of US President X"
)
HONORIFICS = frozenset(
    {"Sheikh", "Sheik", "Gen", "Gen.", "General", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Ms", "Lt", "Col"}
)
NAME_STOPWORDS = _words(
    "the a an on in at and or of for to with by from monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december said says told "
    "he she they it this that who which his her president minister his prime foreign but as after while "
    "when army government state ministry reuters afp ap"
)

# mediation nouns whose mediator follows with "of": "the mediation of Qatar", "at the invitation of Egypt"
AGENT_OF_NOUNS = _words("mediation auspices aegis invitation facilitation")
# mediation nouns that mean mediation only in a sentence about talks or a truce
EVENT_BOUND_NOUNS = _words("invitation help aegis support")  # "under the aegis of the SCO, A and B held drills"
# speech verbs that, with no claim named after them, deny an accusation: "X denied having fired first"
DENIALS = _words("deny refute")
# what an invitation must be to, for it to be mediation: "X invited A and B for talks", "brought A and B to the table"
MEETINGS = (
    "talks",
    "negotiations",
    "summit",
    "meeting",
    "dialogue",
    "peace talks",
    "consultations",
    "negotiating table",
    "to the table",
    "conference",
)
# the prepositions that lead from a conflict noun to its target: "the invasion of Y", "strikes on Y"
NOUN_TARGET_PREPS = frozenset({"of", "on", "against", "with", "into"})
PLACE_PREPS = frozenset({"in", "inside", "across"})
# the people a killing verb must name, for it to be an act of war: "killed four Afghan civilians"
VICTIMS = _words(
    "civilians soldiers troops nationals citizens people fighters militants police policemen officers personnel "
    "servicemen sailors pilots guards villagers fishermen soldier civilian fighter officer commander commanders"
)
# conflict verbs that people also use in words ("Macron attacked Putin's policy"): a state or army must act
PHYSICAL_ONLY = _words("attack fight kill") | {"shoot down", "down"}  # "Trump shot down Iran's proposal"
# adjectives that make an attack words: "an excoriating attack on Y at the UN", "a scathing attack on the minister"
VERBAL_ATTACK = _words(
    "excoriating scathing blistering stinging withering verbal rhetorical vitriolic scornful "
    "public diplomatic political"  # "a public clash between Lula and Milei": words, not fighting
)
# words that label an actor or a role before it: "the self-proclaimed Gaitanista Army", "the so-called guarantors"
LABELLING = _words("self - proclaimed styled so called banned outlawed proscribed")
VERBAL_ADVERBS = _words("verbally publicly diplomatically politically rhetorically")  # "A and B clashed verbally"
# hitting verbs that are also said of sanctions, deals and words: "struck a deal", "hit Y with tariffs"
HITTING = _words("strike hit pound target")
# conflict cues that name fighting only as their frame reads them, never as a bare word: "hits back", "a cease-fire"
FRAME_ONLY = HITTING | _words("fire launch")
NOT_MILITARY = _words(
    "deportation deportations migrants policy policies wording text language resolution fishing "
    "sanctions sanction tariff tariffs duties duty levies deal deals agreement agreements accord bargain compromise "
    "note tone balance chord nerve record headlines criticism remarks speech comments rhetoric words statement "
    "statements jobs economy markets exports imports trade ban bans restrictions measures visa visas lawsuit "
    "lawsuits rules fines penalties embargo taxes assets funds tanker cargo goods property accounts reserves "
    "shipment shipments market tourism revenue revenues sales prices investment treaty hurts yacht yachts superyacht "
    "superyachts box charts hearts audiences fans"
)
# words inside one verb group between a subject's verb and the cue: "offered to host", "launched a bid to mediate"
CHAIN_WORDS = _words(
    "to by help helped helping also had has have been that it they then later in turn publicly again "
    "a an bid bids attempt attempts effort efforts fresh new renewed diplomatic up "
    # an act that goes on: "X continued to mediate between A and B"
    "continue continues continued continuing keep keeps kept "
    # how strongly: "X voiced strong condemnation of Y", "X launched a fierce attack on Y"
    "strong strongest firm sharp harsh severe fierce scathing unequivocal categorical "
    # a part played in it: "X played a key role in mediating between A and B"
    "played playing plays key central leading major crucial role part "
    # a readiness stated: "X expressed (its) readiness to mediate"; a headline's "X says ready to host talks"
    "readiness willingness its their ready willing prepared"
)
# descriptions before a side's name in "the war between X and the paramilitary Y"
PARAMILITARY = _words("paramilitary rebel rebels militant militia insurgent armed separatist jihadist islamist")
# words that describe an armed group before its name: "X and the insurgent group Y"
GROUP_DESCRIPTORS = PARAMILITARY | _words(
    "group groups movement faction factions outfit organisation organization terror terrorist extremist guerrilla"
)
# verbs that report someone else's breach: "X said Y had violated", "citing Y's violations"
ACCUSING = _words(
    "that said says cited citing cites reported reports reporting listed recorded documented alleged alleging "
    "complained complaining protested accused accusing denounced condemned"
)
# conflict nouns that news also uses for a diplomatic row, and words that show actual fighting
VAGUE_CONFLICT = _words("conflict aggression")  # not "hostilities": fighting, not a row
BORDER_NOUNS = _words("border frontier boundary")  # "the border with X", "the India-China border": places
# verbs whose object does what follows "to": "X asked Y to withdraw its troops" (its: Y's)
ASKING = _words("asked asks ask urged urges urge told tells pressed presses pressing urging asking")
CALLING = _words("called calls call calling")  # "X called on Y to end its war"
ASKED_SPAN = 8  # words between "to" and the "its" it governs
FIGHTING = _words(
    "war wars fighting clashes clash troops soldiers killed shelling airstrikes strikes bombing bombardment "
    "offensive invasion missiles missile drones drone rockets artillery army forces military battle"
)
# verbs that follow a plural subject: "recent blasts have raised fears" makes "blasts" a noun
PLURAL_VERBS = _words("have were are")
# conflict verbs whose other side follows "from": "X recaptured the villages from Y"
TAKING = _words("recapture retake capture seize wrest conquer")
TAKING |= {"take control of", "regain control of", "seize control of"}
FROM_PREP = frozenset({"from"})
# verbs whose object is an attack by the other side: "X repelled an infiltration bid by Y's troops"
REPELLING = _words("repel repulse") | {"fend off", "beat back", "drive back"}
# the preposition that names the other side after a verb's object: "taken from Y", "an attack by Y repelled"
OTHER_SIDE_PREPS = {base: FROM_PREP for base in TAKING} | {base: frozenset({"by"}) for base in REPELLING}
# acts of war a critic may condemn without naming their author: "X denounced the attacks"
ACTS_OF_WAR = _words(
    "attacks attack strikes strike airstrikes airstrike shelling bombardment bombing bombings raids raid assault "
    "assaults incursion incursions offensive invasion killings"
)
# words before "war" that make it a war of words: criticism both ways ("a war of words between A and B")
VERBAL_WARS = _words("word verbal rhetorical media propaganda")
WAR_OF_WORDS = ("of", "words")
# words before "war" that make it something else than fighting between the two named
FIGURATIVE_WAR = VERBAL_WARS | _words(
    "trade proxy cold price tariff currency information diplomatic culture tug legal lawfare"
)

# --- criticism by attribution and designation (attribution.py) ---
# acts one is blamed for: "X said Y was behind the attack", "responsible for the blasts"
BLAMED_ACTS = ACTS_OF_WAR | _words(
    "blast blasts explosion explosions bombing killing murder murders assassination assassinations massacre "
    "massacres incident incidents plot plots violence unrest sabotage cyberattack cyberattacks hack hacking coup "
    "shooting shootings kidnapping kidnappings abduction abductions atrocities crimes downing ambush ambushes "
    "escalation deaths collapse crisis"  # "Y bears responsibility for the escalation", "for the deaths"
)
HOLD_VERBS = _words("hold holds held holding")
# what a designation calls its object: "X designated Y a foreign terrorist organization", "branded Y a terrorist"
DESIGNATION_NOUNS = _words("terrorist terrorists terror aggressor occupier rogue pariah threat menace enemy liar")
# verbs of judging whose subject judges: "X sees Y's occupation as illegal", "X deemed Y's move unacceptable"
JUDGING_VERBS = _words(
    "see sees saw seen seeing view views viewed viewing regard regards regarded regarding consider considers "
    "considered considering deem deems deemed"
)
# nouns after a state's adjective that still name the state or its forces: "the Belarusian regime was behind"
ACTOR_HEADS = _words(
    "government regime authorities army military forces troops leadership junta administration intelligence "
    "militants rebels fighters group"
)

# --- forces: armed groups fighting a state's security forces (graphx/extract/forces.py) ---
# the nouns that name a state's security forces or their posts: "a Kenyan army convoy", "attacks on military bases"
SECURITY = _words(
    "soldiers soldier troops troop forces army armies military base bases outpost outposts position positions "
    "patrol patrols convoy convoys police policemen policeman peacekeepers peacekeeper servicemen serviceman "
    "garrison garrisons barracks checkpoint checkpoints gendarmes gendarmerie brigade battalion contingent "
    "contingents personnel marines paratroopers commandos"
)
# what a definite description of an armed group says: "the militants claimed an assault"
GROUP_ANAPHORS = _words("militants insurgents jihadists rebels group outfit militia militiamen gunmen extremists")
# "insurgents affiliated with X", "fighters loyal to X": X acts
AFFILIATED = _words("affiliated linked loyal belonging")
FIGHTER_NOUNS = _words(
    "fighters militants insurgents members gunmen jihadists rebels militiamen combatants guerrillas guerillas "
    "fighter militant rebel guerrilla commander commanders operative operatives"
)
# words that may stand between a subject and its verb without ending the clause: "the militants this week claimed"
SUBJECT_FILLERS = _words(
    "this last earlier week month weekend year on monday tuesday wednesday thursday friday saturday sunday also "
    "reportedly allegedly then later have has had"
)
# a compass word before a state named as a place: "in Djibo, northern Burkina Faso"
DIRECTIONS = _words(
    "northern southern eastern western central north south east west northeastern northwestern southeastern "
    "southwestern north-eastern north-western south-eastern south-western far"
)
# adjectives of a place between its preposition and its name: "in arid central and northern Mali"
PLACE_ADJECTIVES = DIRECTIONS | _words(
    "neighbouring neighboring nearby arid restive remote war-torn mountainous rural coastal landlocked border"
)
# prepositions that name where something happens: "in Nigeria's Borno State", "near the Malian border"
WHERE = _words("in inside across near throughout within")
# what a group "claims": an attack it carried out
CLAIM = _words("claimed claims claim claiming")
# participles that lead from an attack to its victims: "attacks this month, targeting Mozambican troops"
TARGETING_WORDS = _words("targeting targetting against hitting")
# nouns after a nationality that make it not the state: "Venezuelan drug boats", "Syrian rebels"
NOT_STATE_HEADS = _words(
    "rebels rebel militants militant insurgents insurgent separatists separatist dissidents dissident jihadists "
    "gangs gang cartel cartels drug drugs traffickers smugglers criminals pirates migrants opposition militia militias "
    "militiamen gunmen bandits "
    "business businesses company companies firm firms warehouse warehouses fishing fishermen"  # "Indian businesses",
    # "Thai fishing vessels": no state's side
)
HUMANITARIAN_BODIES = (("red", "cross"), ("red", "crescent"))  # "a Chinese Red Cross convoy": no state's side
AID_HEADS = _words("aid humanitarian relief food medical")  # "a UN aid convoy", "Qatari relief trucks": no side

# --- protests (attribution.py): "X summoned Y's ambassador", "X expressed outrage at Y's strikes" ---
DIPLOMATS = _words(
    "ambassador ambassadors envoy envoys chargé charge diplomat diplomats emissary commissioner counterpart attache "
    "attaché attaches attachés consul nuncio"
)
# what two sides trade when they criticise each other: "A and B traded accusations"
EXCHANGED = _words("accusations insults barbs jibes jabs recriminations threats blame criticism")
EXPRESSING = _words(
    "expressed expresses express expressing voiced voices voice voicing conveyed registered lodged lodges made "
    "handed hands delivered delivers sent sends presented presents issued issues filed vented vents "
    "files file filing lodge lodging register registers registering "  # "China files fresh protest with Japan"
    "reiterated reiterates reiterating reaffirmed reaffirms restated restates underlined underlines raised raises "
    "raising echoed echoes echoing"  # "X echoed Y's concerns about Z's missile tests"
)
DISAPPROVAL_PREPS: frozenset[str | None] = frozenset(
    {"with", "at", "over", "to", "against", "toward", "towards", "about"}
)

# -- mediators named by a role noun or an effort (mediation_roles) --
# role nouns whose holders may be listed right after them: "mediators Qatar, Egypt and the US", "the
# Group of Facilitating States – Qatar, Norway ... –" (the last word of a multi-word role)
# what a third party puts to two sides when it mediates: "presented the plan to A and B" (mediation_lists.presented)
PROPOSALS = _words("plan plans proposal proposals draft drafts framework roadmap blueprint")
PRESENTERS = _words("mediators envoys negotiators diplomats officials representatives delegates")
PROPOSAL_SPAN = 6  # words from the verb to what it presents: "presented a new three-phase ceasefire plan"
ROLE_AGENT_NOUNS = _words(
    "mediator mediators facilitator facilitators guarantor guarantors intermediary intermediaries interlocutor conduit "
    "states "
    "countries nations powers"
)
# role nouns that mean mediation only in a sentence about talks or a truce: "a guarantor of the ceasefire"
EVENT_BOUND_ROLES = _words("guarantor guarantors intermediary intermediaries interlocutor conduit")
# verbs of taking on a role: "X and Y, who are participating as co-facilitators", "with X acting as mediator"
ROLE_VERBS = _words(
    "act acts acted acting serve serves served serving participate participates participated participating "
    "work works worked working involved appointed named chosen designated"
)
# what may follow a list of role holders: "the mediators – A, B and C – said", "mediators A and B, ..."
LIST_CLOSERS = frozenset({",", ".", ")", ";", ":", "have", "has", "were", "are", "met", "held", "had"})
# effort nouns whose owner mediates when they aim to settle a conflict: "X's bid to end the war between A and B"
EFFORT_CUES = _words("bid bids effort efforts attempt attempts push initiative pledge pledges")
# nouns before an effort noun that make it mediation on their own: "Qatar's peace efforts between A and B"
EFFORT_COMPOUNDS = _words("peace mediation")
# the purposes of a mediation effort: "to end", "to resolve", "aimed at settling"
RESOLVE_VERBS = _words("end resolve settle mediate broker defuse halt stop calm ease reconcile")
# what a third side helps two others do that makes it their mediator: "X helped A and B resolve their differences"
SETTLING_VERBS = _words("reach resolve settle overcome bridge narrow mend normalise normalize repair reconcile restore")
# purposes that mediate only with a peaceful object: "efforts to promote reconciliation", "a bid to foster dialogue",
# "in an effort to secure a truce", "a push to reach a ceasefire"
PROMOTE_VERBS = _words(
    "promote foster achieve advance facilitate restore revive bring ensure build establish secure reach push"
)
PEACE_OBJECTS = _words(
    "reconciliation rapprochement dialogue peace talks negotiations ceasefire truce unity normalisation normalization "
    "de-escalation"
)
# what a mediation effort settles: "to end the war", "to settle Yemen's conflict"
SETTLED_CONFLICTS = _words(
    "war wars conflict conflicts dispute disputes crisis fighting hostilities standoff row tensions violence feud "
    "reconciliation rapprochement"
)
# titles whose "to X" names a posting, not a party: "the US Ambassador to Malaysia"
POSTING_TITLES = _words("ambassador ambassadors envoy envoys representative representatives consul")
# who comes to talks on a side's behalf: "hosting talks with delegations from A and B"
DELEGATES = _words("delegations delegates representatives negotiators envoys")
# the people of two sides a host receives, which is talks: "hosted top diplomats from A and B"
GUESTS = DELEGATES | _words("diplomats officials ministers leaders")

# -- mediators named as a role noun's subject, or as a talks' chair (mediation_roles.predicate, chairs) --
# words between a form of 'be' and its role noun: "X is one of the guarantor nations", "X, which is the main mediator"
PREDICATE_FILLERS = _words(
    "the a an one of main chief key lead leading principal primary official joint sole only senior new current "
    "co - two three four five six several other regional international neutral designated formal "
    "longtime longstanding long time standing traditional veteran trusted crucial pivotal"  # "a long-time mediator"
)
# who gave a mediator its role, in a compound before the role noun: "the African Union-appointed mediator"
APPOINTING = _words("appointed designated mandated named backed sponsored")
# verbs like 'be' that give their subject a role: "X remains the main mediator", "X became a guarantor"
ROLE_BE = _words("is are was were been be remains remain remained became become becomes")
# the head nouns of a multi-word role: "the guarantor nations for the talks"
ROLE_HEADS_PLURAL = _words("nation nations state states country countries power powers")
# what a guarantor or intermediary must be of, to mediate: talks or a truce, not a treaty or a state's security
GUARANTEED = _words(
    "talks negotiations negotiation dialogue dialogues discussions process ceasefire cease-fire truce armistice"
)
# lists that share a role with the subject: "X is a guarantor, along with A and B"
SHARING: tuple[tuple[str, ...], ...] = (("along", "with"), ("together", "with"), ("alongside",))
# what a chair must chair, to mediate: talks, not a summit or a council ("the talks were co-chaired by A, B and C")
CHAIRED = _words("talks negotiations negotiation discussions dialogue consultations")

# nouns of a place phrase: "in Myanmar's Rakhine state", "in the eastern province"
PLACE_WORDS = _words("state province region district city town area areas border north south east west")
# what an actor is wronged in: "a violation of Syria's sovereignty", "an attack on the territory of Y", "concern
# about Moldova's security"
WRONGED_GOODS = _words("sovereignty territory airspace independence integrity soil borders waters security safety")
# acts whose "of" names their victim, not the one condemned: "X condemned the killing of a Y leader"
VICTIM_ACTS = _words(
    "killing killings assassination murder death deaths arrest arrests detention abduction kidnapping execution "
    "executions persecution plight hijacking "
    # "condemned the seizure of the Greek tankers", "the invasion of Ukraine", "the occupation of the city of Goma",
    # "the massacre of Sudanese civilians", "the shooting down of a Ukrainian airliner": the one named is wronged
    "seizure seizures capture invasion occupation annexation blockade siege bombing bombings bombardment shelling "
    "destruction downing down sinking massacre massacres slaughter"
)
# a place named before its name: "the occupation of the city of Goma"
PLACE_NOUNS = PLACE_WORDS | _words("village capital port island enclave territory")
# verbs of a mutual exchange, after which a fighting word is a noun: "traded fire", "exchanged strikes"
TRADING = _words("trade trades traded trading exchange exchanges exchanged exchanging")
PROJECTILES = _words("rockets rocket missiles missile drones drone shells mortars mortar")  # what is fired
# what happened, not who did it: "an explosion that struck a base" has no actor for a subject
INCIDENTS = _words("explosion explosions blast blasts blaze fire fires incident incidents crash accident")
# what talks may be about rather than where they are: "talks on the war in Ukraine" (mediation_venues)
VENUE_TOPICS = _words(
    "peace war conflict fighting crisis situation ceasefire truce violence stability security hostilities tensions "
    "settlement aggression offensive invasion operations interests"
)
# a gathering of many that a venue holds without hosting two sides' talks: "at a regional summit in X"
GATHERINGS = _words("regional multilateral international annual ministerial extraordinary emergency global")
# verbs of complaint that report what another did: "X complained to the UN that Y's jets violated its airspace"
COMPLAINING = _words("complained complains complaining protested")
# the verbs whose subject says the clause after them: "X said (that) ...", "X called ...", "X complained that ..."
SPEAKER_VERBS = SPEECH | CALL_VERBS | COMPLAINING
MEDIATOR_REACH = 8  # how far after a mediation cue its mediators may be named: "the efforts of Qatar, Egypt and the US"
# what one asks another to do with its breach: "urged Y to stop interfering", "said Y should cease"
STOPPING = frozenset({"stop", "cease", "end", "quit", "halt"})
# what talks, forums or deals are about when they settle no quarrel: "trade talks", "a climate forum"
OTHER_TOPICS = _words("trade climate investment energy economic business tariff tariffs")
# what a 'that' clause is about, not an actor: "a demonstration that targeted Y"
THING_ANTECEDENTS = _words(
    "demonstration demonstrations protest protests rally rallies march video post posts article report book film "
    "cartoon exhibition event ceremony"
)
