"""Armed groups fighting a state's security forces, in the syntax of conflict news.

The conflict frames (graphx.extract.conflict) call these readings when their plain frame leaves a side unnamed:

* unnamed soldiers or bases in a place in one state: "In Nigeria's Borno State, Boko Haram fighters killed five
  soldiers", "JNIM claimed an assault on a military base in Djibo, northern Burkina Faso";
* a group named through its fighters or a definite description: "insurgents affiliated with X attacked ...",
  "the militants claimed an assault on a Mozambican base" (the armed group of the conflicts just read);
* victims after a participle: "attacks this month, targeting Mozambican and Rwandan troops";
* the forces of another actor acting with the subject: "operations with AU peacekeepers drove out al-Shabaab";
* an agent known only by the acronym after its unknown full name: "attacks by the Tehreek-i-Taliban Pakistan (TTP)";
* the victims a killing verb must name to be an act of war: "four Afghan civilians", "60 members of the CV gang".

A state's security forces named by nationality ("Rwandan soldiers") are that state; a nationality before a rebel,
gang or drug noun ("Venezuelan drug boats", "Syrian rebels") is not.
"""

from __future__ import annotations

from graphx.extract.branches import BRANCH_NOUNS
from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention, mentions_in
from graphx.extract.sentence import place_apposition
from graphx.extract.tokens import base_in, skip_back
from graphx.extract.war_words import (
    FOREIGN_WARS,
    UNNAMED_DOERS,
)
from graphx.extract.words import (
    AFFILIATED,
    AID_HEADS,
    BE,
    BORDER_NOUNS,
    BOUNDARY,
    CLAIM,
    DETERMINERS,
    DIRECTIONS,
    FIGHTER_NOUNS,
    GROUP_ANAPHORS,
    HUMANITARIAN_BODIES,
    NOT_STATE_HEADS,
    PREPOSITIONS,
    SECURITY,
    SPEECH,
    SUBJECT_FILLERS,
    SUBORDINATORS,
    TARGETING_WORDS,
    VICTIMS,
    WHERE,
)

DESCRIBED_GROUPS = BRANCH_NOUNS | frozenset({"group", "outfit", "movement"})  # "a Sahel jihadist group, JNIM, ..."
AFFILIATES = BRANCH_NOUNS | frozenset({"arm", "faction", "proxy"})  # "al-Qaeda's Sahel affiliate, JNIM,"
AFFILIATE_WORDS = 3  # words from a possessive to its affiliate noun: "al-Qaeda's West African affiliate"

ENABLING = frozenset({"allowing", "allowed", "allow", "allows", "permitting", "permitted", "letting", "enabling"})
UNNAMED_GROUPS = frozenset({"groups", "group", "gangs"})  # "allowing armed groups to attack"
MEMBER_NOUNS = frozenset(
    {
        "members",
        "fighters",
        "militants",
        "commanders",
        "leaders",
        "cadres",
        "operatives",
        "gunmen",
        "commander",
        "leader",
        "member",
        "fighter",
        "militant",
        "operative",
    }
)  # "killed 60 members of the gang", "shot dead a member of the group"
LEADER_NOUNS = frozenset({"leader", "leaders", "chief", "chiefs", "founder", "head"})  # "killed Hamas leader X"
# ranks before a group's leader or fighters: "Hezbollah's top commander", "Hamas's senior military chief"
LEADER_MODIFIERS = frozenset({"top", "senior", "military", "key", "deputy", "most", "powerful", "elite", "former"})
RECENT_CONFLICTS = 4  # how many conflicts back 'the militants' may find its group
# words of a number before the victims: "at least five soldiers", "as many as 12", "dozens of troops"
QUANTITY = frozenset({"at", "least", "as", "many", "more", "than", "up", "to", "about", "around", "nearly", "some"})
QUANTITY_OF = frozenset({"dozens", "scores", "hundreds", "thousands", "dozen", "number", "group"})


def enabled_others(low: list[str], start: int, pos: int) -> bool:
    """Whether the words before a conflict verb say its subject let unnamed fighters do it: 'allowing armed groups
    to operate from its territory and attack'."""
    at = next((j for j in range(start, pos) if low[j] in ENABLING), None)
    doers = UNNAMED_DOERS | FIGHTER_NOUNS | UNNAMED_GROUPS
    return at is not None and any(w in doers for w in low[at + 1 : at + 4])


def names_a_group(r: Reader) -> bool:
    """Whether the sentence names an armed group: 'an encounter with MILF rebels' is fighting, 'an encounter between
    the two leaders' is not."""
    return any(kind(r, m.actor) == "group" for m in r.s.mentions)


def kind(r: Reader, actor: str) -> str:
    """The kind of an actor ('state', 'group', 'organisation'), or ''."""
    info = r.lex.actors.get(actor)
    return info.kind if info is not None else ""


def not_state(r: Reader, mention: Mention) -> bool:
    """Whether a state's nationality stands for something else than the state ('Venezuelan drug boats'), or a
    state or organisation names only its aid ('a UN aid convoy', 'Qatari relief trucks')."""
    s = r.s
    actor_kind = kind(r, mention.actor)
    after = tuple(s.low[mention.end : mention.end + 2])
    if actor_kind in ("state", "organisation") and after[:1] and after[0] in AID_HEADS:
        return True
    if actor_kind != "state":
        return False
    return any(w in NOT_STATE_HEADS for w in after) or after in HUMANITARIAN_BODIES


DIRECTED = frozenset({"conflict.verb", "conflict.passive", "conflict.noun"})  # readings that know who attacked


def emit_pairs(r: Reader, agents: list[Mention], targets: list[Mention], rule: str, bonus: float = 0.0) -> None:
    """A conflict between every agent and target; one whose nationality stands for no state ('strikes on
    Venezuelan drug boats') is kept for review only."""
    targets = list({id(t): t for t in (group_of_home(r, t) or t for t in targets)}.values())
    if agents and targets and rule in DIRECTED:
        r.context.attackers = tuple(dict.fromkeys(a.actor for a in agents))  # "X struck Y. Z condemned the attack"
        r.context.attacker_at = r.s.index
    for a in agents:
        for t in targets:
            rule_here = "conflict.not_state" if not_state(r, t) or not_state(r, a) else rule
            r.emit("conflict", None, None, (a.actor, t.actor), rule_here, bonus)


def group_of_home(r: Reader, mention: Mention) -> Mention | None:
    """The armed group a possessive only says the home or the parent of: 'Saudi airstrikes hit Yemen's Houthis'
    strike the Houthis, not Yemen; 'an offensive against the SNA's Third Legion' is against the Legion (but
    'Qatar's Hamas ties' and 'Iran's Hezbollah allies' stay Qatar's and Iran's)."""
    group = r.s.by_start.get(mention.end + 1) if mention.possessive else None
    if group is None and mention.possessive:
        group = _named_affiliate(r, mention.end + 1)  # "al-Qaeda's Sahel affiliate, JNIM,"
    if group is None or group.actor == mention.actor:
        return None
    info = r.lex.actors.get(group.actor)
    if info is None or info.kind != "group":
        return None
    return group if info.base == mention.actor or kind(r, mention.actor) == "group" else None


def _named_affiliate(r: Reader, start: int) -> Mention | None:
    """The group an affiliate noun after a possessive names in apposition: "X's Sahel affiliate, JNIM," (JNIM)."""
    low = r.s.low
    for k in range(start, min(len(low), start + AFFILIATE_WORDS)):
        if low[k] in AFFILIATES:
            after = k + 2 + (low[k + 2 : k + 3] == ["the"])
            return r.s.by_start.get(after) if low[k + 1 : k + 2] == [","] else None
    return None


def after_verb(r: Reader, pos: int, end: int, subject: list[Mention], objects: list[Mention]) -> None:
    """More sides of a conflict verb: another actor's forces acting with its subject, or the state whose unnamed
    soldiers a group's act hits."""
    if objects:
        for a in coagents(r, pos, subject) + _alongside(r, end, subject, objects):  # "with X peacekeepers drove out Y"
            for t in objects:
                r.emit("conflict", None, None, (a.actor, t.actor), "conflict.forces_coagent")
        return
    state = unnamed_victims(r, end, subject)  # "G killed five soldiers in Nigeria's Borno State"
    for a in subject if state else []:
        r.emit("conflict", None, None, (a.actor, state or ""), "conflict.forces_place")


def security_phrase(r: Reader, start: int, window: int = 7) -> bool:
    """Whether the noun phrase from `start` names security forces and no actor: 'at least five soldiers', 'a military
    base', 'an army patrol', 'dozens of troops'."""
    s = r.s
    for j in range(start, min(len(s.low), start + window)):
        word = s.low[j]
        if word in SECURITY:
            return True
        if j in s.by_start or word in BOUNDARY or not word[:1].isalnum() or word in BE or word in SPEECH:
            return False
        if word == "of" and j > start and s.low[j - 1] in QUANTITY_OF:
            continue
        if word in PREPOSITIONS and word not in QUANTITY:
            return False
    return False


def place_state(r: Reader, agents: list[Mention]) -> str | None:
    """The one state the sentence names, named only as where things happen ('in Nigeria's Borno State', 'in Djibo,
    northern Burkina Faso'), with no other state or organisation named besides the agents."""
    s = r.s
    if any(m.quoted for m in agents):
        return None  # "'X attacked our forces in the villages,' Y told reporters in Chiang Mai, Thailand": not there
    agents_ids = {m.actor for m in agents}
    others = [m for m in s.mentions if m.actor not in agents_ids and kind(r, m.actor) != "group"]
    relative = [any(a <= m.start < b for a, b in s.rel_spans) for m in others]  # ", which ... of Y's territory"
    outside = {m.actor for m, inside in zip(others, relative, strict=True) if not inside}
    others = [m for m, inside in zip(others, relative, strict=True) if not inside or m.actor not in outside]
    states = {m.actor for m in others}
    if len(states) != 1 or any(m.others for m in others):
        return None
    state = next(iter(states))
    if kind(r, state) != "state" or not all(_place(r, m) for m in others):
        return None
    return state


def _place(r: Reader, mention: Mention) -> bool:
    s = r.s
    if mention.person or mention.quoted:
        return False
    if s.low[mention.end : mention.end + 1] and s.low[mention.end] in BORDER_NOUNS:
        return False  # "near the Chinese border": the border of the state, not a place in it
    if mention.prep in WHERE or place_apposition(s, mention):
        return True
    j = mention.start - 1
    return j >= 1 and s.low[j] in DIRECTIONS and (s.low[j - 1] in WHERE or s.low[j - 1] in (",", "of"))


def group_subject(r: Reader, pos: int) -> tuple[list[Mention], str]:
    """An armed group acting at `pos` that is not a plain subject: 'insurgents affiliated with X', 'fighters of X'
    ('conflict.forces_affiliated'), or 'the militants' for the one group of this sentence or of the conflicts
    just read ('conflict.forces_anaphor')."""
    s = r.s
    j = pos - 1
    while j >= 0 and (s.low[j] in SUBJECT_FILLERS or s.low[j].endswith("ly")):
        j -= 1
    if j >= 1 and s.low[j] in GROUP_ANAPHORS and s.low[j - 1] == "the":
        group = _recent_group(r, j - 1)
        return ([Mention(j - 1, j + 1, group, False)], "conflict.forces_anaphor") if group else ([], "")
    mention = _named_before(r, j)
    if mention is None or kind(r, mention.actor) != "group":
        return [], ""
    k = skip_back(s.low, mention.start - 1)
    if k >= 1 and (
        (s.low[k] in ("with", "to") and s.low[k - 1] in AFFILIATED)
        or (s.low[k] in ("of", "from") and s.low[k - 1] in FIGHTER_NOUNS)
    ):
        return [mention], "conflict.forces_affiliated"
    return [], ""


def _named_before(r: Reader, j: int) -> Mention | None:
    """The actor named up to word j, its full name rather than its bracketed initials: 'fighters of the Group for
    the Support of Islam and Muslims (JNIM) claimed'."""
    s = r.s
    if j >= 2 and s.low[j] == ")" and s.low[j - 2] == "(":
        initials = s.by_end.get(j)
        full = s.by_end.get(j - 2)
        return full if full is not None and initials is not None and full.actor == initials.actor else initials
    return s.by_end.get(j + 1)


def _recent_group(r: Reader, before: int) -> str | None:
    """The one armed group named earlier in the sentence, else the one among the last conflicts read."""
    s = r.s
    here = {m.actor for m in s.mentions if m.end <= before and kind(r, m.actor) == "group"}
    if here:
        return next(iter(here)) if len(here) == 1 else None
    context = r.context
    for text in reversed(context.skipped or []):  # the sentences just before, not read for frames
        mentions = mentions_in(text, context.table, context.date)
        named = {m.actor for m in mentions if kind(r, m.actor) == "group"}
        if named:
            return next(iter(named)) if len(named) == 1 else None
    recent = {a for pair in context.conflicts[-RECENT_CONFLICTS:] for a in pair if kind(r, a) == "group"}
    return next(iter(recent)) if len(recent) == 1 else None


def unnamed_victims(r: Reader, end: int, agents: list[Mention]) -> str | None:
    """The state whose unnamed soldiers or bases a group's act at `end` hits: 'killed five soldiers ... in Nigeria's
    Borno State'."""
    if not agents or any(kind(r, m.actor) != "group" for m in agents):
        return None
    s = r.s
    start = end + 1 if end < len(s.low) and s.low[end] in ("on", "against") else end
    if not security_phrase(r, start):
        return None
    return place_state(r, agents)


def group_attack_in(r: Reader, agents: list[Mention]) -> str | None:
    """The state an armed group's attack is placed in: 'JNIM claimed an attack in Benin', 'IS claimed the bombings
    in Kerman, Iran' (the one state the sentence names, as a place)."""
    if not agents or any(kind(r, m.actor) != "group" or m.actor in FOREIGN_WARS for m in agents):
        return None  # "Hezbollah claimed an attack in Syria's Qusayr region": beside Syria's army, not on it
    return place_state(r, agents)


def unnamed_subject(r: Reader, pos: int, agents: list[Mention]) -> str | None:
    """The state whose unnamed soldiers are the subject of a passive at `pos` that a group did: 'at least five
    soldiers were killed by X in northern Y'."""
    if not agents or any(kind(r, m.actor) != "group" for m in agents):
        return None
    s = r.s
    start = r.clause_start(pos)
    if start < pos - 8 or any(j in s.by_start for j in range(start, pos)):
        return None
    return place_state(r, agents) if security_phrase(r, start, window=pos - start) else None


# what an operation is aimed at when it is aimed at a side: "operations aimed at combating Y"
FIGHTING_AIMS = frozenset(
    {"combating", "combatting", "fighting", "crushing", "defeating", "dislodging", "eliminating", "destroying"}
)


def targeted(r: Reader, end: int) -> list[Mention]:
    """Victims named after a participle a few words on: 'attacks this month, targeting Mozambican and Rwandan
    troops', 'operations aimed at combating Y'."""
    s = r.s
    purposed = s.low[end : end + 2] == ["aimed", "at"] and end + 2 < len(s.low) and s.low[end + 2] in FIGHTING_AIMS
    at = end + 2 if purposed else end  # "military operations aimed at combating Y": Y
    if s.low[at : at + 1] and s.low[at] in TARGETING_WORDS | FIGHTING_AIMS:  # "rocket attacks targeting Israel"
        head = s.by_start.get(at + 1 + (at + 1 < len(s.low) and s.low[at + 1] in DETERMINERS))
        return r.group(head, leftward=False, free=True) if head is not None else []
    for j in range(end, min(len(s.low), end + 6)):
        if s.low[j] in BOUNDARY or j in s.by_start:
            return []
        if s.low[j] in TARGETING_WORDS and j > end and s.low[j - 1] == ",":
            k = j + 1
            while k < len(s.low) and s.low[k] in DETERMINERS:
                k += 1
            head = s.by_start.get(k)
            if head is None:
                return []
            group = r.group(head, leftward=False, free=True)
            last = group[-1].end
            return group if last < len(s.low) and s.low[last] in SECURITY else []
    return []


WITH_REACH = 7  # words from "with" to the group it names: "with the Sunni militant group X claiming"


def claimed_owner(r: Reader, pos: int) -> tuple[list[Mention], str]:
    """Who carried out the attack noun at `pos`, by a verb of claiming or waging up to eight words before it: 'X has
    claimed responsibility for an increase in attacks', 'the militants claimed an assault on ...'."""
    s = r.s
    agent_verbs = r.lex.word_set("conflict", "agent_verbs")
    verb = None
    for j in range(pos - 1, max(-1, pos - 9), -1):
        if s.low[j] in BOUNDARY or s.low[j] in (",", ";") or j in s.by_start:
            return [], ""
        if s.low[j] in CLAIM or base_in(s.low[j], agent_verbs):
            verb = j
            break
    if verb is None:
        return [], ""
    found, rule = group_subject(r, verb)
    if found and not r.hedged(found[-1].end, verb):
        return found, rule
    subject, pronoun = r.left_subject(verb)
    groups = bool(subject) and all(kind(r, m.actor) == "group" for m in subject)
    if pronoun is None and groups and not r.hedged(subject[-1].end, verb) and not _apposition(r, subject[0]):
        return subject, "conflict.noun"
    if pronoun is None and groups and not r.hedged(subject[-1].end, verb) and _names_a_described_group(r, subject[0]):
        return subject, "conflict.noun"
    return [], ""


def _names_a_described_group(r: Reader, mention: Mention) -> bool:
    """Whether an apposition names the group its head only describes: 'A West African al Qaeda affiliate, JNIM,
    claimed' (the head names no actor of its own)."""
    s = r.s
    j = skip_back(s.low, mention.start - 1)  # the comma
    return j >= 1 and s.low[j] == "," and s.low[j - 1] in DESCRIBED_GROUPS and s.by_end.get(j) is None


def _apposition(r: Reader, mention: Mention) -> bool:
    """Whether a mention sits in an apposition after a comma: 'JNIM, an al-Qaeda affiliate, claimed'."""
    s = r.s
    j = skip_back(s.low, mention.start - 1)
    return j >= 0 and s.low[j] == "," and mention.start - j > 1


def apposition_head(r: Reader, subject: list[Mention]) -> list[Mention]:
    """The actor an apposition describes, for a subject found inside it: 'The <name> (JNIM), an Al-Qaeda
    affiliate, has claimed' -> JNIM, not al-Qaeda."""
    s = r.s
    if len(subject) != 1 or not _apposition(r, subject[0]):
        return subject
    j = skip_back(s.low, subject[0].start - 1)  # the comma
    head = s.by_end.get(j - 1) if j >= 1 and s.low[j - 1] == ")" else s.by_end.get(j)
    return [head] if head is not None and head.prep is None and not head.possessive else subject


def _alongside(r: Reader, end: int, subject: list[Mention], objects: list[Mention]) -> list[Mention]:
    """An ally the subject fights beside, named between the verb and its object: 'fought alongside X against Y' (X
    fights Y too; not when Y is only a word for the subject's own side, or an unnamed 'the rebels')."""
    target = objects[0]
    if (
        target.prep != "against"
        or r.s.by_start.get(target.start) is not target
        or target.actor in {m.actor for m in subject}
    ):
        return []
    return [
        m for m in r.s.mentions if end <= m.start < target.start and m.prep == "alongside" and m.actor != target.actor
    ]


def coagents(r: Reader, pos: int, subject: list[Mention]) -> list[Mention]:
    """Another actor's forces just before the verb at `pos`, beside its subject: 'after joint operations with
    African Union AUSSOM peacekeepers drove out al-Shabaab fighters'."""
    s = r.s
    j = pos - 1
    if j < 1 or s.low[j] not in SECURITY:
        return []
    k = j - 1
    while k >= 0 and k + 1 not in s.by_end and s.tokens[k][:1].isupper() and j - k <= 3:
        k -= 1  # an unknown name between: "African Union AUSSOM peacekeepers"
    mention = s.by_end.get(k + 1)
    if mention is None or mention.possessive or mention.actor in {m.actor for m in subject}:
        return []
    before = skip_back(s.low, mention.start - 1)
    if before < 0 or s.low[before] not in ("with", "and", "by"):
        return []
    if any(w in SUBORDINATORS - {"after"} for w in s.low[before:pos]):
        return []
    return [mention]


def hidden_agent(r: Reader, end: int, window: int = 16) -> list[Mention]:
    """The agent of a passive known by the acronym after an unknown name: 'killed in attacks conducted by the
    Tehreek-i-Taliban Pakistan (TTP) outfit'."""
    s = r.s
    n = len(s.low)
    for j in range(end, min(n, end + window)):
        if s.low[j] in BOUNDARY:
            return []
        if s.low[j] != "by":
            continue
        k = j + 1
        while k < n and s.low[k] in DETERMINERS:
            k += 1
        start = k
        while k < n and k - start < 8 and (s.tokens[k][:1].isupper() or s.low[k] in ("-", "‑", "al", "e", "i")):
            k += 1
        mention = s.by_start.get(k + 1)
        if k > start and k < n and s.low[k] == "(" and mention is not None and mention.end < n:
            return [mention] if s.low[mention.end] == ")" else []
        return []
    return []


def victims_after(r: Reader, mention: Mention) -> bool:
    """Victims named by nationality: 'four Afghan civilians', 'B-nationals', 'six Palestinians'."""
    s = r.s
    words = s.low[mention.end : mention.end + 2]
    if mention.end - mention.start == 1 and not mention.possessive and people_of(r, mention):
        return True
    named = s.by_start.get(mention.start)  # the sentence's own mention: an object list may carry a copy without
    if named is not None and named.person and not named.possessive and kind(r, named.actor) == "group":  # person
        return True  # "Israel killed Hamas leader Yahya Sinwar": an armed group's own leader
    if mention.possessive:  # "Hezbollah's top commander", "Hamas's military chief"
        rest = s.low[mention.end + 1 : mention.end + 4]
        words = [w for w in rest if w not in LEADER_MODIFIERS][:2] if rest[:1] and rest[0] in LEADER_MODIFIERS else rest
    fighters = bool(words) and (words[0] in FIGHTER_NOUNS or words[0] in LEADER_NOUNS)
    fighters = fighters or s.low[mention.end - 1] in FIGHTER_NOUNS
    if fighters and kind(r, mention.actor) == "group":
        return True  # "killed 20 Boko Haram fighters", "killed three ADF rebels": the group's fighters
    j = mention.start - 1 - (mention.start > 0 and s.low[mention.start - 1] == "the")
    members = j >= 1 and s.low[j] == "of" and s.low[j - 1] in MEMBER_NOUNS
    members |= mention.prep == "of" and j >= 1 and s.low[j - 1] in AFFILIATED  # "14 terrorists belonging to X"
    if members and kind(r, mention.actor) == "group":
        return True  # "killed 60 members of the Comando Vermelho gang"
    return bool(words) and (words[0] in VICTIMS or (words[0] == "-" and words[1:] == ["nationals"]))


def people_of(r: Reader, mention: Mention) -> bool:
    """Whether a one-word mention is a state's people in the plural ('Palestinians'): its singular is an adjective
    of the same state."""
    token = r.s.tokens[mention.start]
    singular = r.lex.names.get((token[:-1],)) if token.endswith("s") else None
    return singular is not None and singular.actor == mention.actor and not singular.person


def claimed_with(r: Reader, pos: int) -> list[Mention]:
    """The armed group an absolute clause after the verb at `pos` says carried it out: 'gunmen killed a police
    officer in a shootout, with the militant group X claiming responsibility'."""
    s = r.s
    for mention in s.mentions:
        with_at = next(
            (k for k in range(mention.start - 1, max(pos, mention.start - WITH_REACH), -1) if s.low[k] == "with"), -1
        )
        if (
            with_at < 0
            or kind(r, mention.actor) != "group"
            or any(w in (",", ";") for w in s.low[with_at : mention.start])
        ):
            continue
        j = mention.end
        if s.low[j : j + 1] == ["("]:  # "Jaish al-Adl (Army of Justice) claiming"
            j = next((k + 1 for k in range(j, min(len(s.low), j + WITH_REACH)) if s.low[k] == ")"), j)
        if s.low[j : j + 2] == ["claiming", "responsibility"]:
            return [mention]
    return []
