"""Criticism by attribution, designation and protest: X said Y was behind the attack, X held Y responsible for the
blast, X designated Y a terrorist organisation, X summoned Y's ambassador, X expressed outrage at Y's strikes.

Blaming someone for an act without an accusing verb is how much of real reporting states an accusation;
so is branding a group a terrorist one. Both readings need the accuser named as the one who says it.
"""

from __future__ import annotations

from collections.abc import Sequence

from graphx.extract import forces
from graphx.extract.act_doers import backers_of_unnamed, way_doer
from graphx.extract.clauses import Reader
from graphx.extract.mentions import Mention
from graphx.extract.war_words import TRUCES
from graphx.extract.words import (
    ACTOR_HEADS,
    BE_STRICT,
    BLAMED_ACTS,
    BOUNDARY,
    CALL_VERBS,
    DESIGNATION_NOUNS,
    DETERMINERS,
    DISAPPROVAL_PREPS,
    EXCHANGED,
    EXPRESSING,
    HOLD_VERBS,
    HYPHENS,
    NEGATION,
    PREPOSITIONS,
    SPEECH,
    TITLE_WORDS,
    WRONGED_GOODS,
)
from graphx.lexicon import Cue

# what two sides blame each other for that is fighting between them: "accused each other of opening fire"
FIGHTING_ACTS = frozenset({"firing", "shelling", "attacking", "striking", "bombing", "opening", "shooting"})
FIGHT_EVENTS = frozenset({"outbreak", "eruption", "round", "resumption", "escalation"})  # "an outbreak of fighting"
BLAMED_FIGHT_SPAN = 6  # words from "for" or "of" to the fight: "for the latest eruption of fighting"

ACT_WINDOW = 6  # words between "behind" / "responsible for" and the act it names
ATTRIBUTED_REACH = 11  # words from "attributed" to its "to": "attributed the attack in the village of Banjska to"
DESIGNATION_WINDOW = 7  # words between the designated actor and the designation ("a foreign terrorist organization")
APPOSITION = 12  # the longest apposition between the blamed one and 'was behind'
ACT_PREPS = frozenset({"over", "at", "against", "by", "to"})  # before the act a feeling is about: "objection to"
# feelings said with 'be' as well as expressed: "X is gravely concerned by", "X was furious with Y"
REGRET_PREPS: frozenset[str | None] = frozenset({"over", "at", "with"})  # regret over the other's act, not to it
STATIVE = frozenset({"is", "are", "remains", "remain"})
# what one is concerned about for a state's sake: "concerned about Ukraine's future", "for the Russian people"
CARED_FOR = frozenset(
    {"future", "people", "refugees", "citizens", "civilians", "economy", "suffering", "plight", "welfare", "children"}
    | {"population", "nationals", "well-being", "wellbeing", "ability", "survival", "fate", "humanitarian"}
)
# "'I am concerned about Y's actions,' X said": the speaker's own feeling
FIRST_PERSON_BE = frozenset({"am", "i'm", "i’m", "we're", "we’re"})
BEAR = frozenset({"bear", "bears", "bore", "borne"})  # "Y bears responsibility for"
WHOLE = frozenset({"full", "entire", "sole", "complete", "the"})
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
NO_NOUN_NEEDED = frozenset({"blacklist"})  # verbs that designate by themselves
VERBAL_LABELS = frozenset({"brand", "label"})  # designations given in words: "Y was branded a terrorist group"


def attributions(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X said Y was behind the attack', 'X said Y was responsible for the blast', 'X held Y responsible for ...',
    'X said Y must be held accountable'."""
    s = r.s
    if cue.base in AGENT_BLAMES:
        _blamed_agent(r, pos, end)
        return
    if cue.base == "attributed":
        _attributed(r, pos, end)
        return
    if cue.base in ("responsible", "accountable") and _held_responsible(r, pos):
        return
    be = _be_before(r, pos)
    demanded = be is not None and s.low[be] == "be" and s.low[be - 1] in OBLIGING  # "Y must be held accountable"
    be = be - 1 if demanded and be is not None else be
    if be is None or not (_names_an_act(r, end) or demanded):
        return
    subject_end = _before_apposition(r, be)
    blamed = s.by_end.get(subject_end)
    if blamed is None and subject_end > 1 and s.low[subject_end - 1] in ACTOR_HEADS:
        blamed = s.by_end.get(subject_end - 1)  # "the Belarusian regime was behind"
    if blamed is None or blamed.possessive or blamed.prep is not None or blamed.quoted != s.quoted[pos]:
        return
    if not demanded and r.hedged(blamed.end, pos):
        return
    accusers = [a for a in _accusers(r, blamed) if a.actor != blamed.actor]
    for a in accusers:
        r.emit("criticism", a.actor, blamed.actor, (), "criticism.attribution")


# acts said to be done at another's behest: "X said the attack was orchestrated by Y"
AGENT_BLAMES = frozenset({"orchestrated", "instigated", "masterminded", "perpetrated", "sponsored"}) | {
    "carried out",
    "ordered",
    "organised",
    "organized",
    "committed",
    "planned",
}
# of those, the plain verbs of doing: said of a state ("the strike was carried out by Israel") they tell, not blame
DOING = frozenset({"carried out", "ordered", "organised", "organized", "committed", "planned"})
INSTIGATED = frozenset({"orchestrated", "instigated", "masterminded"})  # blame also for a decision or a move
SUPPOSED = frozenset({"probably", "allegedly", "likely", "possibly", "reportedly", "perhaps"})
DECISIONS = frozenset({"decision", "decisions", "move", "ban", "measure", "measures"})  # "the decision was instigated"
AGENT_ACT_REACH = 4  # words back from "orchestrated" to the act it is said of: "the attack was carefully orchestrated"


def _blamed_agent(r: Reader, pos: int, end: int) -> None:
    """'X said the attack was orchestrated by Y', 'X denounced Y's decision as being instigated by Z': whoever says
    it blames Y; not a plan one orchestrates oneself ('Y orchestrated the talks')."""
    s = r.s
    if s.low[end : end + 1] != ["by"]:
        return
    agent = s.by_start.get(end + 1 + (s.low[end + 1 : end + 2] == ["the"]))
    before = s.low[max(0, pos - AGENT_ACT_REACH) : pos]
    acts = BLAMED_ACTS | DECISIONS if s.low[pos] in INSTIGATED else BLAMED_ACTS  # "the measure, sponsored by Y": a
    # co-sponsor, not an instigator
    if agent is None or agent.possessive or not any(w in acts for w in before) or r.hedged(r.clause_start(pos), pos):
        return
    if SUPPOSED.intersection(before):
        return  # "the attack was probably orchestrated by Y"
    agents = r.group(agent, leftward=False)  # "orchestrated by Belarus and Russia" (not "by Iran, and the US agreed")
    if " ".join(s.low[pos:end]) in DOING:  # "the attack was carried out by the ETIM", not "... by Israeli jets"
        agents = [a for a in agents if forces.kind(r, a.actor) == "group"]
    for a in r.reporting_speaker(pos) or _denouncers(r, pos):
        for t in agents:
            if a.actor != t.actor:
                r.emit("criticism", a.actor, t.actor, (), "criticism.attribution")


def _attributed(r: Reader, pos: int, end: int) -> None:
    """'X attributed the attack to Y', 'X attributed the deaths to the Clan del Golfo': X blames Y (not 'attributed
    the slow exports to Y's tariffs': no act one is blamed for)."""
    s = r.s
    to = next((j for j in range(end, min(len(s.low), end + ATTRIBUTED_REACH)) if s.low[j] == "to"), None)
    if to is None or not any(w in BLAMED_ACTS for w in s.low[end:to]) or r.passive(pos, end):
        return
    blamed = [m for m in r.right_objects(to, frozenset({"to"}), window=4) if m.prep == "to"]
    blamed = blamed or backers_of_unnamed(r, to + 1)  # "attributed the attack to militants backed by Y"
    subject, bonus = r.subject_or_speaker(pos)
    if not subject or not blamed or r.hedged(r.hedge_from(subject, pos), pos):
        return
    for a in subject:
        for t in r.group(blamed[0], leftward=False, free=True):
            if t.actor != a.actor and not t.possessive:
                r.emit("criticism", a.actor, t.actor, (), "criticism.attribution", bonus)


def _denouncers(r: Reader, pos: int) -> list[Mention]:
    """Who calls an act one's doing: 'X denounced Y's decision as being instigated by Z'."""
    s = r.s
    for j in range(pos - 1, max(-1, pos - APPOSITION), -1):
        if s.low[j] == "as":
            verb = next((k for k in range(j - 1, max(-1, j - APPOSITION), -1) if s.low[k] in CALL_VERBS), None)
            return r.subject_or_speaker(verb)[0] if verb is not None else []
    return []


OBLIGING = frozenset({"must", "should"})  # "Y must be held accountable": a demand, not a hedge


def _be_before(r: Reader, pos: int) -> int | None:
    """Where the 'was' of 'Y was (also) behind' (or the 'bore' of 'Y bore full responsibility') starts, when the
    cue follows one; None otherwise."""
    s = r.s
    j = pos - 1
    while j >= 0 and (s.low[j].endswith("ly") or s.low[j] in ("also", "ultimately") or s.low[j] in WHOLE):
        j -= 1  # "was also behind", "was directly responsible", "bore full responsibility"
    verbs = BEAR if s.low[pos] == "responsibility" else BE_STRICT
    if j > 1 and s.low[j] == "held" and s.low[j - 1] in BE_STRICT:
        j -= 1  # "Y was held responsible", "Y must be held accountable"
    if j < 1 or s.low[j] not in verbs or any(w in NEGATION for w in s.low[j:pos]):
        return None
    return j


def _before_apposition(r: Reader, j: int) -> int:
    """Where the subject before `j` ends, past an apposition: 'Y, a UN-designated terrorist organisation, was'."""
    s = r.s
    if j < 2 or s.low[j - 1] != ",":
        return j
    for k in range(j - 2, max(0, j - APPOSITION), -1):
        if s.low[k] == ",":
            return k
    return j


def _names_an_act(r: Reader, end: int) -> bool:
    """Whether an act one is blamed for follows the cue: 'behind the attack', 'responsible for the blasts'."""
    return any(w in BLAMED_ACTS for w in r.s.low[end : end + ACT_WINDOW])


def _accusers(r: Reader, blamed: Mention) -> list[Mention]:
    """Who says the blamed one did it: 'X said (that) Y was behind', 'Y was behind it, X said', or a quote's speaker."""
    return r.reporting_speaker(blamed.start)


def _held_responsible(r: Reader, pos: int) -> bool:
    """'X held Y responsible (for ...)': X criticises Y; True when the frame is there."""
    s = r.s
    head = pos - 1 if pos and s.low[pos - 1].endswith("ly") else pos  # "held Y fully responsible"
    if head and s.low[head - 1] in ACTOR_HEADS:  # "held the Israeli government / Israel's government responsible"
        head -= 1 + (head > 1 and s.low[head - 2] in POSSESSIVE_MARKS)
    blamed = s.by_end.get(head)
    if blamed is None or blamed.start < 1:
        return False
    hold = blamed.start - 1 - (s.low[blamed.start - 1] == "the" and blamed.start > 1)
    if s.low[hold] not in HOLD_VERBS:
        return False
    if any(w in NEGATION for w in s.low[max(0, hold - 3) : hold]):
        return True
    subject, bonus = r.subject_or_speaker(hold)
    if subject and not r.hedged(r.hedge_from(subject, hold), hold):
        for a in subject:
            r.emit("criticism", a.actor, blamed.actor, (), "criticism.held_responsible", bonus)
    return True


def designations(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X designated Y (as) a terrorist organisation', 'Y was branded a terrorist group by X', 'X blacklisted Y'."""
    s = r.s
    # a label given in words is criticism; a legal listing ("designated", "blacklisted") a sanction, for review
    rule = "criticism.branded" if cue.base in VERBAL_LABELS else "criticism.designation"
    if pos and (s.low[pos - 1] in DETERMINERS or (s.low[pos - 1] in HYPHENS and not s.gaps[pos])):
        return  # "a designated terrorist organization", "a UN-designated group": an adjective
    if r.passive(pos, end):
        if s.low[pos - 1] in STATIVE:
            return  # "Y is listed as a terrorist group by X": a standing status, not a statement
        agents = r.agent_after(end)
        targets, _ = r.left_subject(pos)
        designated = cue.base in NO_NOUN_NEEDED or _designated_as(r, end)
        if agents and targets and designated and not r.hedged(targets[-1].end, pos):
            for a in agents:
                for t in targets:
                    r.emit("criticism", a.actor, t.actor, (), rule)
        return
    subject, bonus = r.subject_or_speaker(pos)
    if not subject or r.hedged(r.hedge_from(subject, pos), pos):
        return
    objects = r.right_objects(end, frozenset({None}), window=6)
    if not objects or not (cue.base in NO_NOUN_NEEDED or _designated_as(r, objects[-1].end)):
        return
    for a in subject:
        for t in objects:
            r.emit("criticism", a.actor, t.actor, (), rule, bonus)


def _designated_as(r: Reader, start: int) -> bool:
    """Whether a designation follows `start` within its phrase: '(as) a foreign terrorist organization'."""
    s = r.s
    for w in s.low[start : start + DESIGNATION_WINDOW]:
        if w in DESIGNATION_NOUNS:
            return True
        if w in (",", ";", ".", "and", "but", "while", "after") or w in SPEECH:
            return False
    return False


SPEAKING_HEADS = frozenset({"ministry", "government", "officials", "office", "embassy", "mission", "delegation"})
RAISING = frozenset({"raised", "raises", "raise", "raising"})  # concern raised: by the subject only when it is next


CONTACTING = frozenset({"called", "phoned", "telephoned", "rang", "met", "told"})  # "X called Y to express ..."
CONTACT_REACH = 6  # words back from the verb of feeling to the one contacted: "spoke to Y later Friday to express"


def disapproval(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'X expressed strong dissatisfaction with Y's remarks', 'X voiced outrage at the Israeli strikes', 'X lodged
    solemn representations with Y'."""
    s = r.s
    # "X was gravely concerned by", "X was extremely disappointed with"
    expressing = EXPRESSING | BE_STRICT | FIRST_PERSON_BE if cue.klass == "feelings" else EXPRESSING
    verb = next((j for j in range(pos - 1, max(-1, pos - 6), -1) if s.low[j] in expressing), None)
    if verb is None and s.low[pos] in ANGERING and _angered(r, pos, end):
        return
    if verb is None and cue.klass == "feelings" and _felt_aside(r, pos, end):
        return
    rebuke = _in_a_rebuke(r, pos) if verb is None else None  # "X demanded talks in a fierce rebuke over Y's remarks"
    verb = rebuke if verb is None else verb
    if verb is None or any(w in NEGATION for w in s.low[max(0, verb - 3) : pos]):
        return  # "X was not disappointed", "neither surprised nor disappointed", "did not express concern"
    subject, bonus = (_clause_subject(r, verb), 0.0) if rebuke is not None else r.subject_or_speaker(verb)
    if not subject or r.hedged(r.hedge_from(subject, verb), verb) or _raised_by_an_act(r, subject, verb):
        return
    of = OF_ACTS if cue.base in OF_DISAPPROVALS else frozenset()  # "firm disapproval of Y's meeting with Z"
    targets = r.right_objects(end, DISAPPROVAL_PREPS | of, window=7, skip_possessive=False)
    preps = REGRET_PREPS if cue.base == "regret" else DISAPPROVAL_PREPS | of  # "regret to Y for its wartime actions"
    targets = [
        t
        for t in targets
        if t.prep in preps and not _good_of(r, t) and (t.possessive or t.prep not in ACT_ONLY | of or _act_after(r, t))
    ]
    # "regret to Y for its wartime actions" is an apology; concern about Y's act; "with the way Y handled it"; "X
    # called Y to express its disappointment"
    targets = targets or _acts_by(r, end) or way_doer(r, end) or _contacted(r, verb)
    if targets:  # "a strong rebuke to the US, New Zealand and the UK"; "over the Russia-North Korea pact": both
        listed = (*r.group(targets[0], leftward=False, free=True), *targets)
        paired = [m.hyphen_pair for m in listed if m.hyphen_pair is not None and m.hyphen_pair.actor != m.actor]
        targets = list({m.actor: m for m in (*listed, *paired)}.values())
        targets = [t for t in targets if t.hyphen_pair is None or not _strife_between(r, t)]
    for a in subject:
        for t in targets:
            r.emit("criticism", a.actor, t.actor, (), "criticism.disapproval", bonus)


def _strife_between(r: Reader, mention: Mention) -> bool:
    """Whether a hyphenated pair names strife between the two: 'concern over the India-Pakistan clashes' blames
    neither side (not 'over the Russia-North Korea pact')."""
    pair = mention.hyphen_pair
    end = max(mention.end, pair.end) if pair is not None else mention.end
    return any(w in STRIFE for w in r.s.low[end : end + STRIFE_REACH])


def _contacted(r: Reader, verb: int) -> list[Mention]:
    """Whom the subject spoke to or called in order to express its feeling: 'X spoke to Y on Friday to express his
    disappointment', 'X phoned Y to convey its concern'."""
    s = r.s
    if verb < 3 or s.low[verb - 1] != "to":
        return []
    for m in reversed([m for m in s.mentions if verb - CONTACT_REACH <= m.start and m.end < verb]):
        contact = s.low[m.start - 1] in CONTACTING or s.low[m.start - 2 : m.start] in (["spoke", "to"], ["wrote", "to"])
        between = s.low[m.end : verb - 1]
        if (
            contact
            and not m.possessive
            and all(w.isalpha() and not r.verbish(m.end + k) for k, w in enumerate(between))
        ):
            return [m]
    return []


def _raised_by_an_act(r: Reader, subject: list[Mention], verb: int) -> bool:
    """Whether concern is 'raised' by the subject's act rather than by the subject: 'Israel's strikes raised concerns',
    'the Chinese drills raised concerns' (but 'X has raised concerns', 'X's foreign ministry raised', 'X on Tuesday
    raised', 'X, which ..., raised')."""
    low = r.s.low
    if low[verb] not in RAISING:
        return False
    k = subject[-1].end + (subject[-1].end < verb and low[subject[-1].end] in POSSESSIVE_MARKS)
    head = low[k] if k < verb else ""
    speaking = head in TITLE_WORDS or head in SPEAKING_HEADS or head.endswith("ly")
    return head.isalpha() and not speaking and head not in ("has", "have", "had", "also", "again", "already", "on")


def _angered(r: Reader, pos: int, end: int) -> bool:
    """'X's new maritime laws have angered Y', 'X angered Y': the one angered criticises the subject, or the owner of
    its act; True when read."""
    s = r.s
    angered = [m for m in r.right_objects(end, frozenset({None}), window=3) if m.prep is None and not m.possessive]
    if not angered:
        return False
    subject, pronoun = r.main_subject(pos, owner=True)
    subject = [m for m in subject if m.actor not in {a.actor for a in angered} and m.end <= pos and m.prep is None]
    subject = subject or _act_doers(r, pos)  # "The visit by X's president to Z angered Y"
    named = {k for m in s.mentions for k in range(m.start, m.end)}  # "the United States": no speech verb
    between = [s.low[k] for k in range(subject[-1].end, pos) if k not in named] if subject else []
    if any(w in SPEECH or w in ("that", ",") for w in between):
        return False  # "X said the laws angered Y": the laws need not be X's; "the vote, backed by X, angered Y"
    if not subject or pronoun is not None or r.hedged(r.hedge_from(subject, pos), pos):
        return False
    for a in r.group(angered[0], leftward=False, free=True):
        for t in subject:
            r.emit("criticism", a.actor, t.actor, (), "criticism.angered")
    return True


def _felt_aside(r: Reader, pos: int, end: int) -> bool:
    """'Turkey, angered by Sweden's stance, blocked ...': a feeling in an aside after the subject; a headline's
    'Japan outraged at IS beheading of hostage'; True when read."""
    s = r.s
    feeler = s.by_end.get(pos - 1) if pos >= 2 and s.low[pos - 1] == "," else None
    headline = s.by_end.get(pos) if feeler is None else None  # no 'is' before the feeling: a headline's
    if headline is not None and not any(r.verbish(k) for k in range(headline.start)):
        feeler = headline
    if feeler is None or feeler.prep is not None or feeler.possessive:
        return False
    preps = DISAPPROVAL_PREPS | {"by"}
    targets = [t for t in r.right_objects(end, preps, window=5) if t.prep in preps]
    for t in targets[:1]:
        r.emit("criticism", feeler.actor, t.actor, (), "criticism.disapproval")
    return bool(targets)


def _act_doers(r: Reader, pos: int) -> list[Mention]:
    """Who did the act heading a sentence, named after 'by' or 'between': 'The visit by Taiwan's president to the
    United States angered China', 'The deal between Israel and Morocco angered Algeria'."""
    s = r.s
    if pos < 3 or s.low[0] not in ("the", "a", "an") or any(w in (",", ";") for w in s.low[:pos]):
        return []
    first = next((m for m in s.mentions if m.start < pos), None)
    if first is None or first.prep not in ("by", "between") or first.start != 3:
        return []  # only "The <act> by X", "The <act> between X and Y"
    return r.group(first, leftward=False, free=True)


def _clause_subject(r: Reader, j: int) -> list[Mention]:
    """The subject of the clause holding the word at j: the first actor after the last 'while' or 'but' before it
    ('Hungary voted against it, while France backed it in a rebuke to Israel': France), else the main one."""
    s = r.s
    opener = next((k for k in range(j - 1, -1, -1) if s.low[k] in CLAUSE_OPENERS), None)
    if opener is None:
        return r.main_subject(j)[0]
    first = next((m for m in s.mentions if opener < m.start < j and m.prep is None), None)
    return r.group(first, leftward=False) if first is not None else []


def _in_a_rebuke(r: Reader, pos: int) -> int | None:
    """The 'in' of 'in a (fierce) rebuke', 'in a strongly worded protest' after a main clause: its subject expresses
    it."""
    s = r.s
    j = pos - 1
    while j > 0 and pos - j <= REBUKE_MODIFIERS and s.low[j].isalpha() and s.low[j] not in PREPOSITIONS:
        j -= 1  # "fierce", "strongly worded", "a"
    article = j + 1 < pos and s.low[j + 1] in ("a", "an")
    return j if j > 0 and s.low[j] == "in" and s.low[j - 1] != "," and article else None


ANGERING = frozenset({"angered", "outraged", "infuriated", "incensed", "irked", "enraged"})  # "X's move angered Y"
# concern "about Y" is criticism only of Y's act
ACT_ONLY: frozenset[str | None] = frozenset({"about"})
OF_DISAPPROVALS = frozenset({"disapproval", "rejection", "objection"})  # nouns whose 'of' names what is disapproved
OF_ACTS: frozenset[str | None] = frozenset({"of"})  # ... only another's act: "disapproval of Y's visit"
STRIFE = frozenset(
    {"clashes", "clash", "fighting", "war", "conflict", "tensions", "tension", "hostilities", "dispute", "standoff"}
    | {"row", "escalation", "skirmishes", "feud", "rivalry"}
)
STRIFE_REACH = 3  # words after a hyphenated pair to the strife it names: "the India-Pakistan border clashes"
CLAUSE_OPENERS = frozenset({"while", "whereas", "but", ";"})  # a second clause with a subject of its own
REBUKE_MODIFIERS = 4  # words between 'in' and the disapproval noun: "in a strongly worded"


def _act_after(r: Reader, mention: Mention) -> bool:
    """Whether a state named after 'concern about' heads an act: 'about Russian drills', 'about the Russia-North
    Korea cooperation' (past the pair), not 'about Moldova'."""
    low = r.s.low
    pair = mention.hyphen_pair
    end = max(mention.end, pair.end) if pair is not None else mention.end
    return end < len(low) and low[end] not in (".", ",", "and", "'s") and low[end].isalpha()


def _good_of(r: Reader, mention: Mention) -> bool:
    """Whether a mention names what is the state's own good or people, cared for rather than blamed: 'concern about
    Moldova's security', 'concerned about Ukraine's future', 'concern for Sudanese refugees'."""
    low = r.s.low
    k = mention.end + mention.possessive
    word = low[k] if k < len(low) else ""
    return word in CARED_FOR or (mention.possessive and word in WRONGED_GOODS)


def _acts_by(r: Reader, end: int) -> list[Mention]:
    """The doers of the act a protest is over: 'a strong protest over unprovoked shelling by Indian forces'."""
    s = r.s
    over = next((j for j in range(end, min(len(s.low), end + 3)) if s.low[j] in ACT_PREPS), None)
    if over is None:
        return []
    return [m for m in r.agent_after(over + 1, window=10) if m.prep == "by"][:1]


def exchanges(r: Reader, pos: int, end: int, cue: Cue) -> None:
    """'A and B traded accusations', 'A exchanged barbs with B': criticism both ways."""
    s = r.s
    noun = next((j for j in range(end, min(len(s.low), end + 3)) if s.low[j] in EXCHANGED), None)
    if noun is None:
        return
    subject, bonus = r.subject_or_speaker(pos)
    if not subject or r.hedged(r.hedge_from(subject, pos), pos):
        return
    partners = [m for m in r.right_objects(noun + 1, frozenset({"with"}), window=4) if m.prep == "with"]
    sides = list(dict.fromkeys(m.actor for m in (*subject, *partners)))
    if len(sides) != 2:
        return
    a, b = sides
    r.emit("criticism", a, b, (), "criticism.exchanged", bonus)
    r.emit("criticism", b, a, (), "criticism.exchanged", bonus)
    blamed_fight(r, noun + 1, sides)


def blamed_fight(r: Reader, start: int, sides: Sequence[str]) -> None:
    """'A and B blamed each other for the border clash', 'accused each other of opening fire', 'traded accusations of
    violating the truce', 'over a fresh outbreak of fighting': the fight the two blame each other for is theirs."""
    s = r.s
    prep = next((k for k in range(start, min(len(s.low), start + 4)) if s.low[k] in ("for", "of", "over")), -1)
    if len(set(sides)) != 2 or prep < 0 or any(k in s.by_start or s.low[k] == "," for k in range(start, prep)):
        return  # "accused each other on Tuesday of opening fire": a date between
    start = prep
    fights = r.lex.word_set("conflict", "nouns")
    for j in range(start + 1, min(len(s.low), start + BLAMED_FIGHT_SPAN)):
        word = s.low[j]
        violated = word.startswith("violat") and any(w in TRUCES for w in s.low[j + 1 : j + 4])
        if word in fights or word in FIGHTING_ACTS or violated:
            r.emit("conflict", None, None, tuple(sides), "conflict.blamed_fight")
            return
        if word == "of" and s.low[j - 1] in FIGHT_EVENTS:
            continue  # "a fresh outbreak of fighting"
        if word in BOUNDARY or word in (",", "of") or j in s.by_start:
            return
